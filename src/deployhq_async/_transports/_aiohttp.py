"""An httpx2 transport on aiohttp's connection pool: the `aiohttp` extra.

httpcore2 spends about 0.4 ms of CPU on each request; aiohttp's C parser and pool
about a third of that, which is what a run of thousands of requests is bound by.
Users keep seeing `httpx2.Request` and `httpx2.Response`; aiohttp is imported when
the first request opens the pool.

Its failures are reported in httpx2's terms, and the line between them is the one
the retry rules stand on: `httpx2.ConnectError` / `httpx2.ConnectTimeout` only when
no byte of the request can have left this machine (aiohttp failed to connect),
a read error or timeout for anything later, so a create that may have been
processed is never re-sent as if it had not.
"""

from __future__ import annotations

import base64
import ssl
from typing import TYPE_CHECKING, Any

import httpx2

from .._cache import remembered
from .._retry import IDEMPOTENT_METHODS
from ..errors import ConfigurationError
from ._deadline import remaining
from ._private import read_response

if TYPE_CHECKING:
    import aiohttp

MISSING = (
    "the aiohttp transport needs aiohttp, which is not installed; "
    "install the extra: pip install 'deployhq-async[aiohttp]'"
)


def check_aiohttp() -> None:
    """A ConfigurationError now if aiohttp cannot be imported later (without importing it)."""
    import importlib.util

    if importlib.util.find_spec("aiohttp") is None:
        raise ConfigurationError(MISSING)


def import_aiohttp() -> Any:
    """aiohttp, or a ConfigurationError that says how to install it."""
    try:
        import aiohttp
    except ImportError:
        raise ConfigurationError(MISSING) from None
    return aiohttp


class AiohttpTransport(httpx2.AsyncBaseTransport):
    """Sends httpx2 requests through one `aiohttp.ClientSession` of at most
    `max_connections` connections, opened in the loop of the first request.
    Bodies are read whole; redirects are not followed; cookies are not kept."""

    def __init__(
        self,
        max_connections: int = 100,
        *,
        proxy: str | httpx2.Proxy | None = None,
        verify: ssl.SSLContext | bool = True,
        keepalive_expiry: float = 15.0,
    ) -> None:
        check_aiohttp()  # fail at construction, not at the first request (which imports it)
        self._max_connections = max_connections
        self._verify = verify
        self._ssl_context: ssl.SSLContext | bool | None = None
        self._keepalive_expiry = keepalive_expiry
        self._options, self._proxy_authorization = _proxy_options(proxy)
        self._session: aiohttp.ClientSession | None = None
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}
        self._errors: _ErrorMap | None = None
        self._urls: dict[str, Any] = {}  # httpx2's URL text -> yarl.URL, parsed once
        self._url_type: Any = None

    def _open(self) -> aiohttp.ClientSession:
        aiohttp = import_aiohttp()
        connector = aiohttp.TCPConnector(
            limit=self._max_connections,
            limit_per_host=0,
            ssl=self._tls(),
            keepalive_timeout=self._keepalive_expiry,
        )
        self._session = aiohttp.ClientSession(
            connector=connector,
            auto_decompress=False,  # httpx2.Response decodes, as it does for httpcore2
            skip_auto_headers=("User-Agent", "Accept-Encoding", "Content-Type"),
            cookie_jar=aiohttp.DummyCookieJar(),
            trust_env=False,
        )
        self._errors = _ErrorMap(aiohttp)
        import yarl  # aiohttp's URL type, loaded with it

        self._url_type = yarl.URL
        return self._session

    def _tls(self) -> ssl.SSLContext | bool:
        if self._ssl_context is None:
            self._ssl_context = httpx2.create_ssl_context() if self._verify is True else self._verify
        return self._ssl_context

    def warm_up(self) -> None:
        """Import aiohttp (a quarter of a second) and build the TLS context: the
        client runs this in a worker thread, off the loop."""
        import_aiohttp()
        import yarl  # noqa: F401

        self._tls()

    def _timeout(self, phases: dict[str, float | None]) -> aiohttp.ClientTimeout:
        connect, read, pool = phases.get("connect"), phases.get("read"), phases.get("pool")
        # `connect` bounds waiting for a pooled connection and opening one;
        # both end before the request is written.
        total_connect = None if connect is None or pool is None else connect + pool
        timeout = remembered(
            self._timeouts,
            (connect, read, pool),
            lambda: import_aiohttp().ClientTimeout(
                total=None, connect=total_connect, sock_connect=connect, sock_read=read
            ),
        )
        # The attempt's deadline, when the client set one, bounds it whole.
        left = remaining()
        return (
            timeout
            if left is None
            else import_aiohttp().ClientTimeout(total=left, connect=total_connect, sock_connect=connect, sock_read=read)
        )

    def _yarl(self, url: httpx2.URL) -> Any:
        """aiohttp's URL for httpx2's, taken as already quoted (sent exactly as it
        is); those without a query are kept, as the client keeps httpx2's."""
        text = str(url)
        if url.query:
            return self._url_type(text, encoded=True)
        return remembered(self._urls, text, lambda: self._url_type(text, encoded=True))

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        session = self._session or self._open()
        assert self._errors is not None
        body = await request.aread()
        if request.method not in IDEMPOTENT_METHODS:
            # One turn of the loop first, so that a close the server already sent
            # on a pooled connection (a restart) is seen and that connection is
            # not picked: a create written on it could not be told from one the
            # server read and lost.
            import asyncio  # loaded by the running loop

            await asyncio.sleep(0)
        headers = self._headers(request)
        try:
            async with session.request(
                request.method,
                self._yarl(request.url),
                headers=headers,
                data=body or None,
                timeout=self._timeout(request.extensions.get("timeout", {})),
                allow_redirects=False,
                **self._options,
            ) as answer:
                content = await answer.read()
                status, raw_headers, reason = answer.status, answer.raw_headers, answer.reason
        except Exception as exc:
            mapped = self._errors.to_httpx(exc, request)
            if mapped is None:
                raise
            raise mapped from exc
        # As a stream, which the caller reads (and decodes, if compressed), as
        # it reads httpcore2's: httpx2 checks the headers once, not twice.
        response = httpx2.Response(
            status,
            headers=list(raw_headers),
            stream=httpx2.ByteStream(content),
            request=request,
            extensions={"http_version": b"HTTP/1.1", "reason_phrase": (reason or "").encode("latin-1", "replace")},
        )
        if not any(name.lower() == b"content-encoding" for name, _ in raw_headers):
            # Nothing to decode: the body is the content. httpx2's read pipeline
            # (iterators, decoder, chunker) would cost a tenth of the request.
            return read_response(response, content)
        return response

    def _headers(self, request: httpx2.Request) -> list[tuple[str, str]]:
        # httpx2 keeps header bytes; decoding them here is cheaper than its multi_items().
        headers = [(name.decode("latin-1"), value.decode("latin-1")) for name, value in request.headers.raw]
        if self._proxy_authorization is not None and request.url.scheme == "http":
            headers.append(("Proxy-Authorization", self._proxy_authorization))
        return headers

    async def aclose(self) -> None:
        if self._session is not None:
            session, self._session = self._session, None
            await session.close()


def _proxy_options(proxy: str | httpx2.Proxy | None) -> tuple[dict[str, Any], str | None]:
    """aiohttp's proxy arguments, and the Proxy-Authorization a plain-http request
    carries itself (aiohttp sends `proxy_headers` only with a CONNECT)."""
    if proxy is None:
        return {}, None
    proxy = httpx2.Proxy(proxy) if isinstance(proxy, str) else proxy
    headers = dict(proxy.headers)
    authorization = None
    if proxy.auth is not None:  # credentials in the proxy URL, as httpx2 reads them
        token = base64.b64encode("{}:{}".format(*proxy.auth).encode()).decode("ascii")
        headers["Proxy-Authorization"] = authorization = f"Basic {token}"
    return {"proxy": str(proxy.url), "proxy_headers": headers or None}, authorization


class _ErrorMap:
    """aiohttp's exceptions as httpx2's, most specific first."""

    def __init__(self, aiohttp: Any) -> None:
        # aiohttp's ClientConnectionResetError (3.10.5 on) is one; before, it raised the builtin itself.
        self._reset: type[BaseException] = ConnectionResetError
        # Nothing was written yet: the connection was never made.
        self._not_sent: list[tuple[type[BaseException], type[httpx2.TransportError]]] = [
            (aiohttp.ConnectionTimeoutError, httpx2.ConnectTimeout),
            (aiohttp.ClientConnectorError, httpx2.ConnectError),
            (aiohttp.ClientHttpProxyError, httpx2.ConnectError),  # the proxy refused the tunnel
            (aiohttp.ServerFingerprintMismatch, httpx2.ConnectError),
        ]
        # The request may have reached DeployHQ.
        self._maybe_sent: list[tuple[type[BaseException], type[httpx2.TransportError]]] = [
            (aiohttp.ServerTimeoutError, httpx2.ReadTimeout),
            (aiohttp.ServerDisconnectedError, httpx2.RemoteProtocolError),
            (aiohttp.ClientPayloadError, httpx2.RemoteProtocolError),
            (aiohttp.ClientResponseError, httpx2.RemoteProtocolError),
            (aiohttp.InvalidURL, httpx2.UnsupportedProtocol),
            (aiohttp.ClientError, httpx2.ReadError),
            # The attempt's deadline passed after the connection was made.
            (TimeoutError, httpx2.ReadTimeout),
        ]

    def target(self, cls: type[BaseException]) -> type[httpx2.TransportError] | None:
        for source, target in (*self._not_sent, *self._maybe_sent):
            if issubclass(cls, source):
                return target
        return None

    def to_httpx(self, exc: Exception, request: httpx2.Request) -> httpx2.TransportError | None:
        if self._closed_before_sending(exc):
            return httpx2.ConnectError(
                f"the server had closed the connection; nothing was sent ({exc})", request=request
            )
        target = self.target(type(exc))
        return None if target is None else target(_describe(exc), request=request)

    def _closed_before_sending(self, exc: BaseException) -> bool:
        """A pooled connection the server had closed (a restart): aiohttp holds a
        request's head until its body is written, and writes a bytes body in one
        go, so "cannot write to closing transport" there means no byte left."""
        cause: BaseException | None = exc
        for _ in range(8):  # the few links aiohttp chains; never round a cycle
            if cause is None:
                break
            if isinstance(cause, self._reset) and "closing transport" in str(cause):
                return True
            cause = cause.__cause__ or cause.__context__
        return False


def _describe(exc: Exception) -> str:
    text = str(exc)
    return text if text else type(exc).__name__
