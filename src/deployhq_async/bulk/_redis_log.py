"""A journal kept in Redis (`journal="redis://host:6379/0/<name>"`, the `redis`
extra), so that a run can be resumed from any machine: the same lines as a
journal file, one list item each, and a lease instead of the file's lock
(`?lease=<seconds>`, default 15: how long a run that died holds the journal).

    deployhq-async:journal:{<name>}          list: the journal's lines, in order
    deployhq-async:journal:{<name>}:lease    the holder's token (a fencing number in it), expiring
    deployhq-async:journal:{<name>}:fence    the last fencing number given

A run takes the lease when it opens the journal and renews it every third of
`LEASE`; one that died frees it when it expires. Every line is appended by a
script that first checks the lease is still this run's (its fencing token), so
a run that lost its lease (paused past it, cut off) can write nothing more, and
sends no create after that: its intent is refused first. An intent is in Redis
before its create is sent; how durable Redis itself is (its append-only file)
is its configuration's.
"""

from __future__ import annotations

import asyncio
import importlib
import math
import secrets
from typing import Any
from urllib.parse import urlsplit, urlunsplit

from .._redis import SCHEMES, where
from ..errors import ConfigurationError

LEASE_MS = 15_000
PREFIX = "deployhq-async:journal"

ACQUIRE = """
local holder = redis.call('GET', KEYS[2])
if holder then return {0, redis.call('PTTL', KEYS[2])} end
local token = ARGV[1] .. ':' .. redis.call('INCR', KEYS[3])
redis.call('SET', KEYS[2], token, 'PX', ARGV[2])
return {1, token}
"""
APPEND = """
if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
for i = 2, #ARGV do redis.call('RPUSH', KEYS[1], ARGV[i]) end
return 1
"""
RENEW = """
if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
return redis.call('PEXPIRE', KEYS[2], ARGV[2])
"""
RELEASE = """
if redis.call('GET', KEYS[2]) ~= ARGV[1] then return 0 end
return redis.call('DEL', KEYS[2])
"""


def is_redis(location: object) -> bool:
    """Whether a journal location names a Redis journal (not a file)."""
    return isinstance(location, str) and urlsplit(location).scheme in SCHEMES


def split(location: str) -> tuple[str, str, int]:
    """A Redis journal's location as (the server's URL, the journal's name, its
    lease in ms): `redis://host:6379/0/<name>`, optionally `?lease=<seconds>`."""
    parts = urlsplit(location)
    head, _, name = parts.path.rstrip("/").rpartition("/")
    if not name or (parts.scheme != "unix" and not head):
        raise ConfigurationError(
            f"a Redis journal's location ends with its name: redis://host:6379/0/<name>, not {where(location)!r}"
        )
    lease = LEASE_MS
    for option in parts.query.split("&") if parts.query else ():
        key, _, value = option.partition("=")
        try:
            seconds = float(value) if key == "lease" else math.nan
        except ValueError:
            seconds = math.nan
        if not 1 <= seconds <= 3600:
            raise ConfigurationError(
                f"a Redis journal's location takes ?lease=<seconds> (1 to 3600), not {option!r}: "
                "how long a run that died keeps others from resuming it"
            )
        lease = round(seconds * 1000)
    return urlunsplit(parts._replace(path=head or "/", query="")), name, lease


def beside(location: str, part: str) -> str:
    """The location of the journal of one part of a rollout (`wave-2`), next to `location`."""
    parts = urlsplit(location)
    return urlunsplit(parts._replace(path=f"{parts.path.rstrip('/')}.{part}"))


class RedisLog:
    """The lines of one journal in Redis, held by this run's lease."""

    def __init__(
        self, location: str, client: Any, scripts: dict[str, Any], name: str, token: str, data: bytes, lease: int
    ) -> None:
        self.location = where(location)
        self.lease = lease  # ms
        self.data = data  # the lines it had when opened, one a line
        self._client = client
        self._scripts = scripts
        self._keys = [f"{PREFIX}:{{{name}}}", f"{PREFIX}:{{{name}}}:lease", f"{PREFIX}:{{{name}}}:fence"]
        self._token = token
        self._last: asyncio.Future[None] | None = None  # appends go in order: each after the one before
        self.failed: Exception | None = None
        self._renewal = asyncio.ensure_future(self._renew())

    def __repr__(self) -> str:
        return f"RedisLog({self.location!r})"

    @classmethod
    async def open(cls, location: str) -> RedisLog:
        """Take the journal's lease and read its lines. A journal whose lease
        another run holds, or a Redis that cannot be reached, is a
        `ConfigurationError` (nothing was sent)."""
        url, name, lease = split(location)
        try:
            module = await asyncio.to_thread(importlib.import_module, "redis.asyncio")
        except ImportError as exc:
            raise ConfigurationError("a Redis journal needs redis-py: pip install 'deployhq-async[redis]'") from exc
        client = module.from_url(url, socket_timeout=5.0, socket_connect_timeout=5.0)
        scripts = {n: client.register_script(s) for n, s in (("acquire", ACQUIRE), ("append", APPEND))}
        scripts |= {n: client.register_script(s) for n, s in (("renew", RENEW), ("release", RELEASE))}
        keys = [f"{PREFIX}:{{{name}}}", f"{PREFIX}:{{{name}}}:lease", f"{PREFIX}:{{{name}}}:fence"]
        try:
            taken, token = await scripts["acquire"](keys=keys, args=[secrets.token_hex(8), lease])
            if not taken:
                raise ConfigurationError(
                    f"another run holds the journal {where(location)}: its lease ends within "
                    f"{max(int(token), 0) / 1000:.0f} s unless that run renews it (a run that died does not); "
                    "wait for it, or give this run a journal of its own; nothing was sent"
                )
            lines = await client.lrange(keys[0], 0, -1)
        except BaseException as exc:
            await client.aclose()
            if isinstance(exc, ConfigurationError) or not _is_redis_error(exc):
                raise
            raise ConfigurationError(f"cannot use the journal {where(location)}: {type(exc).__name__}: {exc}") from None
        data = b"".join(bytes(item) + b"\n" for item in lines)
        return cls(location, client, scripts, name, token.decode() if isinstance(token, bytes) else token, data, lease)

    def submit(self, text: str) -> asyncio.Future[None]:
        """Append `text`'s lines after every line submitted before; the future
        is done once they are in Redis (or holds why they are not)."""
        previous, lines = self._last, [item for item in text.split("\n") if item]
        self._last = written = asyncio.ensure_future(self._append(previous, lines))
        written.add_done_callback(_retrieved)  # an outcome's failure is `failed`'s to tell, at close
        return written

    async def _append(self, previous: asyncio.Future[None] | None, lines: list[str]) -> None:
        if previous is not None:
            await asyncio.gather(previous, return_exceptions=True)
        if self.failed is not None:
            raise self.failed
        try:
            kept = await self._scripts["append"](keys=self._keys, args=[self._token, *lines])
        except Exception as exc:
            self.failed = exc
            raise
        if not kept:
            self.failed = ConfigurationError(
                f"this run lost the lease of the journal {self.location} (it was not renewed in time, and another "
                "run may hold it now): it sends nothing more"
            )
            raise self.failed

    async def _renew(self) -> None:
        while True:
            # Real time, not the client's clock: the lease expires on Redis's.
            await asyncio.sleep(self.lease / 3000)
            try:
                if not await self._scripts["renew"](keys=self._keys, args=[self._token, self.lease]):
                    return  # lost: the next append says so
            except Exception:
                continue

    async def aclose(self) -> None:
        """Wait for every append, give the lease back, close the connection."""
        self._renewal.cancel()
        try:
            if self._last is not None:
                await asyncio.gather(self._last, return_exceptions=True)
            if self.failed is None:
                await self._scripts["release"](keys=self._keys, args=[self._token])
        except Exception as exc:
            if not _is_redis_error(exc):
                raise
        finally:
            await asyncio.gather(self._renewal, return_exceptions=True)
            await self._client.aclose()


def _retrieved(task: asyncio.Future[None]) -> None:
    if not task.cancelled():
        task.exception()


def _is_redis_error(exc: BaseException) -> bool:
    return isinstance(exc, (OSError, TimeoutError)) or type(exc).__module__.startswith("redis.")
