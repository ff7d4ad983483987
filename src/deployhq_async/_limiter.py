"""One group's share of DeployHQ: how many request attempts may be on the wire
at once, and a pause that the `Retry-After` of any of its answers extends."""

from __future__ import annotations

import contextlib
import contextvars
from collections.abc import AsyncIterator, Callable, Iterator

from ._clock import Clock
from ._config import check_count
from .errors import DeployHQError

# Whether the request being made in this context may still go on the wire: asked
# by the client once every wait is over (the group's pause and slots, the
# throttle's line, the connection's bound), just before each attempt is sent. A
# bulk run sets it around each create, so that a run that stopped launching
# (fail_fast, stop()) sends none of the creates still waiting in those lines.
_ADMIT: contextvars.ContextVar[Callable[[], bool] | None] = contextvars.ContextVar("deployhq_admit", default=None)


class Withheld(DeployHQError):
    """The request was not sent: what made it no longer wanted it sent."""


@contextlib.contextmanager
def admitting(admit: Callable[[], bool]) -> Iterator[None]:
    """Within this block, an attempt is sent only if `admit()` says so when its
    turn comes (else the call raises `Withheld`); `admit` sees each attempt."""
    token = _ADMIT.set(admit)
    try:
        yield
    finally:
        _ADMIT.reset(token)


def admitted() -> bool:
    """Whether the attempt whose turn has come may be sent (see `admitting`)."""
    admit = _ADMIT.get()
    return admit is None or admit()


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
