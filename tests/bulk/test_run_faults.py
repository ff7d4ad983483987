"""Bulk runs under faults: no target ever gets a second deployment, and no result
hides a deployment that exists."""

from __future__ import annotations

import asyncio
import dataclasses
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from deployhq_async import BulkOptions, BulkRun, DeploymentStatus, DeployResult, DeployTarget
from deployhq_async.testing import AutojumpClock, FakeDeployHQ, Fault

DEPLOYMENTS = "/projects/*/deployments"
VOCABULARY = set(DeploymentStatus)


def seed(fake: FakeDeployHQ, projects: int, servers: int, **options: Any) -> list[DeployTarget]:
    targets = []
    for p in range(projects):
        project = fake.add_project(f"Project {p}")
        for s in range(servers):
            server = fake.add_server(project, f"web-{s}", **options)
            targets.append(DeployTarget(project.permalink, server.identifier, f"rev-{p}-{s}"))
    return targets


async def started(run: BulkRun, *, made: int) -> asyncio.Future[list[DeployResult]]:
    """Run `run` in the background until `made` of its targets have a deployment."""
    task = asyncio.ensure_future(run)
    while sum(r.deployment is not None for r in run.results) < made:
        await asyncio.sleep(0)
    return task


def per_target(fake: FakeDeployHQ, targets: list[DeployTarget]) -> list[int]:
    made = Counter((d.project.permalink, d.parent_identifier, d.end_revision) for d in fake.deployments())
    return [made[(t.project, t.parent_identifier, t.end_revision)] for t in targets]


def assert_honest(fake: FakeDeployHQ, targets: list[DeployTarget], results: list[DeployResult]) -> None:
    """Exactly one deployment per target that was sent (none for skipped or
    refused ones), every result in the vocabulary, and every deployment that
    exists carried by its target's result (or reported as its duplicate)."""
    counts = per_target(fake, targets)
    for result, count in zip(results, counts, strict=True):
        assert result.status in VOCABULARY, result
        if result.status in ("skipped", "cancelled") or (result.status == "error" and not result.deployment):
            assert count == 0, result
        else:
            assert count == 1 + len(result.duplicates), result
    carried = {r.deployment.identifier for r in results if r.deployment is not None}
    reported = {d.identifier for r in results for d in r.duplicates}
    unknown = sum(r.status == "unknown" and r.deployment is None for r in results)
    missing = [d for d in fake.deployments() if d.identifier not in carried | reported]
    assert len(missing) <= unknown, missing


# --- one fault at a time, over real loopback sockets -------------------------------------


async def test_a_create_processed_after_the_timeout_is_adopted_not_repeated() -> None:
    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 1)
    fake.inject(Fault.latency(0.5), method="POST", path=DEPLOYMENTS)  # processed at 0.5 s, after the timeout
    async with fake.serve() as url, fake.client(base_url=url, timeout=0.3, max_retries=0) as dhq:
        (result,) = await dhq.deployments.deploy_many(targets, wait=False)
    assert per_target(fake, targets) == [1]
    assert fake.count("POST", DEPLOYMENTS) == 1
    assert result.ok and result.adopted and result.create_attempts == 1
    assert result.deployment is not None and result.deployment.identifier == fake.deployments()[0].identifier


async def test_a_create_whose_answer_is_corrupt_is_reconciled_and_the_run_goes_on() -> None:
    """A proxy mangles one create's body (gzip that is not): the run neither aborts
    nor sends it again; it finds the deployment the create made and adopts it."""
    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    targets = seed(fake, 2, 6)
    fake.inject(Fault.corrupt_after(), method="POST", path=DEPLOYMENTS, times=1)
    async with fake.serve() as url, fake.client(base_url=url) as dhq:
        results = await dhq.deployments.deploy_many(targets, concurrency=4, wait=False, settle_window=0.2)
    assert per_target(fake, targets) == [1] * 12
    assert fake.count("POST", DEPLOYMENTS) == 12
    assert [r.ok for r in results] == [True] * 12
    assert [r.create_attempts for r in results] == [1] * 12
    assert sum(r.adopted for r in results) == 1
    assert_honest(fake, targets, results)


async def test_a_create_processed_at_once_but_answered_after_the_timeout_is_adopted() -> None:
    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 2)
    fake.inject(Fault.slow_answer(0.6), method="POST", path=DEPLOYMENTS, times=1)
    async with fake.serve() as url, fake.client(base_url=url, timeout=0.3) as dhq:
        results = await dhq.deployments.deploy_many(targets, wait=False)
    assert per_target(fake, targets) == [1, 1]
    assert fake.count("POST", DEPLOYMENTS) == 2
    assert sorted((r.adopted, r.create_attempts) for r in results) == [(False, 1), (True, 1)]
    assert_honest(fake, targets, results)


@pytest.mark.parametrize("fault", [Fault.reset_after(), Fault.status_after(502), Fault.truncate_after()])
async def test_a_create_whose_answer_is_lost_after_processing_is_adopted(fault: Fault) -> None:
    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 3)
    fake.inject(fault, method="POST", path=DEPLOYMENTS, times="always")
    async with fake.serve() as url, fake.client(base_url=url, clock=AutojumpClock()) as dhq:
        results = await dhq.deployments.deploy_many(targets, concurrency=3)
    assert per_target(fake, targets) == [1, 1, 1]
    assert fake.count("POST", DEPLOYMENTS) == 3
    assert [(r.status, r.adopted, r.create_attempts) for r in results] == [("completed", True, 1)] * 3
    assert_honest(fake, targets, results)


async def test_a_create_that_never_arrived_is_sent_again_after_the_settle_window() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 1)
    fake.inject(Fault.status_after(502), method="POST", path=DEPLOYMENTS)
    fake.inject(Fault.http_status(502, html=True), method="POST", path=DEPLOYMENTS)  # not processed this time
    async with fake.client() as dhq:
        started = clock.now()
        (result,) = await dhq.deployments.deploy_many(targets, wait=False, settle_window=20)
    # The first 502 came after processing: adopted at once; nothing was re-sent.
    assert (result.create_attempts, result.adopted, fake.count("POST", DEPLOYMENTS)) == (1, True, 1)
    fake2 = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets2 = seed(fake2, 1, 1)
    fake2.inject(Fault.http_status(502, html=True), method="POST", path=DEPLOYMENTS)
    async with fake2.client() as dhq:
        started = clock.now()
        (result2,) = await dhq.deployments.deploy_many(targets2, wait=False, settle_window=20)
    # Not processed: the run looked for 20 s (virtual), found nothing, then sent it again.
    assert (result2.create_attempts, result2.adopted, result2.status) == (2, False, "completed")
    assert clock.now() - started >= 20
    looks = [r for r in fake2.requests if r.operation == "list_project_deployments"]
    assert len(looks) >= 5 and looks[-1].at - looks[0].at >= 20
    assert per_target(fake2, targets2) == [1]


async def test_a_failed_look_up_leaves_the_target_unknown_never_resent() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 1)
    fake.inject(Fault.reset_after(), method="POST", path=DEPLOYMENTS)
    fake.inject(Fault.http_status(503), method="GET", path=DEPLOYMENTS, times="always")
    async with fake.client(max_retries=1) as dhq:
        (result,) = await dhq.deployments.deploy_many(targets, wait=False, settle_window=5)
    assert result.status == "unknown" and result.deployment is None
    assert getattr(result.error, "may_have_been_processed", None) is True
    assert fake.count("POST", DEPLOYMENTS) == 1  # never sent again
    assert per_target(fake, targets) == [1]  # the one honest limit: it exists, and the result says it may


async def test_a_look_up_that_recovers_in_time_adopts_the_deployment() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 1)
    fake.inject(Fault.reset_after(), method="POST", path=DEPLOYMENTS)
    fake.inject(Fault.http_status(503), method="GET", path=DEPLOYMENTS, times=4)
    async with fake.client(max_retries=1) as dhq:
        (result,) = await dhq.deployments.deploy_many(targets, wait=False, settle_window=5)
    assert (result.status, result.adopted, result.create_attempts) == ("completed", True, 1)
    assert_honest(fake, targets, [result])


# --- stopping, cancelling, pacing -----------------------------------------------------------


async def test_fail_fast_with_wait_bounds_the_deployments_running() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=5, running_seconds=30)
    targets = seed(fake, 1, 40)
    fake.fail_next_deployments(1)  # the first deployment fails
    async with fake.client() as dhq:
        results = await dhq.deployments.deploy_many(targets, concurrency=4, fail_fast=True, poll_interval=1)
    made = [r for r in results if r.deployment is not None]
    assert results[0].status == "failed"
    assert 1 < len(made) <= 4  # at most `concurrency` were unfinished when it failed
    assert [r.status for r in results[len(made) :]] == ["skipped"] * (40 - len(made))
    assert_honest(fake, targets, results)


async def test_fail_fast_lets_creates_on_the_wire_finish() -> None:
    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    # Full deployments: no listing of servers first, so the creates go out together.
    targets = [dataclasses.replace(t, full=True) for t in seed(fake, 1, 12)]
    fake.add_project("Elsewhere")
    targets[3] = DeployTarget("elsewhere", "no-such-server", "rev", full=True)  # refused at once
    # The other creates take a while, so the refusal comes back while they are on the wire.
    fake.inject(Fault.latency(0.3), method="POST", path="/projects/project-0/deployments", times="always")
    async with fake.serve() as url, fake.client(base_url=url) as dhq:
        results = await dhq.deployments.deploy_many(targets, concurrency=6, fail_fast=True, wait=False)
    assert results[3].status == "error"
    sent = [r for r in results if r.status != "skipped"]
    # At most six went out together (those the throttle's slow start held in its
    # line were not sent once the refusal was seen); every one sent finished.
    assert 2 <= len(sent) <= 6 and any(r is results[3] for r in sent)
    assert all(r.deployment is not None for r in sent if r is not results[3])
    assert_honest(fake, targets, results)


async def test_cancelling_the_run_keeps_its_results_and_sends_nothing_after() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=60, running_seconds=600)
    targets = seed(fake, 2, 10)
    async with fake.client() as dhq:
        run = dhq.deployments.start_many(targets, BulkOptions(concurrency=3, max_unfinished=5))
        task = await started(run, made=5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        sent = len(fake.requests)
        for _ in range(50):
            await asyncio.sleep(0)
        assert len(fake.requests) == sent
    statuses = Counter(r.status for r in run.results)
    assert statuses["cancelled"] >= 10
    assert set(statuses) <= {"cancelled", "unknown", "pending", "running"}
    assert all(r.deployment is not None for r in run.results if r.status in ("pending", "running"))
    assert len(asyncio.all_tasks()) == 1  # only this test's own task is left
    assert_honest(fake, targets, run.results)


async def test_stop_ends_a_run_gently() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=60, running_seconds=600)
    targets = seed(fake, 1, 10)
    async with fake.client() as dhq:
        run = dhq.deployments.start_many(targets, BulkOptions(concurrency=2, max_unfinished=3))
        task = await started(run, made=3)
        run.stop()
        results = await task
    assert [r.status for r in results[:3]] == ["pending"] * 3
    assert [r.status for r in results[3:]] == ["skipped"] * 7
    assert_honest(fake, targets, results)


async def test_a_retry_after_pauses_the_whole_run() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 20)
    fake.inject(Fault.http_status(503, retry_after="7"), method="POST", path=DEPLOYMENTS)
    async with fake.client() as dhq:
        run = dhq.deployments.start_many(targets, BulkOptions(concurrency=5, wait=False))
        results = await run
    assert all(r.ok for r in results)
    (refused,) = [r for r in fake.requests if r.fault == "status"]
    assert not [r for r in fake.requests if refused.at < r.at < refused.at + 7]
    assert run.pauses == 1
    assert per_target(fake, targets) == [1] * 20


async def test_arguments_are_checked_before_any_request(tmp_path: Path) -> None:
    fake = FakeDeployHQ()
    targets = seed(fake, 1, 2)
    async with fake.client() as dhq:
        for bad in (
            {"timeout": -1},
            {"poll_interval": 0},
            {"concurrency": 0},
            {"max_unfinished": 0},
            {"settle_window": -2},
            {"journal": tmp_path / "missing-dir" / "run.journal"},
        ):
            with pytest.raises((ValueError, TypeError)):
                await dhq.deployments.deploy_many(targets, **bad)  # type: ignore[arg-type]
        with pytest.raises(ValueError, match="target 2: end_revision"):
            await dhq.deployments.deploy_many([targets[0], DeployTarget("p", "s", "")])
    assert fake.requests == []


# --- duplicates, journal --------------------------------------------------------------------


async def test_a_late_second_deployment_is_aborted_and_reported() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=30, running_seconds=30)
    targets = seed(fake, 1, 2)
    # The first create's connection breaks: it may have been processed. The run
    # looks, finds nothing, and creates again; then the first one lands late.
    fake.inject(Fault.reset_before(), method="POST", path=DEPLOYMENTS, times=1)

    def late_twin(result: DeployResult) -> None:
        # The create whose answer was lost, processed late, after the run made another.
        if result.target is targets[0] and result.status == "pending":
            project = fake.projects[result.target.project]
            server = project.servers[result.target.parent_identifier]
            # The same request as the run's: its overview carries the run's mark.
            overview = result.deployment.overview if result.deployment is not None else None
            assert isinstance(overview, str)
            fake.add_deployment(project, server, result.target.end_revision, overview=overview)

    async with fake.client() as dhq:
        results = await dhq.deployments.deploy_many(targets, wait=False, on_progress=late_twin, concurrency=1)
    assert results[0].create_attempts == 2
    (twin,) = results[0].duplicates
    assert twin.identifier != results[0].deployment.identifier  # type: ignore[union-attr]
    assert [d.aborted_at is not None for d in fake.deployments()].count(True) == 1
    assert results[1].duplicates == []
    assert_honest(fake, targets, results)


async def test_a_journal_resumes_without_a_second_deployment(tmp_path: Path) -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 2, 5)
    journal = tmp_path / "run.journal"
    async with fake.client() as dhq:
        run = dhq.deployments.start_many(targets, BulkOptions(concurrency=2, wait=False, journal=journal))
        task = await started(run, made=4)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        with journal.open("a") as handle:
            handle.write('{"outcome": 9, "deplo')  # torn by a crash
        again = await dhq.deployments.deploy_many(targets, wait=False, journal=journal)
    assert per_target(fake, targets) == [1] * 10
    assert all(r.ok for r in again)
    assert sum(r.adopted for r in again) >= 4
    other = [*targets[:-1], DeployTarget(targets[0].project, targets[0].parent_identifier, "other")]
    async with fake.client() as dhq:
        with pytest.raises(ValueError, match="belongs to another list of targets"):
            await dhq.deployments.deploy_many(other, journal=journal)


# --- everything at once --------------------------------------------------------------------


def break_creates(fake: FakeDeployHQ, *, reset_after: float) -> None:
    """The chaos runs' faults: creates processed and answered with a reset, a 502
    or a cut body, creates refused by a reset, and 503s anywhere."""
    fake.inject(Fault.reset_after(), method="POST", path=DEPLOYMENTS, times="always", rate=reset_after)
    fake.inject(Fault.status_after(502), method="POST", path=DEPLOYMENTS, times="always", rate=0.03)
    fake.inject(Fault.truncate_after(), method="POST", path=DEPLOYMENTS, times="always", rate=0.03)
    fake.inject(Fault.reset_before(), method="POST", path=DEPLOYMENTS, times="always", rate=0.03)
    fake.inject(Fault.http_status(503, retry_after="2"), times="always", rate=0.04)


@pytest.mark.parametrize("seed_value", [1, 2, 3])
async def test_chaos(seed_value: int) -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=20, running_seconds=60, seed=seed_value)
    targets = seed(fake, 10, 20)
    break_creates(fake, reset_after=0.04)
    fake.inject(Fault.http_status(502, html=True), method="GET", path=DEPLOYMENTS, times="always", rate=0.05)
    fake.inject(Fault.reset_after(), method="GET", path="/projects/*/deployments/*", times="always", rate=0.03)
    async with fake.client() as dhq:
        results = await dhq.deployments.deploy_many(targets, concurrency=20, poll_interval=5, timeout=3600)
    assert_honest(fake, targets, results)
    assert sum(r.adopted for r in results) >= 5
    assert max(per_target(fake, targets)) == 1
    assert all(r.ok for r in results if r.status == "completed")
    assert fake.count(fault="reset_after") + fake.count(fault="status_after") + fake.count(fault="truncate_after") >= 10


class Skewed:
    """The fake's clock as seen from a machine whose wall clock is `offset` off."""

    def __init__(self, clock: AutojumpClock, offset: float) -> None:
        self._clock = clock
        self._offset = offset

    def now(self) -> float:
        return self._clock.now() + self._offset

    def monotonic(self) -> float:
        return self._clock.monotonic()

    async def sleep(self, seconds: float) -> None:
        await self._clock.sleep(seconds)


@pytest.mark.parametrize("offset", [300.0, -300.0, 3600.0])
async def test_lost_answers_are_adopted_with_this_machines_clock_minutes_off(offset: float) -> None:
    """DeployHQ's timestamps are compared with DeployHQ's clock (its answers'
    Date), not this machine's: five minutes or an hour either way, a create whose
    answer was lost is found and adopted, never sent twice."""
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 4)
    fake.inject(Fault.reset_after(), method="POST", path=DEPLOYMENTS, times=2)
    async with fake.client(clock=Skewed(clock, offset)) as dhq:
        results = await dhq.deployments.deploy_many(targets, wait=False, concurrency=1)
        server_time = dhq.server_time()
    assert per_target(fake, targets) == [1] * 4
    assert fake.count("POST", DEPLOYMENTS) == 4
    assert sum(r.adopted for r in results) == 2
    assert all(r.ok and not r.duplicates for r in results)
    assert server_time is not None and abs(server_time - clock.now()) < 1.5


@pytest.mark.parametrize("journals", [False, True])
async def test_two_runs_at_once_over_the_same_targets_never_abort_each_others_deployments(
    tmp_path: Path, journals: bool
) -> None:
    """An overlapping cron job: two runs deploy the same revisions to the same
    servers at once (each with its own journal, or none), with answers lost on
    the way. Each run claims only what follows from its own creates; the other
    run's deployments are reported in `others`, never aborted."""
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=30, running_seconds=30, seed=5)
    targets = seed(fake, 2, 5)
    fake.inject(Fault.reset_after(), method="POST", path=DEPLOYMENTS, times="always", rate=0.2)

    async def one_run(name: str) -> list[DeployResult]:
        journal = tmp_path / f"{name}.journal" if journals else None
        async with fake.client() as dhq:
            return await dhq.deployments.deploy_many(targets, wait=False, concurrency=3, journal=journal)

    first, second = await asyncio.gather(one_run("a"), one_run("b"))
    assert [d.aborted_at for d in fake.deployments()] == [None] * len(fake.deployments())
    assert per_target(fake, targets) == [2] * 10  # one per run and target, none aborted
    for results, other in ((first, second), (second, first)):
        assert all(r.ok and not r.duplicates for r in results)
        mine = {r.deployment.identifier for r in results if r.deployment is not None}
        theirs = {r.deployment.identifier for r in other if r.deployment is not None}
        assert len(mine) == 10 and not mine & theirs
        assert {d.identifier for r in results for d in r.others} <= theirs


@pytest.mark.parametrize("echoed", [True, False])
async def test_chaos_with_a_skewed_clock_and_a_second_run_at_once(echoed: bool) -> None:
    """The chaos run's faults, this machine's clock five minutes fast, and a second
    run over the same targets at the same time: no run aborts the other's
    deployments; where DeployHQ echoes the runs' marks, each target has exactly
    one deployment of each run, carried by that run's result."""
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=20, running_seconds=60, seed=4)
    fake.echo_overview = echoed
    targets = seed(fake, 5, 10)
    break_creates(fake, reset_after=0.05)

    async def one_run(offset: float) -> tuple[str, list[DeployResult]]:
        async with fake.client(clock=Skewed(clock, offset)) as dhq:
            run = dhq.deployments.start_many(targets, BulkOptions(concurrency=10, poll_interval=5, timeout=3600))
            return run.mark, await run

    (first_mark, first), (second_mark, second) = await asyncio.gather(one_run(300.0), one_run(0.0))
    assert [d.aborted_at for d in fake.deployments()].count(None) == len(fake.deployments())
    for results in (first, second):
        assert sum(r.deployment is not None for r in results) >= 45
        assert all(r.ok for r in results if r.status == "completed")
    created = [r.deployment.identifier for rs in (first, second) for r in rs if r.deployment and not r.adopted]
    assert len(created) == len(set(created))  # what a run created with an answer is its own alone
    assert max(per_target(fake, targets)) <= 2  # one per run at most
    # Creates processed whose answer was lost (about 11 expected of ~100; which ones
    # the seeded faults hit depends on how the two runs' requests interleave).
    lost = ("reset_after", "status_after", "truncate_after")
    assert sum(fake.count(fault=kind) for kind in lost) >= 5
    if echoed:
        for mark, results in ((first_mark, first), (second_mark, second)):
            for result in results:
                if result.deployment is not None:
                    assert str(result.deployment.overview).endswith(mark), result
            made = Counter(
                (d.project.permalink, d.parent_identifier, d.end_revision)
                for d in fake.deployments()
                if d.overview is not None and d.overview.endswith(mark)
            )
            assert all(made[(t.project, t.parent_identifier, t.end_revision)] <= 1 for t in targets)


@pytest.mark.parametrize("echoed", [True, False])
async def test_a_run_whose_creates_were_lost_adopts_only_its_own_deployments(echoed: bool) -> None:
    """Run B deploys; a second later run A deploys the same targets and every
    first create of A is lost on the way (nothing made). A's look-ups see B's
    deployments, queued within the margin of A's send times. Where DeployHQ
    echoes the runs' marks, A leaves B's alone and deploys its own; where a
    server drops them, A cannot tell and adopts B's (the limit the README
    states), but never aborts it."""
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=30, running_seconds=30)
    fake.echo_overview = echoed
    targets = seed(fake, 1, 3)
    async with fake.client() as dhq:
        second = dhq.deployments.start_many(targets, BulkOptions(wait=False, settle_window=4))
        theirs = await second
        await clock.sleep(1)
        fake.inject(Fault.reset_before(), method="POST", path=DEPLOYMENTS, times=len(targets))
        first = dhq.deployments.start_many(targets, BulkOptions(wait=False, settle_window=4))
        mine = await first
    assert first.mark != second.mark and first.mark.startswith("(deployhq-async run ")
    assert fake.count("POST", DEPLOYMENTS, fault="reset_before") == 3
    assert [d.aborted_at for d in fake.deployments()] == [None] * len(fake.deployments())
    their_ids = [r.deployment.identifier for r in theirs if r.deployment is not None]
    my_ids = [r.deployment.identifier for r in mine if r.deployment is not None]
    if echoed:
        assert [r.create_attempts for r in mine] == [2, 2, 2] and not any(r.adopted for r in mine)
        assert per_target(fake, targets) == [2, 2, 2] and not set(my_ids) & set(their_ids)
        assert all(str(r.deployment.overview).endswith(first.mark) for r in mine if r.deployment is not None)
        # Queued within the margin of A's start: reported to A, untouched.
        assert {d.identifier for r in mine for d in r.others} == set(their_ids)
    else:
        assert [r.create_attempts for r in mine] == [1, 1, 1] and all(r.adopted for r in mine)
        assert my_ids == their_ids and per_target(fake, targets) == [1, 1, 1]


async def test_a_resumed_run_marks_its_deployments_as_the_run_it_resumes(tmp_path: Path) -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock)
    targets = seed(fake, 1, 2)
    journal = tmp_path / "run.journal"
    async with fake.client() as dhq:
        before = dhq.deployments.start_many(targets[:1] + targets[1:], BulkOptions(wait=False, journal=journal))
        await before
        again = dhq.deployments.start_many(targets, BulkOptions(wait=False, journal=str(journal)))
        results = await again
    assert again.mark == before.mark
    assert json.loads(journal.read_text().splitlines()[0])["run"] == before.mark[20:-1]
    assert [r.adopted for r in results] == [True, True] and per_target(fake, targets) == [1, 1]


async def test_a_retry_after_beyond_max_retry_wait_fails_its_target_and_pauses_nothing() -> None:
    """A 429 asking for an hour (above `max_retry_wait`) is that create's error;
    the other targets go on at once (the guides: such a wait holds no other request)."""
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 6)
    fake.inject(Fault.http_status(429, retry_after="3600"), method="POST", path=DEPLOYMENTS, times=1)
    async with fake.client(max_retry_wait=5) as dhq:
        began = clock.monotonic()
        run = dhq.deployments.start_many(targets, BulkOptions(concurrency=2, wait=False))
        results = await run
        took = clock.monotonic() - began
    refused = [r for r in results if r.status == "error"]
    assert len(refused) == 1 and refused[0].error is not None
    assert refused[0].error.retry_after == 3600  # type: ignore[attr-defined]
    assert sum(r.ok for r in results) == 5
    assert run.pauses == 0 and took < 5
    assert_honest(fake, targets, results)


async def test_a_cancelled_run_leaves_no_task_behind() -> None:
    """Cancelled while creates wait in the throttle's line (its slow start holds
    all but four): when the cancellation returns, nothing of the run still runs."""
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 40)
    fake.inject(Fault.latency(0.5), method="POST", path=DEPLOYMENTS, times="always")
    async with fake.client() as dhq:
        task = asyncio.ensure_future(dhq.deployments.deploy_many(targets, concurrency=20, wait=False))
        while fake.count("POST", DEPLOYMENTS) < 2:
            await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        names = [t.get_coro().__qualname__ for t in asyncio.all_tasks() if t is not asyncio.current_task()]  # type: ignore[union-attr]
        assert [name for name in names if name != "AutojumpClock._jump_when_idle"] == []  # the clock's own may run


async def test_fail_fast_sends_no_create_after_a_refusal_also_from_the_throttles_line() -> None:
    """200 targets, 8 at once, a `max_rate` holding creates in the throttle's
    line: once one create is refused (422), not one more create reaches DeployHQ;
    those that waited in the line end `skipped`."""
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 200)
    fake.inject(Fault.http_status(422), method="POST", path=DEPLOYMENTS, times=1)
    reported: list[float] = []  # when the refusal was reported (the fake's clock)

    def progress(result: DeployResult) -> None:
        if result.status == "error":
            reported.append(clock.now())

    async with fake.client(max_rate=2) as dhq:
        results = await dhq.deployments.deploy_many(targets, concurrency=8, fail_fast=True, on_progress=progress)
    posts = [r for r in fake.requests if r.method == "POST"]
    assert [r.status for r in posts].count(422) == 1 and len(reported) == 1
    assert [r for r in posts if r.at >= reported[0] and r.status != 422] == []  # none sent once it was seen
    statuses = Counter(r.status for r in results)
    assert statuses["error"] == 1 and statuses["skipped"] == 200 - len(fake.deployments()) - 1
    assert_honest(fake, targets, results)


@pytest.mark.once  # eight seconds of real time (the final sweep at two requests a second)
async def test_fail_fast_sends_no_create_after_a_refusal_also_from_the_shared_rate_stores_line(redis: Any) -> None:
    """As above, the creates held in a shared rate store's line (Redis on
    loopback, real time: Redis's clock decides): once one is refused, none of
    those waiting for the store's admission is sent."""
    from deployhq_async import RedisRateStore

    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 40)
    fake.inject(Fault.http_status(422), method="POST", path=DEPLOYMENTS, times=1)
    reported: list[float] = []

    def progress(result: DeployResult) -> None:
        if result.status == "error":
            reported.append(fake.clock.now())

    async with RedisRateStore(redis.url) as store, fake.client(max_rate=2, rate_store=store) as dhq:
        results = await dhq.deployments.deploy_many(targets, concurrency=8, fail_fast=True, on_progress=progress)
    posts = [r for r in fake.requests if r.method == "POST"]
    assert [r.status for r in posts].count(422) == 1 and len(reported) == 1
    assert [r for r in posts if r.at >= reported[0] and r.status != 422] == []
    statuses = Counter(r.status for r in results)
    assert statuses["error"] == 1 and statuses["skipped"] == 40 - len(fake.deployments()) - 1
    assert_honest(fake, targets, results)


async def test_stop_and_cancel_reach_creates_waiting_in_the_throttles_line(tmp_path: Path) -> None:
    """Creates held by a `max_rate`: `stop()` sends none of them (they end
    `skipped`), and a cancellation ends them `cancelled` (nothing was sent), not
    `unknown`; the journal says they made nothing, so a resume creates them."""
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    targets = seed(fake, 1, 12)
    journal = tmp_path / "run.journal"
    made = asyncio.Event()  # two of a run's targets have a deployment (waited on, not polled: time is virtual)

    def progress(result: DeployResult) -> None:
        if sum(r.deployment is not None for r in run.results) >= 2:
            made.set()

    async with fake.client(max_rate=1) as dhq:
        run = dhq.deployments.start_many(targets, BulkOptions(concurrency=4, wait=False), on_progress=progress)
        task = asyncio.ensure_future(run)
        await made.wait()
        run.stop()
        stopped = await task
        assert Counter(r.status for r in stopped) == {"completed": 2, "skipped": 10}

        made.clear()
        options = BulkOptions(concurrency=4, wait=False, journal=journal)
        run = dhq.deployments.start_many(targets[2:], options, on_progress=progress)
        task = asyncio.ensure_future(run)
        await made.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        statuses = [r.status for r in run.results]
        assert statuses.count("completed") == 2 and "unknown" not in statuses
        assert statuses.count("cancelled") + statuses.count("skipped") == 8 and "cancelled" in statuses
        assert per_target(fake, targets[2:]) == [int(s == "completed") for s in statuses]

        resumed = await dhq.deployments.deploy_many(targets[2:], concurrency=4, wait=False, journal=journal)
    assert all(r.ok for r in resumed) and per_target(fake, targets) == [1] * 12
