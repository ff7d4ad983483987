"""The public clocks: the client and the fake share one virtual time."""

from __future__ import annotations

import asyncio
import time

import pytest

from deployhq_async import Clock, DeployHQ, DeployTarget, SystemClock
from deployhq_async.errors import ConfigurationError
from deployhq_async.testing import AutojumpClock, FakeDeployHQ, Fault, ManualClock


def test_clocks_start_at_the_current_time() -> None:
    before = time.time()
    for clock in (ManualClock(), AutojumpClock(), SystemClock()):
        assert isinstance(clock, Clock)
        assert before - 1 <= clock.now() <= time.time() + 1
    assert ManualClock(start=5).now() == 5.0


async def test_manual_clock_sleeps_until_advanced() -> None:
    clock = ManualClock(start=100)
    woke: list[float] = []

    async def sleeper(seconds: float) -> None:
        await clock.sleep(seconds)
        woke.append(clock.now())

    tasks = [asyncio.create_task(sleeper(s)) for s in (10, 3)]
    await asyncio.sleep(0)
    assert clock.sleeping == 2
    clock.advance(2)
    await asyncio.sleep(0)
    assert woke == []
    clock.advance(1)
    await asyncio.sleep(0)
    assert woke == [103.0]
    clock.advance(20)
    await asyncio.gather(*tasks)
    assert woke == [103.0, 123.0]
    assert clock.sleeping == 0


async def test_autojump_clock_runs_sleeps_in_deadline_order() -> None:
    clock = AutojumpClock(start=0)
    order: list[tuple[str, float]] = []

    async def sleeper(name: str, seconds: float) -> None:
        await clock.sleep(seconds)
        order.append((name, clock.now()))

    await asyncio.gather(sleeper("hour", 3600), sleeper("minute", 60), sleeper("day", 86400))
    assert order == [("minute", 60.0), ("hour", 3600.0), ("day", 86400.0)]


async def test_a_cancelled_sleep_does_not_hold_time_back() -> None:
    clock = AutojumpClock(start=0)
    task = asyncio.create_task(clock.sleep(1000))
    await asyncio.sleep(0)
    task.cancel()
    await clock.sleep(5)
    assert clock.now() == 5.0


def test_the_client_refuses_something_that_is_not_a_clock() -> None:
    with pytest.raises(ConfigurationError, match="clock must have now"):
        DeployHQ("acme", "a@b.c", "k" * 40, clock=time)  # type: ignore[arg-type]


# --- as a user writes it ----------------------------------------------------------------


async def test_wait_follows_a_ten_minute_deployment_on_virtual_time() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=60, running_seconds=540)
    project = fake.add_project("Shop")
    server = fake.add_server(project, "web-1")
    async with fake.client() as dhq:
        assert dhq.clock is fake.clock
        started = dhq.clock.now()
        created = await dhq.deployments.create("shop", parent_identifier=server.identifier, end_revision="abc")
        seen: list[str] = []
        done = await dhq.deployments.wait(
            "shop", created.identifier, timeout=3600, on_change=lambda d: seen.append(str(d.status))
        )
    assert done.status == "completed"
    assert seen == ["pending", "running", "completed"]
    assert 600 <= dhq.clock.now() - started <= 640  # the last poll is at most 30 s late
    polls = fake.count("GET", "/projects/shop/deployments/*")
    assert 20 <= polls <= 60  # intervals grow from 2 s towards 30 s while nothing changes


async def test_reset_after_create_is_adopted_on_a_manual_clock() -> None:
    """The fake's time and the client's are one: reconciliation finds the lost create."""
    fake = FakeDeployHQ(clock=ManualClock())
    project = fake.add_project("Shop")
    server = fake.add_server(project, "web-1")
    fake.inject(Fault.reset_after(), method="POST", path="/projects/*/deployments")
    async with fake.client() as dhq:
        (result,) = await dhq.deployments.deploy_many([DeployTarget("shop", server.identifier, "abc123")], wait=False)
    assert result.ok and result.adopted
    assert result.create_attempts == 1
    assert [d.identifier for d in fake.deployments()] == [result.deployment.identifier]  # type: ignore[union-attr]


async def test_a_scaled_clock_runs_real_time_faster() -> None:
    from deployhq_async.testing import ScaledClock

    clock = ScaledClock(1000)
    start, wall = clock.monotonic(), clock.now()
    await clock.sleep(5)  # 5 ms of real time: at least 5 s of the clock's
    assert clock.monotonic() - start >= 5 and clock.now() - wall >= 5
    with pytest.raises(ValueError, match="scale must be above 0, not 0"):
        ScaledClock(0)
