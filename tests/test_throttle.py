"""The throttle finds DeployHQ's rate limit from its 429s and sends below it, on
virtual time: it converges below the limit, recovers once the limit is lifted,
and `max_rate` bounds every second."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence

import httpx2
import pytest
from helpers import EMAIL, KEY, get_all

from deployhq_async import ConfigurationError, DeployHQ, Throttle
from deployhq_async.testing import AutojumpClock, FakeDeployHQ, Fault, ManualClock

PROJECT = {"identifier": "p", "name": "P", "permalink": "p"}


def most_in_any_second(moments: Sequence[float]) -> int:
    """The most of `moments` within any half-open second (t - 1, t]."""
    ordered = sorted(moments)
    most, start = 0, 0
    for end, moment in enumerate(ordered):
        while ordered[start] <= moment - 1.0:
            start += 1
        most = max(most, end - start + 1)
    return most


def limited_fake(per_second: int) -> FakeDeployHQ:
    fake = FakeDeployHQ(clock=AutojumpClock())
    fake.add_project("Shop")
    fake.inject(Fault.rate_limit(per_second, retry_after=1), path="/projects/*", times="always")
    return fake


async def test_it_converges_below_the_limit_and_stays_there() -> None:
    fake = limited_fake(20)
    async with fake.client() as dhq:
        began = fake.clock.monotonic()
        await get_all(dhq, 300, at_once=10)
        took = fake.clock.monotonic() - began
        throttle = dhq.throttle
    refused = [r.at for r in fake.requests if r.fault == "rate_limit"]
    accepted = [r.at for r in fake.requests if r.fault is None]
    assert len(accepted) == 300
    assert throttle.rate == 20.0 and throttle.refusals == len(refused)
    # The first burst meets the limit with a few attempts (the slow start's
    # bound), then only the probes upwards, one every few seconds, do.
    first = [t for t in refused if t < began + 1]
    assert 1 <= len(first) <= 8
    assert len(refused) - len(first) <= 5
    assert most_in_any_second(accepted) == 20
    # 300 at 20 a second: 14 s after the first 20, less a little for the probes.
    assert 14.0 <= took <= 16.0


async def test_it_recovers_once_the_limit_is_lifted() -> None:
    fake = limited_fake(10)
    async with fake.client() as dhq:
        await get_all(dhq, 60, at_once=10)
        assert dhq.throttle.rate == 10.0
        fake.clear_faults()
        began, before = fake.clock.monotonic(), len(fake.requests)
        await get_all(dhq, 1000, at_once=10)
        rate = dhq.throttle.rate
    later = [r.at - began for r in fake.requests[before:]]
    assert len(later) == 1000 and not [r for r in fake.requests[before:] if r.fault]
    # Probes double their step each second without a 429 (1, 2, 4, ...): past
    # 100 a second within 10 s, and all 1000 sent in well under the 100 s that
    # the old rate of 10 would take.
    assert rate is not None and rate >= 100
    assert most_in_any_second(later) >= 100
    assert max(later) < 15.0


async def test_max_rate_bounds_every_second() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock())
    fake.add_project("Shop")
    async with fake.client(max_rate=5) as dhq:
        await get_all(dhq, 30, at_once=30)
        copy = dhq.with_options(max_retries=0)
        await get_all(copy, 5, at_once=5)
    moments = [r.at for r in fake.requests]
    assert len(moments) == 35 and most_in_any_second(moments) == 5
    assert max(moments) - min(moments) == pytest.approx(6.0)  # 35 at 5 a second: seven seconds' worth
    assert copy.throttle is dhq.throttle and dhq.throttle.rate is None


async def test_a_fractional_max_rate_spaces_single_requests() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock())
    fake.add_project("Shop")
    async with fake.client(max_rate=0.5) as dhq:
        await get_all(dhq, 4, at_once=4)
    began = fake.requests[0].at
    assert [r.at - began for r in fake.requests] == pytest.approx([0.0, 2.0, 4.0, 6.0])


async def first_refused_then_another(status: int, **options: object) -> tuple[list[float], Throttle, float]:
    """A call answered `status` with `Retry-After: 7`, then 200, and a second
    call a second later: when each request was sent (from the first), the
    client's throttle, and when the first was sent (monotonic)."""
    clock = AutojumpClock()
    sent: list[float] = []

    async def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(clock.monotonic())
        if len(sent) == 1:
            return httpx2.Response(status, headers={"Retry-After": "7"}, json={"error": "not now"})
        return httpx2.Response(200, json=PROJECT)

    transport = httpx2.MockTransport(answer)
    async with DeployHQ("acme", EMAIL, KEY, transport=transport, clock=clock, **options) as dhq:  # type: ignore[arg-type]
        began = clock.monotonic()

        async def later() -> None:
            await clock.sleep(1)
            await dhq.projects.get("p")

        await asyncio.gather(dhq.projects.get("p"), later())
    return [round(t - began, 3) for t in sent], dhq.throttle, began


async def test_a_429_holds_every_request_for_its_retry_after() -> None:
    sent, throttle, began = await first_refused_then_another(429)
    assert sent == [0.0, 7.0, 7.0]
    # Nothing was answered in the second before the 429: one a second; seven
    # seconds later two wanted to go at once, and a probe let the second go.
    assert throttle.rate == 2.0 and throttle.refusals == 1
    assert throttle.paused_until == pytest.approx(began + 7.0)


async def test_off_each_request_keeps_its_own_retry_after() -> None:
    sent, throttle, _ = await first_refused_then_another(429, adaptive_rate=False)
    assert sent == [0.0, 1.0, 7.0]
    assert throttle.rate is None and throttle.refusals == 1 and throttle.paused_until == 0.0


async def test_a_503_neither_lowers_the_rate_nor_holds_other_requests() -> None:
    sent, throttle, _ = await first_refused_then_another(503)
    assert sent == [0.0, 1.0, 7.0]
    assert throttle.rate is None and throttle.refusals == 0


async def test_a_retry_after_longer_than_max_retry_wait_holds_nobody() -> None:
    clock = AutojumpClock()
    answers = iter([httpx2.Response(429, headers={"Retry-After": "3600"}, json={"error": "slow down"})])

    def answer(request: httpx2.Request) -> httpx2.Response:
        return next(answers, httpx2.Response(200, json=PROJECT))

    async with DeployHQ("acme", EMAIL, KEY, transport=httpx2.MockTransport(answer), clock=clock) as dhq:
        with pytest.raises(Exception, match="429") as caught:
            await dhq.projects.get("p")
        began = clock.monotonic()
        assert (await dhq.projects.get("p")).permalink == "p"
        assert clock.monotonic() == began
    assert getattr(caught.value, "retry_after", None) == 3600.0
    assert dhq.throttle.paused_until == 0.0 and dhq.throttle.rate == 1.0


async def test_a_429_sent_before_the_rate_was_lowered_says_nothing_new() -> None:
    clock = ManualClock(start=100.0)
    throttle = Throttle()
    early = [await throttle.acquire(clock) for _ in range(3)]
    for sent in early[:2]:
        throttle.release(clock, sent, 200)
    clock.advance(0.1)
    throttle.release(clock, early[2], 429)
    assert throttle.refused(early[2], clock.monotonic(), None) is True
    assert throttle.rate == 2.0  # the two answered in the last second
    assert throttle.refused(early[0], clock.monotonic(), None) is False
    assert throttle.rate == 2.0 and throttle.refusals == 2


async def test_the_429_of_an_upward_probe_holds_nobody() -> None:
    """Probing upwards meets the limit again: the rate goes back down, and no
    request waits out the probe's Retry-After (a second per probe, before)."""
    clock = ManualClock(start=100.0)
    throttle = Throttle()
    first = await throttle.acquire(clock)
    throttle.release(clock, first, 429)
    assert throttle.refused(first, clock.monotonic(), 1.0) is True
    assert throttle.rate == 1.0 and throttle.paused_until == pytest.approx(101.0)
    clock.advance(5.0)  # past the pause; a request held back by the rate is a probe's occasion
    assert throttle._probe(clock.monotonic()) is True and throttle.rate == 2.0
    probe = await throttle.acquire(clock)
    assert throttle.answers_probe(probe) and not throttle.answers_probe(first)
    throttle.release(clock, probe, 429)
    throttle.refused(probe, clock.monotonic(), None)  # the client passes no pause for a probe's 429
    assert throttle.rate == 1.0 and throttle.paused_until == pytest.approx(101.0)


async def test_a_bulk_run_is_not_held_by_a_probes_429() -> None:
    """The run's own pause (its RequestLimiter) follows the throttle: a probe's
    429 pauses none of the run's other requests."""
    from deployhq_async import BulkOptions, DeployTarget

    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=0, running_seconds=0)
    project = fake.add_project("Shop")
    targets = [DeployTarget("shop", fake.add_server(project, f"web-{n}").identifier, "abc") for n in range(40)]
    fake.inject(Fault.rate_limit(5, retry_after=1), path="/projects/*", times="always")
    async with fake.client() as dhq:
        run = dhq.deployments.start_many(targets, BulkOptions(concurrency=5, wait=False))
        results = await run
        probes = dhq.throttle.refusals
    assert all(r.ok for r in results)
    assert run.pauses < probes  # some 429s (the probes') paused nothing


async def test_until_a_first_429_few_attempts_go_at_once() -> None:
    clock = ManualClock()
    throttle = Throttle()
    held = [await throttle.acquire(clock) for _ in range(4)]
    fifth = asyncio.ensure_future(throttle.acquire(clock))
    await asyncio.sleep(0)
    assert not fifth.done()
    throttle.release(clock, held[0], 200)  # an answer: the bound grows, and one more may go
    assert await fifth == clock.monotonic()
    assert repr(throttle) == "Throttle(max_rate=None, adaptive=True, rate=None, refusals=0)"
    off = Throttle(adaptive=False)
    assert len([await off.acquire(clock) for _ in range(50)]) == 50  # off: no bound of its own


async def test_the_slow_start_ends_at_the_clients_own_concurrency() -> None:
    clock = ManualClock()
    throttle = Throttle(concurrency=5)
    for _ in range(6):  # six answers: 4 + 6 x 0.2 passes 5
        throttle.release(clock, await throttle.acquire(clock), 200)
    assert len([await throttle.acquire(clock) for _ in range(50)]) == 50


async def test_a_slow_answer_holds_the_others_back_for_a_second_at_most() -> None:
    clock = AutojumpClock()
    throttle = Throttle()
    began = clock.monotonic()
    hanging = [await throttle.acquire(clock) for _ in range(4)]  # never answered
    fifth = await throttle.acquire(clock)
    assert fifth - began == pytest.approx(1.0)  # the four stopped counting after a second
    # Four at once count again: three more with the fifth, the next a second on.
    assert [await throttle.acquire(clock) - fifth for _ in range(4)] == pytest.approx([0.0, 0.0, 0.0, 1.0])
    assert hanging == [began] * 4


async def test_a_cancelled_wait_leaves_the_others_waiting() -> None:
    clock = ManualClock()
    throttle = Throttle()
    sent = [await throttle.acquire(clock) for _ in range(4)]
    first, second = (asyncio.ensure_future(throttle.acquire(clock)) for _ in range(2))
    await asyncio.sleep(0)
    first.cancel()
    await asyncio.sleep(0)
    throttle.release(clock, sent[0], 200)
    assert await second == clock.monotonic() and first.cancelled()


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"max_rate": 0}, "max_rate must be a positive number of requests per second, got 0"),
        ({"max_rate": -5}, "got -5"),
        ({"max_rate": float("nan")}, "got nan"),
        ({"max_rate": float("inf")}, "got inf"),
        ({"max_rate": "10"}, "got '10'"),
        ({"max_rate": True}, "got True"),
        ({"adaptive_rate": "no"}, "adaptive_rate must be True or False, not 'no'"),
    ],
)
def test_bad_rate_options_are_refused(options: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigurationError, match=message.replace("(", r"\(")):
        DeployHQ("acme", EMAIL, KEY, **options)  # type: ignore[arg-type]
