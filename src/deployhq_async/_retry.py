"""When to retry, and how long to wait: every rule in one place.

The client's single request path asks `after_exception` / `after_response` what
to do after each attempt. The rules:

- 429 and 503 are retried for every method: DeployHQ did not process the request.
  Their `Retry-After` (seconds, or an HTTP date measured against the answer's own
  `Date`, so a wrong local clock does not matter) is honoured when it is at most
  `max_retry_wait`; a longer one (however long) is not slept: the error is raised
  at once with `.retry_after` set. A missing or unreadable one means backoff.
- Every wait, backoff included, is at most `max_retry_wait`.
- A connection that provably never reached the server (connect error, connect
  timeout, pool timeout) is retried for every method.
- Anything that may have been processed (read/write timeouts, resets, protocol
  errors, 500/502/504) is retried for idempotent methods only. A POST or PATCH in
  that state is never replayed: replaying "create deployment" deploys twice.
"""

from __future__ import annotations

import math
from typing import NamedTuple

import httpx2

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE", "OPTIONS"})
ALWAYS_RETRIED_STATUSES = frozenset({429, 503})
IDEMPOTENT_RETRIED_STATUSES = frozenset({500, 502, 504})
# Exceptions raised before any byte of the request left this machine.
NOT_SENT = (httpx2.ConnectError, httpx2.ConnectTimeout, httpx2.PoolTimeout)

BACKOFF_START = 0.5
BACKOFF_CAP = 8.0


def jitter() -> float:
    import random

    return random.random()


class Decision(NamedTuple):
    """What to do after a failed attempt."""

    retry: bool
    delay: float = 0.0
    may_have_been_processed: bool = False
    retry_after: float | None = None


def backoff(attempt: int, spread: float | None = None) -> float:
    """Delay before retry number `attempt` (1-based): about 0.5 s doubling, capped
    at 8 s, minus up to a quarter (`spread`, 0 to 1, random by default) so that
    clients spread out."""
    base = min(BACKOFF_CAP, BACKOFF_START * 2.0 ** (attempt - 1))
    return base * (1 - 0.25 * (jitter() if spread is None else spread))


def parse_retry_after(value: str | None, now: float) -> float | None:
    """Seconds to wait from a `Retry-After` header (an HTTP date is read against
    `now`, epoch seconds), or None when it is missing or unreadable (negative,
    not a number or date, infinite)."""
    if value is None:
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        when = http_date(value)
        if when is None:
            return None
        seconds = max(0.0, when - now)
    if not math.isfinite(seconds) or seconds < 0:
        return None
    return seconds


def http_date(value: str) -> float | None:
    """Epoch seconds of an HTTP date, or None when it is not one."""
    import email.utils

    try:
        return email.utils.parsedate_to_datetime(value).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return None


def server_time(date: str | None, now: float) -> float:
    """The moment the answer was sent by the server's clock (its `Date` header),
    or `now` (this machine's) when it has no readable one."""
    when = None if date is None else http_date(date)
    return now if when is None else when


def after_exception(
    exc: httpx2.TransportError, method: str, attempt: int, max_retries: int, max_retry_wait: float
) -> Decision:
    processed = not isinstance(exc, NOT_SENT)
    allowed = not processed or method in IDEMPOTENT_METHODS
    return Decision(
        retry=allowed and attempt <= max_retries,
        delay=min(backoff(attempt), max_retry_wait),
        may_have_been_processed=processed,
    )


def after_response(
    response: httpx2.Response, method: str, attempt: int, max_retries: int, max_retry_wait: float, now: float
) -> Decision:
    status = response.status_code
    headers = response.headers
    retry_after = parse_retry_after(headers.get("retry-after"), server_time(headers.get("date"), now))
    if status in ALWAYS_RETRIED_STATUSES:
        if retry_after is not None and retry_after > max_retry_wait:
            return Decision(retry=False, retry_after=retry_after)
        delay = retry_after if retry_after is not None else min(backoff(attempt), max_retry_wait)
        return Decision(retry=attempt <= max_retries, delay=delay, retry_after=retry_after)
    if status in IDEMPOTENT_RETRIED_STATUSES:
        idempotent = method in IDEMPOTENT_METHODS
        return Decision(
            retry=idempotent and attempt <= max_retries,
            delay=min(backoff(attempt), max_retry_wait),
            may_have_been_processed=not idempotent,
            retry_after=retry_after,
        )
    return Decision(retry=False, retry_after=retry_after)
