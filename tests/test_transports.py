"""The sharded connection pool: opened on demand, never over its limits, released on close."""

from __future__ import annotations

import asyncio

import httpx
import pytest

from deployhq_async import DeployHQ
from deployhq_async._transports import ShardedTransport
from deployhq_async.testing import FakeDeployHQ, Fault

KEY = "0123456789abcdef0123456789abcdef01234567"


async def test_shards_open_on_demand_and_release_connections() -> None:
    fake = FakeDeployHQ()
    fake.add_project("Shop")
    fake.inject(Fault.latency(0.02), times=None)
    transport = ShardedTransport(max_connections=12, per_shard=4)
    peaks = [0, 0, 0]
    original = transport.handle_async_request

    async def watched(request: httpx.Request) -> httpx.Response:
        response = await original(request)
        for i, count in enumerate(transport._in_flight):
            peaks[i] = max(peaks[i], count)
        return response

    transport.handle_async_request = watched  # type: ignore[method-assign]
    async with fake.serve() as url, httpx.AsyncClient(base_url=url, transport=transport) as http:
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
    # One TLS context serves every shard.
    contexts = {id(shard._pool._ssl_context) for shard in transport._shards}
    assert len(contexts) == 1


async def test_the_client_uses_shards_sized_by_max_concurrency() -> None:
    fake = FakeDeployHQ()
    fake.add_project("Shop")
    async with (
        fake.serve() as url,
        DeployHQ(email=fake.email, api_key=KEY, base_url=url, max_concurrency=8, transport="httpx") as dhq,
    ):
        await asyncio.gather(*(dhq.projects.get("shop") for _ in range(40)))
        transport = dhq._connection.transport()
        assert isinstance(transport, ShardedTransport)
        assert 1 <= transport.shard_count <= 2
    assert fake.count("GET", "/projects/shop") == 40


async def test_without_an_http_client_requests_go_straight_to_the_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    async def refuse(*args: object, **kwargs: object) -> httpx.Response:
        raise AssertionError("httpx.AsyncClient.send was used")

    monkeypatch.setattr(httpx.AsyncClient, "send", refuse)
    fake = FakeDeployHQ()
    fake.add_project("Shop")
    async with fake.serve() as url, fake.client(base_url=url) as dhq:
        projects = await dhq.projects.list().collect()
        created = await dhq.projects.create("Blog")
    assert [p.permalink for p in projects] == ["shop"]
    assert created.permalink == "blog"
    assert fake.count("POST", "/projects") == 1


async def test_a_callers_http_client_is_used_as_given() -> None:
    """Its mounts, event hooks and default headers apply; ours go on each request."""
    seen: list[httpx.Request] = []
    hooked: list[str] = []

    async def hook(request: httpx.Request) -> None:
        hooked.append(request.url.path)

    def answer(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, json=[])

    http = httpx.AsyncClient(
        mounts={"https://acme.deployhq.com": httpx.MockTransport(answer)},
        event_hooks={"request": [hook]},
        headers={"X-Team": "ops"},
    )
    async with DeployHQ("acme", "ops@example.com", KEY, http_client=http) as dhq:
        assert await dhq.zones.list().collect() == []
    assert hooked == ["/zones"]
    assert [r.headers["X-Team"] for r in seen] == ["ops"]
    assert seen[0].headers["Authorization"].startswith("Basic ")
    await http.aclose()


async def test_respx_mocks_the_default_transport() -> None:
    import respx

    body = {"identifier": "p1", "name": "Shop", "permalink": "shop"}
    async with DeployHQ("acme", "ops@example.com", KEY, transport="httpx") as dhq:
        with respx.mock(base_url="https://acme.deployhq.com") as mock:
            route = mock.get("/projects/shop").respond(200, json=body)
            project = await dhq.projects.get("shop")
    assert (project.identifier, project.name) == ("p1", "Shop")
    assert route.call_count == 1
    assert route.calls.last.request.headers["Accept"] == "application/json"
