"""The sharded connection pool: opened on demand, never over its limits, released on close."""

from __future__ import annotations

import asyncio
import ssl
from typing import Any

import httpx2
import pytest

from deployhq_async import DeployHQ
from deployhq_async._transports import ShardedTransport
from deployhq_async.testing import FakeDeployHQ, Fault

KEY = "0123456789abcdef0123456789abcdef01234567"


async def test_shards_open_on_demand_and_release_connections(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDeployHQ()
    fake.add_project("Shop")
    fake.inject(Fault.latency(0.02), times="always")
    built: list[bool] = []
    create = httpx2.create_ssl_context

    def counted(*args: Any, **kwargs: Any) -> ssl.SSLContext:
        built.append(True)
        return create(*args, **kwargs)

    monkeypatch.setattr(httpx2, "create_ssl_context", counted)
    transport = ShardedTransport(max_connections=12, per_shard=4)
    peaks = [0, 0, 0]
    original = transport.handle_async_request

    async def watched(request: httpx2.Request) -> httpx2.Response:
        response = await original(request)
        for i, count in enumerate(transport._in_flight):
            peaks[i] = max(peaks[i], count)
        return response

    transport.handle_async_request = watched  # type: ignore[method-assign]
    async with fake.serve() as url, httpx2.AsyncClient(base_url=url, transport=transport) as http:
        assert transport.shard_count == 0
        await http.get("/projects")
        assert transport.shard_count == 1  # sequential requests reuse one shard
        await http.get("/projects")
        assert transport.shard_count == 1
        semaphore = asyncio.Semaphore(12)

        async def one() -> int:
            async with semaphore:
                return (await http.get("/projects")).status_code

        statuses = await asyncio.gather(*(one() for _ in range(60)))
        assert statuses == [401] * 60
        assert transport.shard_count == 3
        assert max(peaks) <= 4
        assert transport._in_flight == [0, 0, 0]
    assert built == [True]  # one TLS context serves every shard: built once


async def test_the_client_uses_shards_sized_by_max_concurrency() -> None:
    fake = FakeDeployHQ()
    fake.add_project("Shop")
    async with (
        fake.serve() as url,
        DeployHQ(email=fake.email, api_key=KEY, base_url=url, max_concurrency=8, transport="httpx2") as dhq,
    ):
        await asyncio.gather(*(dhq.projects.get("shop") for _ in range(40)))
        transport = dhq._connection.transport()
        assert isinstance(transport, ShardedTransport)
        assert 1 <= transport.shard_count <= 2
    assert fake.count("GET", "/projects/shop") == 40
