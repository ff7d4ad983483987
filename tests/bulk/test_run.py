"""deploy_many: bounded, fault-tolerant, and never a duplicate deployment."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest
from helpers import InstantClock

from deployhq_async import ConfigurationError, DeployHQ, DeployResult, DeployTarget
from deployhq_async.bulk import _run as _bulk
from deployhq_async.testing import FakeDeployHQ, Fault

KEY = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture
def fake(clock: InstantClock) -> FakeDeployHQ:
    return FakeDeployHQ(clock=clock, pending_seconds=2, running_seconds=6, seed=11)


@pytest.fixture
def waits(clock: InstantClock) -> list[float]:
    """Virtual time: every wait of the client moves the clock it shares with the fake."""
    return clock.sleeps


def seed(fake: FakeDeployHQ, projects: int, servers: int, *, failing: set[int] = frozenset()) -> list[DeployTarget]:  # type: ignore[assignment]
    targets = []
    for p in range(projects):
        project = fake.add_project(f"Project {p}")
        for s in range(servers):
            server = fake.add_server(project, f"web-{s}", fail_deployments=len(targets) in failing)
            targets.append(DeployTarget(project.permalink, server.identifier, f"rev-{p}-{s}", branch="main"))
    return targets


def over(fake: FakeDeployHQ, base_url: str, **options: Any) -> DeployHQ:
    """A client of the fake served at `base_url`, on the fake's clock."""
    return DeployHQ(email=fake.email, api_key=KEY, base_url=base_url, clock=fake.clock, **options)


@pytest.fixture
async def dhq(fake: FakeDeployHQ) -> AsyncIterator[DeployHQ]:
    async with fake.client() as client:
        yield client


async def test_every_target_is_deployed_and_followed(fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]) -> None:
    targets = seed(fake, 2, 5)
    seen: list[tuple[str, str]] = []
    results = await dhq.deployments.deploy_many(
        targets, concurrency=4, poll_interval=1, on_progress=lambda r: seen.append((r.target.end_revision, r.status))
    )
    assert [r.target for r in results] == targets
    assert all(r.ok and r.status == "completed" for r in results)
    assert len(fake.deployments()) == 10
    assert [r.deployment.end_revision.ref for r in results] == [t.end_revision for t in targets]  # type: ignore[union-attr]
    first = [status for revision, status in seen if revision == "rev-0-0"]
    # Virtual time is shared by all targets, so a poll may skip "running".
    assert first[:2] == ["creating", "pending"] and first[-1] == "completed"
    assert set(first) <= {"creating", "pending", "running", "completed"} and len(first) == len(set(first))
    assert all(r.elapsed is not None and r.elapsed >= 8 for r in results)


async def test_polls_back_off_while_nothing_changes(fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]) -> None:
    fake.pending_seconds, fake.running_seconds = 0, 60
    (result,) = await dhq.deployments.deploy_many(seed(fake, 1, 1), poll_interval=2)
    assert result.status == "completed"
    assert waits[:5] == [2, 3, 4.5, 6.75, 10.125]
    assert max(waits) <= 30


async def test_one_failure_does_not_stop_the_others(fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]) -> None:
    targets = seed(fake, 1, 6, failing={2})
    results = await dhq.deployments.deploy_many(targets, concurrency=3, poll_interval=1)
    assert [r.status for r in results] == ["completed", "completed", "failed", "completed", "completed", "completed"]
    assert not results[2].ok and type(results[2].error).__name__ == "DeploymentFailedError"
    assert results[2].deployment is not None


async def test_fail_fast_stops_launching(fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]) -> None:
    targets = seed(fake, 1, 6)
    targets[0] = DeployTarget(targets[0].project, "no-such-server", "rev")
    results = await dhq.deployments.deploy_many(targets, concurrency=2, fail_fast=True, poll_interval=1)
    # Its server is not in the project's listing: refused before any create was sent.
    assert results[0].status == "error" and type(results[0].error).__name__ == "ConfigurationError"
    assert "'no-such-server' is neither a server nor a server group" in str(results[0].error)
    assert results[0].create_attempts == 0
    # The refusal came before any other create was sent: nothing else is launched.
    assert [r.status for r in results[1:]] == ["skipped"] * 5
    assert all(r.deployment is None and r.create_attempts == 0 for r in results[1:])
    assert fake.deployments() == []


async def test_without_wait_only_creates(fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]) -> None:
    results = await dhq.deployments.deploy_many(seed(fake, 1, 3), wait=False)
    assert [r.status for r in results] == ["pending"] * 3
    assert waits == []


async def test_a_lost_create_is_adopted_not_repeated(fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]) -> None:
    targets = seed(fake, 1, 3)
    fake.inject(Fault.reset_after(), method="POST", path="/projects/*/deployments", times=1)
    results = await dhq.deployments.deploy_many(targets, concurrency=1, poll_interval=1)
    assert all(r.ok for r in results)
    assert [r.adopted for r in results] == [True, False, False]
    assert results[0].create_attempts == 1
    assert len(fake.deployments()) == 3
    assert fake.count("POST", "/projects/*/deployments") == 3


async def test_a_create_that_never_landed_is_sent_again(fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]) -> None:
    targets = seed(fake, 1, 2)
    fake.inject(Fault.reset_before(), method="POST", path="/projects/*/deployments", times=1)
    results = await dhq.deployments.deploy_many(targets, concurrency=1, poll_interval=1)
    assert all(r.ok for r in results)
    assert [(r.adopted, r.create_attempts) for r in results] == [(False, 2), (False, 1)]
    assert len(fake.deployments()) == 2


async def test_an_older_deployment_of_the_same_revision_is_not_adopted(
    fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]
) -> None:
    (target,) = seed(fake, 1, 1)
    earlier = await dhq.deployments.create(
        target.project, parent_identifier=target.parent_identifier, end_revision=target.end_revision
    )
    fake.clock.advance(3600)  # type: ignore[attr-defined]
    fake.inject(Fault.reset_before(), method="POST", path="/projects/*/deployments", times=1)
    (result,) = await dhq.deployments.deploy_many([target], poll_interval=1)
    assert result.ok and not result.adopted
    assert result.deployment.identifier != earlier.identifier  # type: ignore[union-attr]


async def test_unresolvable_loss_gives_up_after_three_creates(
    fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]
) -> None:
    (target,) = seed(fake, 1, 1)
    fake.inject(Fault.reset_before(), method="POST", path="/projects/*/deployments", times="always")
    (result,) = await dhq.deployments.deploy_many([target])
    assert result.status == "error" and result.create_attempts == _bulk.MAX_CREATE_ATTEMPTS
    assert fake.deployments() == []


async def test_concurrency_is_bounded(fake: FakeDeployHQ, waits: list[float]) -> None:
    targets = seed(fake, 1, 30)
    inner = fake.transport()
    in_flight = peak = 0

    class Counting(httpx2.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
            nonlocal in_flight, peak
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.001)
            try:
                return await inner.handle_async_request(request)
            finally:
                in_flight -= 1

    async with fake.client(transport=Counting()) as client:
        results = await client.deployments.deploy_many(targets, concurrency=5, poll_interval=1)
    assert all(r.ok for r in results)
    assert peak == 5


async def test_bad_arguments(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    with pytest.raises(ValueError, match="concurrency"):
        await dhq.deployments.deploy_many([], concurrency=0)
    with pytest.raises(TypeError, match="DeployTarget"):
        await dhq.deployments.deploy_many([("app", "srv", "rev")])  # type: ignore[list-item]
    assert await dhq.deployments.deploy_many([]) == []


async def test_identical_targets_are_refused_before_anything_is_sent(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    """Two deployments of one server and revision cannot be told apart in
    DeployHQ's listing: the run refuses the list, naming both positions."""
    targets = seed(fake, 1, 2)
    again = DeployTarget(targets[0].project, targets[0].parent_identifier, targets[0].end_revision, branch="main")
    with pytest.raises(ConfigurationError, match="targets 1 and 3 are the same deployment"):
        await dhq.deployments.deploy_many([*targets, again])
    assert fake.requests == []


# --- over real loopback sockets -------------------------------------------------------


async def test_bulk_of_200_with_503s_and_resets_over_loopback(fake: FakeDeployHQ, waits: list[float]) -> None:
    targets = seed(fake, 4, 50)
    fake.inject(Fault.http_status(503, retry_after="0.5"), times="always", rate=0.10)
    fake.inject(Fault.reset_after(), method="POST", path="/projects/*/deployments", times="always", rate=0.02)
    async with (
        fake.serve() as base_url,
        over(fake, base_url) as client,
    ):
        results: list[DeployResult] = await client.deployments.deploy_many(targets, concurrency=50, poll_interval=1)
    errors = [repr(r.error) for r in results if r.error]
    assert errors == []
    assert len(fake.deployments()) == 200  # exactly one per target: no duplicates, none missing
    assert sorted(d.end_revision for d in fake.deployments()) == sorted(t.end_revision for t in targets)
    adopted = sum(r.adopted for r in results)
    assert adopted == fake.count("POST", "/projects/*/deployments", fault="reset_after") > 0
    assert fake.count(fault="status") > 20


async def test_single_reset_after_processing_over_loopback(fake: FakeDeployHQ, waits: list[float]) -> None:
    (target,) = seed(fake, 1, 1)
    fake.inject(Fault.reset_after(), method="POST", path="/projects/*/deployments", times=1)
    async with (
        fake.serve() as base_url,
        over(fake, base_url) as client,
    ):
        (result,) = await client.deployments.deploy_many([target], wait=False)
    assert result.ok and result.adopted
    assert len(fake.deployments()) == 1
    assert result.deployment.identifier == fake.deployments()[0].identifier  # type: ignore[union-attr]


async def test_many_targets_do_not_exhaust_the_pool(fake: FakeDeployHQ, waits: list[float]) -> None:
    fake.running_seconds = 0.5
    targets = seed(fake, 10, 100)
    fake.inject(Fault.latency(0.001), times="always")
    async with (
        fake.serve() as url,
        over(fake, url, timeout=5) as client,
    ):
        results = await client.deployments.deploy_many(targets, concurrency=50, wait=False)
    assert [r.error for r in results if r.error] == []
    assert len(fake.deployments()) == 1000


async def test_a_retry_after_holds_back_every_request_of_the_run(
    fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]
) -> None:
    first, second = seed(fake, 1, 2)
    fake.inject(Fault.http_status(503, retry_after="5"), method="POST", path="/projects/*/deployments", times=1)
    results = await dhq.deployments.deploy_many([first, second], concurrency=2, wait=False)
    assert all(r.ok for r in results)
    posts = [(r.status, r.fault, r.at) for r in fake.requests if r.method == "POST"]
    assert [p[:2] for p in posts] == [(503, "status"), (201, None), (201, None)]
    # Neither target sent anything while the Retry-After ran.
    assert all(at >= posts[0][2] + 5 for _, _, at in posts[1:])
    assert 5.0 in waits


# --- callbacks ----------------------------------------------------------------------------


async def test_a_raising_callback_stops_the_run_but_leaves_nothing_on_the_wire_unrecorded(
    fake: FakeDeployHQ, tmp_path: Any
) -> None:
    """The callback raises at its fifth call: nothing more is launched, the creates
    already sent finish and are recorded (journal included), and the error
    carries every result: none is left `creating`, every deployment is in one."""
    import json

    from deployhq_async import BulkCallbackError

    targets = seed(fake, 2, 15)
    journal = tmp_path / "run.journal"
    calls = 0

    def progress(result: DeployResult) -> None:
        nonlocal calls
        calls += 1
        if calls == 5:
            raise RuntimeError("the dashboard is down")

    async with fake.serve() as url, over(fake, url) as client:
        with pytest.raises(BulkCallbackError) as info:
            await client.deployments.deploy_many(
                targets, concurrency=4, wait=False, on_progress=progress, journal=journal
            )
    error = info.value
    assert isinstance(error.__cause__, RuntimeError)
    assert "on_progress raised RuntimeError: the dashboard is down" in str(error)
    results = error.results
    assert len(results) == 30
    assert {r.status for r in results} <= {"pending", "skipped"}
    made = {d.identifier for d in fake.deployments()}
    assert made == {r.deployment.identifier for r in results if r.deployment is not None}
    assert 0 < len(made) < 30
    assert fake.count("POST", "/projects/*/deployments") == len(made)
    outcomes = [json.loads(line) for line in journal.read_text().splitlines() if '"outcome"' in line]
    assert {o["deployment"] for o in outcomes} == made


async def test_async_callbacks_are_refused_before_anything_is_sent(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    async def progress(result: DeployResult) -> None:
        pass

    class Hook:
        async def __call__(self, result: DeployResult) -> None:
            pass

    targets = seed(fake, 1, 2)
    with pytest.raises(TypeError, match="on_progress must be a plain function"):
        await dhq.deployments.deploy_many(targets, on_progress=progress)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="on_result must be a plain function"):
        await dhq.deployments.deploy_many(targets, on_result=Hook())  # type: ignore[arg-type]
    assert fake.requests == []


async def test_on_result_fires_once_per_target_with_its_final_result(
    fake: FakeDeployHQ, dhq: DeployHQ, waits: list[float]
) -> None:
    targets = seed(fake, 1, 4, failing={2})
    finals: list[tuple[str, str]] = []
    changes: list[str] = []
    results = await dhq.deployments.deploy_many(
        targets,
        poll_interval=1,
        on_progress=lambda r: changes.append(r.status),
        on_result=lambda r: finals.append((r.target.end_revision, r.status)),
    )
    assert sorted(finals) == sorted((r.target.end_revision, r.status) for r in results)
    assert sorted(status for _, status in finals) == ["completed", "completed", "completed", "failed"]
    assert changes.count("creating") == 4 and len(changes) >= 4 * 3  # every status change, per target
