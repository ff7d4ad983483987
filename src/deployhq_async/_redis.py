"""The shared rate store (the `redis` extra): every client given the same
`RedisRateStore` for the same account shares one admission, decided in Redis by
a script on Redis's own clock, so that no machine's clock matters.

One account's state is three keys (one hash tag, so they sit on one node of
a cluster):

    deployhq-async:{<key>}:state   hash: rate, paused (ms), window, lowered, changed, step, refusals
    deployhq-async:{<key>}:held    sorted set: attempt -> until when it counts (ms)
    deployhq-async:{<key>}:flying  sorted set: attempt -> when it was sent (ms), in the slow start
    deployhq-async:{<key>}:holding hash: client -> how many of the attempts held are its own
    deployhq-async:{<key>}:wanting sorted set: client -> when it was last given less than it asked

They are the rules of `_throttle.Throttle`, made shared: an attempt counts from
when it is admitted until a second after its answer (while on the wire, until
`HORIZON` at most: a process that died with attempts on the wire frees them
then); while several clients want more than there is, each is kept to its
share (the others' unused shares go to whoever asks), so that processes
started together finish together; a probe that met a 429 makes the next one
wait twice as long (3 s, 6 s, … a minute), the whole account's probes being
one client's; a 429 lowers the rate to the answers accepted in the last second and its
`Retry-After` holds every client; a rate that held attempts back for a whole
second without a 429 is probed upwards. The keys expire after an idle day, so
that the runs of the next hours start at the rate learned (no first burst of 429s).

`<key>` is derived from the account's host and the user's email (hashed); the
API key never reaches Redis.
"""

from __future__ import annotations

import hashlib
import importlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, NamedTuple
from urllib.parse import urlsplit

from ._config import check_flag, check_seconds
from .errors import ConfigurationError, RateStoreUnavailable

if TYPE_CHECKING:
    import asyncio

PREFIX = "deployhq-async"
HORIZON_MS = 60_000  # the longest an attempt on the wire counts without its answer
IDLE_MS = 86_400_000  # an account's keys outlive their last use by a day: the next runs start at its rate
SCHEMES = ("redis", "rediss", "unix")
KEY_PARTS = ("state", "held", "flying", "holding", "wanting")

# ARGV: client, first sequence number, attempts wanted, max_rate (0: none), HORIZON_MS, IDLE_MS
ADMIT = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state, held, flying = KEYS[1], KEYS[2], KEYS[3]
local s = redis.call('HMGET', state, 'paused', 'rate', 'window', 'lowered', 'changed', 'step', 'backoff')
local paused = tonumber(s[1]) or 0
local rate = tonumber(s[2])
local window = tonumber(s[3])
local lowered = tonumber(s[4]) or -1
local changed = tonumber(s[5]) or -1
local step = tonumber(s[6]) or 1
local backoff = tonumber(s[7]) or 3000
local function report(admitted, wait)
  return {admitted, wait, now, tostring(rate or -1), lowered, changed, paused}
end
if paused > now then return report(0, paused - now) end
local holding, wanting, me = KEYS[4], KEYS[5], ARGV[1]
local function owner(member) return string.match(member, '^(.*):%d+$') end
for _, member in ipairs(redis.call('ZRANGEBYSCORE', held, '-inf', now)) do
  local client = owner(member)
  if redis.call('HINCRBY', holding, client, -1) <= 0 then redis.call('HDEL', holding, client) end
end
redis.call('ZREMRANGEBYSCORE', held, '-inf', now)
redis.call('ZREMRANGEBYSCORE', flying, '-inf', now - 1000)
redis.call('ZREMRANGEBYSCORE', wanting, '-inf', now - 100)
if window == nil and rate == nil then
  window = 4
  redis.call('HSET', state, 'window', window)
end
if window ~= nil and window < 0 then window = nil end
local maxr = tonumber(ARGV[4])
if maxr <= 0 then maxr = nil end
local want = tonumber(ARGV[3])
local room = want
local wait = 20
local limit = rate
if maxr and (not limit or maxr < limit) then limit = maxr end
if limit then
  local count = redis.call('ZCARD', held)
  local slots = limit >= 1 and math.floor(limit) or 1
  room = slots - count
  if room <= 0 and rate and (not maxr or rate < maxr) then
    local after = (changed == lowered) and backoff or 1000
    if now - changed >= after then
      if changed ~= lowered then backoff = 3000 end  -- the last probe held: the limit moved
      rate = rate + step
      step = step * 2
      changed = now
      redis.call('HSET', state, 'rate', tostring(rate), 'step', step, 'changed', changed, 'backoff', backoff)
      limit = rate
      if maxr and maxr < limit then limit = maxr end
      slots = limit >= 1 and math.floor(limit) or 1
      room = slots - count
    end
  end
  if room <= 0 then
    local first = redis.call('ZRANGE', held, 0, 0, 'WITHSCORES')
    if first[2] then wait = math.min(tonumber(first[2]) - now, 20) end
  end
end
if window and room > 0 then
  local recent = redis.call('ZCARD', flying)
  local open = math.ceil(window - recent)
  if open < room then room = open end
  if room <= 0 then
    local first = redis.call('ZRANGE', flying, 0, 0, 'WITHSCORES')
    if first[2] then wait = math.min(tonumber(first[2]) + 1000 - now, 20) end
  end
end
if limit and room > 0 then
  -- Others held back lately keep their share of the slots; the rest is anyone's.
  local others = {}
  for _, client in ipairs(redis.call('ZRANGE', wanting, 0, -1)) do
    if client ~= me then others[#others + 1] = client end
  end
  if #others > 0 then
    local slots = limit >= 1 and math.floor(limit) or 1
    local fair = math.ceil(slots / (#others + 1))
    local reserved = 0
    for _, count in ipairs(redis.call('HMGET', holding, unpack(others))) do
      reserved = reserved + math.max(0, fair - (tonumber(count) or 0))
    end
    local mine = tonumber(redis.call('HGET', holding, me)) or 0
    room = math.min(room, math.max(room - reserved, fair - mine))
    if room <= 0 then wait = 5 end
  end
end
if room < want then redis.call('ZADD', wanting, now, me) else redis.call('ZREM', wanting, me) end
if room <= 0 then return report(0, math.max(wait, 1)) end
local n = math.min(room, want)
local first, horizon = tonumber(ARGV[2]), tonumber(ARGV[5])
local hs, fs = {}, {}
for i = 0, n - 1 do
  local member = ARGV[1] .. ':' .. (first + i)
  hs[#hs + 1] = now + horizon
  hs[#hs + 1] = member
  fs[#fs + 1] = now
  fs[#fs + 1] = member
end
redis.call('ZADD', held, unpack(hs))
redis.call('HINCRBY', holding, me, n)
if window then redis.call('ZADD', flying, unpack(fs)) end
for _, key in ipairs(KEYS) do redis.call('PEXPIRE', key, ARGV[6]) end
return report(n, 0)
"""

# ARGV: where the slow start ends, max_rate (0: none), then each attempt DeployHQ answered (not
# with a 429) and how long ago (ms, as the client measured it: a duration, no clock's time)
ANSWERED = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state, held, flying = KEYS[1], KEYS[2], KEYS[3]
local s = redis.call('HMGET', state, 'rate', 'window')
local rate, window = tonumber(s[1]), tonumber(s[2])
local maxr = tonumber(ARGV[2])
local limit = rate
if maxr > 0 and (not limit or maxr < limit) then limit = maxr end
local hold = 1000
if limit and limit < 1 then hold = math.floor(1000 / limit) end
for i = 3, #ARGV, 2 do
  if redis.call('ZADD', held, now - tonumber(ARGV[i + 1]) + hold, ARGV[i]) == 1 then
    redis.call('HINCRBY', KEYS[4], string.match(ARGV[i], '^(.*):%d+$'), 1)
  end
  redis.call('ZREM', flying, ARGV[i])
end
if window and window >= 0 then
  window = window + 0.2 * (#ARGV - 2) / 2
  if window >= tonumber(ARGV[1]) then window = -1 end
  redis.call('HSET', state, 'window', tostring(window))
end
return now
"""

# ARGV: the attempt, when it was admitted (ms, Redis's clock), its Retry-After (ms; -1: none)
REFUSED = """
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local state, held, flying = KEYS[1], KEYS[2], KEYS[3]
redis.call('HINCRBY', state, 'refusals', 1)
if redis.call('ZREM', held, ARGV[1]) == 1 then
  local client = string.match(ARGV[1], '^(.*):%d+$')
  if redis.call('HINCRBY', KEYS[4], client, -1) <= 0 then redis.call('HDEL', KEYS[4], client) end
end
redis.call('ZREM', flying, ARGV[1])
local s = redis.call('HMGET', state, 'rate', 'lowered', 'changed', 'paused')
local rate = tonumber(s[1])
local lowered, changed = tonumber(s[2]) or -1, tonumber(s[3]) or -1
local paused = tonumber(s[4]) or 0
local sent, after = tonumber(ARGV[2]), tonumber(ARGV[3])
local probe = rate ~= nil and lowered < changed and changed <= sent
if after >= 0 and not probe and now + after > paused then
  redis.call('HSET', state, 'paused', now + after)
end
if probe and sent >= lowered then  -- the limit held where it was: the next probe waits twice as long
  local backoff = tonumber(redis.call('HGET', state, 'backoff')) or 3000
  redis.call('HSET', state, 'backoff', math.min(backoff * 2, 60000))
end
if sent < lowered then return {0, tostring(rate or -1)} end
local accepted = redis.call('ZCOUNT', held, '(' .. now, now + 1000)
local ceiling = accepted
if rate then ceiling = rate - 1 end
rate = math.max(1, math.min(ceiling, accepted))
redis.call('HSET', state, 'rate', tostring(rate), 'lowered', now, 'changed', now, 'step', 1, 'window', -1)
return {1, tostring(rate)}
"""


class Admission(NamedTuple):
    """What the store decided for a batch of attempts (times in ms on Redis's clock)."""

    admitted: int
    wait: float  # seconds before asking again, when none was admitted
    now: int
    rate: float | None
    lowered: int
    changed: int
    paused: int


def account_key(host: str, email: str) -> str:
    """The name an account's state has in the store: a digest of the host and
    the email (the API key is not part of it, and neither is readable).

    DeployHQ's limit is the account's (its Go SDK, deployhq/deployhq-cli
    pkg/sdk/errors.go: a 429 is "the per-account ... rate limit", retried after
    `Retry-After` seconds). The email keeps the users of one account apart, at
    the price that each user's clients learn that limit for themselves."""
    return hashlib.sha256(f"{host.lower()}\n{email.lower()}".encode()).hexdigest()[:32]


def where(url: str) -> str:
    """A store's URL without its user name or password, for messages and logs."""
    parts = urlsplit(url)
    if parts.scheme == "unix":
        return f"unix://{parts.path}"
    host = parts.hostname or "localhost"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{host}{port}{parts.path}"


def check_url(url: object) -> str:
    if not isinstance(url, str) or urlsplit(url).scheme not in SCHEMES:
        shown = where(url) if isinstance(url, str) else type(url).__name__
        raise ConfigurationError(
            f"a rate store needs a redis:// (or rediss://, unix://) URL, not {shown!r}: "
            "for example RedisRateStore('redis://127.0.0.1:6379/0')"
        )
    return url


class RedisRateStore:
    """One DeployHQ rate limit shared by every client given this store (or
    another on the same Redis) for the same account: `DeployHQ(...,
    rate_store=RedisRateStore("redis://host:6379/0"))`; needs the `redis` extra.

    When Redis cannot be reached, a client says so once (a warning of the
    `deployhq_async` logger) and sends at its own learned rate until Redis answers
    again; with `fail_closed=True` its calls raise `RateStoreUnavailable` instead,
    sending nothing. `timeout` bounds each exchange with Redis (seconds).

    Close it (`await store.aclose()`, or `async with`) after the clients using it.
    Raises `ConfigurationError` for a URL that is not redis://, rediss:// or unix://.
    """

    def __init__(self, url: str = "redis://127.0.0.1:6379/0", *, fail_closed: bool = False, timeout: float = 1.0):
        self._url = check_url(url)
        self.where = where(url)
        self.fail_closed = check_flag("fail_closed", fail_closed)
        check_seconds("timeout", timeout)
        self.timeout = float(timeout)
        self._redis: Any = None
        self._scripts: dict[str, Any] = {}
        self._tasks: set[asyncio.Task[Any]] = set()
        self._opening: asyncio.Lock | None = None

    def __repr__(self) -> str:
        return f"RedisRateStore({self.where!r}, fail_closed={self.fail_closed!r})"

    def __reduce__(self) -> Any:
        raise TypeError("a RedisRateStore cannot be pickled: it holds a connection (and its URL's password)")

    async def __aenter__(self) -> RedisRateStore:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Let the store hear the last answers, then close its connections."""
        import asyncio  # loaded by the running loop already; kept off the import path

        # Only the tasks not done: a gather of done ones need not yield to the loop
        # (Python 3.12), and a done task leaves the set only in a callback the loop runs.
        while pending := [task for task in self._tasks if not task.done()]:
            await asyncio.gather(*pending, return_exceptions=True)
        client, self._redis = self._redis, None
        if client is not None:
            await client.aclose()

    def unavailable(self, exc: BaseException) -> RateStoreUnavailable:
        fallback = "" if self.fail_closed else "; this client sends at its own rate until it answers"
        return RateStoreUnavailable(
            f"the rate store {self.where} cannot be reached ({type(exc).__name__}: {exc}){fallback}; "
            "check that Redis is running there"
        )

    def track(self, task: asyncio.Task[Any]) -> None:
        """A write in the background that `aclose` waits for."""
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def admit(self, key: str, client: str, first: int, wanted: int, max_rate: float | None) -> Admission:
        """Admit up to `wanted` attempts, numbered `client:first`, `client:first+1`, …"""
        args = [client, first, wanted, max_rate or 0, HORIZON_MS, IDLE_MS]
        admitted, wait, now, rate, lowered, changed, paused = await self._run("admit", key, args)
        number = float(rate)
        return Admission(
            int(admitted), int(wait) / 1000, int(now), None if number < 0 else number, lowered, changed, paused
        )

    async def answered(
        self, key: str, answers: Sequence[tuple[str, int]], window_end: int, max_rate: float | None
    ) -> None:
        """These attempts got answers that were not 429s, so many ms ago."""
        await self._run("answered", key, [window_end, max_rate or 0, *(part for answer in answers for part in answer)])

    async def refused(self, key: str, member: str, sent: int, retry_after: float | None) -> tuple[bool, float]:
        """A 429 answered `member` (admitted at `sent`); whether the shared rate
        went down, and the rate now."""
        after = -1 if retry_after is None else round(retry_after * 1000)
        lowered, rate = await self._run("refused", key, [member, sent, after])
        return bool(lowered), float(rate)

    async def _run(self, script: str, key: str, args: list[Any]) -> Any:
        try:
            if self._redis is None:
                await self._open()
            keys = [f"{PREFIX}:{{{key}}}:{part}" for part in KEY_PARTS]
            return await self._scripts[script](keys=keys, args=args)
        except RateStoreUnavailable:
            raise
        except (OSError, TimeoutError) as exc:
            raise self.unavailable(exc) from None
        except Exception as exc:
            if type(exc).__module__.startswith("redis."):  # every error of redis-py's: unreachable, refused
                raise self.unavailable(exc) from None
            raise

    async def _open(self) -> None:
        import asyncio

        if self._opening is None:
            self._opening = asyncio.Lock()
        async with self._opening:
            if self._redis is not None:
                return
            try:  # redis-py's import takes tens of milliseconds: not on the loop
                module = await asyncio.to_thread(importlib.import_module, "redis.asyncio")
                retry = await asyncio.to_thread(importlib.import_module, "redis.asyncio.retry")
                backoff = await asyncio.to_thread(importlib.import_module, "redis.backoff")
            except ImportError as exc:
                raise ConfigurationError("RedisRateStore needs redis-py: pip install 'deployhq-async[redis]'") from exc
            # No retries of redis-py's own: an unreachable store is the throttle's
            # to notice at once (and fall back), not a wait of its callers.
            client = module.from_url(
                self._url,
                socket_timeout=self.timeout,
                socket_connect_timeout=self.timeout,
                retry=retry.Retry(backoff.NoBackoff(), 0),
            )
            self._scripts = {
                "admit": client.register_script(ADMIT),
                "answered": client.register_script(ANSWERED),
                "refused": client.register_script(REFUSED),
            }
            self._redis = client
