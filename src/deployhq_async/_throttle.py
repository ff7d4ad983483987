"""How fast one client sends: never more than `max_rate` requests in any second
when one is given, and, unless turned off, the rate DeployHQ allows, learned
from its 429 answers (DeployHQ documents no rate; it only refuses).

The learned rate is a count of attempts per second. An attempt holds one from
the moment it is sent until a second after its answer arrived: the answer
proves DeployHQ had counted the request by then, so a request sent once that
second has passed cannot meet it in DeployHQ's window, however long either took
on the way. On a 429, for an attempt sent after the last decrease, the rate
becomes the number of answers DeployHQ accepted in the last second (never more
than one below the rate it replaces), and its `Retry-After` holds every request
of the client, unless it answered an upward probe: then the rate going back
down is enough (holding every request a second per probe cost a rate-limited
run a second every few). After each whole second at a rate that held requests back
without a 429 the rate is probed upwards, by 1, then 2, 4, … while no 429
comes, so a limit that was raised or lifted is found again in seconds.
"""

from __future__ import annotations

import contextlib
import math
from collections import deque
from typing import TYPE_CHECKING

from ._config import check_flag, check_rate

if TYPE_CHECKING:
    import asyncio

    from ._clock import Clock

WINDOW = 1.0  # seconds: rates are requests per second, counted over any second
REFUSED = 429  # the answer DeployHQ gives to a request beyond its rate
# Until a first 429, at most this many attempts at once, growing by GROWTH with
# each answer, until the bound reaches the client's own concurrency (or
# SLOW_START_END): the burst that meets DeployHQ's limit the first time is a
# fraction of it, not a whole concurrency. An attempt on the wire for more than
# a WINDOW no longer counts (DeployHQ's second with it has passed): slow answers
# hold the others back for a second at most.
SLOW_START = 4.0
GROWTH = 0.2  # chosen against 0.15 and 0.3 by measurement: the table in docs/guide/rate-limits.md
SLOW_START_END = 256
# Seconds at a lowered rate before it is probed upwards; once a probe has met no
# 429, the next comes a WINDOW later. Each probe that meets one costs the rest of
# its burst's window, so they are rare where the limit holds.
PROBE_AFTER = 3.0


class Throttle:
    """The request rate of a client and the copies made with `with_options`
    (`dhq.throttle`; the client makes it from its `max_rate` and `adaptive_rate`).

    Args:
        max_rate: the most requests sent in any second (None: no bound of its own).
        adaptive: whether DeployHQ's rate is learned from its 429s.
        concurrency: the most attempts the client has on the wire at once,
            where the slow start (a bound until the first 429) ends.

    Attributes:
        rate: the learned rate in requests per second (None until a 429).
        refusals: 429 answers seen.
        paused_until: no request is sent before this (the client clock's
            monotonic time), set by the `Retry-After` of a 429.

    Raises `ConfigurationError` for a `max_rate` that is not a positive number.
    """

    def __init__(self, max_rate: float | None = None, *, adaptive: bool = True, concurrency: int | None = None) -> None:
        check_rate("max_rate", max_rate)
        self.max_rate = None if max_rate is None else float(max_rate)
        self.adaptive = check_flag("adaptive_rate", adaptive)
        self.rate: float | None = None
        self.refusals = 0
        self.paused_until = 0.0
        self._in_flight = 0
        # How long answers are remembered: the longest window a rate is counted over.
        self._kept = WINDOW if self.max_rate is None else _budget(self.max_rate)[1]
        self._answered: deque[float] = deque()  # when attempts answered (not 429), the last second or two
        self._lowered = -math.inf  # when the rate last went down
        self._changed = -math.inf  # when it last changed
        self._step = 1.0
        self._window: float | None = SLOW_START if self.adaptive else None  # attempts at once, until a 429
        self._window_end = min(SLOW_START_END, concurrency or SLOW_START_END)
        self._flying: deque[float] = deque()  # when the attempts on the wire were sent (in the slow start)
        self._line: deque[asyncio.Future[None]] = deque()  # attempts waiting, each resolved at its turn
        self._answer: asyncio.Future[None] | None = None  # what the head of the line waits for
        self._ager: asyncio.Future[None] | None = None  # wakes it when an attempt stops counting

    def __repr__(self) -> str:
        return (
            f"Throttle(max_rate={self.max_rate!r}, adaptive={self.adaptive!r}, "
            f"rate={self.rate!r}, refusals={self.refusals})"
        )

    @property
    def limit(self) -> float | None:
        """The rate requests are sent at most (requests per second), or None."""
        if self.rate is None:
            return self.max_rate
        return self.rate if self.max_rate is None else min(self.rate, self.max_rate)

    async def acquire(self, clock: Clock) -> float:
        """Wait until an attempt may be sent; return when (monotonic), having
        counted it. Every `acquire` is followed by one `release`. Attempts go
        in the order they asked."""
        now = clock.monotonic()
        if not self._line and self._allows(now):
            self._take(now)
            return now
        return await self._queue(clock)

    def release(self, clock: Clock, sent: float, status: int | None) -> None:
        """The attempt `acquire` let go at `sent` ended: with an answer of
        `status`, or None when it failed without one (counted as if DeployHQ had it)."""
        now = clock.monotonic()
        self._in_flight -= 1
        if self._flying:
            with contextlib.suppress(ValueError):
                self._flying.remove(sent)
        if status != REFUSED:
            if self._window is not None:
                self._window += GROWTH
                if self._window >= self._window_end:
                    self._end_slow_start()
            answered = self._answered
            answered.append(now)
            while answered[0] <= now - self._kept:
                answered.popleft()
        if self._answer is not None:
            if not self._answer.done():
                self._answer.set_result(None)
            self._answer = None

    def _allows(self, now: float) -> bool:
        """Whether an attempt may be sent `now`."""
        if self.paused_until > now:
            return False
        limit = self.limit
        if limit is None:
            return self._window is None or _since(self._flying, now - WINDOW) < self._window
        slots, window = _budget(limit)
        answered = self._answered
        while answered and answered[0] <= now - window:
            answered.popleft()
        return self._in_flight + len(answered) < slots

    async def _queue(self, clock: Clock) -> float:
        """Wait in line: only the attempt at its head watches the clock and the
        answers (the others wait for their turn), so a long line costs nothing
        per answer."""
        import asyncio  # loaded by the running loop already

        line = self._line
        turn: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        line.append(turn)
        if len(line) == 1:
            turn.set_result(None)
        try:
            await turn
            while not self._allows(now := clock.monotonic()):
                if self.paused_until > now:
                    await clock.sleep(self.paused_until - now)
                elif self._probe(now):
                    continue
                elif self.limit is not None and self._answered:  # the oldest answer's second ends first
                    await clock.sleep(self._answered[0] + _budget(self.limit)[1] - now)
                else:
                    await self._answer_or_aged(clock, now)
        except BaseException:
            head = line[0] is turn
            line.remove(turn)
            if head:
                _next(line)
            if not line and (ager := self._idle()) is not None:
                await asyncio.wait([ager])  # a cancelled run leaves no timer of ours behind
            raise
        line.popleft()
        self._take(now)
        if line:
            _next(line)  # the next may go at once too
        else:
            self._idle()
        return now

    def _idle(self) -> asyncio.Future[None] | None:
        """The line is empty: its timer has no one to wake. Returns it, cancelled."""
        ager, self._ager = self._ager, None
        if ager is not None:
            ager.cancel()
        return ager

    def refused(self, sent: float, now: float, retry_after: float | None) -> bool:
        """A 429 answered an attempt sent at `sent` (monotonic, as `acquire`
        returned). Pauses every request for its `retry_after`; returns whether
        the learned rate went down."""
        self.refusals += 1
        if not self.adaptive:
            return False
        if retry_after is not None:
            self.paused_until = max(self.paused_until, now + retry_after)
        if sent < self._lowered:  # sent at the rate already lowered: it says nothing new
            return False
        accepted = _since(self._answered, now - WINDOW)
        ceiling = math.inf if self.rate is None else self.rate - 1
        self.rate = float(max(1, min(ceiling, accepted)))
        self._lowered = self._changed = now
        self._step = 1.0
        self._end_slow_start()
        return True

    def answers_probe(self, sent: float) -> bool:
        """Whether a 429 for an attempt sent at `sent` answers an upward probe:
        the rate was raised after it was last lowered, and before `sent`."""
        return self.adaptive and self.rate is not None and self._lowered < self._changed <= sent

    def _take(self, now: float) -> None:
        self._in_flight += 1
        if self._window is not None:
            self._flying.append(now)

    def _end_slow_start(self) -> None:
        self._window = None
        self._flying.clear()

    async def _answer_or_aged(self, clock: Clock, now: float) -> None:
        """Wait for the next answer, or (in the slow start) for the oldest
        attempt on the wire that still counts to stop counting: one timer for
        that at a time, not one per wait (answers usually come first)."""
        import asyncio

        self._answer = answer = asyncio.get_running_loop().create_future()
        if self._window is not None and self._ager is None:
            oldest = next((sent for sent in self._flying if sent > now - WINDOW), None)
            if oldest is not None:
                self._ager = asyncio.ensure_future(self._age(clock, oldest + WINDOW - now))
        await answer

    async def _age(self, clock: Clock, delay: float) -> None:
        """After `delay`, wake the head of the line (to count again)."""
        import asyncio

        try:
            await clock.sleep(delay)
        finally:
            if self._ager is asyncio.current_task():
                self._ager = None
        if self._answer is not None and not self._answer.done():
            self._answer.set_result(None)

    def _probe(self, now: float) -> bool:
        """The learned rate held a request back: raise it once a whole second
        has passed at it without a 429. Returns whether it went up."""
        if self.rate is None:
            return False
        if now - self._changed < (PROBE_AFTER if self._changed == self._lowered else WINDOW):
            return False
        if self.max_rate is not None and self.rate >= self.max_rate:
            return False
        self.rate += self._step
        self._step *= 2
        self._changed = now
        return True


def _next(line: deque[asyncio.Future[None]]) -> None:
    """Give the head of the line its turn."""
    if line and not line[0].done():
        line[0].set_result(None)


def _budget(rate: float) -> tuple[int, float]:
    """A rate as (attempts, seconds): so many in any such window."""
    if rate >= 1:
        return int(rate), WINDOW
    return 1, 1.0 / rate


def _since(moments: deque[float], start: float) -> int:
    """How many of the (ascending) `moments` are after `start`."""
    count = 0
    for moment in reversed(moments):
        if moment <= start:
            break
        count += 1
    return count
