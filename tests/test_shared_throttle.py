"""One rate limit shared through Redis (`rate_store=`), against a real
redis-server on loopback: clients (and processes) of one account learn one
rate and honour one Retry-After; a stopped Redis is said once and fallen back
from (or, fail_closed, stops the call before anything is sent); a restarted
one is used again. The fake answers on real time here: Redis's clock decides."""

from __future__ import annotations

import asyncio
import logging
import pickle
import subprocess
import sys
from typing import Any

import httpx2
import pytest
from helpers import EMAIL, KEY, get_all
from redis_server import RedisServer
from test_events import ends

from deployhq_async import ConfigurationError, DeployHQ, RateStoreUnavailable, RedisRateStore
from deployhq_async._redis import account_key
from deployhq_async._shared_throttle import RECHECK, SharedThrottle
from deployhq_async.testing import FakeDeployHQ, Fault, ManualClock


def limited_fake(per_second: int, **options: Any) -> FakeDeployHQ:
    fake = FakeDeployHQ(email=EMAIL, api_key=KEY, **options)
    fake.add_project("Shop")
    fake.inject(Fault.rate_limit(per_second, retry_after=1), path="/projects/*", times="always")
    return fake


async def state(url: str, dhq: DeployHQ) -> dict[bytes, bytes]:
    import redis.asyncio

    client = redis.asyncio.from_url(url)
    try:
        key = account_key(httpx2.URL(dhq.base_url).host, EMAIL)
        return await client.hgetall(f"deployhq-async:{{{key}}}:state")  # type: ignore[no-any-return]
    finally:
        await client.aclose()


async def test_a_client_that_never_met_a_429_sends_at_the_rate_another_learned(redis: RedisServer) -> None:
    fake = limited_fake(20)
    store = RedisRateStore(redis.url)
    async with store, fake.client(rate_store=store) as first, fake.client(rate_store=store) as second:
        await get_all(first, 80, at_once=10)
        assert first.throttle.refusals >= 1 and first.throttle.rate is not None
        assert second.throttle.rate is None
        assert len(await second.projects.list()) == 1  # a path the fake does not limit
        assert second.throttle.refusals == 0
        learned = second.throttle.rate  # heard from the store with its first admission
        assert learned is not None and 1 <= learned <= 20 + 1 + 2  # the limit, or probes above it
    saved = await state(redis.url, second)
    assert int(saved[b"refusals"]) == first.throttle.refusals  # every 429 reached the store
    assert len([r for r in fake.requests if r.fault is None]) == 81


async def test_a_retry_after_holds_the_other_clients_of_the_account(redis: RedisServer) -> None:
    fake = FakeDeployHQ(email=EMAIL, api_key=KEY)
    fake.add_project("Shop")
    fake.inject(Fault.http_status(429, retry_after=2), path="/projects/*", times=1)
    store = RedisRateStore(redis.url)
    async with store, fake.client(rate_store=store) as first, fake.client(rate_store=store) as second:
        refused = asyncio.ensure_future(first.projects.get("shop"))
        while not fake.requests:
            await asyncio.sleep(0)  # until the 429 has been answered (no time passes in the fake)
        while not (await state(redis.url, first)).get(b"paused"):  # and the store has heard of it
            await asyncio.sleep(0.01)
        assert (await second.projects.get("shop")).permalink == "shop"
        assert (await refused).permalink == "shop"
    statuses = [(r.status, r.at) for r in fake.requests]
    assert [status for status, _ in statuses] == [429, 200, 200]
    # The second client's request went after the pause the first one's 429 asked for.
    assert statuses[1][1] - statuses[0][1] >= 1.9


async def test_a_stopped_redis_is_said_once_and_the_client_falls_back_then_returns(
    redis: RedisServer, caplog: pytest.LogCaptureFixture
) -> None:
    clock = ManualClock()
    fake = limited_fake(50, clock=clock)
    caplog.set_level(logging.WARNING, logger="deployhq_async")
    async with RedisRateStore(redis.url, timeout=0.5) as store, fake.client(rate_store=store) as dhq:
        throttle = dhq.throttle
        assert isinstance(throttle, SharedThrottle)
        await get_all(dhq, 3, at_once=1)
        assert throttle.shared
        redis.stop()
        await get_all(dhq, 5, at_once=1)
        assert not throttle.shared
        clock.advance(RECHECK / 2)
        await get_all(dhq, 5, at_once=1)  # on its own rate still: the store is not asked again yet
        redis.start()
        clock.advance(RECHECK)
        await get_all(dhq, 3, at_once=1)
        assert throttle.shared
    messages = [r.getMessage() for r in caplog.records]
    assert len([m for m in messages if "cannot be reached" in m]) == 1
    assert len([m for m in messages if "answers again" in m]) == 1
    assert len([r for r in fake.requests if r.status == 200]) == 16


async def test_fail_closed_stops_the_call_before_anything_is_sent(redis: RedisServer) -> None:
    fake = limited_fake(50)
    url = f"redis://:s3cret-word@127.0.0.1:{redis.port}/0"
    redis.stop()
    async with RedisRateStore(url, fail_closed=True, timeout=0.5) as store, fake.client(rate_store=store) as dhq:
        with pytest.raises(RateStoreUnavailable) as raised:
            await dhq.projects.get("shop")
    assert fake.requests == []
    message = str(raised.value)
    assert f"redis://127.0.0.1:{redis.port}/0 cannot be reached" in message and "s3cret" not in message


async def test_a_redis_restarted_mid_run_leaves_every_request_answered(redis: RedisServer) -> None:
    fake = limited_fake(40)
    async with RedisRateStore(redis.url, timeout=0.5) as store, fake.client(rate_store=store) as dhq:
        await get_all(dhq, 40, at_once=8)
        redis.stop()
        redis.start()  # empty: the account's state begins again (a slow start)
        await get_all(dhq, 40, at_once=8)
        saved = await state(redis.url, dhq)
    assert len([r for r in fake.requests if r.status == 200]) == 80
    assert saved, "the restarted Redis holds the account's state again"


@pytest.mark.once
async def test_processes_sharing_a_store_meet_few_429s_and_learn_one_rate(redis: RedisServer) -> None:
    code = (
        "import asyncio, sys\n"
        "from deployhq_async import DeployHQ\n"
        "async def main():\n"
        f"    client = DeployHQ(email={EMAIL!r}, api_key={KEY!r}, base_url=sys.argv[1], rate_store=sys.argv[2])\n"
        "    async with client as dhq:\n"
        "        slots = asyncio.Semaphore(10)\n"
        "        async def one():\n"
        "            async with slots:\n"
        "                await dhq.projects.get('shop')\n"
        "        await asyncio.gather(*(one() for _ in range(90)))\n"
        "        print(dhq.throttle.refusals, dhq.throttle.rate)\n"
        "asyncio.run(main())\n"
    )
    fake = limited_fake(30)
    async with fake.serve() as url:
        processes = [
            await asyncio.create_subprocess_exec(
                sys.executable, "-c", code, url, redis.url, stdout=subprocess.PIPE, stderr=subprocess.PIPE
            )
            for _ in range(3)
        ]
        outputs = [await process.communicate() for process in processes]
    assert [process.returncode for process in processes] == [0, 0, 0], [err.decode() for _, err in outputs]
    answered = [r for r in fake.requests if r.status == 200]
    refused = [r for r in fake.requests if r.fault == "rate_limit"]
    assert len(answered) == 270
    # Together they meet the limit as one client does: its first burst, and its probes upwards.
    assert len(refused) <= 20, len(refused)  # 3-12 seen with both cores busy; alone, each process meets more
    # Every 429 reached the store before its process ended.
    assert sum(int(out.split()[0]) for out, _ in outputs) == len(refused)
    from redis.asyncio import from_url

    client = from_url(redis.url)
    try:
        keys = await client.keys("deployhq-async:*:state")
        assert len(keys) == 1  # one account, one state
        assert int(await client.hget(keys[0], "refusals")) == len(refused)
    finally:
        await client.aclose()


def test_the_store_keeps_the_api_key_and_its_password_out_of_sight() -> None:
    store = RedisRateStore("redis://user:s3cret-word@cache.internal:6380/2")
    assert repr(store) == "RedisRateStore('redis://cache.internal:6380/2', fail_closed=False)"
    with pytest.raises(TypeError, match="cannot be pickled"):
        pickle.dumps(store)
    key = account_key("acme.deployhq.com", EMAIL)
    assert len(key) == 32 and EMAIL not in key and KEY not in key
    assert key == account_key("ACME.deployhq.com", EMAIL.upper())  # one account, however it is spelt
    assert key != account_key("other.deployhq.com", EMAIL)


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"rate_store": 6379}, "rate_store must be a RedisRateStore or its URL, not int"),
        ({"rate_store": "http://cache:6379"}, "needs a redis:// (or rediss://, unix://) URL"),
        ({"rate_store": "redis://cache:6379", "adaptive_rate": False}, "it needs adaptive_rate=True"),
    ],
)
def test_a_bad_rate_store_is_a_configuration_error(options: dict[str, Any], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message.replace("(", r"\(").replace(")", r"\)")):
        DeployHQ("acme", EMAIL, KEY, **options)


async def test_from_env_takes_the_store_from_deployhq_rate_store(redis: RedisServer) -> None:
    env = {"DEPLOYHQ_ACCOUNT": "acme", "DEPLOYHQ_EMAIL": EMAIL, "DEPLOYHQ_API_KEY": KEY}
    async with DeployHQ.from_env({**env, "DEPLOYHQ_RATE_STORE": redis.url}) as dhq:
        throttle = dhq.throttle
        assert isinstance(throttle, SharedThrottle) and throttle.store.where == redis.url
    assert throttle.store._redis is None  # the client made it, and closed it
    async with DeployHQ.from_env(env) as plain:
        assert not isinstance(plain.throttle, SharedThrottle)


async def test_calls_cancelled_or_closed_while_waiting_for_the_store_send_nothing(redis: RedisServer) -> None:
    from deployhq_async import ClientClosedError

    fake = FakeDeployHQ(email=EMAIL, api_key=KEY)
    fake.add_project("Shop")
    async with RedisRateStore(redis.url) as store:
        dhq = fake.client(rate_store=store, max_rate=2)  # two a second: the rest wait their turn in the store
        waiting = asyncio.ensure_future(get_all(dhq, 8, at_once=8))
        while len(fake.requests) < 2:
            await asyncio.sleep(0.01)
        waiting.cancel()
        with pytest.raises(asyncio.CancelledError):
            await waiting
        sent = len(fake.requests)
        assert sent < 8
        closing = [asyncio.ensure_future(dhq.projects.get("shop")) for _ in range(4)]
        for _ in range(50):
            await asyncio.sleep(0)  # they ask the store, and wait for its next second
        await dhq.aclose()
        outcomes = await asyncio.gather(*closing, return_exceptions=True)
        assert all(isinstance(o, ClientClosedError) for o in outcomes if not hasattr(o, "permalink"))
        assert len(fake.requests) <= sent + 2
        async with fake.client(rate_store=store) as again:  # the store goes on serving the account
            assert (await again.projects.get("shop")).permalink == "shop"


async def test_more_calls_at_once_than_one_exchange_admits_are_all_sent(redis: RedisServer) -> None:
    from deployhq_async._shared_throttle import ADMIT_BATCH

    fake = FakeDeployHQ(email=EMAIL, api_key=KEY)
    fake.add_project("Shop")
    async with RedisRateStore(redis.url) as store, fake.client(rate_store=store) as dhq:
        await get_all(dhq, 2 * ADMIT_BATCH + 100, at_once=2 * ADMIT_BATCH + 100)
        assert isinstance(dhq.throttle, SharedThrottle) and dhq.throttle.shared
    assert len([r for r in fake.requests if r.status == 200]) == 2 * ADMIT_BATCH + 100


class UnreachableStore:
    """A rate store that cannot be reached once `gate` is set (and records what it was told)."""

    fail_closed = False
    where = "redis://stub:6379/0"

    def __init__(self) -> None:
        self.gate = asyncio.Event()
        self.told: list[object] = []

    def track(self, task: asyncio.Task[Any]) -> None:
        pass

    async def admit(self, *args: object) -> None:
        await self.gate.wait()
        raise RateStoreUnavailable(f"the rate store {self.where} cannot be reached")

    async def answered(self, *args: object) -> None:
        self.told.append(("answered", args))

    async def refused(self, *args: object) -> None:
        self.told.append(("refused", args))


async def test_a_call_cancelled_just_as_the_client_falls_back_holds_no_slot_and_reports_nothing() -> None:
    clock = ManualClock()
    store = UnreachableStore()
    throttle = SharedThrottle(store, "account")  # type: ignore[arg-type]
    call = asyncio.ensure_future(throttle.acquire(clock))
    while not throttle._waiting:
        await asyncio.sleep(0)
    store.gate.set()
    while throttle.shared:
        await asyncio.sleep(0)
    # The store failed and the waiting call was told to go to the local throttle;
    # it is cancelled before it resumes.
    assert not call.done()
    call.cancel()
    with pytest.raises(asyncio.CancelledError):
        await call
    assert (throttle._granted, throttle.local._in_flight, store.told) == ({}, 0, [])
    # The local throttle admits the next call, and its answer stays local.
    sent = await throttle.acquire(clock)
    assert (throttle.local._in_flight, throttle._granted) == (1, {sent: [None]})
    throttle.release(clock, sent, 200)
    assert (throttle._granted, throttle.local._in_flight, store.told, throttle.shared) == ({}, 0, [], False)


@pytest.mark.parametrize("shared", [False, True])
async def test_a_call_cancelled_in_the_line_ends_for_the_hooks_as_unsent_with_or_without_a_store(
    shared: bool, request: pytest.FixtureRequest
) -> None:
    """A call waiting for its turn (one request a second) and cancelled: the
    hooks hear it start and end cancelled, not processed, the same with the
    shared store as with the client's own throttle; nothing more is sent."""
    fake = FakeDeployHQ(email=EMAIL, api_key=KEY)
    fake.add_project("Shop")
    seen: list[Any] = []
    store = RedisRateStore(request.getfixturevalue("redis").url) if shared else None
    async with fake.client(max_rate=1, hooks=[seen.append], rate_store=store) as dhq:
        await dhq.projects.get("shop")
        call = asyncio.ensure_future(dhq.projects.get("shop"))
        while len(seen) < 3:  # it started, and waits for its turn
            await asyncio.sleep(0)
        call.cancel()
        with pytest.raises(asyncio.CancelledError):
            await call
    if store is not None:
        await store.aclose()
    assert ends(seen)[2:] == [("RequestStarted", 1, None, False), ("RequestFinished", 1, "CancelledError", False)]
    assert len(fake.requests) == 1
