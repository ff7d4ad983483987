"""A request limiter bounds a group's attempts and pauses it on Retry-After."""

from __future__ import annotations

import asyncio

import httpx2
import pytest
from helpers import EMAIL, KEY

from deployhq_async import ConfigurationError, DeployHQ, RequestLimiter
from deployhq_async.testing import AutojumpClock


async def test_clients_sharing_a_limiter_share_its_bound() -> None:
    in_flight, most = 0, 0

    async def answer(request: httpx2.Request) -> httpx2.Response:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        await asyncio.sleep(0.01)
        in_flight -= 1
        return httpx2.Response(200, json={"identifier": "p", "name": "P", "permalink": "p"})

    limiter = RequestLimiter(2)
    async with DeployHQ("acme", EMAIL, KEY, transport=httpx2.MockTransport(answer)) as dhq:
        one, two = dhq.with_options(limiter=limiter), dhq.with_options(limiter=limiter, max_retries=0)
        got = await asyncio.gather(*(c.projects.get("p") for c in (one, two) * 4))
        unbounded = await asyncio.gather(*(dhq.projects.get("p") for _ in range(4)))
    assert len(got) == 8 and most == 4  # the last four, without the limiter, went out at once
    assert [p.permalink for p in unbounded] == ["p"] * 4
    assert limiter.pauses == 0 and repr(limiter) == "RequestLimiter(concurrency=2, pauses=0)"


async def test_a_retry_after_pauses_every_client_of_the_limiter() -> None:
    clock = AutojumpClock()
    sent: list[float] = []

    async def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append(clock.monotonic())
        if len(sent) == 1:
            return httpx2.Response(503, headers={"Retry-After": "7"}, json={"error": "busy"})
        return httpx2.Response(200, json={"identifier": "p", "name": "P", "permalink": "p"})

    limiter = RequestLimiter()
    async with DeployHQ("acme", EMAIL, KEY, transport=httpx2.MockTransport(answer), clock=clock) as dhq:
        began = clock.monotonic()
        other = dhq.with_options(limiter=limiter)

        async def later() -> None:
            await clock.sleep(1)  # after the 503: held until its Retry-After has passed
            await other.projects.get("p")

        await asyncio.gather(dhq.with_options(limiter=limiter).projects.get("p"), later())
    assert [round(t - began, 3) for t in sent] == [0.0, 7.0, 7.0]
    assert limiter.pauses == 1 and limiter.paused_until == pytest.approx(began + 7.0)


def test_a_limiter_is_checked_when_given() -> None:
    with pytest.raises(ConfigurationError, match="concurrency"):
        RequestLimiter(0)
    dhq = DeployHQ("acme", EMAIL, KEY)
    with pytest.raises(ConfigurationError, match="limiter must be a RequestLimiter, not Semaphore"):
        dhq.with_options(limiter=asyncio.Semaphore(2))  # type: ignore[arg-type]
