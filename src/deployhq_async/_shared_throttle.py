"""The throttle of a client given a rate store: attempts are admitted by the
store (one decision for every client of the account, see `_redis`), and by the
client's own `Throttle` while the store cannot be reached.

Only one exchange with the store is under way at a time per client: the
attempts waiting meanwhile are admitted together by the next one, and the
answers heard meanwhile are reported together, so a thousand attempts at once
cost a few round trips, not a thousand.
"""

from __future__ import annotations

import contextlib
import logging
import math
from collections import deque
from typing import TYPE_CHECKING

from ._throttle import REFUSED, SLOW_START_END, Throttle
from .errors import RateStoreUnavailable

if TYPE_CHECKING:
    import asyncio

    from ._clock import Clock
    from ._redis import Admission, RedisRateStore

logger = logging.getLogger("deployhq_async")

RECHECK = 2.0  # seconds on the client's own throttle before the store is asked again
# Answers are told to the store a few milliseconds late, together: each exchange
# costs the client a tenth of a millisecond of CPU, more than a request's own
# share. Each answer goes with how long ago it came, so being late changes only
# that its slot is counted as in flight a little longer.
REPORT_DELAY = 0.005
REPORT_BATCH = 64
ADMIT_BATCH = 500  # attempts asked for at once (the script names each: Lua's stack bounds a batch)

# An attempt the store admitted: its name there and when (ms, Redis's clock); None: admitted locally.
Grant = tuple[str, int] | None


class SharedThrottle(Throttle):
    """`dhq.throttle` of a client given a `rate_store`: `rate`, `refusals` and
    `paused_until` are what it last heard from the store (shared by every
    client of the account), `local` the throttle it falls back to."""

    def __init__(
        self,
        store: RedisRateStore,
        key: str,
        max_rate: float | None = None,
        *,
        concurrency: int | None = None,
        owns_store: bool = False,
    ) -> None:
        super().__init__(max_rate, adaptive=True, concurrency=concurrency)
        self.store = store
        self.local = Throttle(max_rate, adaptive=True, concurrency=concurrency)
        self._key = key
        self._owns_store = owns_store
        import secrets  # here, not at import: `import deployhq_async` stays light

        self._client = secrets.token_hex(6)  # this client's attempts are named <client>:<n> in the store
        self._sequence = 0
        self._window_end = min(SLOW_START_END, concurrency or SLOW_START_END)
        self._waiting: deque[asyncio.Future[Grant]] = deque()
        self._admitter: asyncio.Task[None] | None = None
        self._granted: dict[float, list[Grant]] = {}  # by when the attempt went (monotonic)
        self._refusing: dict[float, list[Grant]] = {}  # 429s between release and refused
        self._answers: list[tuple[str, float]] = []  # attempts answered, and when (monotonic)
        self._reporter: asyncio.Task[None] | None = None
        self._down_until = -math.inf  # the local throttle admits until then
        self._offset = 0.0  # the client's monotonic time less Redis's, as last heard
        self._lowered_at = self._changed_at = -math.inf

    def __repr__(self) -> str:
        return f"SharedThrottle({self.store!r}, max_rate={self.max_rate!r}, rate={self.rate!r})"

    @property
    def shared(self) -> bool:
        """Whether attempts are admitted by the store now (not by `local`)."""
        return self._down_until == -math.inf

    async def aclose(self) -> None:
        """The client closed: the store hears its last answers (and closes, if the client made it)."""
        import asyncio  # loaded by the running loop already; kept off the import path

        if self._reporter is not None:
            await asyncio.gather(self._reporter, return_exceptions=True)
        if self._owns_store:
            await self.store.aclose()

    async def acquire(self, clock: Clock) -> float:
        import asyncio

        grant: Grant = None
        if clock.monotonic() >= self._down_until:
            future: asyncio.Future[Grant] = asyncio.get_running_loop().create_future()
            self._waiting.append(future)
            if self._admitter is None:
                self._admitter = asyncio.ensure_future(self._admit(clock))
                self.store.track(self._admitter)
            try:
                grant = await future
            except asyncio.CancelledError:
                with contextlib.suppress(ValueError):
                    self._waiting.remove(future)
                admitted = future.done() and not future.cancelled() and future.exception() is None
                if admitted and (granted := future.result()) is not None:
                    self._report(granted, clock)  # admitted by the store as it was cancelled: it counts as answered
                raise
        sent = clock.monotonic() if grant is not None else await self.local.acquire(clock)
        self._granted.setdefault(sent, []).append(grant)
        return sent

    def release(self, clock: Clock, sent: float, status: int | None) -> None:
        grant = _pop(self._granted, sent)
        if status == REFUSED:
            self._refusing.setdefault(sent, []).append(grant)  # `refused` reports it
            if grant is None:
                self.local.release(clock, sent, status)
        elif grant is None:
            self.local.release(clock, sent, status)
        else:
            self._report(grant, clock)

    def answers_probe(self, sent: float) -> bool:
        grants = self._refusing.get(sent)
        if grants and grants[-1] is None:
            return self.local.answers_probe(sent)
        return self.rate is not None and self._lowered_at < self._changed_at <= sent

    def refused(self, sent: float, now: float, retry_after: float | None) -> bool:
        self.refusals += 1
        grant = _pop(self._refusing, sent)
        if grant is None:  # admitted by the local throttle, while the store was away: it learns
            lowered = self.local.refused(sent, now, retry_after)
            self.rate = self.local.rate
            return lowered
        import asyncio

        if retry_after is not None:  # this client holds at once; the others as soon as they ask
            self.paused_until = max(self.paused_until, now + retry_after)
        task = asyncio.ensure_future(self._refused(grant, retry_after))
        self.store.track(task)
        return False

    async def _admit(self, clock: Clock) -> None:
        """Admit the attempts waiting, a batch an exchange, until none waits."""
        waiting = self._waiting
        try:
            while waiting:
                if (pause := self.paused_until - clock.monotonic()) > 0:  # a 429 of ours the store may not know yet
                    await clock.sleep(pause)
                first, wanted = self._sequence, min(len(waiting), ADMIT_BATCH)
                try:
                    admission = await self.store.admit(self._key, self._client, first, wanted, self.max_rate)
                except RateStoreUnavailable as exc:
                    self._fall_back(clock, exc)
                    break
                except BaseException as exc:  # not the store's absence: every waiting call hears it
                    _fail(waiting, exc if isinstance(exc, Exception) else RateStoreUnavailable("cancelled"))
                    raise
                self._heard(clock, admission)
                self._hand_out(clock, first, admission)
                if not admission.admitted:
                    await clock.sleep(admission.wait)
        finally:
            self._admitter = None
            if clock.monotonic() < self._down_until:
                _admit_locally(waiting)

    def _hand_out(self, clock: Clock, first: int, admission: Admission) -> None:
        """The attempts the store admitted, numbered from `first`, to the calls waiting longest."""
        waiting = self._waiting
        self._sequence += admission.admitted
        for number in range(first, first + admission.admitted):
            grant = (f"{self._client}:{number}", admission.now)
            while waiting and waiting[0].done():
                waiting.popleft()
            if waiting:
                waiting.popleft().set_result(grant)
            else:  # the calls it was for were cancelled meanwhile: it counts as answered
                self._report(grant, clock)

    def _fall_back(self, clock: Clock, exc: RateStoreUnavailable) -> None:
        if self.store.fail_closed:
            _fail(self._waiting, exc)
            return
        if self.shared:
            logger.warning("%s", exc)
        self._down_until = clock.monotonic() + RECHECK

    def _heard(self, clock: Clock, admission: Admission) -> None:
        if not self.shared:
            logger.warning("the rate store %s answers again: the account's clients share its rate", self.store.where)
            self._down_until = -math.inf
        self._offset = clock.monotonic() - admission.now / 1000
        self.rate = admission.rate
        self._lowered_at = admission.lowered / 1000 + self._offset if admission.lowered >= 0 else -math.inf
        self._changed_at = admission.changed / 1000 + self._offset if admission.changed >= 0 else -math.inf
        self.paused_until = max(self.paused_until, admission.paused / 1000 + self._offset)

    def _report(self, grant: tuple[str, int], clock: Clock) -> None:
        """An answer that was not a 429: told to the store with the others heard
        meanwhile, each with how long ago it came (so the second it counts for
        begins at the answer, not at the report)."""
        self._answers.append((grant[0], clock.monotonic()))
        if self._reporter is None:
            import asyncio

            self._reporter = asyncio.ensure_future(self._report_answers(clock))
            self.store.track(self._reporter)

    async def _report_answers(self, clock: Clock) -> None:
        import asyncio

        try:
            while self._answers:
                if len(self._answers) < REPORT_BATCH:
                    await asyncio.sleep(REPORT_DELAY)  # real time: a batching of I/O, not a wait of the client's
                heard, self._answers = self._answers, []
                now = clock.monotonic()
                answers = [(member, max(0, round((now - at) * 1000))) for member, at in heard]
                try:
                    await self.store.answered(self._key, answers, self._window_end, self.max_rate)
                except RateStoreUnavailable:
                    return  # admissions notice it; these attempts expire there by themselves
        finally:
            self._reporter = None

    async def _refused(self, grant: tuple[str, int], retry_after: float | None) -> None:
        member, sent = grant
        with contextlib.suppress(RateStoreUnavailable):  # admissions notice it
            lowered, rate = await self.store.refused(self._key, member, sent, retry_after)
            if lowered:
                self.rate = rate
                logger.info("DeployHQ refused a request (429): the account's clients now send at most %g/s", rate)


def _admit_locally(waiting: deque[asyncio.Future[Grant]]) -> None:
    """The calls waiting go to the local throttle (the store is away)."""
    _answer_all(waiting, None)


def _fail(waiting: deque[asyncio.Future[Grant]], exc: Exception) -> None:
    _answer_all(waiting, exc)


def _answer_all(waiting: deque[asyncio.Future[Grant]], exc: Exception | None) -> None:
    """Every call still waiting hears `exc`, or None (no grant of the store's)."""
    while waiting:
        if (future := waiting.popleft()).done():
            continue
        if exc is None:
            future.set_result(None)
        else:
            future.set_exception(exc)


def _pop(grants: dict[float, list[Grant]], sent: float) -> Grant:
    """The grant of one attempt that went at `sent` (attempts that went at the
    same moment are alike: any of theirs will do). Even one admitted by the
    store and one by the local throttle at the very same moment, as the store
    goes away or comes back: each side still hears of one attempt for each it
    admitted, sent at that moment, and a 429 for either says the same of that
    second."""
    pending = grants.get(sent)
    if not pending:
        return None
    grant = pending.pop()
    if not pending:
        del grants[sent]
    return grant
