"""A bulk run: many targets, bounded concurrency, and no duplicate under any
fault.

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
- A run adopts or aborts only deployments it can show are its own (`_claims`);
  any other match is reported in `DeployResult.others` and never touched.
- The run never cancels a request it has sent: `fail_fast` and `stop()` stop
  *launching*; targets never sent end `skipped`. A create still waiting its
  turn (the run's Retry-After pause, the throttle's line) is not sent once the
  run stops launching (`_limiter.admitting`): it too ends `skipped`, and one
  the caller's cancellation caught there ends `cancelled`, not `unknown`.
- A target without a start revision deploys from its server's or group's
  `last_revision` (`_revisions`), read from one listing of servers and one of
  groups per project, shared by its targets; the journal records the start
  each create sent, and a resume sends a create again from the same start.

The run reaches DeployHQ through a client of its own, copied from the caller's
with a `RequestLimiter` (the run's concurrency and Retry-After pause), and its
public resources.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Callable, Generator, Iterable
from typing import TYPE_CHECKING, Any

from .._events import TargetChanged, deliver
from .._follow import follow
from .._limiter import RequestLimiter, Withheld, admitting
from .._revisions import Parent, start_from
from .._status import DeploymentStatus
from ..errors import (
    APIConnectionError,
    APIStatusError,
    BulkCallbackError,
    ConfigurationError,
    DeployHQError,
    DeploymentFailedError,
    DeploymentTimeoutError,
)
from ._claims import Claims, marked, new_token, queued, revision
from ._journal import Journal, RedisJournal
from ._redis_log import is_redis
from ._targets import BulkOptions, Callback, DeployResult, DeployTarget, check_callback, check_targets

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment, DeploymentSummary

    from ._port import DeployHQPort

# How much earlier than the request's send time (on DeployHQ's clock) the
# deployment a lost create made may say it was queued: DeployHQ's clock is read
# from its answers' Date headers (whole seconds); without one, this machine's
# clock stands in for it, and may be off by minutes.
DATED_MARGIN = 5.0
CLOCK_SKEW = 120.0
MAX_CREATE_ATTEMPTS = 3
LISTING_PAGE = 100

S = DeploymentStatus


def _unfinished_slots(options: BulkOptions) -> asyncio.Semaphore | None:
    """The bound on deployments created and not finished yet, where the run waits for them."""
    bound = options.max_unfinished
    if bound is None and options.fail_fast and options.wait:
        bound = options.concurrency  # else every create goes out before a failure can be seen
    return asyncio.Semaphore(bound) if bound is not None and options.wait else None


class BulkRun:
    """A bulk deployment: `results = await run`. `results` can be read at any
    moment, also after the run was cancelled; `stop()` stops launching creates
    and following deployments, letting requests already sent finish."""

    def __init__(
        self,
        port: DeployHQPort,
        targets: Iterable[DeployTarget],
        options: BulkOptions,
        on_progress: Callback | None = None,
        on_result: Callback | None = None,
    ) -> None:
        """Raises `ConfigurationError`, `TypeError` or `ValueError` for a bad
        option, callback or target, and `ConfigurationError` for a journal
        another run holds or that is damaged; nothing is sent before."""
        options.check()
        check_callback("on_progress", on_progress)
        check_callback("on_result", on_result)
        targets = list(targets)
        check_targets(targets)
        self.options = options
        self.limiter = RequestLimiter(options.concurrency)
        self.results = [DeployResult(target) for target in targets]
        self._port = port.limited(self.limiter)
        self._hooks = port.hooks
        self._clock = port.clock
        self._on_progress = on_progress
        self._on_result = on_result
        self._callback_error: tuple[str, Exception] | None = None  # the first callback that raised
        self._reported: set[int] = set()  # the results on_result has seen
        self._unfinished = _unfinished_slots(options)
        # Creates wait for a slot *before* deciding to launch, so a fail_fast stop
        # reaches every create not yet on the wire.
        self._launch = asyncio.Semaphore(options.concurrency)
        longest = port.longest_timeout
        self._settle = options.settle_window if options.settle_window is not None else max(2 * longest, 1.0)
        # A journal in Redis is opened (its lease taken) when the run starts: that needs the loop.
        journal = options.journal
        self._journal_at = journal if isinstance(journal, str) and is_redis(journal) else None
        self._journal: Journal | None = None
        if journal is not None and self._journal_at is None:
            self._journal = Journal.open(journal, targets, new_token())
        self.claims = Claims(self._journal.run if self._journal is not None else new_token())
        self._launching = True  # until fail_fast sees a failure, or stop()
        self._stopped = asyncio.Event()  # stop(): no more following either
        self._began = self._clock.monotonic()  # what the final sweep may claim was queued since
        self._started = False
        self._parents: dict[str, asyncio.Future[dict[str, Parent]]] = {}  # each project's, listed once
        self._sent: set[int] = set()  # the targets a create attempt went on the wire for

    def __await__(self) -> Generator[Any, None, list[DeployResult]]:
        return self.run().__await__()

    def stop(self) -> None:
        """Launch nothing more and stop following; requests already sent finish."""
        self._launching = False
        self._stopped.set()

    @property
    def mark(self) -> str:
        """The line this run adds to the overview of every deployment it creates
        (a resumed run keeps its journal's): how it tells its own deployments
        from another run's."""
        return marked(None, self.claims.token)

    @property
    def pauses(self) -> int:
        """How many answers with Retry-After paused the whole run."""
        return self.limiter.pauses

    @property
    def stopped(self) -> bool:
        return self._stopped.is_set()

    async def run(self) -> list[DeployResult]:
        if self._started:
            raise RuntimeError("a bulk run runs once")
        self._started = True
        if self._journal_at is not None:
            targets = [result.target for result in self.results]
            self._journal = await RedisJournal.open_at(self._journal_at, targets, self.claims.token)
            self.claims = Claims(self._journal.run)
        with self._port.tracing.span("deployhq bulk run", {"deployhq.targets": len(self.results)}):
            return await self._run()

    async def _run(self) -> list[DeployResult]:
        tasks = [asyncio.create_task(self._one(index, result)) for index, result in enumerate(self.results)]
        try:
            await asyncio.gather(*tasks)
        except asyncio.CancelledError:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            raise
        finally:
            for listing in self._parents.values():
                listing.cancel()  # a listing no target waits for any more (the run was cancelled)
            await asyncio.gather(*self._parents.values(), return_exceptions=True)
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

    def _progress(self, result: DeployResult, status: DeploymentStatus | str) -> None:
        status = DeploymentStatus.of(status) or status
        if status == result.status:
            return
        result.status = status
        result.history.append(status)
        if self._hooks:
            identifier = result.deployment.identifier if result.deployment is not None else None
            deliver(self._hooks, TargetChanged(result.target, str(status), identifier))
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

    def _fail(self, result: DeployResult, status: DeploymentStatus | str, error: BaseException | None) -> None:
        result.error = error
        self._progress(result, status)
        if self.options.fail_fast:
            self._launching = False

    async def _one(self, index: int, result: DeployResult) -> None:
        target = result.target
        attributes = {
            "deployhq.project": target.project,
            "deployhq.server": target.parent_identifier,
            "deployhq.revision": target.end_revision,
        }
        with self._port.tracing.span("deployhq bulk target", attributes) as span:
            await self._one_target(index, result)
            if span is not None:
                span.set_attribute("deployhq.status", str(result.status))

    async def _one_target(self, index: int, result: DeployResult) -> None:
        slot = self._unfinished if self._unfinished is not None else contextlib.nullcontext()
        try:
            async with slot:
                if not self._launching:
                    self._progress(result, S.SKIPPED)
                    return
                result.started_at = self._clock.monotonic()
                deployment = await self._deployment_for(index, result)
                if deployment is not None and self.options.wait:
                    await self._follow(result, deployment)
            if result.status != S.UNKNOWN:  # an unknown one may yet be found by the final sweep
                self._report(index, result)
        except asyncio.CancelledError:
            self._cancelled(index, result)
            raise
        finally:
            result.finished_at = self._clock.monotonic()

    def _cancelled(self, index: int, result: DeployResult) -> None:
        """The caller cancelled the run: say what exists of this target."""
        if result.status == S.WAITING:
            self._progress(result, S.CANCELLED)
        elif result.status == S.CREATING and result.deployment is None and index not in self._sent:
            self._progress(result, S.CANCELLED)  # its create was still waiting its turn: nothing sent
            if self._journal is not None:
                self._journal.refused(index)
        elif result.status == S.CREATING and result.deployment is None:
            result.error = APIConnectionError(
                "the run was cancelled while the create was on its way; the deployment may exist",
                may_have_been_processed=True,
                attempts=result.create_attempts,
            )
            self._progress(result, S.UNKNOWN)

    async def _deployment_for(self, index: int, result: DeployResult) -> Deployment | None:
        """The target's deployment: the one a journal knows, or a new one."""
        known = self._journal.deployment(index) if self._journal is not None else None
        if known is not None:
            deployment = await self._port.get(result.target.project, known)
            return self._adopt(index, result, deployment, adopted=True)
        if self._journal is not None and self._journal.pending(index):
            # An earlier run sent a create and stopped before its answer.
            self._progress(result, S.CREATING)
            sent = self._journal.intent_time(index)
            # The window runs from when that create was sent, not from now; and
            # lasts one settle window at most, whatever the earlier process's
            # clock said (a stamp an hour ahead would mean an hour of look-ups).
            window = min(self._settle, max(0.0, sent + self._settle - self._server_now()))
            since = self.claims.lost(index, lambda: sent - CLOCK_SKEW)
            found = await self._look(result, since=since, window=window)
            if found is not None:
                self.claims.account(index)
                return self._adopt(index, result, found, adopted=True)
        return await self._create(index, result)

    def _adopt(self, index: int, result: DeployResult, deployment: Deployment, *, adopted: bool) -> Deployment:
        if adopted:
            self.claims.claim(deployment.identifier)
        else:
            self.claims.made(deployment)
        result.deployment = deployment
        result.adopted = result.adopted or adopted
        if self._journal is not None:
            self._journal.outcome(index, deployment.identifier)
        self._progress(result, deployment.status)
        return deployment

    async def _create(self, index: int, result: DeployResult) -> Deployment | None:
        start: str | None = None
        while True:
            async with self._launch:
                if not self._launching and result.create_attempts == 0:
                    self._progress(result, S.SKIPPED)
                    return None
                if start is None:
                    start = await self._start_or_skip(index, result)
                    if start is None:
                        return None
                sent = self._clock.monotonic()
                outcome = await self._send_create(index, result, start)
            if not isinstance(outcome, BaseException):
                return self._adopt(index, result, outcome, adopted=False)
            decided, deployment = await self._after_failed_create(index, result, outcome, sent)
            if decided:
                return deployment

    async def _start_or_skip(self, index: int, result: DeployResult) -> str | None:
        """The start revision of the target's create, or None (its result set)
        when its listing failed or the run stopped launching meanwhile."""
        try:
            start = await self._start(index, result.target)
        except DeployHQError as unlisted:
            self._fail(result, S.ERROR, unlisted)  # nothing was sent
            return None
        if not self._launching:  # fail_fast or stop() while the servers were listed
            self._progress(result, S.SKIPPED)
            return None
        return start

    async def _after_failed_create(
        self, index: int, result: DeployResult, exc: DeployHQError, sent: float
    ) -> tuple[bool, Deployment | None]:
        """A create that met `exc`: (True, what the target ends with) once that
        is decided, or (False, None) to send it again (a look-up proved it made
        nothing)."""
        if isinstance(exc, Withheld):  # the run stopped launching while it waited its turn
            self._progress(result, S.SKIPPED)
            if self._journal is not None:
                self._journal.refused(index)
            return True, None
        if not exc.may_have_been_processed:
            self._fail(result, S.ERROR, exc)  # refused: nothing was made
            if self._journal is not None:
                self._journal.refused(index)
            return True, None
        since = self.claims.lost(index, functools.partial(self._queued_since, sent))
        try:
            found = await self._look(result, since=since)
        except DeployHQError as lookup:
            exc.__cause__ = lookup
            self._fail(result, S.UNKNOWN, exc)  # cannot tell: never sent again
            return True, None
        if found is not None:
            self.claims.account(index)
            return True, self._adopt(index, result, found, adopted=True)
        if result.create_attempts >= MAX_CREATE_ATTEMPTS:
            self._fail(result, S.ERROR, exc)  # proven none each time; giving up
            return True, None
        return False, None

    async def _start(self, index: int, target: DeployTarget) -> str:
        """The start revision target `index`'s create sends: the one an earlier
        run's create sent (from the journal), else `_revisions`' rule, from one
        listing per project. Raises what the listing raises, and
        `ConfigurationError` for a target that is neither a server nor a group."""
        journaled = self._journal.start(index) if self._journal is not None else None
        if journaled is not None:
            return journaled
        if target.full or target.start_revision:
            return start_from(target.start_revision, target.full, None)
        listing = self._parents.get(target.project)
        if listing is None:
            listing = asyncio.ensure_future(self._port.parents(target.project))
            self._parents[target.project] = listing
        found = (await asyncio.shield(listing)).get(target.parent_identifier)
        if found is None:
            raise ConfigurationError(
                f"target {index + 1}: {target.parent_identifier!r} is neither a server nor a server group of "
                f"project {target.project!r} (its servers and groups were listed); nothing was sent to it"
            )
        return start_from(None, False, found)

    async def _send_create(self, index: int, result: DeployResult, start: str) -> Deployment | DeployHQError:
        """One create request from `start` ("" = full): the deployment, or the error it met."""
        target = result.target
        result.create_attempts += 1
        self._progress(result, S.CREATING)
        if self._journal is not None:
            await self._journal.intent(index, self._server_now(), start)
        try:
            with admitting(functools.partial(self._admit, index, result)):
                return await self._port.create(target, start, marked(target.overview, self.claims.token))
        except DeployHQError as exc:
            return exc

    def _admit(self, index: int, result: DeployResult) -> bool:
        """Whether target `index`'s create attempt, its turn come, may be sent:
        a first create not once the run stopped launching (one sent again after
        proof the last made nothing goes on, as `_create` lets it)."""
        if not self._launching and result.create_attempts <= 1:
            return False
        self._sent.add(index)
        return True

    def _server_now(self) -> float:
        """DeployHQ's clock, or this machine's before any dated answer."""
        server = self._port.server_time()
        return self._clock.now() if server is None else server

    def _queued_since(self, sent: float) -> float:
        """The earliest `queued_at` (DeployHQ's clock) of a deployment made by a
        request sent at `sent` (this client's monotonic clock): measured back
        from DeployHQ's clock now, so a wrong local clock does not matter."""
        elapsed = self._clock.monotonic() - sent
        server = self._port.server_time()
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
            if self.claims.claimed(summary.identifier) or revision(summary) != target.end_revision:
                continue
            if not self.claims.may_follow(summary, earliest):
                continue
            self.claims.claim(summary.identifier)
            return await self._port.get(target.project, summary.identifier)
        return None

    async def _listing(self, target: DeployTarget) -> list[DeploymentSummary]:
        return await self._port.recent(target.project, target.parent_identifier, LISTING_PAGE)

    async def _follow(self, result: DeployResult, deployment: Deployment) -> None:
        """Poll until the deployment finishes (or `stop()`), as `wait()` does."""

        def seen(latest: Deployment) -> None:
            result.deployment = latest
            self._progress(result, latest.status)

        project, identifier = result.target.project, deployment.identifier
        try:
            result.deployment = await follow(
                lambda: self._port.get(project, identifier),
                what=f"deployment {identifier} of {project}",
                clock=self._clock,
                timeout=self.options.timeout,
                poll_interval=self.options.poll_interval,
                on_change=seen,
                first=deployment,
                sleep=self._sleep,
                hub=self.options.hub,
                identifier=identifier,
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
            if result.sent:
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
        for summary in sorted(listed, key=queued):
            if not self.claims.claimed(summary.identifier) and queued(summary) >= since:
                await self._swept(project, summary, members)

    async def _swept(self, project: str, summary: DeploymentSummary, members: list[tuple[int, DeployResult]]) -> None:
        """A deployment the sweep found, made since the run began for one of
        this server's revisions: adopted by the target whose lost create it
        follows from (or, when it already has one, reported as a duplicate and
        aborted while pending); another run's goes to `others`, untouched."""
        owners = [(i, r) for i, r in members if r.target.end_revision == revision(summary)]
        if not owners:
            return
        mine = next(((i, r) for i, r in owners if self.claims.owns(i, summary)), None)
        if mine is None:
            owners[0][1].others.append(summary)  # not shown to be this run's: never touched
            return
        index, owner = mine
        self.claims.claim(summary.identifier)
        self.claims.account(index)
        if owner.deployment is None and owner.status == S.UNKNOWN:
            with contextlib.suppress(DeployHQError):
                owner.deployment = await self._port.get(project, summary.identifier)
                owner.adopted = True
                self._progress(owner, owner.deployment.status)
            return
        owner.duplicates.append(summary)
        state = DeploymentStatus.of(summary.status)
        if self.options.abort_duplicates and state in (S.PENDING, S.QUEUED):
            with contextlib.suppress(DeployHQError):
                await self._port.abort(project, summary.identifier)
