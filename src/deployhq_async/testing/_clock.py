"""Virtual clocks for tests: time moves when the test says so, or jumps ahead
whenever every task is waiting on it."""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time


class ManualClock:
    """Virtual time that moves only on `advance()`. It starts at the current
    time, so timestamps it makes read like DeployHQ's; `sleep()` returns once the
    clock has been advanced past its deadline."""

    def __init__(self, start: float | None = None) -> None:
        self._now = time.time() if start is None else float(start)
        self._waiters: list[tuple[float, int, asyncio.Future[None]]] = []
        self._order = itertools.count()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(now={self._now!r}, sleeping={len(self._waiters)})"

    def now(self) -> float:
        return self._now

    def monotonic(self) -> float:
        return self._now

    def advance(self, seconds: float) -> None:
        """Move time forward and wake every sleep whose deadline has come."""
        if seconds < 0:
            raise ValueError("time does not go backwards")
        self._now += seconds
        while self._waiters and self._waiters[0][0] <= self._now:
            _, _, future = heapq.heappop(self._waiters)
            if not future.done():
                future.set_result(None)

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        future: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        heapq.heappush(self._waiters, (self._now + seconds, next(self._order), future))
        self._sleeping()
        await future

    @property
    def sleeping(self) -> int:
        """How many sleeps are waiting for time to move."""
        return sum(1 for _, _, future in self._waiters if not future.done())

    def _next_deadline(self) -> float | None:
        while self._waiters and self._waiters[0][2].done():  # cancelled sleeps
            heapq.heappop(self._waiters)
        return self._waiters[0][0] if self._waiters else None

    def _sleeping(self) -> None:
        """Called whenever a task starts sleeping."""


class AutojumpClock(ManualClock):
    """Virtual time that jumps to the next deadline whenever no task can run
    (every one is sleeping on this clock or waiting for I/O): retries, polls and
    waits of minutes finish in milliseconds, in the order real time would give."""

    # Passes of the event loop with nothing to run before time jumps: lets
    # callbacks that are about to run (a response arriving) go first.
    IDLE_PASSES = 3

    def __init__(self, start: float | None = None) -> None:
        super().__init__(start)
        self._jumper: asyncio.Task[None] | None = None

    def _sleeping(self) -> None:
        if self._jumper is None or self._jumper.done():
            self._jumper = asyncio.get_running_loop().create_task(self._jump_when_idle())

    async def _jump_when_idle(self) -> None:
        loop = asyncio.get_running_loop()
        idle = 0
        while (deadline := self._next_deadline()) is not None:
            await asyncio.sleep(0)
            idle = idle + 1 if _nothing_ready(loop) else 0
            if idle >= self.IDLE_PASSES:
                idle = 0
                self.advance(max(0.0, deadline - self._now))


def _nothing_ready(loop: asyncio.AbstractEventLoop) -> bool:
    # asyncio has no public way to ask whether any callback is ready to run; its
    # ready queue is the answer (other loops: assume idle after the passes).
    ready = getattr(loop, "_ready", None)
    return ready is None or len(ready) == 0


class ScaledClock:
    """Real time, `scale` times faster: a deployment the fake runs for 6 s
    takes 60 ms at scale 100. For a fake served to code on real time (a
    service under test), whose own client waits and polls in real seconds."""

    def __init__(self, scale: float, start: float | None = None) -> None:
        if not scale > 0:
            raise ValueError(f"scale must be above 0, not {scale!r}")
        self.scale = float(scale)
        self._origin = time.time() if start is None else float(start)
        self._started = time.monotonic()

    def __repr__(self) -> str:
        return f"ScaledClock(scale={self.scale:g})"

    def _elapsed(self) -> float:
        return (time.monotonic() - self._started) * self.scale

    def now(self) -> float:
        return self._origin + self._elapsed()

    def monotonic(self) -> float:
        return self._started + self._elapsed()

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(max(0.0, seconds) / self.scale)
