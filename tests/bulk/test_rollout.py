"""Rollouts on virtual time against the fake: waves, failure budgets, bake and
gate, pauses, rollback and plans."""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from deployhq_async import BulkOptions, ConfigurationError, DeploymentStatus, DeployTarget
from deployhq_async.bulk import RolloutOptions, WaveResult, plan_waves
from deployhq_async.testing import AutojumpClock, FakeDeployHQ


def fleet(
    fake: FakeDeployHQ, count: int, *, failing: tuple[int, ...] = (), revision: str = "new"
) -> list[DeployTarget]:
    project = fake.add_project("Shop")
    servers = [fake.add_server(project, f"web-{n}", fail_deployments=n in failing) for n in range(count)]
    return [DeployTarget("shop", s.identifier, "new") for s in servers]


def made(fake: FakeDeployHQ, revision: str = "new") -> int:
    return sum(d.end_revision == revision for d in fake.deployments())


@pytest.mark.parametrize(
    ("total", "waves", "sizes"),
    [
        (10, [1, "25%"], [1, 3, 3, 3]),
        (40, [1, 5, "20%"], [1, 5, 8, 8, 8, 8, 2]),
        (10, ["100%"], [10]),
        (3, [1, "10%"], [1, 1, 1]),  # a percentage rounds up, to at least one
        (10, [2, "pause", "100%"], [2, "pause", 8]),
        (5, ["pause", 2], ["pause", 2, 2, 1]),
        (4, [1, "pause", "pause", 9, "pause"], [1, "pause", 3]),  # pauses collapse; none after the last wave
    ],
)
def test_waves_follow_ansibles_serial(total: int, waves: list[Any], sizes: list[Any]) -> None:
    steps = plan_waves(total, waves)
    assert [s if s == "pause" else len(s) for s in steps] == sizes
    assert [i for s in steps if s != "pause" for i in s] == list(range(total))


@pytest.mark.parametrize("waves", [[], [0], ["pause"], ["120%"], ["ten"], [True], "100%", [-1]])
def test_malformed_waves_are_refused_before_anything_is_sent(waves: Any) -> None:
    with pytest.raises(ConfigurationError):
        RolloutOptions(waves=waves).check()


async def test_a_failure_in_the_first_wave_with_no_budget_sends_no_later_wave() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=5, running_seconds=30)
    targets = fleet(fake, 8, failing=(0,))
    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, RolloutOptions(waves=[1, "50%"], max_failures=0))
    assert result.status == "stopped" and "max_failures=0" in str(result.reason)
    assert len(result.waves) == 1 and result.waves[0].failures == 1
    assert made(fake) == 1  # exactly one deployment exists
    assert [r.status for r in result.results[1:]] == [DeploymentStatus.SKIPPED] * 7  # never sent, as in bulk


async def test_a_failure_budget_reached_mid_rollout_stops_the_next_wave() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=5, running_seconds=30)
    targets = fleet(fake, 10, failing=(3, 4))
    options = RolloutOptions(waves=[1, 4, "100%"], max_fail_percentage=20)
    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, options)
    assert [len(w.targets) for w in result.waves] == [1, 4]
    assert [w.failures for w in result.waves] == [0, 2]
    assert result.status == "stopped" and "2 of 5 targets failed (40.0%)" in str(result.reason)
    assert made(fake) == 5


async def test_bake_then_gate_between_waves_and_a_false_gate_stops() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=5, running_seconds=30)
    targets = fleet(fake, 6)
    seen: list[tuple[int, int, float]] = []

    async def gate(wave: WaveResult) -> bool:
        assert wave.finished_at is not None
        seen.append((wave.number, len(wave.results), clock.monotonic() - wave.finished_at))
        return wave.number < 2

    options = RolloutOptions(waves=[1, 2], bake=600, gate=gate)
    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, options)
    assert seen == [(1, 1, pytest.approx(600, abs=1)), (2, 2, pytest.approx(600, abs=1))]
    assert [w.gate for w in result.waves] == [True, False]
    assert result.status == "stopped" and result.reason == "the gate stopped the rollout after wave 2"
    assert result.interrupted is False  # the gate stopped it, not the caller
    assert made(fake) == 3
    first, second = result.waves
    assert second.started_at is not None and first.finished_at is not None
    assert second.started_at - first.finished_at == pytest.approx(600, abs=1)  # baked, then gated


async def test_a_gate_that_raises_stops_the_rollout_saying_why() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    targets = fleet(fake, 3)

    async def gate(wave: WaveResult) -> bool:
        raise RuntimeError("metrics backend down")

    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, RolloutOptions(waves=[1], gate=gate))
    assert result.status == "stopped" and result.reason == "the gate raised RuntimeError: metrics backend down"
    assert made(fake) == 1


async def test_a_pause_waits_for_promote() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    targets = fleet(fake, 5)
    async with fake.client() as dhq:
        run = dhq.deployments.start_rollout(targets, RolloutOptions(waves=[1, "pause", "100%"]))
        task = asyncio.ensure_future(run)
        while not run.paused:
            await fake.clock.sleep(1)
        await fake.clock.sleep(3600)  # an hour on the virtual clock: still paused
        assert run.paused and made(fake) == 1 and not task.done()
        run.promote()
        result = await task
    assert result.status == "completed" and made(fake) == 5
    assert all(r.status == DeploymentStatus.COMPLETED for r in result.results)


async def test_stop_at_a_pause_ends_the_rollout_without_a_rollback() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    targets = fleet(fake, 4)
    async with fake.client() as dhq:
        run = dhq.deployments.start_rollout(targets, RolloutOptions(waves=[2, "pause"], on_failure="rollback"))
        task = asyncio.ensure_future(run)
        while not run.paused:
            await fake.clock.sleep(1)
        run.stop()
        result = await task
    assert (result.status, result.reason, result.interrupted) == ("stopped", "stopped by the caller at a pause", True)
    assert made(fake) == 2 and not any(result.rollbacks)


async def deployed_before(fake: FakeDeployHQ, targets: list[DeployTarget], revision: str) -> None:
    """Every target's server had `revision` deployed before the rollout."""
    async with fake.client() as dhq:
        results = await dhq.deployments.deploy_many(
            [DeployTarget(t.project, t.parent_identifier, revision) for t in targets]
        )
    assert all(r.ok for r in results)


async def test_rollback_returns_the_changed_targets_of_the_failed_wave_to_their_previous_revision() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=5, running_seconds=30)
    targets = fleet(fake, 6)
    await deployed_before(fake, targets[:5], "old")  # web-5 never had a deployment
    options = RolloutOptions(waves=[1, 2, "100%"], max_failures=0, on_failure="rollback")
    fake.projects["shop"].servers[targets[2].parent_identifier].fail_deployments = True
    fake.requests.clear()  # what the rollout sends
    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, options)
    assert result.previous == ["old"] * 5 + [None]
    # web-2 fails every deployment, its rollback too: the rollout says so, and where it is.
    assert result.status == "rollback_failed" and [len(w.targets) for w in result.waves] == [1, 2]
    assert "1 of 2 rollbacks did not complete" in str(result.reason)
    assert f"{targets[2].parent_identifier} of shop (rollback to old ended failed" in str(result.reason)
    assert targets[1].parent_identifier not in str(result.reason)
    # Wave 2 (targets 1 and 2) failed: both changed, both go back; wave 1 stays (scope "wave").
    rolled = [i for i, r in enumerate(result.rollbacks) if r is not None]
    assert rolled == [1, 2]
    for index in rolled:
        back = result.rollbacks[index]
        assert back is not None and back.target.end_revision == "old" and back.deployment is not None
    assert made(fake, "new") == 3 and made(fake, "old") == 5 + 2
    # The waves went from each server's previous revision; each rollback from the
    # revision the rollout deployed there (the changes back, not the whole branch).
    sent = [(d.parent_identifier, d.start_revision, d.end_revision) for d in fake.deployments()]
    assert [(p, start) for p, start, end in sent if end == "new"] == [(t.parent_identifier, "old") for t in targets[:3]]
    rollbacks = [(p, start) for p, start, end in sent if end == "old" and start]
    assert rollbacks == [(targets[1].parent_identifier, "new"), (targets[2].parent_identifier, "new")]
    assert fake.deployments()[-1].files == ["index.html"]  # what "new" changed, not every file
    # The servers and groups were listed once, when the rollout began: no look-up per target or wave.
    assert (fake.count("GET", "/projects/shop/servers"), fake.count("GET", "/projects/shop/servers/*")) == (1, 0)


async def test_rollback_scope_all_takes_back_the_earlier_waves_too() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=5, running_seconds=30)
    targets = fleet(fake, 4)
    await deployed_before(fake, targets, "old")

    async def healthy(wave: WaveResult) -> bool:
        return wave.number < 2  # the second wave's metrics say no

    options = RolloutOptions(waves=[1, 1, "100%"], gate=healthy, on_failure="rollback", rollback_scope="all")
    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, options)
    assert result.status == "rolled_back" and result.reason == "the gate stopped the rollout after wave 2"
    assert [r is not None and r.status == "completed" for r in result.rollbacks] == [True, True, False, False]


async def test_a_plan_creates_nothing_and_says_what_would_change() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=5, running_seconds=30)
    targets = fleet(fake, 5)
    await deployed_before(fake, targets[:2], "old")
    before = len(fake.deployments())
    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, RolloutOptions(waves=[1, "50%"], plan=True))
    assert result.status == "planned" and len(fake.deployments()) == before
    assert [w.targets for w in result.waves] == [[0], [1, 2, 3], [4]]
    assert result.previous == ["old", "old", None, None, None]
    assert [t.end_revision for t in result.targets] == ["new"] * 5


async def test_a_plan_with_previews_makes_only_preview_deployments() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=5, running_seconds=30)
    targets = fleet(fake, 3)
    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, RolloutOptions(plan=True, preview=True))
        listed = await dhq.deployments.list("shop").collect()
    assert [d.mode for d in fake.deployments()] == ["preview"] * 3
    assert [p.status if p else None for p in result.previews] == [DeploymentStatus.PREVIEW_READY] * 3
    assert listed == []  # DeployHQ leaves previews out of its listing


def test_a_rollout_checks_its_options_before_anything_is_sent() -> None:
    fake = FakeDeployHQ()
    targets = fleet(fake, 2)
    client = fake.client()
    for bad in (
        {"max_failures": -1},
        {"max_fail_percentage": 150},
        {"bake": -5},
        {"on_failure": "panic"},
        {"preview": True},
    ):
        with pytest.raises((ConfigurationError, ValueError)):
            client.deployments.start_rollout(targets, RolloutOptions(**bad))
    assert fake.requests == []


async def test_chaos_a_rollout_of_200_targets_in_four_waves() -> None:
    """The bulk chaos runs' faults across a rollout: no duplicate, every result final."""
    from test_run_faults import assert_honest, break_creates, per_target

    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=20, running_seconds=60, seed=7)
    targets = []
    for p in range(4):
        project = fake.add_project(f"Fleet {p}")
        targets += [
            DeployTarget(project.permalink, fake.add_server(project, f"node-{s}").identifier, f"rev-{p}-{s}")
            for s in range(50)
        ]
    break_creates(fake, reset_after=0.04)
    options = RolloutOptions(waves=["5%", "20%", "35%", "40%"], bulk=BulkOptions(concurrency=20, poll_interval=5))
    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, options)
    assert [len(w.targets) for w in result.waves] == [10, 40, 70, 80]
    assert result.status == "completed", result.reason
    assert_honest(fake, targets, result.results)
    assert max(per_target(fake, targets)) == 1  # no duplicate
    finals = {DeploymentStatus.COMPLETED, DeploymentStatus.FAILED, DeploymentStatus.UNKNOWN, DeploymentStatus.ERROR}
    assert all(r.status in finals for r in result.results)
    assert sum(r.adopted for r in result.results) >= 3


async def test_a_rollout_killed_in_its_second_wave_resumes_there_from_its_journal(tmp_path: Path) -> None:
    """Cancelled in wave 2 (as a killed process stops: its journals are on disk),
    then run again: wave 1 is not deployed again, wave 2 resumes, and every
    target has one deployment; the revisions to roll back to are the first run's."""
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=5, running_seconds=30)
    targets = fleet(fake, 6)
    await deployed_before(fake, targets, "old")
    journal = tmp_path / "release.journal"
    options = RolloutOptions(waves=[1, 2, "100%"], bake=60, journal=journal)
    async with fake.client() as dhq:
        run = dhq.deployments.start_rollout(targets, options)
        task = asyncio.ensure_future(run)
        while made(fake) < 2:  # wave 1 done and baked; wave 2 under way
            await clock.sleep(0.5)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert made(fake) in (2, 3)
        with pytest.raises(ConfigurationError, match="belongs to another rollout"):
            dhq.deployments.start_rollout(targets[:2], RolloutOptions(journal=journal))  # another list: refused
        again = await dhq.deployments.rollout(targets, options)
    assert again.status == "completed"
    assert again.previous == ["old"] * 6  # read by the first run, before it deployed
    per_server = Counter(d.parent_identifier for d in fake.deployments() if d.end_revision == "new")
    assert len(per_server) == 6 and set(per_server.values()) == {1}
    assert again.results[0].adopted  # wave 1 was found, not deployed again
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "release.journal",
        "release.journal.wave-1",
        "release.journal.wave-2",
        "release.journal.wave-3",
    ]


async def test_an_on_wave_that_raises_stops_the_rollout_after_that_wave() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    targets = fleet(fake, 4)
    told: list[int] = []

    def on_wave(wave: WaveResult) -> None:
        told.append(wave.number)
        raise KeyError("dashboard")

    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, RolloutOptions(waves=[1], on_wave=on_wave))
    assert told == [1] and made(fake) == 1
    assert (result.status, result.reason) == ("stopped", "on_wave raised KeyError: 'dashboard'")


async def test_a_rollback_that_fails_ends_rollback_failed_naming_where_each_target_was_left() -> None:
    """The wave completes, the gate says no, and the deployment back fails on one
    server: the rollout is not `rolled_back` (that target stays on the new revision)."""
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    targets = fleet(fake, 3)
    await deployed_before(fake, targets, "old")

    async def gate(wave: WaveResult) -> bool:
        fake.projects["shop"].servers[targets[1].parent_identifier].fail_deployments = True
        return False

    options = RolloutOptions(waves=[2, "100%"], gate=gate, on_failure="rollback")
    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, options)
    assert result.status == "rollback_failed"
    assert [r.status if r else None for r in result.rollbacks] == ["completed", "failed", None]
    assert result.reason == (
        "the gate stopped the rollout after wave 1; 1 of 2 rollbacks did not complete: "
        f"{targets[1].parent_identifier} of shop (rollback to old ended failed; the rollout's deployment of new "
        "there ended completed)"
    )


async def test_stop_ends_a_rollout_whose_gate_never_answers() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    targets = fleet(fake, 4)
    asked = asyncio.Event()
    cancelled: list[bool] = []

    async def gate(wave: WaveResult) -> bool:
        asked.set()
        try:
            await asyncio.Event().wait()  # the metrics backend hangs
        except asyncio.CancelledError:
            cancelled.append(True)
            raise
        return True

    async with fake.client() as dhq:
        run = dhq.deployments.start_rollout(targets, RolloutOptions(waves=[1, "100%"], gate=gate))
        task = asyncio.ensure_future(run)
        await asked.wait()
        run.stop()
        result = await task
        await asyncio.sleep(0)  # the gate's task sees its cancellation
    assert (result.status, result.reason) == ("stopped", "stopped by the caller at the gate")
    assert made(fake) == 1 and cancelled == [True] and result.waves[0].gate is False


async def test_a_gate_with_no_answer_within_gate_timeout_stops_the_rollout() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=1, running_seconds=1)
    targets = fleet(fake, 4)

    asked: list[float] = []

    async def gate(wave: WaveResult) -> bool:
        asked.append(clock.monotonic())
        await asyncio.Event().wait()  # the metrics backend never answers
        return True

    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(
            targets, RolloutOptions(waves=[1, "100%"], gate=gate, gate_timeout=30, on_failure="rollback")
        )
        took = clock.monotonic() - asked[0]
    assert (result.status, result.reason) == ("stopped", "the gate gave no answer within gate_timeout=30 s")
    assert made(fake) == 1 and 30 <= took < 31 and result.waves[0].gate is False
    with pytest.raises(ConfigurationError, match="gate_timeout"):
        RolloutOptions(gate=gate, gate_timeout=-1).check()


async def test_a_promote_sent_while_a_wave_runs_does_not_release_the_pause_after_it() -> None:
    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=5, running_seconds=5)
    targets = fleet(fake, 4)
    async with fake.client() as dhq:
        run = dhq.deployments.start_rollout(targets, RolloutOptions(waves=[1, "pause", "100%"]))
        task = asyncio.ensure_future(run)
        while made(fake) < 1:
            await clock.sleep(0.5)
        assert run.promote() is False  # wave 1 is running: nothing is waiting
        while not run.paused:
            await clock.sleep(0.5)
        await clock.sleep(3600)
        assert run.paused and made(fake) == 1  # the early promote released nothing
        assert run.promote() is True
        result = await task
    assert result.status == "completed" and made(fake) == 4


async def test_a_rollout_journal_torn_in_its_header_is_begun_again(tmp_path: Path) -> None:
    """A crash tore the header's write: the rollout begins again, its header on a
    line of its own, and a later run resumes from it."""
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    targets = fleet(fake, 3)
    await deployed_before(fake, targets, "old")
    journal = tmp_path / "release.journal"
    journal.write_text('{"journal": "deployhq-async rollout", "vers')
    options = RolloutOptions(waves=[1, "100%"], journal=journal)
    async with fake.client() as dhq:
        first = await dhq.deployments.rollout(targets, options)
        again = await dhq.deployments.rollout(targets, options)
    assert first.status == again.status == "completed"
    assert again.previous == ["old"] * 3 and made(fake) == 3  # resumed: nothing deployed twice
    lines = journal.read_text().splitlines()
    assert lines[0] == '{"journal": "deployhq-async rollout", "vers'
    assert json.loads(lines[1])["previous"] == ["old"] * 3


async def test_on_progress_sees_each_waves_targets_change_in_the_order_they_change() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=10)
    targets = fleet(fake, 3)
    seen: list[tuple[str, str]] = []
    options = RolloutOptions(
        waves=[1, "100%"], on_progress=lambda r: seen.append((r.target.parent_identifier, str(r.status)))
    )
    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, options)
    assert result.status == "completed"
    first = [status for server, status in seen if server == targets[0].parent_identifier]
    assert first == ["creating", "pending", "running", "completed"]
    # The first wave's target finished before the second wave's were told of anything.
    assert seen.index((targets[0].parent_identifier, "completed")) < min(
        i for i, (server, _) in enumerate(seen) if server != targets[0].parent_identifier
    )
    assert Counter(status for _, status in seen) == {"creating": 3, "pending": 3, "running": 3, "completed": 3}


async def test_an_on_progress_that_raises_stops_the_rollout_as_stop_does_saying_why() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    targets = fleet(fake, 4)

    def on_progress(result: Any) -> None:
        if result.status == DeploymentStatus.COMPLETED:
            raise KeyError("dashboard")

    async with fake.client() as dhq:
        result = await dhq.deployments.rollout(targets, RolloutOptions(waves=[1, "100%"], on_progress=on_progress))
    assert (result.status, result.reason) == ("stopped", "on_progress raised KeyError: 'dashboard'")
    assert result.interrupted and made(fake) == 1  # no later wave
    assert [r.status for r in result.results] == [DeploymentStatus.COMPLETED] + [DeploymentStatus.SKIPPED] * 3
