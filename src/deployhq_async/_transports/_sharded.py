"""A connection pool split into small shards.

httpcore2's pool does work proportional to (connections x waiting requests) on
every request it starts or finishes, so one pool of 100 connections spends most
of a busy run's CPU on bookkeeping: 1,000 concurrent GETs took 6.5 s here, 1.3 s
with pools of 4. Each request goes to the shard with the fewest requests in flight.
The shards run on the asyncio network backend (`_asyncio.py`) rather than anyio's,
each an httpcore2 pool built through its public API (`_pool.py`); behind a SOCKS
proxy they are httpx2's own transports.
"""

from __future__ import annotations

import ssl
from collections.abc import AsyncIterator

import httpx2

CONNECTIONS_PER_SHARD = 4


class ShardedTransport(httpx2.AsyncBaseTransport):
    def __init__(
        self,
        max_connections: int,
        per_shard: int = CONNECTIONS_PER_SHARD,
        *,
        proxy: str | httpx2.Proxy | None = None,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._max_connections = max_connections
        self._per_shard = per_shard
        self._proxy = proxy
        self._shards: list[httpx2.AsyncBaseTransport] = []
        self._sizes: list[int] = []  # each shard's connections: max_connections in all
        self._in_flight: list[int] = []
        self._verify = verify
        self._ssl_context: ssl.SSLContext | None = None

    @property
    def shard_count(self) -> int:
        return len(self._shards)

    @property
    def connection_limit(self) -> int:
        """The connections the shards may open in all: exactly `max_connections`."""
        return sum(self._sizes)

    def _pick(self) -> int:
        """The shard with the most free connections, opening a new one (until the
        shards hold `max_connections`) when all are full. Shards share one TLS
        context: building one costs tens of milliseconds."""
        unopened = self._max_connections - sum(self._sizes)
        if self._shards:
            index = max(range(len(self._shards)), key=lambda i: self._sizes[i] - self._in_flight[i])
            if self._in_flight[index] < self._sizes[index] or unopened <= 0:
                return index
        size = min(self._per_shard, unopened)
        self._shards.append(self._shard(size))
        self._sizes.append(size)
        self._in_flight.append(0)
        return len(self._shards) - 1

    def _shard(self, size: int) -> httpx2.AsyncBaseTransport:
        from ._pool import PoolTransport  # asyncio is loaded by then; importing the package does not load it

        proxy = httpx2.Proxy(self._proxy) if isinstance(self._proxy, str) else self._proxy
        if proxy is None or proxy.url.scheme in ("http", "https"):
            return PoolTransport(size, self._tls(), proxy)
        limits = httpx2.Limits(max_connections=size, max_keepalive_connections=size)
        return httpx2.AsyncHTTPTransport(verify=self._tls(), limits=limits, proxy=proxy)

    def _tls(self) -> ssl.SSLContext:
        if self._ssl_context is None:
            verify = self._verify
            self._ssl_context = (
                verify if isinstance(verify, ssl.SSLContext) else httpx2.create_ssl_context(verify=verify)
            )
        return self._ssl_context

    def warm_up(self) -> None:
        """Import what the first request needs and build the TLS context (tens of
        milliseconds): the client runs this in a worker thread, off the loop."""
        from . import _asyncio, _pool  # noqa: F401
        from ._private import warm_imports

        warm_imports()
        self._tls()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        index = self._pick()
        self._in_flight[index] += 1
        try:
            response = await self._shards[index].handle_async_request(request)
        except BaseException:
            self._in_flight[index] -= 1
            raise
        # The connection stays busy until the body has been read and closed.
        response.stream = _Released(response.stream, self._in_flight, index)  # type: ignore[arg-type]
        return response

    async def aclose(self) -> None:
        for shard in self._shards:
            await shard.aclose()


class _Released(httpx2.AsyncByteStream):
    def __init__(self, stream: httpx2.AsyncByteStream, counters: list[int], index: int) -> None:
        self._stream = stream
        self._counters = counters
        self._index = index
        self._open = True

    def __aiter__(self) -> AsyncIterator[bytes]:
        # The shard's own iterator: a generator relaying it costs a few microseconds a response.
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        if self._open:
            self._open = False
            self._counters[self._index] -= 1
        await self._stream.aclose()
