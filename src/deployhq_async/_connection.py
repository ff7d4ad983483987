"""What a client and its `with_options()` copies share: the transport (made in
the running loop) or the caller's httpx2 client, requests built on httpx2's
types, one attempt sent and read, the concurrency limit, and closing."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal, get_args

import httpx2

from . import _retry
from ._cache import remembered
from ._clock import Clock
from ._transports import DEADLINE, AiohttpTransport, ShardedTransport, proxy_from_environment
from ._transports._private import copy_request
from .errors import ClientClosedError, DeployHQError, ResponseDecodeError

if TYPE_CHECKING:
    import asyncio

DEFAULT_MAX_CONCURRENCY = 100
# The transports a client can make itself: httpcore2's pool, or aiohttp's (an extra).
TransportName = Literal["httpx2", "aiohttp"]
TRANSPORT_NAMES: tuple[TransportName, ...] = get_args(TransportName)
DEFAULT_TRANSPORT: TransportName = "httpx2"
CLOSED = "this DeployHQ client is closed; make a new one (or keep it open until its calls are done)"


class Connection:
    """The transport or httpx2 client requests go through, with the credentials."""

    def __init__(
        self,
        *,
        base_url: str,
        authorization: str,
        user_agent: str,
        http_client: httpx2.AsyncClient | None,
        transport: httpx2.AsyncBaseTransport | TransportName | None,
        max_concurrency: int | None,
        clock: Clock,
        proxy: str | httpx2.Proxy | None = None,
        warm_modules: tuple[str, ...] = (),
    ) -> None:
        self.base_url = base_url
        self._warm_modules = warm_modules
        self._warmed: asyncio.Future[None] | None = None
        self._proxy = proxy
        self.clock = clock
        self._http = http_client
        self._transport = transport if isinstance(transport, httpx2.AsyncBaseTransport) else None
        self._transport_name = transport if isinstance(transport, str) else None
        self._limit = max_concurrency or (DEFAULT_MAX_CONCURRENCY if http_client is None else None)
        self._semaphore: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._urls: dict[str, httpx2.URL] = {}
        self._templates: dict[tuple[str, str], httpx2.Request] = {}
        self._headers = {
            "Authorization": authorization,
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": user_agent,
        }
        self._base_headers = httpx2.Headers(self._headers)
        # The tasks with an attempt on the wire, and those waiting to send one (a
        # pause, the throttle's line, a retry's sleep), which closing the client
        # cancels; `_drained` (set by aclose) resolves when the last has unwound.
        self._attempts: set[asyncio.Task[Any]] = set()
        self._waiting: set[asyncio.Task[Any]] = set()
        self._cut: frozenset[asyncio.Task[Any]] = frozenset()  # the tasks aclose() cancelled
        self._drained: asyncio.Future[None] | None = None
        self._date: str | None = None  # the latest answer's Date header, and DeployHQ's clock minus ours then
        self._server_offset: float | None = None
        self.closed = False

    def __repr__(self) -> str:
        return f"<connection to {self.base_url}>"

    @property
    def owns_transport(self) -> bool:
        """True when the transport is one of this library's, made by the client:
        those bound each attempt by its deadline themselves."""
        return self._http is None and self._transport_name is not None

    def _check_loop(self) -> asyncio.Task[Any]:
        if self.closed:
            raise ClientClosedError(CLOSED)
        import asyncio  # imported by the running loop already; kept off the import path

        loop = asyncio.get_running_loop()
        if self._loop is not loop and self._loop is not None:
            # Its connections belong to the loop that opened them.
            raise DeployHQError(
                "this DeployHQ client was first used in another event loop (another asyncio.run()); "
                "make one client per event loop, for example inside the coroutine you run"
            )
        self._loop = loop
        task = asyncio.current_task()
        if task is None:
            raise DeployHQError("DeployHQ clients are used from asyncio tasks")
        return task

    def transport(self) -> httpx2.AsyncBaseTransport:
        """The transport requests go to when no httpx2 client was given: at most
        the concurrency limit of connections, so that requests queue on the
        semaphore (no timeout) rather than in the pool, and through the proxy of
        `proxy=` or of the environment (unless NO_PROXY names the host)."""
        if self._transport is None:
            limit = self._limit or DEFAULT_MAX_CONCURRENCY
            proxy = self._proxy if self._proxy is not None else proxy_from_environment(self.base_url)
            if self._transport_name == "aiohttp":
                self._transport = AiohttpTransport(limit, proxy=proxy)
            else:
                self._transport = ShardedTransport(limit, proxy=proxy)
        return self._transport

    def build_request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, Any] | None,
        json: Any,
        content: bytes | str | None,
        headers: Mapping[str, str] | None,
        timeout: httpx2.Timeout,
    ) -> httpx2.Request:
        """The request for `path` (under the base URL) with the credentials; the
        operation's own headers go under ours, but for the `Accept` of an
        operation that answers something other than JSON. A whole URL
        (`https://...`: an automatic-deployment hook) goes without the
        credentials: its token is its authority, and its host may be another."""
        if path.startswith(("https://", "http://")):
            return self._bare_request(method, path, json=json, timeout=timeout)
        url = self.base_url + path
        merged = self._merged_headers(headers, json)
        if self._http is not None:  # its default headers, params and cookies apply
            return self._http.build_request(
                method,
                url,
                params=params,
                json=json,
                content=content,
                headers=self._headers if merged is None else merged,
                timeout=timeout,
            )
        extensions = {"timeout": timeout.as_dict()}
        if merged is None and content is None and not params:
            return self._copy_of_template(method, url, extensions)
        return httpx2.Request(
            method,
            self._url(url, params),
            json=json,
            content=content,
            headers=self._base_headers if merged is None else merged,
            extensions=extensions,
        )

    def _merged_headers(self, headers: Mapping[str, str] | None, json: Any) -> dict[str, str] | None:
        """The operation's headers under the client's (but its `Accept`), and the
        JSON body's type; None when the client's own are all there is."""
        if not headers and json is None:
            return None
        merged = {**(headers or {}), **self._headers}
        if headers and "Accept" in headers:
            merged["Accept"] = headers["Accept"]
        if json is not None:
            merged["Content-Type"] = "application/json"
        return merged

    def _bare_request(self, method: str, url: str, *, json: Any, timeout: httpx2.Timeout) -> httpx2.Request:
        headers = {name: value for name, value in self._headers.items() if name != "Authorization"}
        if json is not None:
            headers["Content-Type"] = "application/json"
        if self._http is not None:
            return self._http.build_request(method, url, json=json, headers=headers, timeout=timeout)
        return httpx2.Request(method, url, json=json, headers=headers, extensions={"timeout": timeout.as_dict()})

    def _copy_of_template(self, method: str, url: str, extensions: dict[str, Any]) -> httpx2.Request:
        """A bodiless request, copied from one built once for its method and URL:
        building an `httpx2.Request` (parsing, checking and re-listing headers)
        costs more than a tenth of a request's CPU. The copy has its own headers
        and extensions; the rest (URL, empty body) is immutable."""
        template = remembered(
            self._templates,
            (method, url),
            lambda: httpx2.Request(method, self._url(url, None), headers=self._base_headers),
        )
        return copy_request(template, extensions)

    def _url(self, url: str, params: Mapping[str, Any] | None) -> httpx2.URL:
        """The parsed URL. Parsing is a third of building a request, and a client
        asks for the same few URLs without a query again and again (a project,
        its deployments), so those are kept; URLs with a query (pages, filters)
        are as many as the pages read, so they are not."""
        if params:
            return httpx2.URL(url).copy_merge_params(params)
        return remembered(self._urls, url, lambda: httpx2.URL(url))

    def observe_date(self, date: str | None) -> None:
        """Keep DeployHQ's clock against this client's, from an answer's `Date`
        (parsed only when it changes: once a second at most)."""
        if date is None or date == self._date:
            return
        self._date = date
        when = _retry.http_date(date)
        if when is not None:
            self._server_offset = when - self.clock.now()

    def server_now(self) -> float | None:
        """DeployHQ's clock now, as its latest dated answer shows it; None before one."""
        return None if self._server_offset is None else self.clock.now() + self._server_offset

    @functools.cached_property
    def host(self) -> str:
        """The host requests go to (`acme.deployhq.com`)."""
        return httpx2.URL(self.base_url).host

    async def warm_up(self) -> None:
        """Import what requests need (the transport's modules, the resources) and
        build the TLS context in a worker thread, once: the loop keeps running
        meanwhile (importing them on it would stall it for a quarter of a second)."""
        import asyncio

        self._check_loop()
        if self._warmed is None:
            transport = self.transport() if self._http is None else None
            self._warmed = asyncio.ensure_future(asyncio.to_thread(_warm, transport, self._warm_modules))
        # Shielded: a caller cancelled while it waits leaves the warm-up to the others.
        await asyncio.shield(self._warmed)

    async def send(self, request: httpx2.Request, total: float | None) -> httpx2.Response:
        """One attempt, its body read, within `total` seconds (connect to last
        byte) when given. Closing the client cancels it: it then raises
        `ClientClosedError`."""
        if self._warmed is None or not self._warmed.done():
            await self.warm_up()
        task = self._check_loop()
        self._attempts.add(task)
        try:
            return await self._attempt(request, total)
        except BaseException as exc:
            if task in self._cut:  # aclose() cancelled every attempt it found, this one too
                import asyncio

                if isinstance(exc, asyncio.CancelledError) and task.uncancel() == 0:
                    raise ClientClosedError(CLOSED, request=request, may_have_been_processed=True) from None
            raise
        finally:
            self._attempts.discard(task)
            self._unwound()

    @contextlib.contextmanager
    def waiting(self, request: httpx2.Request | None, processed: bool = False) -> Iterator[None]:
        """Around the waits before `request`'s attempts (a pause, the throttle's
        line, a retry's sleep): closing the client ends them at once, raising
        `ClientClosedError` (as does waiting on a closed client); `processed`:
        whether an attempt before may have been processed."""
        task = self._check_loop()
        self._waiting.add(task)
        try:
            yield
        except BaseException as exc:
            import asyncio

            # Closed while it waited: this attempt was not sent. (One cancelled by
            # its caller as well stays cancelled.)
            if isinstance(exc, asyncio.CancelledError) and task in self._cut and task.uncancel() == 0:
                raise ClientClosedError(CLOSED, request=request, may_have_been_processed=processed) from None
            raise
        finally:
            self._waiting.discard(task)
            self._unwound()

    async def sleep(self, request: httpx2.Request, seconds: float, processed: bool) -> None:
        """A retry's wait, which closing the client ends (see `waiting`)."""
        with self.waiting(request, processed):
            await self.clock.sleep(seconds)

    async def idle(self, seconds: float) -> None:
        """A wait between polls (`wait()`, following logs), which closing the
        client ends at once, raising `ClientClosedError` (see `waiting`)."""
        with self.waiting(None):
            await self.clock.sleep(seconds)

    def _unwound(self) -> None:
        if not (self._attempts or self._waiting) and self._drained is not None and not self._drained.done():
            self._drained.set_result(None)

    async def _attempt(self, request: httpx2.Request, total: float | None) -> httpx2.Response:
        import asyncio

        if total is None:
            return await self._exchange(request)
        deadline = asyncio.get_running_loop().time() + total
        if self.owns_transport:
            # Its transports read the deadline, and raise the timeout of the phase it ends in.
            token = DEADLINE.set(deadline)
            try:
                return await self._exchange(request)
            finally:
                DEADLINE.reset(token)
        try:
            async with asyncio.timeout_at(deadline):
                return await self._exchange(request)
        except TimeoutError:
            raise httpx2.ReadTimeout(f"no whole answer within {total:g} s", request=request) from None

    async def _exchange(self, request: httpx2.Request) -> httpx2.Response:
        if self._http is not None:
            response = await self._http.send(request, stream=True)
        else:
            response = await self.transport().handle_async_request(request)
            response.request = request
        try:
            await response.aread()
        except httpx2.DecodingError as exc:
            raise _undecodable(response, exc) from exc
        finally:
            await response.aclose()
        # httpx2 links the response and its (already read) stream both ways, so every
        # page of a listing would wait for the cycle collector; replacing the stream
        # lets each page be freed as soon as it has been decoded.
        response.stream = httpx2.ByteStream(response.content)
        return response

    @property
    def concurrency(self) -> int | None:
        """The most requests on the wire at once (None: the caller's http_client decides)."""
        return self._limit

    def semaphore(self) -> asyncio.Semaphore | None:
        if self._limit is not None and self._semaphore is None:
            import asyncio  # imported by the caller's event loop already; kept off the import path

            self._semaphore = asyncio.Semaphore(self._limit)
        return self._semaphore

    async def aclose(self) -> None:
        """Refuse new attempts, cancel those on the wire and those waiting, then
        close the pool."""
        self.closed = True
        if self._attempts or self._waiting:
            import asyncio

            self._drained = asyncio.get_running_loop().create_future()
            self._cut = frozenset(self._attempts | self._waiting)
            for task in self._cut:
                task.cancel()
            # Let them unwind (their connections closing) before the pool goes.
            await self._drained
        if self._http is None and self._transport is not None:
            await self._transport.aclose()


def _warm(transport: httpx2.AsyncBaseTransport | None, modules: tuple[str, ...]) -> None:
    import importlib
    import importlib.util

    if isinstance(transport, (ShardedTransport, AiohttpTransport)):
        transport.warm_up()
    for module in modules:
        importlib.import_module(module)
    from deployhq_async.generated.types import loads

    loads(b"{}")  # picks its JSON decoder (orjson's import, when installed)
    if importlib.util.find_spec("opentelemetry") is not None:
        from opentelemetry import context

        context.get_current()  # opentelemetry-api before 1.2x loads its runtime context on first use


def _undecodable(response: httpx2.Response, exc: httpx2.DecodingError) -> ResponseDecodeError:
    """A body that cannot be decoded (corrupt gzip or deflate) as a DeployHQ error,
    with the status and headers it came with (less the encoding it failed)."""
    request = response.request
    encoding = response.headers.get("content-encoding", "identity")
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
    seen = httpx2.Response(response.status_code, headers=headers, content=b"", request=request)
    return ResponseDecodeError(
        f"the body could not be decoded ({encoding}: {exc})",
        response=seen,
        may_have_been_processed=request.method not in _retry.IDEMPOTENT_METHODS,
    )
