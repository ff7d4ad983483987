"""Rollouts: a bulk deployment in waves, each wave a bulk run (with every
guarantee of one), with a failure budget, a bake time and a gate between
waves, and pauses that wait for `promote()`.

    run = dhq.deployments.start_rollout(targets, RolloutOptions(waves=[1, "25%", "100%"], max_failures=0))
    result = await run

Waves follow Ansible's `serial`: each entry is a count or a percentage of all
targets (rounded up, at least 1), the last one repeating until every target
had its wave; a `"pause"` entry waits for `run.promote()` before the next.
"""

from __future__ import annotations

import asyncio
import dataclasses
import math
import os
import re
from collections.abc import Awaitable, Callable, Generator, Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal

from .._config import check_choice, check_count, check_percentage, check_seconds
from .._status import DeploymentStatus
from .._words import counted
from ..errors import BulkCallbackError, ConfigurationError
from ._redis_log import is_redis
from ._rollout_journal import RedisRolloutJournal, RolloutJournal
from ._run import BulkRun
from ._targets import BulkOptions, DeployResult, DeployTarget, check_callback, check_journal, check_targets

if TYPE_CHECKING:
    from ._port import DeployHQPort

PAUSE = "pause"
RolloutStatus = Literal["running", "completed", "stopped", "rolled_back", "rollback_failed", "planned"]
OnFailure = Literal["stop", "rollback"]
RollbackScope = Literal["wave", "all"]
_PERCENT = re.compile(r"^(\d+(?:\.\d+)?)%$")


@dataclass
class WaveResult:
    """One wave: its targets (positions in the rollout's list), their results,
    how many failed, when it ran (the client's monotonic clock), and the gate's
    answer (None without a gate)."""

    number: int
    targets: list[int]
    results: list[DeployResult] = field(default_factory=list)
    started_at: float | None = None
    finished_at: float | None = None
    gate: bool | None = None

    @property
    def failures(self) -> int:
        return sum(_failed(r) for r in self.results)


@dataclass
class RolloutResult:
    """The rollout: `status` is `running`, `completed` (every wave ran within
    the failure budget), `stopped` (failures beyond the budget, the gate or the
    caller stopped it: see `reason`),
    `rolled_back` (stopped, then every changed target was deployed its
    previous revision), `rollback_failed` (stopped, and a rollback deployment
    did not complete: `reason` names each such target and where it was left)
    or `planned`; `waves` the waves that ran (all of them,
    unsent, for a plan); `results` one per target, in the order given (a
    target whose wave never started stays `waiting`); `previous` the revision
    each target's server or group had before the rollout (None when DeployHQ
    did not say); `rollbacks` per target, the result of the deployment that
    took it back (None where none was made); `previews` per target, its
    preview deployment's result (a plan with `preview=True`); `interrupted`
    whether the caller stopped it (`stop()`), not failures or the gate."""

    targets: list[DeployTarget]
    waves: list[WaveResult]
    results: list[DeployResult]
    status: RolloutStatus = "running"
    reason: str | None = None
    previous: list[str | None] = field(default_factory=list)
    rollbacks: list[DeployResult | None] = field(default_factory=list)
    previews: list[DeployResult | None] = field(default_factory=list)
    # True when the caller stopped it (`stop()`, or a pause it did not promote),
    # not failures or the gate.
    interrupted: bool = False

    @property
    def failures(self) -> int:
        return sum(_failed(r) for r in self.results)


Gate = Callable[[WaveResult], Awaitable[bool]]


@dataclass(frozen=True)
class RolloutOptions:
    """How a rollout runs, checked before anything is sent.

    Args:
        waves: wave sizes, each a count or a percentage (`"25%"`) of all
            targets, or `"pause"`; the last size repeats.
        max_failures: once more targets than this failed, no later wave starts
            (and the rollout ends `stopped`, also after its last wave).
        max_fail_percentage: once more than this share of the targets sent so
            far failed, likewise.
        bake: seconds (the client's clock) after a wave's deployments all
            finished before the next wave may start.
        gate: an async callable given the wave's result after the bake; False
            (or an exception) stops the rollout.
        gate_timeout: seconds (the client's clock) the gate may take; no
            answer by then stops the rollout as False does (None: no bound).
        on_failure: `"stop"`, or `"rollback"`: when failures or the gate stop
            the rollout, deploy to every target of the failed wave that
            changed (with `rollback_scope="all"`, of the earlier waves too)
            the revision its server or group had before the rollout.
        rollback_scope: `"wave"` or `"all"`.
        plan: send nothing; the result lists the waves as they would run,
            with each target's current revision (`previous`).
        preview: with `plan`, have DeployHQ work out what each target would
            change: one `mode="preview"` deployment per target, never a real one.
        on_wave: a plain function given each wave's result when it finished
            (before the bake); if it raises, the rollout stops, saying why.
        on_progress: a plain function told of every change of a target's
            status in a wave, as `deploy_many`'s `on_progress` is (a rollback's
            deployments are not told); if it raises, the rollout stops as
            `stop()` stops it, its reason naming the error.
        journal: a file (and beside it one per wave), or a Redis journal's
            location (`redis://host:6379/0/<name>`, the `redis` extra), recording the revisions
            to roll back to, each wave's creates and the waves that passed: a
            rollout killed at any moment, run again with the same targets and
            journal, resumes in the wave it was in without deploying a wave
            again (a wave that passed is not baked or gated again).
        bulk: how each wave runs (concurrency, timeouts, polls); its `wait`
            must stay True, and a journal is not supported yet.
    """

    waves: Sequence[int | str] = (1, "25%", "100%")
    max_failures: int | None = None
    max_fail_percentage: float | None = None
    bake: float = 0.0
    gate: Gate | None = None
    gate_timeout: float | None = None
    on_failure: OnFailure = "stop"
    rollback_scope: RollbackScope = "wave"
    plan: bool = False
    preview: bool = False
    on_wave: Callable[[WaveResult], None] | None = None
    on_progress: Callable[[DeployResult], None] | None = None
    journal: str | os.PathLike[str] | None = None
    bulk: BulkOptions = field(default_factory=BulkOptions)

    def check(self) -> None:
        """Raises `ConfigurationError` naming the first option that is wrong."""
        self._check_waves()
        if self.max_failures is not None:
            check_count("max_failures", self.max_failures, allow_zero=True)
        check_percentage("max_fail_percentage", self.max_fail_percentage)
        check_seconds("bake", self.bake, allow_zero=True)
        if self.gate_timeout is not None:
            check_seconds("gate_timeout", self.gate_timeout)
        check_choice("on_failure", self.on_failure, ("stop", "rollback"))
        check_choice("rollback_scope", self.rollback_scope, ("wave", "all"))
        if self.preview and not self.plan:
            raise ConfigurationError("preview=True goes with plan=True (a rollout deploys for real)")
        if self.gate is not None and not callable(self.gate):
            raise ConfigurationError(f"gate must be an async function, not {type(self.gate).__name__}")
        check_callback("on_wave", self.on_wave)
        check_callback("on_progress", self.on_progress)
        self._check_bulk()
        check_journal(self.journal)
        if self.journal is not None and self.plan:
            raise ConfigurationError("a plan sends nothing: it takes no journal")

    def _check_waves(self) -> None:
        if isinstance(self.waves, (str, bytes)) or not self.waves:
            raise ConfigurationError('waves must be a list of sizes, such as [1, "25%", "100%"]')
        if all(w == PAUSE for w in self.waves):
            raise ConfigurationError("waves needs at least one size besides pauses")
        for wave in self.waves:
            _size(wave, 1)  # raises for a malformed entry

    def _check_bulk(self) -> None:
        """Each wave's bulk options: followed to the end, journaled by the rollout."""
        if not isinstance(self.bulk, BulkOptions):
            raise ConfigurationError(f"bulk must be a BulkOptions, not {type(self.bulk).__name__}")
        self.bulk.check()
        if not self.bulk.wait:
            raise ConfigurationError("a rollout follows each wave to its end: bulk=BulkOptions(wait=True)")
        if self.bulk.journal is not None:
            raise ConfigurationError("give the rollout its journal (RolloutOptions.journal), not each wave")


def plan_waves(total: int, waves: Sequence[int | str]) -> list[list[int] | str]:
    """The rollout's steps for `total` targets: lists of target positions, and
    `"pause"` markers between them. Raises `ConfigurationError` for a
    malformed size."""
    steps: list[list[int] | str] = []
    sizes = [w for w in waves if w != PAUSE]
    next_target, index = 0, 0
    while next_target < total:
        entry = waves[index] if index < len(waves) else sizes[-1]
        index += 1
        if entry == PAUSE:
            if not steps or steps[-1] != PAUSE:
                steps.append(PAUSE)
            continue
        count = _size(entry, total)
        steps.append(list(range(next_target, min(total, next_target + count))))
        next_target += count
    while steps and steps[-1] == PAUSE:
        steps.pop()
    return steps


def _size(entry: int | str, total: int) -> int:
    if entry == PAUSE:
        return 0
    if isinstance(entry, int) and not isinstance(entry, bool):
        if entry < 1:
            raise ConfigurationError(f"a wave size must be at least 1, not {entry}")
        return entry
    match = _PERCENT.match(entry) if isinstance(entry, str) else None
    if match is None or not 0 < float(match.group(1)) <= 100:
        raise ConfigurationError(f'a wave is a count, a percentage such as "25%" or "pause", not {entry!r}')
    return max(1, math.ceil(total * float(match.group(1)) / 100 - 1e-9))


def _failed(result: DeployResult) -> bool:
    """A target that was sent and did not end well (waiting and skipped do not count)."""
    if result.status in (DeploymentStatus.WAITING, DeploymentStatus.SKIPPED):
        return False
    return not result.ok


class RolloutRun:
    """A rollout: `result = await run`. `run.result` can be read at any moment;
    `promote()` lets a paused rollout go on; `stop()` ends it in any wait (a
    pause, the bake, the gate), starts no further wave and stops the current
    one as `BulkRun.stop()` does."""

    def __init__(self, port: DeployHQPort, targets: Iterable[DeployTarget], options: RolloutOptions) -> None:
        """Raises `ConfigurationError`, `TypeError` or `ValueError` for a bad
        option or target; nothing is sent before."""
        options.check()
        targets = list(targets)
        check_targets(targets)
        self.options = options
        self._port = port
        self._clock = port.clock
        self._steps = plan_waves(len(targets), options.waves)
        sizes = [step for step in self._steps if isinstance(step, list)]
        waves = [WaveResult(number, step) for number, step in enumerate(sizes, start=1)]
        self.result = RolloutResult(targets, waves if options.plan else [], [DeployResult(t) for t in targets])
        self._planned = waves
        self._promoted = asyncio.Event()
        self._stopped = asyncio.Event()
        self._current: BulkRun | None = None
        self._waiting_at_pause = False
        self._failed_out = False
        self._progress_error: str | None = None  # why on_progress stopped the rollout
        self._started = False
        # A journal in Redis is opened (its lease taken) when the rollout starts: that needs the loop.
        journal = options.journal
        self._journal_at = journal if isinstance(journal, str) and is_redis(journal) else None
        self._journal: RolloutJournal | None = None
        if journal is not None and self._journal_at is None:
            self._journal = RolloutJournal.open(journal, targets)

    def __await__(self) -> Generator[Any, None, RolloutResult]:
        return self.run().__await__()

    def promote(self) -> bool:
        """Let a rollout waiting at a pause start its next wave; returns whether
        one was waiting. A promote at any other moment (a wave running, the
        bake) is ignored: it never releases a pause still to come."""
        if not self._waiting_at_pause:
            return False
        self._promoted.set()
        return True

    def stop(self) -> None:
        """Start no further wave; the current one stops launching and following."""
        self._stopped.set()
        if self._current is not None:
            self._current.stop()

    @property
    def paused(self) -> bool:
        """Waiting at a pause for `promote()`."""
        return self._waiting_at_pause

    async def run(self) -> RolloutResult:
        if self._started:
            raise RuntimeError("a rollout runs once")
        self._started = True
        if self._journal_at is not None:
            self._journal = await RedisRolloutJournal.open_at(self._journal_at, self.result.targets)
        try:
            with self._port.tracing.span("deployhq rollout", {"deployhq.targets": len(self.result.targets)}) as span:
                result = await self._run()
                if span is not None:
                    span.set_attribute("deployhq.status", result.status)
                return result
        finally:
            if self._journal is not None:
                await self._journal.aclose()

    async def _run(self) -> RolloutResult:
        result = self.result
        journal = self._journal
        if journal is not None and journal.previous is not None:
            result.previous = list(journal.previous)  # what the first run saw, not what it deployed since
        else:
            result.previous = await self._revisions()
            if journal is not None:
                await journal.begin(result.targets, result.previous)
        if self.options.plan:
            if self.options.preview:
                await self._previews()
            result.status = "planned"
            return result
        await self._waves()
        if result.status == "stopped" and self._failed_out and self.options.on_failure == "rollback":
            await self._roll_back()
        return result

    async def _waves(self) -> None:
        result = self.result
        waves = iter(self._planned)
        for step in self._steps:
            if self._stopped.is_set():
                self._stop("stopped by the caller")
                return
            if step == PAUSE:
                if not await self._pause():
                    self._stop("stopped by the caller at a pause")
                    return
                continue
            wave = next(waves)
            result.waves.append(wave)
            await self._run_wave(wave)
            if self._progress_error is not None:
                self._stop(self._progress_error)
                return
            reason = self._told(wave) or self._exceeded()
            if reason is not None:
                self._stop(reason, failed=True)
                return
            if wave is self._planned[-1]:
                break  # bake and gate decide whether a later wave starts: there is none
            if not await self._passed(wave):
                return
        if self._stopped.is_set():
            self._stop("stopped by the caller")
            return
        result.status = "completed"

    async def _passed(self, wave: WaveResult) -> bool:
        """A wave within the budget: its bake and gate (an earlier run's pass
        counts), then recorded in the journal. False when the rollout stopped."""
        if self._journal is not None and wave.number in self._journal.passed:
            return True  # an earlier run baked and gated it
        if self.options.bake and not await self._sleep(self.options.bake):
            self._stop("stopped by the caller while baking")
            return False
        if self.options.gate is not None:
            gate = await self._gate(wave)
            if self._stopped.is_set():
                self._stop("stopped by the caller at the gate")
                return False
            if gate is not None:
                self._stop(gate, failed=True)
                return False
        if self._journal is not None:
            await self._journal.passed_wave(wave.number)
        return True

    async def _run_wave(self, wave: WaveResult) -> None:
        wave.started_at = self._clock.monotonic()
        targets = [self._sent(i) for i in wave.targets]
        self._current = BulkRun(
            self._port, targets, self._bulk(f"wave-{wave.number}"), on_progress=self.options.on_progress
        )
        try:
            results = await self._current
        except BulkCallbackError as exc:  # the wave stopped as stop() stops it: so does the rollout
            results = exc.results
            cause = exc.__cause__
            self._progress_error = f"on_progress raised {type(cause).__name__}: {cause}"
            self._stopped.set()
        finally:
            self._current = None
        wave.results = results
        for index, result in zip(wave.targets, results, strict=True):
            self.result.results[index] = result
        wave.finished_at = self._clock.monotonic()

    def _exceeded(self) -> str | None:
        """Why no later wave may start, or None."""
        failures = self.result.failures
        sent = sum(len(w.targets) for w in self.result.waves)
        limit = self.options.max_failures
        if limit is not None and failures > limit:
            return f"{counted(failures, 'target')} failed, more than max_failures={limit}"
        share = self.options.max_fail_percentage
        if share is not None and sent and failures * 100 / sent > share:
            return (
                f"{failures} of {counted(sent, 'target')} failed ({failures * 100 / sent:.1f}%), "
                f"more than max_fail_percentage={share:g}"
            )
        return None

    def _bulk(self, part: str) -> BulkOptions:
        """A bulk run's options for one part of the rollout (with its own
        journal beside the rollout's)."""
        if self._journal is None:
            return self.options.bulk
        return dataclasses.replace(self.options.bulk, journal=self._journal.beside(part))

    def _told(self, wave: WaveResult) -> str | None:
        """Tell `on_wave`; why the rollout stops if it raised, else None."""
        if self.options.on_wave is None:
            return None
        try:
            self.options.on_wave(wave)
        except Exception as exc:
            return f"on_wave raised {type(exc).__name__}: {exc}"
        return None

    async def _gate(self, wave: WaveResult) -> str | None:
        """The gate's verdict on `wave`: None to go on, else why the rollout
        stops (a gate cut short by `stop()` is cancelled and says nothing)."""
        assert self.options.gate is not None
        if self._stopped.is_set():
            return None
        timeout = self.options.gate_timeout
        answered = await self._first(self.options.gate(wave), timeout)
        if answered is None:
            wave.gate = False
            return None if self._stopped.is_set() else f"the gate gave no answer within gate_timeout={timeout:g} s"
        try:
            verdict = answered.result()
        except Exception as exc:
            wave.gate = False
            return f"the gate raised {type(exc).__name__}: {exc}"
        wave.gate = bool(verdict)
        return None if verdict else f"the gate stopped the rollout after wave {wave.number}"

    async def _pause(self) -> bool:
        """Wait for `promote()` (True) or `stop()` (False)."""
        self._waiting_at_pause = True
        try:
            return await self._first(self._promoted.wait()) is not None
        finally:
            self._waiting_at_pause = False
            self._promoted.clear()

    async def _sleep(self, seconds: float) -> bool:
        return await self._first(self._clock.sleep(seconds)) is not None

    async def _first(self, awaitable: Awaitable[Any], timeout: float | None = None) -> asyncio.Future[Any] | None:
        """Wait for `awaitable`, `stop()` or `timeout` seconds (the client's
        clock), whichever comes first: `awaitable`'s future when it finished
        first, else None (it is cancelled)."""
        waiting = asyncio.ensure_future(awaitable)
        others: set[asyncio.Future[Any]] = {asyncio.ensure_future(self._stopped.wait())}
        if timeout is not None:
            others.add(asyncio.ensure_future(self._clock.sleep(timeout)))
        try:
            await asyncio.wait({waiting, *others}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for future in (waiting, *others):
                future.cancel()
            await asyncio.wait(others)  # ours end here; a gate that ignores its cancellation is the caller's
        return waiting if waiting.done() and not waiting.cancelled() and not self._stopped.is_set() else None

    def _stop(self, reason: str, *, failed: bool = False) -> None:
        """The rollout stops; `failed` when failures or the gate stopped it (a
        rollback may follow), not the caller."""
        self.result.status = "stopped"
        self.result.reason = reason
        for result in self.result.results:  # never sent: as a bulk run calls them
            if result.status == DeploymentStatus.WAITING:
                result.status = DeploymentStatus.SKIPPED
        self.result.interrupted = not failed
        self._failed_out = failed

    # --- revisions, previews, rollback ------------------------------------------------

    async def _revisions(self) -> list[str | None]:
        """Each target's server's or group's revision now: one listing of
        servers and one of groups per project."""
        known: dict[tuple[str, str], str | None] = {}
        for project in dict.fromkeys(t.project for t in self.result.targets):
            for identifier, parent in (await self._port.parents(project)).items():
                known[(project, identifier)] = parent.last_revision
        return [known.get((t.project, t.parent_identifier)) for t in self.result.targets]

    def _sent(self, index: int) -> DeployTarget:
        """Target `index` as its wave (or preview) sends it: without a start of
        its own, from the revision its server or group had when the rollout
        began (the start its bulk run would otherwise list the servers again
        for); a target with none is left to its bulk run's rule."""
        target, previous = self.result.targets[index], self.result.previous[index]
        if target.full or target.start_revision or not previous:
            return target
        return dataclasses.replace(target, start_revision=previous)

    async def _previews(self) -> None:
        """One preview deployment per target (never a real one), followed to its end."""
        previews = [dataclasses.replace(self._sent(i), mode="preview") for i in range(len(self.result.targets))]
        self._current = BulkRun(self._port, previews, self.options.bulk)
        try:
            self.result.previews = list(await self._current)
        finally:
            self._current = None

    def _to_roll_back(self) -> list[int]:
        """The targets a rollback deploys again: of the failed wave (or of every
        wave that ran), those whose deployment exists and whose previous
        revision is known and differs from the one deployed."""
        waves = self.result.waves if self.options.rollback_scope == "all" else self.result.waves[-1:]
        chosen = []
        for wave in waves:
            for index in wave.targets:
                result, previous = self.result.results[index], self.result.previous[index]
                if result.deployment is not None and previous and previous != result.target.end_revision:
                    chosen.append(index)
        return chosen

    async def _roll_back(self) -> None:
        chosen = self._to_roll_back()
        self.result.rollbacks = [None] * len(self.result.targets)
        if not chosen:
            return
        # From the revision the rollout deployed there back to the previous one:
        # the changes between them, not the whole branch (an empty start).
        back = [
            dataclasses.replace(
                self.result.targets[i],
                end_revision=str(self.result.previous[i]),
                start_revision=self.result.targets[i].end_revision,
                full=False,
            )
            for i in chosen
        ]
        results = await BulkRun(self._port, back, self._bulk("rollback"))
        for index, result in zip(chosen, results, strict=True):
            self.result.rollbacks[index] = result
        failed = [(i, r) for i, r in zip(chosen, results, strict=True) if r.status != DeploymentStatus.COMPLETED]
        if not failed:
            self.result.status = "rolled_back"
            return
        # The target stays where the rollout left it: say where, in the result's terms.
        where = "; ".join(
            f"{r.target.parent_identifier} of {r.target.project} (rollback to {r.target.end_revision} ended "
            f"{r.status}; the rollout's deployment of {self.result.targets[i].end_revision} there ended "
            f"{self.result.results[i].status})"
            for i, r in failed
        )
        self.result.status = "rollback_failed"
        self.result.reason = f"{self.result.reason}; {len(failed)} of {len(chosen)} rollbacks did not complete: {where}"
