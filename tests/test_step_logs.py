"""Following a deployment's step logs: every entry once, in the order written,
while it runs, with few requests while nothing changes."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx2
import pytest
from helpers import InstantClock, Recorder, make_client

from deployhq_async import ClientClosedError, DeployHQ, DeploymentTimeoutError
from deployhq_async._step_logs import entries_after, entry_id
from deployhq_async.generated.models import DeploymentLogEntry
from deployhq_async.testing import FakeDeployHQ, ManualClock

LOGS = "list_project_deployment_step_logs"  # as the fake records operations
GET = "get_project_deployment_by_id"


@pytest.fixture
def fake(clock: InstantClock) -> FakeDeployHQ:
    fake = FakeDeployHQ(clock=clock, pending_seconds=4, running_seconds=10)
    project = fake.add_project("Shop", repository_url="git@example.com:acme/shop.git")
    fake.add_server(project, "web-1")
    fake.add_server(project, "web-2", fail_deployments=True)
    return fake


def server(fake: FakeDeployHQ, name: str) -> str:
    return next(key for key, s in fake.projects["shop"].servers.items() if s.name == name)


async def every_entry(dhq: DeployHQ, deployment: str) -> list[DeploymentLogEntry]:
    """The whole log of a finished deployment, read step by step with `logs()`."""
    steps = (await dhq.deployments.get("shop", deployment)).steps or []
    return [e for s in steps for e in [e async for e in dhq.deployments.logs("shop", deployment, s.identifier)]]


def requests(fake: FakeDeployHQ, operation: str) -> list[float]:
    return [r.at for r in fake.requests if r.operation == operation]


async def test_following_a_running_deployment_yields_every_entry_once_in_the_order_written(
    fake: FakeDeployHQ, clock: InstantClock
) -> None:
    async with fake.client() as dhq:
        created = clock.monotonic()
        dep = await dhq.deployments.create("shop", parent_identifier=server(fake, "web-1"), end_revision="abc")
        identifier = str(dep.identifier)
        seen: list[tuple[int | None, float]] = []
        async for entry in dhq.deployments.follow_logs("shop", identifier, poll_interval=1):
            seen.append((entry_id(entry), clock.monotonic()))
        ids = [i for i, _ in seen]
        assert len(ids) == 240 == len(set(ids))  # two steps of 120 entries, pages of 50
        assert ids == sorted(ids)
        assert ids == sorted(entry_id(e) for e in await every_entry(dhq, identifier))
    # Read while it ran (from 4 s after its creation to 14 s): the first entries
    # came soon after it started, and many polls brought some, not one at the end.
    times = [at - created for _, at in seen]
    assert 4 <= times[0] < 6 and times[-1] >= 14
    assert len(set(times)) >= 8


async def test_a_failed_deployment_ends_with_its_failing_step_error(fake: FakeDeployHQ) -> None:
    async with fake.client() as dhq:
        dep = await dhq.deployments.create("shop", parent_identifier=server(fake, "web-2"), end_revision="abc")
        entries = [e async for e in dhq.deployments.follow_logs("shop", str(dep.identifier), poll_interval=3)]
        final = await dhq.deployments.get("shop", str(dep.identifier))
    assert final.status == "failed"
    assert [s.status for s in final.steps or []] == ["completed", "failed"]
    assert (entries[-1].type_, entries[-1].step) == ("error", final.steps[1].identifier)
    assert entries[-1].message == "error: the transfer failed (the fake fails this server)"
    assert [e.type_ for e in entries].count("error") == 1


async def test_while_nothing_is_written_a_poll_is_one_request_and_polls_slow_down(
    fake: FakeDeployHQ, clock: InstantClock
) -> None:
    fake.pending_seconds, fake.running_seconds = 100, 1
    async with fake.client() as dhq:
        dep = await dhq.deployments.create("shop", parent_identifier=server(fake, "web-1"), end_revision="a")
        start = clock.now()
        entries = [e async for e in dhq.deployments.follow_logs("shop", str(dep.identifier), poll_interval=2)]
    polls = [at - start for at in requests(fake, GET)]
    pending = [at for at in polls if at < 100]
    # 2 s apart at first, 1.5 times longer each time nothing was written, up to 30 s.
    assert pending == pytest.approx([0, 2, 5, 9.5, 16.25, 26.375, 41.5625, 64.34375, 94.34375])
    assert not [at for at in requests(fake, LOGS) if at - start < 100]  # no step had started: no log read
    assert len(entries) == 240


async def test_follow_false_reads_what_is_written_so_far_and_stops(fake: FakeDeployHQ, clock: InstantClock) -> None:
    async with fake.client() as dhq:
        dep = await dhq.deployments.create("shop", parent_identifier=server(fake, "web-1"), end_revision="abc")
        clock.advance(4 + 5)  # half of its running time
        entries = [e async for e in dhq.deployments.follow_logs("shop", str(dep.identifier), follow=False)]
    assert len(entries) == 180  # preparing's 120 (written as it started), and 60 of the transfer's
    assert clock.sleeps == []
    assert [e.step for e in entries].count(entries[-1].step) == 60


async def test_one_step_by_name_or_identifier(fake: FakeDeployHQ, clock: InstantClock) -> None:
    async with fake.client() as dhq:
        dep = await dhq.deployments.create("shop", parent_identifier=server(fake, "web-1"), end_revision="abc")
        clock.advance(20)
        identifier = str(dep.identifier)
        transfer = (await dhq.deployments.get("shop", identifier)).steps[1].identifier
        by_name = [e async for e in dhq.deployments.follow_logs("shop", identifier, step="transfer")]
        by_id = [e async for e in dhq.deployments.follow_logs("shop", identifier, step=transfer)]
    assert len(by_name) == 120 and {e.step for e in by_name} == {transfer}
    assert [e.id for e in by_id] == [e.id for e in by_name]


async def test_a_deployment_still_running_after_the_timeout_raises(fake: FakeDeployHQ) -> None:
    fake.pending_seconds, fake.running_seconds = 0, 1000
    async with fake.client() as dhq:
        dep = await dhq.deployments.create("shop", parent_identifier=server(fake, "web-1"), end_revision="a")
        entries: list[DeploymentLogEntry] = []
        with pytest.raises(DeploymentTimeoutError, match="still running after 60s") as raised:
            async for entry in dhq.deployments.follow_logs("shop", str(dep.identifier), timeout=60):
                entries.append(entry)
    assert raised.value.status == "running"
    assert 0 < len(entries) < 240
    assert [entry_id(e) for e in entries] == sorted({entry_id(e) for e in entries})


def page_of(*pairs: tuple[Any, str]) -> list[DeploymentLogEntry]:
    return [DeploymentLogEntry.from_dict({"id": i, "message": m}) for i, m in pairs]


async def test_entries_after_pages_back_only_to_what_was_read() -> None:
    pages = {None: page_of((7, "g"), (8, "h")), 7: page_of((5, "e"), (6, "f")), 5: page_of((3, "c"), (4, "d"))}
    asked: list[int | None] = []

    async def page(step: str, before: int | None) -> list[DeploymentLogEntry]:
        asked.append(before)
        return pages[before]

    assert [e.message for e in await entries_after(page, "s", 4)] == ["e", "f", "g", "h"]
    assert asked == [None, 7, 5]  # the page holding 4 ends it


async def test_entries_after_reads_nothing_twice_from_a_server_that_ignores_the_cursor() -> None:
    calls = 0

    async def page(step: str, before: int | None) -> list[DeploymentLogEntry]:
        nonlocal calls
        calls += 1
        return page_of(("11", "b"), ("10", "a"))  # ids as strings, newest first, whatever the cursor

    assert [e.message for e in await entries_after(page, "s", None)] == ["a", "b"]
    assert calls == 2


async def test_follow_logs_through_the_client_sends_the_cursor() -> None:
    deployment = {"identifier": "d-1", "status": "completed", "steps": [{"identifier": "s-1", "status": "completed"}]}

    def answer(request: httpx2.Request) -> httpx2.Response:
        if not request.url.path.endswith("/logs"):
            return httpx2.Response(200, json=deployment)
        before = request.url.params.get("before")
        entries = {None: [{"id": 3, "message": "c"}], "3": [{"id": 1, "message": "a"}, {"id": 2, "message": "b"}]}
        return httpx2.Response(200, json=entries.get(before, []))

    recorder = Recorder(answer)
    async with make_client(recorder) as dhq:
        messages = [e.message async for e in dhq.deployments.follow_logs("app", "d-1")]
    assert messages == ["a", "b", "c"]
    paths = [(r.url.path, r.url.params.get("before")) for r in recorder.requests]
    assert paths == [
        ("/projects/app/deployments/d-1", None),
        ("/projects/app/deployments/d-1/steps/s-1/logs", None),
        ("/projects/app/deployments/d-1/steps/s-1/logs", "3"),
        ("/projects/app/deployments/d-1/steps/s-1/logs", "1"),
    ]


@pytest.mark.parametrize("reading", ["wait", "follow_logs"])
async def test_closing_the_client_ends_a_wait_between_polls_at_once_with_nothing_more_sent(reading: str) -> None:
    """A service shutting down closes its client: a `wait()` or a log being
    followed ends then with `ClientClosedError`, not after its next poll."""
    clock = ManualClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=600, running_seconds=600)
    project = fake.add_project("Shop")
    target = fake.add_server(project, "web-1").identifier
    dhq = fake.client()
    created = await dhq.deployments.create("shop", parent_identifier=target, end_revision="abc")

    async def read() -> None:
        if reading == "wait":
            await dhq.deployments.wait("shop", str(created.identifier))
        else:
            async for _ in dhq.deployments.follow_logs("shop", str(created.identifier)):
                pass

    task = asyncio.ensure_future(read())
    while clock.sleeping < 1:  # between two polls
        await asyncio.sleep(0)
    sent, start = len(fake.requests), clock.monotonic()
    await dhq.aclose()
    assert task.done()  # aclose() returns once the wait has ended
    with pytest.raises(ClientClosedError) as info:
        await task
    assert info.value.may_have_been_processed is False
    assert (len(fake.requests), clock.monotonic()) == (sent, start)  # no request after, no time waited out
