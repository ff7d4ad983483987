"""The optimizations measured in benchmarks/ stay correct: lazy imports, freed
responses, the inline union decoding and the timestamp fast path."""

from __future__ import annotations

import datetime
import gc
import subprocess
import sys
import weakref
from pathlib import Path

import httpx2
import pytest

from deployhq_async.generated.api.deployments import get_project_deployment_by_id
from deployhq_async.generated.types import decoding, parse_datetime


def test_import_keeps_heavy_modules_off_the_import_path() -> None:
    code = (
        "import sys, deployhq_async\n"
        "deployhq_async.DeployHQ('acme', 'a@b.c', 'k')\n"
        "deployhq_async.DeployHQ('acme', 'a@b.c', 'k', transport='aiohttp')\n"
        "heavy = ('asyncio', 'deployhq_async.generated', 'deployhq_async.bulk', 'aiohttp', 'orjson', 'redis')\n"
        "print(sorted(m for m in heavy if m in sys.modules))\n"
        "deployhq_async.DeployTarget\n"
        "print('deployhq_async.bulk' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out == ["[]", "True"]


async def test_responses_are_freed_without_the_cycle_collector() -> None:
    seen: list[weakref.ref[httpx2.Response]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        response = httpx2.Response(200, json=[{"name": "A", "permalink": "a", "identifier": "p-a"}])
        return response

    class Watching(httpx2.MockTransport):
        async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
            response = await super().handle_async_request(request)
            seen.append(weakref.ref(response))
            return response

    gc.collect()
    gc.disable()
    try:
        from helpers import EMAIL, KEY

        from deployhq_async import DeployHQ

        async with DeployHQ("acme", EMAIL, KEY, transport=Watching(handler)) as dhq:
            names = [p.name async for p in dhq.projects.list()]
        assert names == ["A"]
        assert len(seen) == 1
        assert seen[0]() is None  # freed by reference counting alone
    finally:
        gc.enable()


@pytest.mark.parametrize(
    ("field", "value", "kind", "message"),
    [
        (
            "project",
            "text",
            "string",
            "field 'project' is str, expected DeploymentProject | None: expected an object, got str",
        ),
        ("steps", 5, "number", "field 'steps' is int, expected list[DeploymentStep] | None"),
        ("branch", 7, "number", "field 'branch' is int, expected None | str"),
        (
            "timestamps",
            [1],
            "array",
            "field 'timestamps' is list, expected DeploymentTimestamps | None: expected an object, got list",
        ),
    ],
)
def test_a_value_of_an_unexpected_shape_is_kept_or_in_strict_mode_an_error_naming_the_field(
    field: str, value: object, kind: str, message: str
) -> None:
    """Decoded values never contradict their annotations: the field reads as None
    and the value is kept under its name, or (strict) the decode fails."""
    body = {"identifier": "d-1", "status": "running", field: value}
    with decoding() as current:
        deployment = get_project_deployment_by_id.parse_response(httpx2.Response(200, json=body))
    assert getattr(deployment, field) is None
    assert deployment.additional_properties == {field: value}
    assert deployment.to_dict() == body
    assert current.mismatches == [("Deployment", field, kind)]
    with decoding(strict=True), pytest.raises(TypeError) as info:
        get_project_deployment_by_id.parse_response(httpx2.Response(200, json=body))
    assert str(info.value) == message


def test_parse_datetime_falls_back_to_dateutil() -> None:
    assert parse_datetime("2026-02-26T13:43:29.000+01:00") == datetime.datetime(
        2026, 2, 26, 13, 43, 29, tzinfo=datetime.timezone(datetime.timedelta(hours=1))
    )
    assert parse_datetime("2026-02-26T13:43:29.000Z").tzinfo is not None
    # fromisoformat rejects these; dateutil reads them.
    assert parse_datetime("2026-02") == datetime.datetime(2026, 2, 1)
    assert parse_datetime("2026-02-26T24:00:00") == datetime.datetime(2026, 2, 27)


async def test_parsed_urls_are_kept_for_paths_but_not_for_pages() -> None:
    from deployhq_async import AiohttpTransport
    from deployhq_async.testing import FakeDeployHQ

    fake = FakeDeployHQ()
    shop = fake.add_project("Shop")
    server = fake.add_server(shop, "web-1")
    for _ in range(25):
        fake.add_deployment(shop, server, "abc123")
    transport = AiohttpTransport()
    async with fake.serve() as url, fake.client(base_url=url, transport=transport) as dhq:
        for _ in range(3):
            await dhq.projects.get("shop")
        pages = [len(page.items) async for page in dhq.deployments.list("shop", per_page=2).pages()]
        assert pages == [2] * 12 + [1]
        assert list(dhq._connection._urls) == [f"{url}/projects/shop"]
        assert list(transport._urls) == [f"{url}/projects/shop"]


@pytest.mark.parametrize("transport", ["httpx2", "aiohttp"])
def test_entering_a_client_imports_what_its_first_request_needs(transport: str) -> None:
    """Entering imports off the loop what requests need (the transport's modules,
    the resources and their operations, the TLS context): the first request then
    imports nothing, so it does not stall the event loop. Names the modules if a
    new version of a library moves what it loads on first use."""
    code = (
        "import asyncio, sys\n"
        f"sys.path.insert(0, {str(Path(__file__).parent / 'transports')!r})\n"
        "from loopback import loopback\n"
        "import deployhq_async\n"
        "async def main():\n"
        "    async with loopback() as server:\n"
        "        async with deployhq_async.DeployHQ(email='a@b.c', api_key='k' * 40, base_url=server.url,\n"
        f"                                           transport={transport!r}) as dhq:\n"
        "            before = set(sys.modules)\n"
        "            await dhq.projects.get('shop')\n"
        "            print(sorted(set(sys.modules) - before))\n"
        "asyncio.run(main())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["[]"]
