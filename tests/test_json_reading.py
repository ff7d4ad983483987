"""One JSON reading whichever parser is installed: orjson and the standard
library give the same values, the same leniency and the same errors, and no
listing ends early without saying so."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from typing import Any

import httpx2
import pytest
from helpers import Recorder, make_client

from deployhq_async import ResponseDecodeError

PARSERS = ["orjson", "json"]

BODIES = {
    "nan": b'{"duration": NaN}',
    "infinity": b'{"a": Infinity, "b": -Infinity}',
    "beyond a double": b"[1e400, -1e400]",
    "beyond 64 bits": b'{"id": 123456789012345678901234567890}',
    "just beyond 64 bits": b'{"id": 18446744073709551616, "low": -9223372036854775809}',
    "64 bits": b'{"id": 18446744073709551615, "low": -9223372036854775808}',
    "duplicate keys": b'{"status": "pending", "status": "completed"}',
    "nested": b"[" * 500 + b"]" * 500,
    "too deep": b"[" * 100_000 + b"]" * 100_000,
    "lone surrogate": b'{"name": "\\ud800"}',
    "not json": b"<html>502 Bad Gateway</html>",
    "truncated": b'{"records": [{"identifier": "d-1"',
    "digits in a string": b'{"revision": "1234567890123456789012"}',
}


@pytest.fixture(params=PARSERS)
def parser(request: pytest.FixtureRequest) -> Iterator[str]:
    """Bodies read with orjson, or with the standard library alone."""
    types = pytest.importorskip("deployhq_async.generated.types")
    if request.param == "orjson":
        orjson = pytest.importorskip("orjson")
        fast = orjson.loads
    else:
        fast = None
    saved = types._fast, types._looked
    types._fast, types._looked = fast, True
    try:
        yield request.param
    finally:
        types._fast, types._looked = saved


def read(body: bytes) -> tuple[str, Any]:
    """What reading `body` gives: ("value", its repr) or ("error", type and message)."""
    from deployhq_async.generated.types import loads

    try:
        return "value", repr(loads(body))
    except (ValueError, RecursionError) as exc:
        return "error", (type(exc).__name__, str(exc))


def standard(body: bytes) -> tuple[str, Any]:
    try:
        return "value", repr(json.loads(body))
    except (ValueError, RecursionError) as exc:
        return "error", (type(exc).__name__, str(exc))


@pytest.mark.parametrize("name", list(BODIES))
def test_every_body_reads_as_the_standard_library_reads_it(parser: str, name: str) -> None:
    assert read(BODIES[name]) == standard(BODIES[name])


def test_the_readings_keep_values_exactly(parser: str) -> None:
    from deployhq_async.generated.types import loads

    assert loads(BODIES["beyond 64 bits"]) == {"id": 123456789012345678901234567890}
    assert loads(BODIES["just beyond 64 bits"]) == {"id": 2**64, "low": -(2**63) - 1}
    assert type(loads(BODIES["64 bits"])["id"]) is int
    assert math.isnan(loads(BODIES["nan"])["duration"])
    assert loads(BODIES["infinity"]) == {"a": math.inf, "b": -math.inf}
    assert loads(BODIES["duplicate keys"]) == {"status": "completed"}


async def test_a_listing_with_nan_on_its_first_page_returns_every_record(parser: str) -> None:
    """Three pages of two; page 1 has a NaN duration: six records, none lost."""

    def page(request: httpx2.Request) -> httpx2.Response:
        number = int(request.url.params.get("page", "1"))
        duration = "NaN" if number == 1 else "12"
        records = ",".join(
            f'{{"identifier": "d-{number}-{i}", "status": "completed", "timestamps": {{"duration": {duration}}}}}'
            for i in range(2)
        )
        meta = f'{{"current_page": {number}, "total_pages": 3, "total_records": 6}}'
        body = f'{{"pagination": {meta}, "records": [{records}]}}'
        return httpx2.Response(200, content=body.encode(), headers={"Content-Type": "application/json"})

    recorder = Recorder(page)
    async with make_client(recorder) as dhq:
        deployments = await dhq.deployments.list("shop").collect()
    assert [d.identifier for d in deployments] == [f"d-{p}-{i}" for p in (1, 2, 3) for i in (0, 1)]
    assert recorder.count == 3


async def test_a_page_object_that_does_not_decode_is_an_error_not_the_last_page(parser: str) -> None:
    """The document's page object, with `records` that are not records: the
    listing raises rather than end after what it read."""
    body = {"pagination": {"current_page": 1, "total_pages": 3, "total_records": 6}, "records": {"d-1": {}}}
    recorder = Recorder(httpx2.Response(200, json=body))
    async with make_client(recorder) as dhq:
        with pytest.raises(ResponseDecodeError):
            await dhq.deployments.list("shop").collect()


async def test_a_bare_array_where_a_page_object_is_documented_is_read_as_one_page(parser: str) -> None:
    records = [{"identifier": "d-1", "status": "completed"}, {"identifier": "d-2", "status": "running"}]
    async with make_client(Recorder(httpx2.Response(200, json=records))) as dhq:
        deployments = await dhq.deployments.list("shop").collect()
    assert [(d.identifier, d.status) for d in deployments] == [("d-1", "completed"), ("d-2", "running")]
