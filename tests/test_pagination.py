"""Listings are lazy async iterators over pages, paginated or not."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from helpers import Recorder, make_client

from deployhq_async import AsyncPaginator, DeployHQError, Page, ResponseDecodeError


def deployment_page(number: int, total_pages: int | None, per_page: int = 2) -> dict[str, Any]:
    records = [{"identifier": f"d-{number}-{i}", "status": "completed"} for i in range(per_page)]
    if total_pages is None:
        return {"records": records}
    meta = {"current_page": number, "total_pages": total_pages, "total_records": total_pages * per_page}
    return {"pagination": meta, "records": records}


def pages_handler(total_pages: int | None) -> Any:
    def handler(request: httpx2.Request) -> httpx2.Response:
        number = int(request.url.params.get("page", "1"))
        return httpx2.Response(200, json=deployment_page(number, total_pages))

    return handler


async def test_iterates_every_page_lazily_and_stops_on_metadata() -> None:
    recorder = Recorder(pages_handler(3))
    async with make_client(recorder) as dhq:
        listing = dhq.deployments.list("app", per_page=2)
        assert recorder.count == 0  # nothing until iteration
        seen = []
        async for deployment in listing:
            seen.append(deployment.identifier)
            if len(seen) == 1:
                assert recorder.count == 1  # one page at a time
    assert seen == ["d-1-0", "d-1-1", "d-2-0", "d-2-1", "d-3-0", "d-3-1"]
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2", "3"]
    assert all(r.url.params["per_page"] == "2" for r in recorder.requests)


async def test_pages_carry_metadata() -> None:
    recorder = Recorder(pages_handler(2))
    async with make_client(recorder) as dhq:
        pages = [page async for page in dhq.deployments.list("app").pages()]
    assert [(p.current_page, p.total_pages, p.total_records, len(p.items)) for p in pages] == [
        (1, 2, 4, 2),
        (2, 2, 4, 2),
    ]


async def test_collect_with_limit_fetches_only_the_pages_it_needs() -> None:
    recorder = Recorder(pages_handler(50))
    async with make_client(recorder) as dhq:
        first_three = await dhq.deployments.list("app").collect(limit=3)
    assert [d.identifier for d in first_three] == ["d-1-0", "d-1-1", "d-2-0"]
    assert recorder.count == 2


async def test_a_missing_pagination_block_is_one_page() -> None:
    recorder = Recorder(pages_handler(None))
    async with make_client(recorder) as dhq:
        items = await dhq.deployments.list("app").collect()
    assert len(items) == 2
    assert recorder.count == 1


async def test_an_empty_page_in_the_middle_does_not_stop_the_listing() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        number = int(request.url.params["page"])
        body = deployment_page(number, 3)
        if number == 2:
            body["records"] = []
        return httpx2.Response(200, json=body)

    async with make_client(Recorder(handler)) as dhq:
        items = await dhq.deployments.list("app").collect()
    assert [d.identifier for d in items] == ["d-1-0", "d-1-1", "d-3-0", "d-3-1"]


async def test_a_503_in_the_middle_is_retried_not_restarted(sleeps: list[float]) -> None:
    handler = pages_handler(3)
    calls = {"n": 0}

    def flaky(request: httpx2.Request) -> httpx2.Response:
        calls["n"] += 1
        if calls["n"] == 2:
            return httpx2.Response(503, headers={"Retry-After": "1"})
        return handler(request)

    recorder = Recorder(flaky)
    async with make_client(recorder) as dhq:
        items = await dhq.deployments.list("app").collect()
    assert len(items) == 6
    assert [r.url.params["page"] for r in recorder.requests] == ["1", "2", "2", "3"]
    assert sleeps == [1.0]


async def test_filters_map_to_deployhq_parameters() -> None:
    recorder = Recorder(pages_handler(1))
    async with make_client(recorder) as dhq:
        await dhq.deployments.list("app", server="srv-1", running=True).collect()
    params = recorder.requests[0].url.params
    assert (params["to"], params["currently_running"], params["page"]) == ("srv-1", "true", "1")
    with pytest.raises(ValueError, match="per_page"):
        dhq.deployments.list("app", per_page=0)


async def test_unpaginated_listing_is_a_single_page() -> None:
    recorder = Recorder(
        httpx2.Response(
            200,
            json=[
                {"name": "A", "permalink": "a", "identifier": "p-a"},
                {"name": "B", "permalink": "b", "identifier": "p-b"},
            ],
        )
    )
    async with make_client(recorder) as dhq:
        pages = [page async for page in dhq.projects.list().pages()]
        names = [p.name async for p in dhq.projects.list()]
    assert [(p.current_page, p.total_pages, p.total_records) for p in pages] == [(1, 1, 2)]
    assert names == ["A", "B"]
    assert recorder.count == 2


async def test_a_server_that_ignores_the_page_number_cannot_loop_forever() -> None:
    async def fetch(number: int) -> Page[int]:
        return Page(items=[number], current_page=1, total_pages=5)

    seen: list[int] = []
    with pytest.raises(DeployHQError, match="asked for page 2 of the listing and got page 1"):
        async for item in AsyncPaginator(fetch):
            seen.append(item)
    assert seen == [1]  # page 2 came back as page 1: nothing of it is yielded


async def test_await_collects() -> None:
    async def fetch(number: int) -> Page[str]:
        return Page(items=[f"p{number}"], current_page=number, total_pages=2)

    assert await AsyncPaginator(fetch) == ["p1", "p2"]
    with pytest.raises(ValueError):
        await AsyncPaginator(fetch).collect(limit=-1)


async def test_a_listing_in_the_other_shape_still_decodes() -> None:
    records = [{"identifier": f"d-{n}", "status": "completed"} for n in range(3)]
    projects = [{"name": "A", "permalink": "a", "identifier": "p-a"}]
    recorder = Recorder(
        httpx2.Response(200, json=records),  # a bare array where the document has a page object
        httpx2.Response(200, json={"records": projects, "pagination": {"current_page": 1, "total_pages": 1}}),
        httpx2.Response(200, json={"nothing": "here"}),
    )
    async with make_client(recorder) as dhq:
        deployments = await dhq.deployments.list("app").collect()
        listed = await dhq.projects.list().collect()
        with pytest.raises(ResponseDecodeError, match="list_projects"):
            await dhq.projects.list().collect()
    assert [d.identifier for d in deployments] == ["d-0", "d-1", "d-2"]
    assert [p.permalink for p in listed] == ["a"]
    assert recorder.count == 3


@pytest.mark.parametrize("answer", ["page one again", "same records, next number"])
async def test_a_listing_that_ignores_page_ends_with_an_error_and_never_repeats_a_record(answer: str) -> None:
    """A cache or proxy in between that answers page 1 whatever is asked."""

    def handler(request: httpx2.Request) -> httpx2.Response:
        body = deployment_page(1, 3)
        if answer != "page one again":
            body["pagination"]["current_page"] = int(request.url.params.get("page", "1"))
        return httpx2.Response(200, json=body)

    recorder = Recorder(handler)
    seen: list[str] = []
    async with make_client(recorder) as dhq:
        with pytest.raises(ResponseDecodeError) as info:
            async for deployment in dhq.deployments.list("app"):
                seen.append(deployment.identifier)
    assert seen == ["d-1-0", "d-1-1"]
    assert recorder.count == 2
    assert "asked for page 2 of the listing and got" in str(info.value)
    assert str(info.value).startswith("GET /projects/app/deployments: 200")
