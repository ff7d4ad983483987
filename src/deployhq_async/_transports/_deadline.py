"""The deadline of the attempt under way, which the transports made by the
client read: `timeout` bounds a whole attempt, from connecting to the last
byte of the answer, not each read (a body trickled a byte at a time would
otherwise never time out)."""

from __future__ import annotations

from contextvars import ContextVar

# Loop time (`loop.time()`) by which the current task's attempt must be over.
DEADLINE: ContextVar[float | None] = ContextVar("deployhq_async_deadline", default=None)


def remaining() -> float | None:
    """Seconds left before the attempt's deadline (never below 0), or None."""
    deadline = DEADLINE.get()
    if deadline is None:
        return None
    import asyncio  # loaded by the running loop

    return max(0.0, deadline - asyncio.get_running_loop().time())


def bounded(timeout: float | None) -> float | None:
    """A phase's `timeout`, cut to what is left of the attempt's deadline."""
    left = remaining()
    if left is None:
        return timeout
    return left if timeout is None or left < timeout else timeout
