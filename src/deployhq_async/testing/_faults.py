"""Faults the fake can inject, matched by method and path; each applies
itself before the request is processed (an answer instead, a dropped
connection, a delay) or after (the answer replaced, mangled or cut off)."""

from __future__ import annotations

import asyncio
import dataclasses
import fnmatch
import random
from collections import deque
from dataclasses import dataclass, field

from ._core import FakeResponse

# The kinds that let the request be processed, then change what the client gets.
_AFTER = frozenset({"reset_after", "status_after", "corrupt_after", "truncate_after"})
_DELAYS = frozenset({"latency", "latency_after"})


class ConnectionDropped(Exception):
    """Raised inside the fake when a fault drops the connection; each transport
    turns it into what a client would see (a reset socket)."""

    def __init__(self, processed: bool) -> None:
        self.processed = processed
        super().__init__("connection reset " + ("after processing" if processed else "before processing"))


@dataclass(frozen=True)
class Fault:
    """One kind of failure. Build them with the class methods."""

    kind: str
    status: int = 0
    headers: tuple[tuple[str, str], ...] = ()
    body: str = ""
    content_type: str = "application/json"
    seconds: float = 0.0
    limit: int = 0

    @classmethod
    def http_status(cls, status: int, *, retry_after: str | float | None = None, html: bool = False) -> Fault:
        """Answer `status` without processing the request; 5xx pages can be HTML as
        from a proxy. `retry_after` is sent as is (seconds or an HTTP date)."""
        headers = (("Retry-After", str(retry_after)),) if retry_after is not None else ()
        if html:
            body = f"<html><head><title>{status}</title></head><body><h1>{status}</h1>nginx</body></html>"
            return cls("status", status=status, headers=headers, body=body, content_type="text/html")
        return cls("status", status=status, headers=headers, body='{"error": "Service unavailable"}')

    @classmethod
    def latency(cls, seconds: float) -> Fault:
        """Delay the answer (the request is still processed)."""
        return cls("latency", seconds=seconds)

    @classmethod
    def slow_answer(cls, seconds: float) -> Fault:
        """Process the request at once, then wait before answering (a client that
        gives up first never learns the outcome)."""
        return cls("latency_after", seconds=seconds)

    @classmethod
    def status_after(cls, status: int = 502) -> Fault:
        """Process the request, then answer `status` with an HTML page, as a proxy
        in front of DeployHQ does when the backend answered too late."""
        body = f"<html><head><title>{status}</title></head><body><h1>{status} Bad Gateway</h1></body></html>"
        return cls("status_after", status=status, body=body, content_type="text/html")

    @classmethod
    def truncate_after(cls) -> Fault:
        """Process the request, then cut the answer off halfway through its body."""
        return cls("truncate_after")

    @classmethod
    def corrupt_after(cls) -> Fault:
        """Process the request, then answer with a body that says it is gzip and
        is not, as a proxy that mangles bodies does."""
        return cls("corrupt_after")

    @classmethod
    def rate_limit(cls, per_second: int, *, retry_after: float = 1.0) -> Fault:
        """Answer 429 with `Retry-After` to requests beyond `per_second` in any
        second (on the fake's clock), as DeployHQ's rate limiter does."""
        if per_second < 1:
            raise ValueError(f"per_second must be at least 1, got {per_second}")
        headers = (("Retry-After", f"{retry_after:g}"),)
        body = '{"error": "Rate limit exceeded", "error_code": "rate_limited"}'
        return cls("rate_limit", status=429, headers=headers, body=body, seconds=retry_after, limit=per_second)

    @classmethod
    def reset_before(cls) -> Fault:
        """Drop the connection before the request is processed."""
        return cls("reset_before")

    @classmethod
    def reset_after(cls) -> Fault:
        """Process the request, then drop the connection before answering."""
        return cls("reset_after")

    # --- applying it --------------------------------------------------------------------

    @property
    def delays(self) -> bool:
        """It only delays (it does not decide the answer)."""
        return self.kind in _DELAYS

    @property
    def acts_after(self) -> bool:
        """It lets the request be processed, then changes the answer."""
        return self.kind in _AFTER

    async def delay_before(self) -> None:
        if self.kind == "latency":
            await asyncio.sleep(self.seconds)

    async def delay_after(self) -> None:
        if self.kind == "latency_after":
            await asyncio.sleep(self.seconds)

    def before(self) -> FakeResponse | None:
        """The answer instead of processing the request, or None to process it.
        Raises `ConnectionDropped` for a connection dropped first."""
        if self.kind in ("status", "rate_limit"):
            return FakeResponse(self.status, self.body.encode(), (("Content-Type", self.content_type), *self.headers))
        if self.kind == "reset_before":
            raise ConnectionDropped(processed=False)
        return None

    def after(self, response: FakeResponse) -> FakeResponse:
        """What the client gets instead of `response`, the request processed.
        Raises `ConnectionDropped` for a connection dropped before the answer."""
        if self.kind == "reset_after":
            raise ConnectionDropped(processed=True)
        if self.kind == "status_after":
            return FakeResponse(self.status, self.body.encode(), (("Content-Type", self.content_type),))
        if self.kind == "corrupt_after":
            mangled = (*response.headers, ("Content-Encoding", "gzip"))
            return dataclasses.replace(response, body=b"\x1f\x8b\x08\x00" + b"not gzip" * 4, headers=mangled)
        if self.kind == "truncate_after":
            return dataclasses.replace(response, truncated=True)
        return response


@dataclass
class FaultRule:
    fault: Fault
    method: str | None
    path: str
    times: int | None
    rate: float
    rng: random.Random
    fired: int = field(default=0)
    recent: deque[float] = field(default_factory=deque)  # arrivals within the last second (rate_limit)

    @staticmethod
    def deciding(rules: list[FaultRule], now: float) -> Fault | None:
        """The fault that decides a request's answer among the rules it matched:
        a rate limit it is over, else the first that is more than a delay."""
        limited = next((r.fault for r in rules if r.fault.kind == "rate_limit" and r.over_limit(now)), None)
        others = (r.fault for r in rules if not r.fault.delays and r.fault.kind != "rate_limit")
        return limited or next(others, None)

    def over_limit(self, now: float) -> bool:
        """For a rate limit: whether a request arriving `now` is one too many."""
        while self.recent and self.recent[0] <= now - 1.0:
            self.recent.popleft()
        if len(self.recent) >= self.fault.limit:
            return True
        self.recent.append(now)
        return False

    def matches(self, method: str, path: str) -> bool:
        if self.times is not None and self.fired >= self.times:
            return False
        if self.method is not None and self.method != method:
            return False
        if not fnmatch.fnmatchcase(path, self.path):
            return False
        return self.rate >= 1.0 or self.rng.random() < self.rate
