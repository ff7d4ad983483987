"""A connection pool split into small shards.

httpcore's pool does work proportional to (connections x waiting requests) on
every request it starts or finishes, so one pool of 100 connections spends most
of a busy run's CPU on bookkeeping: 1,000 concurrent GETs took 6.5 s here, 1.3 s
with pools of 4. Each request goes to the shard with the fewest requests in flight.
The shards run on the asyncio network backend (`_asyncio.py`) rather than anyio's.
"""

from __future__ import annotations

import math
import ssl
from collections.abc import AsyncIterator

import httpx

CONNECTIONS_PER_SHARD = 4


class ShardedTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        max_connections: int,
        per_shard: int = CONNECTIONS_PER_SHARD,
        *,
        proxy: str | httpx.Proxy | None = None,
        verify: ssl.SSLContext | bool = True,
    ) -> None:
        self._max_shards = max(1, math.ceil(max_connections / per_shard))
        self._per_shard = per_shard
        self._proxy = proxy
        self._shards: list[httpx.AsyncHTTPTransport] = []
        self._in_flight: list[int] = []
        self._verify = verify
        self._ssl_context: ssl.SSLContext | None = None

    @property
    def shard_count(self) -> int:
        return len(self._shards)

    def _pick(self) -> int:
        """The least busy shard, opening a new one (up to the limit) when all are full.
        Shards share one TLS context: building one costs tens of milliseconds."""
        if self._shards:
            index = min(range(len(self._shards)), key=self._in_flight.__getitem__)
            if self._in_flight[index] < self._per_shard or len(self._shards) >= self._max_shards:
                return index
        if self._ssl_context is None:
            verify = self._verify
            if isinstance(verify, ssl.SSLContext):
                self._ssl_context = verify
            else:
                self._ssl_context = httpx.create_ssl_context(verify=verify)
        limits = httpx.Limits(max_connections=self._per_shard, max_keepalive_connections=self._per_shard)
        shard = httpx.AsyncHTTPTransport(verify=self._ssl_context, limits=limits, proxy=self._proxy)
        _use_asyncio_backend(shard)
        self._shards.append(shard)
        self._in_flight.append(0)
        return len(self._shards) - 1

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
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


def _use_asyncio_backend(shard: httpx.AsyncHTTPTransport) -> None:
    """Point the shard's httpcore pool at the asyncio backend. httpx offers no
    argument for it, so this sets the pool's backend attribute, and leaves
    anyio's in place if a future httpx or httpcore moves it."""
    from ._asyncio import AsyncioBackend  # asyncio is loaded by then; importing the package does not load it

    pool = getattr(shard, "_pool", None)
    if pool is not None and hasattr(pool, "_network_backend"):
        pool._network_backend = AsyncioBackend()


class _Released(httpx.AsyncByteStream):
    def __init__(self, stream: httpx.AsyncByteStream, counters: list[int], index: int) -> None:
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
