"""Bulk deployments: many targets, bounded concurrency, and no duplicate under
any fault.

The guarantees (README, "Bulk deployments"):

- A create is sent again only on proof that the last one made nothing. When an
  attempt's outcome is unknown (a timeout, a reset after the request may have
  been sent, a 5xx or a truncated answer from something in between) the run
  looks for the deployment it would have made, over a settle window long enough
  for a late create to land, and adopts it as soon as it appears. Only a look-up
  made after the window that shows none allows another create. If it cannot
  look, the target ends `unknown` (its error says `may_have_been_processed`).
- Before the run returns, one look-up per server confirms every target has one
  deployment from this run; a second one is aborted while it is still pending
  (`abort_duplicates`) and reported either way.
- The run never cancels a request it has sent: `fail_fast` and `stop()` stop
  *launching*; targets never sent end `skipped`.
- Statuses: `skipped` (never sent), `cancelled` (never sent; the caller
  cancelled the run), `unknown` (may exist: see the error), `error` (refused:
  nothing was made), or DeployHQ's status of the deployment that exists. A
  target whose deployment exists always carries it.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import inspect
import os
from collections.abc import Callable, Generator, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from deployhq_api.models import DeploymentSummaryTimestamps, Revision

from .._client import SharedPause
from .._config import check_choice, check_count, check_seconds
from .._status import DEPLOYMENT_MODES, DeploymentStatus
from ..errors import (
    APIConnectionError,
    APIStatusError,
    BulkCallbackError,
    ConfigurationError,
    DeployHQError,
    DeploymentFailedError,
    DeploymentTimeoutError,
)
from ._journal import Journal

if TYPE_CHECKING:
    from deployhq_api.models import Deployment, DeploymentSummary

    from .deployments import Deployments

# How much earlier than the request's send time (on DeployHQ's clock) the
# deployment a lost create made may say it was queued: DeployHQ's clock is read
# from its answers' Date headers (whole seconds); without one, this machine's
# clock stands in for it, and may be off by minutes.
DATED_MARGIN = 5.0
CLOCK_SKEW = 120.0
MAX_CREATE_ATTEMPTS = 3
LISTING_PAGE = 100

SKIPPED, CANCELLED, UNKNOWN, ERROR = "skipped", "cancelled", "unknown", "error"
NOT_SENT = ("waiting", SKIPPED, CANCELLED)


@dataclass(frozen=True)
class DeployTarget:
    """One deployment to make: a revision of a project to a server or group."""

    project: str
    parent_identifier: str
    end_revision: str
    branch: str | None = None
    start_revision: str = ""
    mode: str = "queue"
    copy_config_files: bool | None = None
    run_build_commands: bool | None = None
    use_build_cache: bool | None = None


@dataclass
class DeployResult:
    """What happened to one target. `status` is `waiting`, `creating`,
    `skipped`, `cancelled`, `unknown`, `error`, or the deployment's DeployHQ
    status; `adopted` is True when the deployment was found by a look-up after
    its create lost its answer; `duplicates` lists any second deployment the
    final sweep found that follows from one of this run's creates (aborted while
    pending unless told otherwise); `others` lists matching deployments made
    since the run began that the run cannot show are its own (another run's,
    say): reported, never touched."""

    target: DeployTarget
    deployment: Deployment | None = None
    error: BaseException | None = None
    status: str = "waiting"
    create_attempts: int = 0
    adopted: bool = False
    started_at: float | None = None
    finished_at: float | None = None
    history: list[str] = field(default_factory=list)
    duplicates: list[DeploymentSummary] = field(default_factory=list)
    others: list[DeploymentSummary] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """A deployment exists, and nothing went wrong with it."""
        state = DeploymentStatus.of(self.status)
        return (
            self.error is None
            and self.deployment is not None
            and (state is None or not state.finished or state.succeeded)
        )

    @property
    def elapsed(self) -> float | None:
        if self.started_at is None or self.finished_at is None:
            return None
        return self.finished_at - self.started_at


@dataclass(frozen=True)
class BulkOptions:
    """The run's settings, checked before anything is sent."""

    concurrency: int = 8
    wait: bool = True
    fail_fast: bool = False
    max_unfinished: int | None = None
    timeout: float = 900.0
    poll_interval: float = 2.0
    settle_window: float | None = None
    abort_duplicates: bool = True
    journal: str | os.PathLike[str] | None = None

    def check(self) -> None:
        check_count("concurrency", self.concurrency)
        if self.max_unfinished is not None:
            check_count("max_unfinished", self.max_unfinished)
        check_seconds("timeout", self.timeout)
        check_seconds("poll_interval", self.poll_interval)
        if self.settle_window is not None:
            check_seconds("settle_window", self.settle_window, allow_zero=True)
        if self.journal is not None and not isinstance(self.journal, (str, os.PathLike)):
            raise ConfigurationError(f"journal must be a path, not {type(self.journal).__name__}")


class BulkRun:
    """A bulk deployment: `results = await run`. `results` can be read at any
    moment, also after the run was cancelled; `stop()` stops launching creates
    and following deployments, letting requests already sent finish."""

    def __init__(
        self,
        deployments: Deployments,
        targets: Iterable[DeployTarget],
        options: BulkOptions,
        on_progress: Callback | None = None,
        on_result: Callback | None = None,
    ) -> None:
        options.check()
        _check_callback("on_progress", on_progress)
        _check_callback("on_result", on_result)
        targets = list(targets)
        for number, target in enumerate(targets, start=1):
            _check_target(number, target)
        _check_distinct(targets)
        client = deployments._client
        self._client = client
        self.options = options
        self.pause = SharedPause()
        self.results = [DeployResult(target) for target in targets]
        self._deployments = type(deployments)(client._with_budget(asyncio.Semaphore(options.concurrency), self.pause))
        self._clock = client.clock
        self._on_progress = on_progress
        self._on_result = on_result
        self._callback_error: tuple[str, Exception] | None = None  # the first callback that raised
        self._reported: set[int] = set()  # the results on_result has seen
        bound = options.max_unfinished
        if bound is None and options.fail_fast and options.wait:
            bound = options.concurrency  # else every create goes out before a failure can be seen
        self._unfinished = asyncio.Semaphore(bound) if bound is not None and options.wait else None
        # Creates wait for a slot *before* deciding to launch, so a fail_fast stop
        # reaches every create not yet on the wire.
        self._launch = asyncio.Semaphore(options.concurrency)
        longest = max(
            (t for t in (client.timeout.connect, client.timeout.read, client.timeout.write) if t), default=30.0
        )
        self._settle = options.settle_window if options.settle_window is not None else max(2 * longest, 1.0)
        self._journal = Journal.open(options.journal, targets) if options.journal is not None else None
        self._claimed: set[str] = set()
        self._launching = True  # until fail_fast sees a failure, or stop()
        self._stopped = asyncio.Event()  # stop(): no more following either
        self._began = self._clock.monotonic()  # what the final sweep may claim was queued since
        # Per target: the earliest `queued_at` of each create of this run whose
        # answer was lost (all a deployment the run did not see can follow from),
        # and how many of those are accounted for by a deployment already claimed.
        self._lost: dict[int, list[Callable[[], float]]] = {}
        self._accounted: dict[int, int] = {}
        self._started = False

    def __await__(self) -> Generator[Any, None, list[DeployResult]]:
        return self.run().__await__()

    def stop(self) -> None:
        """Launch nothing more and stop following; requests already sent finish."""
        self._launching = False
        self._stopped.set()

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    async def run(self) -> list[DeployResult]:
        if self._started:
            raise RuntimeError("a bulk run runs once")
        self._started = True
        tasks = [asyncio.create_task(self._one(index, result)) for index, result in enumerate(self.results)]
        try:
            await asyncio.gather(*tasks)
        except asyncio.CancelledError:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        finally:
            if self._journal is not None:
                await self._journal.aclose()
        await self._sweep()
        for index, result in enumerate(self.results):
            self._report(index, result)
        if self._callback_error is not None:
            name, exc = self._callback_error
            raise BulkCallbackError(
                f"the run's {name} raised {type(exc).__name__}: {exc}; the run launched nothing more, let the "
                "requests on the wire finish and recorded them: the error's `results` say what exists",
                results=self.results,
            ) from exc
        return self.results

    # --- one target -------------------------------------------------------------------

    def _progress(self, result: DeployResult, status: str) -> None:
        if status == result.status:
            return
        result.status = status
        result.history.append(status)
        if self._on_progress is not None:
            self._call("on_progress", self._on_progress, result)

    def _report(self, index: int, result: DeployResult) -> None:
        """`on_result`, once per target, when its result is final."""
        if index not in self._reported:
            self._reported.add(index)
            if self._on_result is not None:
                self._call("on_result", self._on_result, result)

    def _call(self, name: str, callback: Callback, result: DeployResult) -> None:
        """A callback of the caller's. If it raises, the run stops as `stop()`
        does (so nothing on the wire is left unrecorded) and raises at its end;
        no callback is called again."""
        if self._callback_error is not None:
            return
        try:
            callback(result)
        except Exception as exc:
            self._callback_error = (name, exc)
            self.stop()

    def _fail(self, result: DeployResult, status: str, error: BaseException | None) -> None:
        result.error = error
        self._progress(result, status)
        if self.options.fail_fast:
            self._launching = False

    async def _one(self, index: int, result: DeployResult) -> None:
        slot = self._unfinished if self._unfinished is not None else contextlib.nullcontext()
        try:
            async with slot:
                if not self._launching:
                    self._progress(result, SKIPPED)
                    return
                result.started_at = self._clock.monotonic()
                deployment = await self._deployment_for(index, result)
                if deployment is not None and self.options.wait:
                    await self._follow(result, deployment)
            if result.status != UNKNOWN:  # an unknown one may yet be found by the final sweep
                self._report(index, result)
        except asyncio.CancelledError:
            # The caller cancelled the run: say what exists, then go.
            if result.status == "waiting":
                self._progress(result, CANCELLED)
            elif result.status == "creating" and result.deployment is None:
                result.error = APIConnectionError(
                    "the run was cancelled while the create was on its way; the deployment may exist",
                    may_have_been_processed=True,
                    attempts=result.create_attempts,
                )
                self._progress(result, UNKNOWN)
            raise
        finally:
            result.finished_at = self._clock.monotonic()

    async def _deployment_for(self, index: int, result: DeployResult) -> Deployment | None:
        """The target's deployment: the one a journal knows, or a new one."""
        known = self._journal.deployment(index) if self._journal is not None else None
        if known is not None:
            deployment = await self._deployments.get(result.target.project, known)
            return self._adopt(index, result, deployment, adopted=True)
        if self._journal is not None and self._journal.pending(index):
            # An earlier run sent a create and stopped before its answer.
            self._progress(result, "creating")
            sent = self._journal.intent_time(index)
            # The window runs from when that create was sent, not from now; and
            # lasts one settle window at most, whatever the earlier process's
            # clock said (a stamp an hour ahead would mean an hour of look-ups).
            window = min(self._settle, max(0.0, sent + self._settle - self._server_now()))
            since = self._lost_create(index, lambda: sent - CLOCK_SKEW)
            found = await self._look(result, since=since, window=window)
            if found is not None:
                self._account(index)
                return self._adopt(index, result, found, adopted=True)
        return await self._create(index, result)

    def _adopt(self, index: int, result: DeployResult, deployment: Deployment, *, adopted: bool) -> Deployment:
        self._claimed.add(deployment.identifier)
        result.deployment = deployment
        result.adopted = result.adopted or adopted
        if self._journal is not None:
            self._journal.outcome(index, deployment.identifier)
        self._progress(result, deployment.status)
        return deployment

    async def _create(self, index: int, result: DeployResult) -> Deployment | None:
        while True:
            async with self._launch:
                if not self._launching and result.create_attempts == 0:
                    self._progress(result, SKIPPED)
                    return None
                sent = self._clock.monotonic()
                outcome = await self._send_create(index, result)
            if not isinstance(outcome, BaseException):
                return self._adopt(index, result, outcome, adopted=False)
            exc = outcome
            if not exc.may_have_been_processed:
                self._fail(result, ERROR, exc)  # refused: nothing was made
                if self._journal is not None:
                    self._journal.refused(index)
                return None
            since = self._lost_create(index, functools.partial(self._queued_since, sent))
            try:
                found = await self._look(result, since=since)
            except DeployHQError as lookup:
                exc.__cause__ = lookup
                self._fail(result, UNKNOWN, exc)  # cannot tell: never sent again
                return None
            if found is not None:
                self._account(index)
                return self._adopt(index, result, found, adopted=True)
            if result.create_attempts >= MAX_CREATE_ATTEMPTS:
                self._fail(result, ERROR, exc)  # proven none each time; giving up
                return None

    async def _send_create(self, index: int, result: DeployResult) -> Deployment | DeployHQError:
        """One create request: the deployment, or the error it met."""
        target = result.target
        result.create_attempts += 1
        self._progress(result, "creating")
        if self._journal is not None:
            await self._journal.intent(index, self._server_now())
        try:
            return await self._deployments.create(
                target.project,
                parent_identifier=target.parent_identifier,
                end_revision=target.end_revision,
                start_revision=target.start_revision,
                branch=target.branch,
                mode=target.mode,
                copy_config_files=target.copy_config_files,
                run_build_commands=target.run_build_commands,
                use_build_cache=target.use_build_cache,
            )
        except DeployHQError as exc:
            return exc

    def _server_now(self) -> float:
        """DeployHQ's clock, or this machine's before any dated answer."""
        server = self._client.server_time()
        return self._clock.now() if server is None else server

    def _lost_create(self, index: int, since: Callable[[], float]) -> Callable[[], float]:
        """Record a create of target `index` whose answer was lost; `since` gives
        the earliest `queued_at` its deployment can have."""
        self._lost.setdefault(index, []).append(since)
        return since

    def _account(self, index: int) -> None:
        """A deployment claimed for target `index` is one of its lost creates."""
        self._accounted[index] = self._accounted.get(index, 0) + 1

    def _owns(self, index: int, summary: DeploymentSummary) -> bool:
        """Whether a deployment the run has not claimed can follow from one of
        target `index`'s lost creates not accounted for yet."""
        queued = _queued(summary)
        could = sum(1 for since in self._lost.get(index, ()) if since() <= queued)
        return could > self._accounted.get(index, 0)

    def _queued_since(self, sent: float) -> float:
        """The earliest `queued_at` (DeployHQ's clock) of a deployment made by a
        request sent at `sent` (this client's monotonic clock): measured back
        from DeployHQ's clock now, so a wrong local clock does not matter."""
        elapsed = self._clock.monotonic() - sent
        server = self._client.server_time()
        if server is None:
            return self._clock.now() - elapsed - CLOCK_SKEW
        return server - elapsed - DATED_MARGIN

    async def _look(
        self, result: DeployResult, *, since: Callable[[], float], window: float | None = None
    ) -> Deployment | None:
        """The unclaimed deployment a lost create for `result` made, looking over
        the settle window; None only when a look-up after the window found none.
        Raises the look-up's error when it cannot look for twice the window."""
        clock = self._clock
        deadline = clock.monotonic() + (self._settle if window is None else window)
        give_up = deadline + self._settle
        interval = min(1.0, max(self._settle / 10, 0.05))
        while True:
            try:
                found = await self._find(result.target, since)
            except (APIConnectionError, APIStatusError):
                if clock.monotonic() >= give_up:
                    raise
            else:
                if found is not None or clock.monotonic() >= deadline:
                    return found
            await clock.sleep(interval)

    async def _find(self, target: DeployTarget, since: Callable[[], float]) -> Deployment | None:
        listed = await self._listing(target)
        earliest = since()  # after the listing: its answer dates DeployHQ's clock
        for summary in listed:
            if summary.identifier in self._claimed or _revision(summary) != target.end_revision:
                continue
            if _queued(summary) < earliest:
                continue
            self._claimed.add(summary.identifier)
            return await self._deployments.get(target.project, summary.identifier)
        return None

    async def _listing(self, target: DeployTarget) -> list[DeploymentSummary]:
        listing = self._deployments.list(target.project, server=target.parent_identifier, per_page=LISTING_PAGE)
        page = await anext(aiter(listing.pages()))
        return page.items

    async def _follow(self, result: DeployResult, deployment: Deployment) -> None:
        """Poll until the deployment finishes (or `stop()`), as `wait()` does."""

        def seen(latest: Deployment) -> None:
            result.deployment = latest
            self._progress(result, latest.status)

        try:
            result.deployment = await self._deployments._follow(
                result.target.project,
                deployment.identifier,
                timeout=self.options.timeout,
                poll_interval=self.options.poll_interval,
                on_change=seen,
                first=deployment,
                sleep=self._sleep,
            )
        except (DeploymentFailedError, DeploymentTimeoutError) as exc:
            result.deployment = exc.deployment
            self._fail(result, exc.status, exc)

    async def _sleep(self, seconds: float) -> bool:
        """Wait between polls; False when `stop()` cut the wait short."""
        if self._stopped.is_set():
            return False
        sleeper = asyncio.ensure_future(self._clock.sleep(seconds))
        stopper = asyncio.ensure_future(self._stopped.wait())
        try:
            await asyncio.wait({sleeper, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            stopper.cancel()
        return not self._stopped.is_set()

    # --- the final sweep --------------------------------------------------------------

    async def _sweep(self) -> None:
        """One look-up per server: adopt the deployment of a target whose create
        ended unknown, and find (and abort while pending) any second one."""
        groups: dict[tuple[str, str], list[tuple[int, DeployResult]]] = {}
        for index, result in enumerate(self.results):
            if result.status not in NOT_SENT:
                key = (result.target.project, result.target.parent_identifier)
                groups.setdefault(key, []).append((index, result))
        # Servers are looked at side by side (the run's request budget bounds them).
        await asyncio.gather(*(self._sweep_server(members) for members in groups.values()))

    async def _sweep_server(self, members: list[tuple[int, DeployResult]]) -> None:
        """Adopt or abort only deployments that follow from this run's lost
        creates; any other match made since the run began goes to `others`."""
        project = members[0][1].target.project
        try:
            listed = await self._listing(members[0][1].target)
        except DeployHQError:
            return  # the results already say what is known
        since = self._queued_since(self._began)
        for summary in sorted(listed, key=_queued):
            if summary.identifier in self._claimed or _queued(summary) < since:
                continue
            owners = [(i, r) for i, r in members if r.target.end_revision == _revision(summary)]
            if not owners:
                continue
            mine = next(((i, r) for i, r in owners if self._owns(i, summary)), None)
            if mine is None:
                owners[0][1].others.append(summary)  # not shown to be this run's: never touched
                continue
            index, owner = mine
            self._claimed.add(summary.identifier)
            self._account(index)
            if owner.deployment is None and owner.status == UNKNOWN:
                with contextlib.suppress(DeployHQError):
                    owner.deployment = await self._deployments.get(project, summary.identifier)
                    owner.adopted = True
                    self._progress(owner, owner.deployment.status)
                continue
            owner.duplicates.append(summary)
            state = DeploymentStatus.of(summary.status)
            if self.options.abort_duplicates and state in (DeploymentStatus.PENDING, DeploymentStatus.QUEUED):
                with contextlib.suppress(DeployHQError):
                    await self._deployments.abort(project, summary.identifier)


# A run's callbacks: plain functions, called on the loop between requests.
Callback = Callable[["DeployResult"], None]


def _check_callback(name: str, callback: object) -> None:
    if callback is None:
        return
    if not callable(callback):
        raise TypeError(f"{name} must be a function taking a DeployResult, not {type(callback).__name__}")
    if inspect.iscoroutinefunction(callback) or inspect.iscoroutinefunction(type(callback).__call__):
        raise TypeError(
            f"{name} must be a plain function: the run calls it between requests and would never await an "
            "async one (start a task from it, or read run.results, to do async work)"
        )


def _same_deployment(target: DeployTarget) -> tuple[str, str, str]:
    """What tells a target's deployment apart in DeployHQ's listing: the
    project, the server (or group) and the end revision."""
    return (target.project, target.parent_identifier, target.end_revision)


def first_repeat(targets: list[DeployTarget]) -> tuple[int, int] | None:
    """The positions (from 0) of the first target that repeats an earlier one's
    deployment, and of that earlier one; None when all differ."""
    first: dict[tuple[str, str, str], int] = {}
    for index, target in enumerate(targets):
        earlier = first.setdefault(_same_deployment(target), index)
        if earlier != index:
            return earlier, index
    return None


def _check_distinct(targets: list[DeployTarget]) -> None:
    """Identical targets would make deployments the run cannot tell apart: refused."""
    repeat = first_repeat(targets)
    if repeat is not None:
        earlier, index = repeat
        target = targets[index]
        raise ConfigurationError(
            f"targets {earlier + 1} and {index + 1} are the same deployment (project {target.project!r}, "
            f"server {target.parent_identifier!r}, revision {target.end_revision!r}): a run cannot tell "
            "their deployments apart; list each once"
        )


def _check_target(number: int, target: object) -> None:
    if not isinstance(target, DeployTarget):
        raise TypeError(f"targets must be DeployTarget objects, not {type(target).__name__} (target {number})")
    for name in ("project", "parent_identifier", "end_revision"):
        value = getattr(target, name)
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"target {number}: {name} must be a non-empty string, got {value!r}")
    check_choice(f"target {number}: mode", target.mode, DEPLOYMENT_MODES)


def _revision(summary: DeploymentSummary) -> str | None:
    revision = summary.end_revision
    return revision.ref if isinstance(revision, Revision) and isinstance(revision.ref, str) else None


def _queued(summary: DeploymentSummary) -> float:
    timestamps = summary.timestamps
    if not isinstance(timestamps, DeploymentSummaryTimestamps):
        return float("-inf")
    with contextlib.suppress(ValueError, OverflowError, OSError):
        return timestamps.queued_at.timestamp()
    return float("-inf")
