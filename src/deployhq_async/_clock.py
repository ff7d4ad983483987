"""The client's sense of time: every sleep, deadline and timestamp comparison of
retries, waits, polls and reconciliation goes through one `Clock`, so tests (and
the fake DeployHQ) can run the client on virtual time."""

from __future__ import annotations

import time
from typing import Protocol, runtime_checkable


@runtime_checkable
class Clock(Protocol):
    """What the client needs of a clock. `deployhq_async.testing` has virtual ones."""

    def now(self) -> float:
        """Wall-clock seconds since the epoch (compared with DeployHQ's timestamps)."""
        ...

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back (for deadlines)."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Return once `seconds` have passed on this clock."""
        ...


class SystemClock:
    """Real time: the default."""

    def now(self) -> float:
        return time.time()

    def monotonic(self) -> float:
        return time.monotonic()

    async def sleep(self, seconds: float) -> None:
        import asyncio  # imported by the running loop already; kept off the import path

        await asyncio.sleep(max(0.0, seconds))

    def __repr__(self) -> str:
        return "SystemClock()"


SYSTEM_CLOCK = SystemClock()
