"""The `DeployHQ` client: configuration, the one request path (auth, retries,
errors, logging) and the resources hung off it."""

from __future__ import annotations

import base64
import contextlib
import importlib
import logging
import os
import sys
from collections.abc import Mapping
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, TypeVar, get_args, overload

import httpx

from . import _retry
from ._cache import remembered
from ._clock import SYSTEM_CLOCK, Clock
from ._config import base_url_for, check_credentials, check_positive
from ._operations import Operation, resolve_operation
from ._transports import AiohttpTransport, ShardedTransport, check_aiohttp, proxy_from_environment
from ._version import __version__
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ConfigurationError,
    DeployHQError,
    ResponseDecodeError,
    status_error,
)

if TYPE_CHECKING:
    import asyncio

    from deployhq_api.call_signatures import Call
    from typing_extensions import Self

    from .resources.account import Account
    from .resources.collections import (
        BuildCommands,
        ConfigFiles,
        EnvironmentVariables,
        ExcludedFiles,
        GlobalConfigFiles,
        GlobalEnvironmentVariables,
        GlobalServers,
        Integrations,
        ScheduledDeployments,
        ServerGroups,
        Servers,
        SshCommands,
        SshKeys,
        Teams,
        Templates,
        Users,
        Zones,
    )
    from .resources.deployments import Deployments
    from .resources.profile import Profile
    from .resources.projects import Projects
    from .resources.repository import Repository

logger = logging.getLogger("deployhq_async")

R = TypeVar("R")
DEFAULT_MAX_CONCURRENCY = 100
DEFAULT_TIMEOUT = httpx.Timeout(30.0)
# The transports a client can make itself: httpcore's (sharded), or aiohttp's (an extra).
TransportName = Literal["httpx", "aiohttp"]
TRANSPORT_NAMES: tuple[TransportName, ...] = get_args(TransportName)
DEFAULT_TRANSPORT: TransportName = "httpx"


class _Options(NamedTuple):
    timeout: httpx.Timeout
    max_retries: int
    max_retry_wait: float
    # A bulk run's concurrency budget, held for each attempt (not during retry waits).
    budget: asyncio.Semaphore | None = None
    # A bulk run's shared pause: a Retry-After one request meets holds back all of them.
    pause: SharedPause | None = None


class SharedPause:
    """A moment (on the client's clock) before which no request of a group is sent."""

    def __init__(self) -> None:
        self.until = 0.0
        self.count = 0  # 429/503 answers with Retry-After the group received

    def extend(self, until: float) -> None:
        self.count += 1
        self.until = max(self.until, until)

    async def wait(self, clock: Clock) -> None:
        while (remaining := self.until - clock.monotonic()) > 0:
            await clock.sleep(remaining)


class _Connection:
    """What a client and the copies `with_options()` makes share: the transport
    (made lazily, in the running loop) or the caller's httpx client, the
    concurrency limit and the credentials."""

    def __init__(
        self,
        *,
        base_url: str,
        authorization: str,
        user_agent: str,
        http_client: httpx.AsyncClient | None,
        transport: httpx.AsyncBaseTransport | TransportName,
        max_concurrency: int | None,
        clock: Clock,
        proxy: str | httpx.Proxy | None = None,
    ) -> None:
        self.base_url = base_url
        self._proxy = proxy
        self.clock = clock
        self._http = http_client
        self._transport = transport if isinstance(transport, httpx.AsyncBaseTransport) else None
        self._transport_name = transport if isinstance(transport, str) else "httpx"
        self._limit = max_concurrency or (DEFAULT_MAX_CONCURRENCY if http_client is None else None)
        self._semaphore: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._urls: dict[str, httpx.URL] = {}
        self._templates: dict[tuple[str, str], httpx.Request] = {}
        self._headers = {
            "Authorization": authorization,
            "Accept": "application/json",
            "Accept-Encoding": "gzip, deflate",
            "User-Agent": user_agent,
        }
        self._base_headers = httpx.Headers(self._headers)
        self.closed = False

    def __repr__(self) -> str:
        return f"<connection to {self.base_url}>"

    def _check_loop(self) -> None:
        if self.closed:
            raise DeployHQError("this DeployHQ client is closed")
        import asyncio  # imported by the running loop already; kept off the import path

        loop = asyncio.get_running_loop()
        if self._loop is not loop and self._loop is not None:
            # Its connections belong to the loop that opened them.
            raise DeployHQError(
                "this DeployHQ client was first used in another event loop (another asyncio.run()); "
                "make one client per event loop, for example inside the coroutine you run"
            )
        self._loop = loop

    def transport(self) -> httpx.AsyncBaseTransport:
        """The transport requests go to when no httpx client was given: sized to
        the concurrency limit, so that requests queue on the semaphore (no
        timeout) rather than in the pool, and through the proxy of `proxy=` or
        of the environment (unless NO_PROXY names the host)."""
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
        timeout: httpx.Timeout,
    ) -> httpx.Request:
        """The request for `path` (under the base URL) with the credentials; the
        operation's own headers go under ours."""
        url = self.base_url + path
        own_headers_only = not headers and json is None
        merged = self._headers if own_headers_only else {**(headers or {}), **self._headers}
        if json is not None:
            merged["Content-Type"] = "application/json"
        if self._http is not None:  # its default headers, params and cookies apply
            return self._http.build_request(
                method, url, params=params, json=json, content=content, headers=merged, timeout=timeout
            )
        extensions = {"timeout": timeout.as_dict()}
        if own_headers_only and content is None and not params:
            return self._copy_of_template(method, url, extensions)
        return httpx.Request(
            method,
            self._url(url, params),
            json=json,
            content=content,
            headers=self._base_headers if own_headers_only else merged,
            extensions=extensions,
        )

    def _copy_of_template(self, method: str, url: str, extensions: dict[str, Any]) -> httpx.Request:
        """A bodiless request, copied from one built once for its method and URL:
        building an `httpx.Request` (parsing, checking and re-listing headers)
        costs more than a tenth of a request's CPU. The copy has its own headers
        and extensions; the rest (URL, empty body) is immutable."""
        template = remembered(
            self._templates,
            (method, url),
            lambda: httpx.Request(method, self._url(url, None), headers=self._base_headers),
        )
        request: httpx.Request = object.__new__(httpx.Request)
        request.__dict__.update(template.__dict__)
        request.headers = httpx.Headers(template.headers)
        request.extensions = extensions
        return request

    def _url(self, url: str, params: Mapping[str, Any] | None) -> httpx.URL:
        """The parsed URL. Parsing is a third of building a request, and a client
        asks for the same few URLs without a query again and again (a project,
        its deployments), so those are kept; URLs with a query (pages, filters)
        are as many as the pages read, so they are not."""
        if params:
            return httpx.URL(url).copy_merge_params(params)
        return remembered(self._urls, url, lambda: httpx.URL(url))

    async def send(self, request: httpx.Request) -> httpx.Response:
        """One attempt, its body read. Without a caller's httpx client the request
        goes straight to the transport: the facade uses none of the client's auth,
        redirect or cookie handling, which cost more CPU than the transport."""
        self._check_loop()
        if self._http is not None:
            response = await self._http.send(request)
        else:
            response = await self.transport().handle_async_request(request)
            response.request = request
            try:
                await response.aread()
            except BaseException:
                await response.aclose()
                raise
        # httpx links the response and its (already read) stream both ways, so every
        # page of a listing would wait for the cycle collector; replacing the stream
        # lets each page be freed as soon as it has been decoded.
        response.stream = httpx.ByteStream(response.content)
        return response

    def semaphore(self) -> asyncio.Semaphore | None:
        if self._limit is not None and self._semaphore is None:
            import asyncio  # imported by the caller's event loop already; kept off the import path

            self._semaphore = asyncio.Semaphore(self._limit)
        return self._semaphore

    async def aclose(self) -> None:
        self.closed = True
        if self._http is None and self._transport is not None:
            await self._transport.aclose()


class _LazyResource(Generic[R]):
    """A client attribute whose resource class is imported on first access."""

    def __init__(self, path: str) -> None:
        self._module, _, self._class = path.rpartition(".")
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def resource_class(self) -> type[R]:
        cls: type[R] = getattr(importlib.import_module(self._module, __package__), self._class)
        return cls

    @overload
    def __get__(self, obj: None, owner: type) -> _LazyResource[R]: ...
    @overload
    def __get__(self, obj: DeployHQ, owner: type) -> R: ...
    def __get__(self, obj: DeployHQ | None, owner: type) -> _LazyResource[R] | R:
        if obj is None:
            return self
        resource: R = self.resource_class()(obj)  # type: ignore[call-arg]
        obj.__dict__[self._name] = resource  # later lookups skip this descriptor
        return resource


class DeployHQ:
    """Async client for one DeployHQ account.

    >>> async with DeployHQ(account="acme", email="ops@acme.com", api_key="...") as dhq:
    ...     async for project in dhq.projects.list():
    ...         print(project.name)
    """

    projects: _LazyResource[Projects] = _LazyResource(".resources.projects.Projects")
    deployments: _LazyResource[Deployments] = _LazyResource(".resources.deployments.Deployments")
    servers: _LazyResource[Servers] = _LazyResource(".resources.collections.Servers")
    server_groups: _LazyResource[ServerGroups] = _LazyResource(".resources.collections.ServerGroups")
    config_files: _LazyResource[ConfigFiles] = _LazyResource(".resources.collections.ConfigFiles")
    environment_variables: _LazyResource[EnvironmentVariables] = _LazyResource(
        ".resources.collections.EnvironmentVariables"
    )
    excluded_files: _LazyResource[ExcludedFiles] = _LazyResource(".resources.collections.ExcludedFiles")
    ssh_commands: _LazyResource[SshCommands] = _LazyResource(".resources.collections.SshCommands")
    build_commands: _LazyResource[BuildCommands] = _LazyResource(".resources.collections.BuildCommands")
    scheduled_deployments: _LazyResource[ScheduledDeployments] = _LazyResource(
        ".resources.collections.ScheduledDeployments"
    )
    integrations: _LazyResource[Integrations] = _LazyResource(".resources.collections.Integrations")
    global_config_files: _LazyResource[GlobalConfigFiles] = _LazyResource(".resources.collections.GlobalConfigFiles")
    global_environment_variables: _LazyResource[GlobalEnvironmentVariables] = _LazyResource(
        ".resources.collections.GlobalEnvironmentVariables"
    )
    global_servers: _LazyResource[GlobalServers] = _LazyResource(".resources.collections.GlobalServers")
    users: _LazyResource[Users] = _LazyResource(".resources.collections.Users")
    teams: _LazyResource[Teams] = _LazyResource(".resources.collections.Teams")
    ssh_keys: _LazyResource[SshKeys] = _LazyResource(".resources.collections.SshKeys")
    templates: _LazyResource[Templates] = _LazyResource(".resources.collections.Templates")
    zones: _LazyResource[Zones] = _LazyResource(".resources.collections.Zones")
    repository: _LazyResource[Repository] = _LazyResource(".resources.repository.Repository")
    account: _LazyResource[Account] = _LazyResource(".resources.account.Account")
    profile: _LazyResource[Profile] = _LazyResource(".resources.profile.Profile")

    def __init__(
        self,
        account: str | None = None,
        email: str | None = None,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retries: int = 3,
        max_retry_wait: float = 60.0,
        max_concurrency: int | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | Literal["httpx", "aiohttp"] | None = None,
        user_agent: str | None = None,
        clock: Clock | None = None,
        proxy: str | httpx.Proxy | None = None,
    ) -> None:
        root = base_url_for(account, base_url)
        login, key = check_credentials(email, api_key)
        check_positive("max_retry_wait", max_retry_wait, allow_zero=True)
        _check_count("max_retries", max_retries, allow_zero=True)
        if max_concurrency is not None:
            _check_count("max_concurrency", max_concurrency, allow_zero=False)
        if http_client is not None and transport is not None:
            raise ConfigurationError("pass http_client or transport, not both (configure the transport on the client)")
        if proxy is not None and (http_client is not None or isinstance(transport, httpx.AsyncBaseTransport)):
            raise ConfigurationError(
                "pass proxy= or your own http_client/transport (configure the proxy there), not both"
            )
        if proxy is not None and not isinstance(proxy, (str, httpx.Proxy)):
            raise ConfigurationError(f"proxy must be a URL or an httpx.Proxy, not {type(proxy).__name__}")
        if http_client is not None and not isinstance(http_client, httpx.AsyncClient):
            raise ConfigurationError(f"http_client must be an httpx.AsyncClient, not {type(http_client).__name__}")
        _check_transport(transport)
        if clock is not None and not isinstance(clock, Clock):
            raise ConfigurationError(f"clock must have now(), monotonic() and sleep(), not {type(clock).__name__}")
        if user_agent is not None:
            _check_header_value("user_agent", user_agent)
        token = base64.b64encode(f"{login}:{key}".encode()).decode("ascii")
        python = "{}.{}.{}".format(*sys.version_info[:3])
        agent = f"deployhq-async/{__version__} httpx/{httpx.__version__} python/{python}"
        self._connection = _Connection(
            base_url=root,
            authorization=f"Basic {token}",
            user_agent=f"{user_agent} {agent}" if user_agent else agent,
            http_client=http_client,
            transport=DEFAULT_TRANSPORT if transport is None else transport,
            max_concurrency=max_concurrency,
            clock=SYSTEM_CLOCK if clock is None else clock,
            proxy=proxy,
        )
        # A caller's http_client keeps its own timeout unless one is passed here.
        default = http_client.timeout if http_client is not None else DEFAULT_TIMEOUT
        self._owner = True
        self._options = _Options(
            timeout=default if timeout is None else _timeout(timeout),
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> DeployHQ:
        """A client configured from DEPLOYHQ_ACCOUNT, DEPLOYHQ_EMAIL, DEPLOYHQ_API_KEY
        and optionally DEPLOYHQ_BASE_URL; keyword arguments go to the constructor."""
        env = os.environ if environ is None else environ
        return cls(
            env.get("DEPLOYHQ_ACCOUNT"),
            env.get("DEPLOYHQ_EMAIL"),
            env.get("DEPLOYHQ_API_KEY"),
            base_url=env.get("DEPLOYHQ_BASE_URL") or None,
            **kwargs,
        )

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx.Timeout | None = None,
        max_retry_wait: float | None = None,
    ) -> DeployHQ:
        """A client sharing this one's connection, with other request options.
        Closing the copy (`async with dhq.with_options(...)`) leaves the
        connection open: the client it was made from owns it."""
        if max_retries is not None:
            _check_count("max_retries", max_retries, allow_zero=True)
        check_positive("max_retry_wait", max_retry_wait, allow_zero=True)
        clone = object.__new__(DeployHQ)
        clone._connection = self._connection
        clone._owner = False
        options = self._options
        clone._options = options._replace(
            timeout=options.timeout if timeout is None else _timeout(timeout),
            max_retries=options.max_retries if max_retries is None else max_retries,
            max_retry_wait=options.max_retry_wait if max_retry_wait is None else max_retry_wait,
        )
        return clone

    def _with_budget(self, budget: asyncio.Semaphore, pause: SharedPause) -> DeployHQ:
        """A client whose every request attempt also holds `budget`, and waits out
        `pause` (which the Retry-After of any of its answers extends)."""
        clone = self.with_options()
        clone._options = clone._options._replace(budget=budget, pause=pause)
        return clone

    @property
    def base_url(self) -> str:
        return self._connection.base_url

    @property
    def clock(self) -> Clock:
        """The clock of every wait, deadline and time comparison of this client."""
        return self._connection.clock

    @property
    def timeout(self) -> httpx.Timeout:
        """How long each request attempt may take to connect, send, be answered."""
        return self._options.timeout

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    def __repr__(self) -> str:
        return f"DeployHQ(base_url={self.base_url!r})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (a caller-owned http_client is left open; a
        copy from `with_options` leaves it to the client it came from)."""
        if self._owner:
            await self._connection.aclose()

    async def _call(
        self, operation: str | ModuleType, /, *args: Any, max_retries: int | None = None, **arguments: Any
    ) -> Any:
        """Run any generated operation with this client's auth, retries and errors.

        `operation` is an operationId from DeployHQ's document
        (`"getProjectDeploymentById"`), a module name under `deployhq_api.api`, or
        the module itself; the other arguments are that module's `build_request`
        arguments, where `body` may also be a plain dict (made into the
        operation's request model; fields the document does not name are kept).
        Returns the operation's parsed 2xx result.
        """
        module = resolve_operation(operation)
        if isinstance(arguments.get("body"), Mapping):
            arguments["body"] = request_model(module, arguments["body"])
        result, _ = await self._execute(module, module.build_request(*args, **arguments), max_retries=max_retries)
        return result

    if TYPE_CHECKING:
        # One typed signature per operationId, generated from the document.
        call: Call
    else:
        call = _call

    async def _execute(
        self, operation: Operation[R], request: Mapping[str, Any], *, max_retries: int | None = None
    ) -> tuple[R, httpx.Response]:
        """Send a request made by `operation.build_request`, with retries; the typed
        result and the 2xx response it was decoded from."""
        response = await self._send(
            request["method"],
            request["url"],
            params=request.get("params"),
            json=request.get("json"),
            content=request.get("content"),
            headers=request.get("headers"),
            max_retries=max_retries,
        )
        return parse(operation, response), response

    async def _send(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
    ) -> httpx.Response:
        """Send one request with retries; return a 2xx response or raise."""
        connection = self._connection
        retries = self._options.max_retries if max_retries is None else max_retries
        request = connection.build_request(
            method, url, params=params, json=json, content=content, headers=headers, timeout=self._options.timeout
        )
        path = url.split("?", 1)[0]
        clock = connection.clock
        pause = self._options.pause
        attempt = 0
        while True:
            attempt += 1
            started = clock.monotonic()
            try:
                response = await self._send_once(request)
            except httpx.TransportError as exc:
                decision = _retry.after_exception(exc, method, attempt, retries, self._options.max_retry_wait)
                if not decision.retry:
                    raise _connection_error(exc, request, decision, attempt) from exc
                _log_retry(method, path, type(exc).__name__, decision.delay, attempt, retries)
                await clock.sleep(decision.delay)
                continue
            logger.debug(
                "%s %s -> %d (attempt %d, %.3fs)",
                method,
                path,
                response.status_code,
                attempt,
                clock.monotonic() - started,
            )
            if response.is_success:
                return response
            decision = _retry.after_response(
                response, method, attempt, retries, self._options.max_retry_wait, clock.now()
            )
            if (
                pause is not None
                and decision.retry_after is not None
                and response.status_code in _retry.ALWAYS_RETRIED_STATUSES
            ):
                pause.extend(clock.monotonic() + decision.retry_after)
            if not decision.retry:
                raise status_error(
                    response,
                    attempts=attempt,
                    retry_after=decision.retry_after,
                    may_have_been_processed=decision.may_have_been_processed,
                )
            _log_retry(method, path, str(response.status_code), decision.delay, attempt, retries)
            await clock.sleep(decision.delay)

    async def _send_once(self, request: httpx.Request) -> httpx.Response:
        clock, pause = self._connection.clock, self._options.pause
        while True:
            if pause is not None:
                await pause.wait(clock)
            async with _holding(self._options.budget), _holding(self._connection.semaphore()):
                # A pause may have begun while this request queued for a slot: it
                # waits again (without the slot) rather than meet another 429.
                if pause is None or pause.until <= clock.monotonic():
                    return await self._connection.send(request)


def _holding(semaphore: asyncio.Semaphore | None) -> contextlib.AbstractAsyncContextManager[Any]:
    return semaphore if semaphore is not None else contextlib.nullcontext()


def parse(module: Operation[R], response: httpx.Response) -> R:
    """The operation's typed result from a 2xx response; a body that cannot be
    decoded is a `ResponseDecodeError`, never a bare JSON or key error."""
    expected = module.SUCCESS_STATUSES
    if response.status_code not in expected:
        if not response.content and (204 in expected or module.METHOD == "DELETE"):
            return None  # type: ignore[return-value]  # the operation's result is None
        # DeployHQ sometimes answers 200 where the document says 201 (or back).
        response = httpx.Response(
            expected[0], content=response.content, headers=response.headers, request=response.request
        )
    if not response.content and response.status_code != 204:
        if module.METHOD == "DELETE":
            return None  # type: ignore[return-value]  # deletes may answer with no body: typed "X | None"
        raise ResponseDecodeError("empty body where a JSON document was expected", response=response)
    try:
        return module.parse_response(response)
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        reason = _decode_failure(exc)
        kind = response.headers.get("content-type", "no content type").split(";")[0]
        raise ResponseDecodeError(
            f"could not decode the {module.OPERATION} result ({kind}, {len(response.content)} bytes): {reason}",
            response=response,
        ) from exc


def _decode_failure(exc: Exception) -> str:
    # The standard library runs out of stack; orjson stops at 1,024 levels.
    if isinstance(exc, RecursionError) or "depth limit" in str(exc):
        return "the JSON is nested too deeply to decode"
    if isinstance(exc, ValueError) and "JSON" in type(exc).__name__:
        return "body is not JSON"
    if isinstance(exc, KeyError):
        return f"required field {exc.args[0]!r} is missing"
    return str(exc)


def request_model(module: ModuleType, body: Mapping[str, Any]) -> Any:
    """A plain-dict body as the operation's generated request model."""
    import typing

    hints = typing.get_type_hints(module.build_request)
    model = next(
        (t for t in typing.get_args(hints.get("body")) or (hints.get("body"),) if hasattr(t, "from_dict")), None
    )
    if model is None:
        raise TypeError(f"{module.OPERATION} takes no JSON body")
    try:
        return model.from_dict(body)
    except KeyError as exc:
        raise TypeError(f"{module.OPERATION}: the body lacks the required field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise TypeError(f"{module.OPERATION}: the body does not fit {model.__name__}: {exc}") from None


def _timeout(value: object) -> httpx.Timeout:
    """A number of seconds (for every phase) or an httpx.Timeout, checked."""
    if isinstance(value, httpx.Timeout):
        phases = (value.connect, value.read, value.write, value.pool)
        if any(p is not None and (isinstance(p, bool) or not p > 0) for p in phases):
            raise ConfigurationError(f"timeout phases must be positive seconds or None, got {value!r}")
        return value
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"timeout must be a number of seconds or an httpx.Timeout, not {type(value).__name__}")
    if not value > 0:
        raise ConfigurationError(f"timeout must be positive, got {value}")
    return httpx.Timeout(float(value))


# What each kind of timeout was waiting for, and which phase of httpx.Timeout bounds it.
_TIMED_OUT = {
    httpx.ConnectTimeout: ("connecting to", "connect"),
    httpx.WriteTimeout: ("sending the request to", "write"),
    httpx.ReadTimeout: ("waiting for the response from", "read"),
    httpx.PoolTimeout: ("waiting for a free connection to", "pool"),
}
_UNRESOLVED = ("name or service not known", "nodename nor servname", "name resolution", "no address associated")


def _describe_failure(exc: httpx.TransportError, request: httpx.Request) -> str:
    """What happened, in words: the kind of failure, the host, the time it took."""
    host = request.url.host
    for kind, (waiting, phase) in _TIMED_OUT.items():
        if isinstance(exc, kind):
            seconds = request.extensions.get("timeout", {}).get(phase)
            limit = f" after {seconds:g} s" if isinstance(seconds, (int, float)) else ""
            return f"timed out{limit} {waiting} {host}"
    text = str(exc)
    if isinstance(exc, httpx.ConnectError) and any(s in text.lower() for s in _UNRESOLVED):
        return f"could not resolve {host}"
    if isinstance(exc, httpx.ConnectError):
        return f"could not connect to {host}: {text or type(exc).__name__}"
    return f"the connection to {host} broke ({text or type(exc).__name__})"


def _connection_error(
    exc: httpx.TransportError, request: httpx.Request, decision: _retry.Decision, attempts: int
) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
    return cls(
        f"{_describe_failure(exc, request)} ({attempts} attempt{'s' if attempts > 1 else ''})",
        request=request,
        may_have_been_processed=decision.may_have_been_processed,
        attempts=attempts,
    )


def _log_retry(method: str, path: str, cause: str, delay: float, attempt: int, retries: int) -> None:
    logger.info("%s %s: %s, retrying in %.2fs (retry %d of %d)", method, path, cause, delay, attempt, retries)


def _check_header_value(name: str, value: object) -> None:
    """A value sent in a header: one line of Latin-1 text (else httpx fails later,
    after the request was counted as sent)."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    if any(c in value for c in "\r\n\0"):
        raise ConfigurationError(f"{name} contains a line break; an HTTP header value is one line")
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        raise ConfigurationError(f"{name} has characters an HTTP header cannot carry (use ASCII)") from None


def _check_transport(transport: object) -> None:
    if transport is None or isinstance(transport, httpx.AsyncBaseTransport):
        return
    if transport not in TRANSPORT_NAMES:
        raise ConfigurationError(
            f"transport must be one of {', '.join(map(repr, TRANSPORT_NAMES))} or an httpx.AsyncBaseTransport, "
            f"not {transport!r}"
        )
    if transport == "aiohttp":
        check_aiohttp()


def _check_count(name: str, value: object, *, allow_zero: bool) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an integer, not {type(value).__name__}")
    if value < 0 or (value == 0 and not allow_zero):
        raise ConfigurationError(f"{name} must be {'non-negative' if allow_zero else 'positive'}, got {value}")
