"""Hooks see each request attempt, its end, each retry and each bulk target's
status; a hook that raises changes nothing; events carry no credentials,
bodies or query strings."""

from __future__ import annotations

import asyncio
import logging

import httpx2
import pytest
from helpers import EMAIL, KEY, Recorder, make_client

from deployhq_async import (
    DeployTarget,
    Event,
    RequestFinished,
    RequestStarted,
    RetryScheduled,
    TargetChanged,
)
from deployhq_async.testing import AutojumpClock, FakeDeployHQ


async def test_a_call_with_a_retry_tells_every_event_with_its_fields(sleeps: list[float]) -> None:
    seen: list[Event] = []
    recorder = Recorder(
        httpx2.Response(503, headers={"Retry-After": "2"}, json={"error": "busy"}),
        httpx2.Response(200, json={"identifier": "d-1", "status": "running"}),
    )
    async with make_client(recorder, hooks=[seen.append]) as dhq:
        deployment = await dhq.deployments.get("shop", "d-1")
    assert deployment.status == "running"
    template = "/projects/{project_id}/deployments/{id}"
    name = "get_project_deployment_by_id"
    assert [type(e) for e in seen] == [RequestStarted, RequestFinished, RetryScheduled, RequestStarted, RequestFinished]
    assert seen[0] == RequestStarted(name, "GET", template, 1)
    first, retry, last = seen[1], seen[2], seen[4]
    assert isinstance(first, RequestFinished) and isinstance(last, RequestFinished)
    assert (first.status, first.attempt, first.error, first.may_have_been_processed) == (503, 1, None, False)
    assert retry == RetryScheduled(name, "GET", template, 1, "503", 2.0)
    assert (last.status, last.attempt, last.may_have_been_processed) == (200, 2, True)
    assert sleeps == [2.0]
    text = repr(seen)
    assert KEY not in text and EMAIL not in text and "d-1" not in text  # templates, not paths


async def test_a_connection_failure_is_told_with_its_type_and_whether_it_may_have_been_processed() -> None:
    seen: list[Event] = []
    recorder = Recorder(httpx2.ConnectError("refused"), httpx2.Response(200, json=[]))
    async with make_client(recorder, hooks=[seen.append]) as dhq:
        assert await dhq.projects.list().collect() == []
    failed = seen[1]
    assert isinstance(failed, RequestFinished)
    assert (failed.status, failed.error, failed.may_have_been_processed) == (None, "ConnectError", False)
    assert isinstance(seen[2], RetryScheduled) and seen[2].reason == "ConnectError"


async def test_a_hook_that_raises_is_logged_and_changes_nothing(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.WARNING, logger="deployhq_async")
    later: list[Event] = []

    def broken(event: Event) -> None:
        raise RuntimeError("dashboard down")

    async def slow(event: Event) -> None:
        await asyncio.sleep(0)
        raise ValueError("also broken")

    recorder = Recorder(httpx2.Response(200, json={"identifier": "p", "name": "P", "permalink": "p"}))
    async with make_client(recorder, hooks=[broken, slow, later.append]) as dhq:
        project = await dhq.projects.get("p")
        await asyncio.sleep(0.01)  # the async hook's task runs
    assert project.permalink == "p" and recorder.count == 1
    assert [type(e) for e in later] == [RequestStarted, RequestFinished]  # the hooks after it still run
    messages = [r.getMessage() for r in caplog.records]
    assert "a hook raised on RequestStarted (ignored)" in messages
    assert "an async hook raised on RequestFinished (ignored)" in messages


async def test_async_hooks_run_as_tasks_and_see_every_event() -> None:
    seen: list[str] = []

    async def record(event: Event) -> None:
        seen.append(type(event).__name__)

    recorder = Recorder(httpx2.Response(200, json=[]))
    async with make_client(recorder, hooks=[record]) as dhq:
        await dhq.projects.list().collect()
        await asyncio.sleep(0)
    assert seen == ["RequestStarted", "RequestFinished"]


async def test_a_bulk_run_tells_each_target_status_change() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    project = fake.add_project("Shop")
    server = fake.add_server(project, "web-1")
    changes: list[TargetChanged] = []

    def on(event: Event) -> None:
        if isinstance(event, TargetChanged):
            changes.append(event)

    async with fake.client(hooks=[on]) as dhq:
        results = await dhq.deployments.deploy_many([DeployTarget("shop", server.identifier, "abc")], poll_interval=0.5)
    assert [c.status for c in changes] == ["creating", "pending", "running", "completed"]
    assert changes[0].deployment is None and changes[-1].deployment == results[0].deployment.identifier  # type: ignore[union-attr]
    assert all(c.target == results[0].target for c in changes)


def test_hooks_are_checked_when_given() -> None:
    from deployhq_async import DeployHQ

    for bad in ("print", print, [1]):
        with pytest.raises(TypeError, match="hooks must be"):
            DeployHQ("acme", EMAIL, KEY, hooks=bad)  # type: ignore[arg-type]
    dhq = DeployHQ("acme", EMAIL, KEY, hooks=[print])
    assert dhq.hooks == (print,) and dhq.with_options(hooks=[]).hooks == () and dhq.with_options().hooks == (print,)


def ends(seen: list[Event]) -> list[tuple[str, int, str | None, bool]]:
    """Each event as (type, attempt, error, may_have_been_processed)."""
    return [
        (type(e).__name__, e.attempt, getattr(e, "error", None), getattr(e, "may_have_been_processed", False))
        for e in seen
        if isinstance(e, (RequestStarted, RequestFinished))
    ]


async def stalls(request: httpx2.Request) -> httpx2.Response:
    """A server that never answers."""
    await asyncio.Event().wait()
    raise AssertionError("never answered")


async def on_the_wire(recorder: Recorder, task: asyncio.Future[object]) -> None:
    while not recorder.requests:
        await asyncio.sleep(0)
    assert not task.done()


async def test_a_call_its_caller_cancels_on_the_wire_still_ends_for_the_hooks() -> None:
    seen: list[Event] = []
    recorder = Recorder(stalls)
    async with make_client(recorder, hooks=[seen.append]) as dhq:
        task = asyncio.ensure_future(dhq.projects.get("p"))
        await on_the_wire(recorder, task)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert ends(seen) == [("RequestStarted", 1, None, False), ("RequestFinished", 1, "CancelledError", True)]


async def test_a_call_cut_off_by_aclose_still_ends_for_the_hooks() -> None:
    from deployhq_async import ClientClosedError

    seen: list[Event] = []
    recorder = Recorder(stalls)
    dhq = make_client(recorder, hooks=[seen.append])
    task = asyncio.ensure_future(dhq.projects.get("p"))
    await on_the_wire(recorder, task)
    await dhq.aclose()
    with pytest.raises(ClientClosedError):
        await task
    assert ends(seen) == [("RequestStarted", 1, None, False), ("RequestFinished", 1, "ClientClosedError", True)]


async def test_an_answer_that_cannot_be_decoded_still_ends_for_the_hooks() -> None:
    from deployhq_async import ResponseDecodeError

    seen: list[Event] = []
    corrupt = httpx2.Response(200, headers={"Content-Encoding": "gzip"}, stream=httpx2.ByteStream(b"not gzip"))
    async with make_client(Recorder(corrupt), hooks=[seen.append], max_retries=0) as dhq:
        with pytest.raises(ResponseDecodeError):
            await dhq.projects.get("p")
    assert [e[:3] for e in ends(seen)] == [("RequestStarted", 1, None), ("RequestFinished", 1, "ResponseDecodeError")]
