"""One group's share of DeployHQ: how many request attempts may be on the wire
at once, and a pause that the `Retry-After` of any of its answers extends."""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

from ._clock import Clock
from ._config import check_count


class RequestLimiter:
    """A budget shared by every client given it (`dhq.with_options(limiter=...)`):
    at most `concurrency` request attempts at once (None: no bound of its own),
    and, once any of their answers is a 429 or 503 with a `Retry-After` the client
    waits for (at most `max_retry_wait`), none sent until that moment has passed;
    a longer one is only its own call's error. A bulk run makes one for its requests.

    Raises `ConfigurationError` for a `concurrency` that is not a positive integer.
    """

    def __init__(self, concurrency: int | None = None) -> None:
        if concurrency is not None:
            check_count("concurrency", concurrency)
        import asyncio  # here, not at import: `import deployhq_async` stays light

        self.concurrency = concurrency
        self._slots = asyncio.Semaphore(concurrency) if concurrency is not None else None
        self.paused_until = 0.0  # on the clock of the clients that share it
        self.pauses = 0  # answers with Retry-After that extended the pause

    def __repr__(self) -> str:
        return f"RequestLimiter(concurrency={self.concurrency!r}, pauses={self.pauses})"

    def retry_after(self, until: float) -> None:
        """An answer asked the group to wait until `until` (its clock's monotonic time)."""
        self.pauses += 1
        self.paused_until = max(self.paused_until, until)

    @contextlib.asynccontextmanager
    async def attempt(self, clock: Clock) -> AsyncIterator[None]:
        """Hold a slot for one attempt, sent only after any pause has passed."""
        while True:
            while (remaining := self.paused_until - clock.monotonic()) > 0:
                await clock.sleep(remaining)
            async with self._slots if self._slots is not None else contextlib.nullcontext():
                # A pause may have begun while this attempt queued for a slot: it
                # waits again (without the slot) rather than meet another 429.
                if self.paused_until <= clock.monotonic():
                    yield
                    return
