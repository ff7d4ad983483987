"""One shard: an httpcore2 connection pool on the asyncio network backend
(`_asyncio.py`), built and spoken to through httpcore2's public API, as httpx2's
own transport does, with its exception map: httpcore2's errors become httpx2's,
which the client's retry rules read."""

from __future__ import annotations

import contextlib
import ssl
from collections.abc import AsyncIterable, AsyncIterator, Iterator

import httpcore2
import httpx2

from ._asyncio import AsyncioBackend

# httpcore2's errors as httpx2's; the most specific match wins (ReadTimeout, not TimeoutException).
_ERRORS: dict[type[Exception], type[httpx2.TransportError]] = {
    httpcore2.TimeoutException: httpx2.TimeoutException,
    httpcore2.ConnectTimeout: httpx2.ConnectTimeout,
    httpcore2.ReadTimeout: httpx2.ReadTimeout,
    httpcore2.WriteTimeout: httpx2.WriteTimeout,
    httpcore2.PoolTimeout: httpx2.PoolTimeout,
    httpcore2.NetworkError: httpx2.NetworkError,
    httpcore2.ConnectError: httpx2.ConnectError,
    httpcore2.ReadError: httpx2.ReadError,
    httpcore2.WriteError: httpx2.WriteError,
    httpcore2.ProxyError: httpx2.ProxyError,
    httpcore2.UnsupportedProtocol: httpx2.UnsupportedProtocol,
    httpcore2.ProtocolError: httpx2.ProtocolError,
    httpcore2.LocalProtocolError: httpx2.LocalProtocolError,
    httpcore2.RemoteProtocolError: httpx2.RemoteProtocolError,
}


@contextlib.contextmanager
def _mapped() -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        mapped: type[httpx2.TransportError] | None = None
        for source, target in _ERRORS.items():
            if isinstance(exc, source) and (mapped is None or issubclass(target, mapped)):
                mapped = target
        if mapped is None:
            raise
        raise mapped(str(exc)) from exc


class PoolTransport(httpx2.AsyncBaseTransport):
    """At most `connections` connections to one host (through `proxy`, an
    http(s) proxy, when given), on the asyncio backend."""

    def __init__(self, connections: int, ssl_context: ssl.SSLContext, proxy: httpx2.Proxy | None = None) -> None:
        self._connections: httpcore2.AsyncConnectionPool
        if proxy is None:
            self._connections = httpcore2.AsyncConnectionPool(
                ssl_context=ssl_context,
                network_backend=AsyncioBackend(),
                max_connections=connections,
                max_keepalive_connections=connections,
            )
        else:
            url = proxy.url
            self._connections = httpcore2.AsyncHTTPProxy(
                proxy_url=httpcore2.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
                proxy_auth=proxy.raw_auth,
                proxy_headers=proxy.headers.raw,
                proxy_ssl_context=proxy.ssl_context,
                ssl_context=ssl_context,
                network_backend=AsyncioBackend(),
                max_connections=connections,
                max_keepalive_connections=connections,
            )

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        url = request.url
        sent = httpcore2.Request(
            method=request.method,
            url=httpcore2.URL(scheme=url.raw_scheme, host=url.raw_host, port=url.port, target=url.raw_path),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _mapped():
            answer = await self._connections.handle_async_request(sent)
        assert isinstance(answer.stream, AsyncIterable)
        return httpx2.Response(
            status_code=answer.status,
            headers=answer.headers,
            stream=_Body(answer.stream),
            extensions=answer.extensions,
        )

    async def aclose(self) -> None:
        await self._connections.aclose()


class _Body(httpx2.AsyncByteStream):
    def __init__(self, stream: AsyncIterable[bytes]) -> None:
        self._stream = stream

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped():
            async for part in self._stream:
                yield part

    async def aclose(self) -> None:
        close = getattr(self._stream, "aclose", None)
        if close is not None:
            await close()
