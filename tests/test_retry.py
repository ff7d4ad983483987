"""Retries: what is retried, how long the client waits, and what is never replayed."""

from __future__ import annotations

import asyncio
import email.utils
import math

import httpx2
import pytest
from helpers import InstantClock, Recorder, make_client

from deployhq_async import (
    APIConnectionError,
    APITimeoutError,
    InternalServerError,
    RateLimitError,
    ServiceUnavailableError,
    _retry,
)
from deployhq_async.testing import ManualClock

OK = httpx2.Response(200, json=[])
CREATED = httpx2.Response(201, json={"identifier": "d-1", "status": "pending"})


def backoff(*bases: float) -> list[object]:
    """Backoff delays as the client draws them: each base less up to a quarter."""
    return [pytest.approx(base * 0.875, abs=base * 0.125 + 1e-9) for base in bases]


def unavailable(retry_after: str | None = None, status: int = 503) -> httpx2.Response:
    headers = {"Retry-After": retry_after} if retry_after is not None else {}
    return httpx2.Response(status, headers=headers, json={"error": "Down for maintenance"})


async def create_deployment(recorder: Recorder, **options: object) -> object:
    async with make_client(recorder, **options) as dhq:  # type: ignore[arg-type]
        # With a start revision of its own: the create is the only request (no look-up first).
        return await dhq.deployments.create(
            "app", parent_identifier="srv", end_revision="abc", start_revision="9f1c2e0"
        )


# --- Retry-After and backoff -----------------------------------------------------------


@pytest.mark.parametrize(("header", "expected"), [("2", 2.0), ("0.25", 0.25), ("0", 0.0)])
async def test_503_retry_after_seconds_is_honoured_even_for_post(
    sleeps: list[float], header: str, expected: float
) -> None:
    recorder = Recorder(unavailable(header), CREATED)
    result = await create_deployment(recorder)
    assert result.identifier == "d-1"  # type: ignore[attr-defined]
    assert recorder.count == 2
    assert sleeps == [expected]


async def test_429_with_http_date_retry_after(clock: InstantClock) -> None:
    when = email.utils.formatdate(int(clock.now()) + 5, usegmt=True)
    recorder = Recorder(unavailable(when, status=429), OK)
    async with make_client(recorder) as dhq:
        assert await dhq.projects.list().collect() == []
    assert clock.sleeps == [pytest.approx(5.0, abs=1.0)]  # the date has whole seconds


@pytest.mark.parametrize("local_clock_off_by", [-3600.0, 0.0, 3600.0])
async def test_an_http_date_retry_after_is_measured_against_the_answers_date(local_clock_off_by: float) -> None:
    """DeployHQ's clock decides: with this machine's clock an hour off either way,
    "retry 3 s after my Date" is still a 3 s wait."""
    server_now = 1_900_000_000
    clock = InstantClock(start=server_now + local_clock_off_by)
    headers = {
        "Date": email.utils.formatdate(server_now, usegmt=True),
        "Retry-After": email.utils.formatdate(server_now + 3, usegmt=True),
    }
    recorder = Recorder(httpx2.Response(429, headers=headers, json={"error": "slow down"}), OK)
    async with make_client(recorder, max_retry_wait=60, clock=clock) as dhq:
        assert await dhq.projects.list().collect() == []
    assert (recorder.count, clock.sleeps) == (2, [3.0])


def test_the_server_time_is_the_date_header_when_readable() -> None:
    assert _retry.server_time("Sun, 06 Nov 1994 08:49:37 GMT", now=5.0) == 784111777.0
    assert _retry.server_time("yesterday", now=5.0) == 5.0
    assert _retry.server_time(None, now=5.0) == 5.0


@pytest.mark.parametrize("header", ["-3", "soon", "nan", "inf", ""])
async def test_bad_retry_after_falls_back_to_backoff(sleeps: list[float], header: str) -> None:
    recorder = Recorder(unavailable(header), unavailable(header), OK)
    async with make_client(recorder) as dhq:
        await dhq.projects.list().collect()
    assert sleeps == backoff(0.5, 1.0)


def test_backoff_doubles_is_capped_and_jittered() -> None:
    assert [_retry.backoff(n, 0.0) for n in (1, 2, 3, 4, 5, 6, 9)] == [0.5, 1.0, 2.0, 4.0, 8.0, 8.0, 8.0]
    assert _retry.backoff(1, 1.0) == 0.375
    assert _retry.backoff(7, 1.0) == 6.0
    assert all(0.375 <= _retry.backoff(1) <= 0.5 for _ in range(50))


async def test_retry_after_beyond_max_wait_is_raised_at_once(sleeps: list[float]) -> None:
    recorder = Recorder(unavailable("3600", status=429))
    with pytest.raises(RateLimitError) as info:
        await create_deployment(recorder, max_retry_wait=60)
    assert recorder.count == 1
    assert sleeps == []
    assert info.value.retry_after == 3600
    assert info.value.attempts == 1
    assert "retry after 3600s" in str(info.value)


async def test_retries_stop_after_max_retries_and_record_attempts(sleeps: list[float]) -> None:
    recorder = Recorder(unavailable("1"))
    with pytest.raises(ServiceUnavailableError) as info:
        await create_deployment(recorder, max_retries=2)
    assert recorder.count == 3
    assert info.value.attempts == 3
    assert info.value.status_code == 503
    assert sleeps == [1.0, 1.0]


async def test_with_options_and_per_call_max_retries(sleeps: list[float]) -> None:
    recorder = Recorder(unavailable("1"))
    async with make_client(recorder) as dhq:
        with pytest.raises(ServiceUnavailableError) as info:
            await dhq.with_options(max_retries=0).projects.get("app")
        assert info.value.attempts == 1
        assert dhq.max_retries == 3  # the original keeps its options
        with pytest.raises(ServiceUnavailableError):
            await dhq.call("getProject", "app", max_retries=1)
    assert recorder.count == 1 + 2
    assert sleeps == [1.0]


# --- what may have been processed is never replayed ------------------------------------


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_post_5xx_is_not_replayed(sleeps: list[float], status: int) -> None:
    recorder = Recorder(httpx2.Response(status, text="<html>Bad Gateway</html>", headers={"Content-Type": "text/html"}))
    with pytest.raises(InternalServerError) as info:
        await create_deployment(recorder)
    assert recorder.count == 1
    assert info.value.may_have_been_processed is True
    assert sleeps == []


@pytest.mark.parametrize("status", [500, 502, 504])
async def test_get_5xx_is_retried(sleeps: list[float], status: int) -> None:
    recorder = Recorder(httpx2.Response(status), OK)
    async with make_client(recorder) as dhq:
        assert await dhq.servers.list("app").collect() == []
    assert recorder.count == 2
    assert sleeps == backoff(0.5)


@pytest.mark.parametrize(
    "exc",
    [
        httpx2.ReadTimeout("read timed out"),
        httpx2.WriteTimeout("write timed out"),
        httpx2.RemoteProtocolError("peer closed connection"),
        httpx2.ReadError("connection reset by peer"),
    ],
)
async def test_post_that_may_have_been_processed_raises_without_replay(
    sleeps: list[float], exc: httpx2.TransportError
) -> None:
    recorder = Recorder(exc, CREATED)
    with pytest.raises(APIConnectionError) as info:
        await create_deployment(recorder)
    assert recorder.count == 1
    assert info.value.may_have_been_processed is True
    assert info.value.attempts == 1
    assert isinstance(info.value, APITimeoutError) == isinstance(exc, httpx2.TimeoutException)
    assert "POST /projects/app/deployments" in str(info.value)
    assert sleeps == []


@pytest.mark.parametrize(
    "exc", [httpx2.ConnectError("refused"), httpx2.ConnectTimeout("slow"), httpx2.PoolTimeout("full")]
)
async def test_post_that_never_left_is_retried(sleeps: list[float], exc: httpx2.TransportError) -> None:
    recorder = Recorder(exc, CREATED)
    result = await create_deployment(recorder)
    assert result.identifier == "d-1"  # type: ignore[attr-defined]
    assert recorder.count == 2
    assert sleeps == backoff(0.5)


async def test_idempotent_request_is_retried_after_a_reset(sleeps: list[float]) -> None:
    recorder = Recorder(httpx2.ReadError("reset"), httpx2.ReadTimeout("slow"), OK)
    async with make_client(recorder) as dhq:
        await dhq.config_files.list("app").collect()
    assert [r.method for r in recorder.requests] == ["GET", "GET", "GET"]
    assert sleeps == backoff(0.5, 1.0)


async def test_connection_error_after_retries_says_it_was_not_processed(sleeps: list[float]) -> None:
    recorder = Recorder(httpx2.ConnectError("refused"))
    with pytest.raises(APIConnectionError) as info:
        await create_deployment(recorder, max_retries=1)
    assert info.value.may_have_been_processed is False
    assert info.value.attempts == 2
    assert recorder.count == 2


# --- what passes straight through ------------------------------------------------------


async def test_application_exceptions_are_not_retried(sleeps: list[float]) -> None:
    recorder = Recorder(RuntimeError("bug in a transport"))
    with pytest.raises(RuntimeError, match="bug in a transport"):
        await create_deployment(recorder)
    assert recorder.count == 1


async def test_cancellation_passes_through(sleeps: list[float]) -> None:
    recorder = Recorder(asyncio.CancelledError())
    with pytest.raises(asyncio.CancelledError):
        await create_deployment(recorder)
    assert recorder.count == 1


async def test_cancelling_during_backoff_returns_promptly_and_closes_the_response() -> None:
    closed: list[bool] = []

    class Tracked(httpx2.ByteStream):
        async def aclose(self) -> None:
            closed.append(True)

    def handler(request: httpx2.Request) -> httpx2.Response:
        return httpx2.Response(503, headers={"Retry-After": "30"}, stream=Tracked(b"{}"))

    clock = ManualClock()
    async with make_client(Recorder(handler), clock=clock) as dhq:
        task = asyncio.ensure_future(dhq.projects.get("app"))
        while not clock.sleeping:  # until the request has been answered and the client waits 30 s
            await asyncio.sleep(0)
        assert not task.done()
        loop = asyncio.get_running_loop()
        started = loop.time()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        assert loop.time() - started < 1.0
    assert closed == [True]


def test_parse_retry_after() -> None:
    now = 1_800_000_000.0
    assert _retry.parse_retry_after(None, now) is None
    assert _retry.parse_retry_after(" 1.5 ", now) == 1.5
    assert _retry.parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now) == 0.0  # in the past: now
    assert _retry.parse_retry_after(email.utils.formatdate(now + 90, usegmt=True), now) == 90.0
    assert _retry.parse_retry_after("not a date", now) is None
    assert _retry.parse_retry_after(str(math.pi * 1e6), now) == math.pi * 1e6  # long, but an instruction
    assert _retry.parse_retry_after("inf", now) is None


@pytest.mark.parametrize("header", ["86400", "86401", "1e12"])
async def test_any_retry_after_beyond_max_retry_wait_raises_at_once(sleeps: list[float], header: str) -> None:
    recorder = Recorder(unavailable(header, status=429), OK)
    async with make_client(recorder, max_retry_wait=60) as dhq:
        with pytest.raises(RateLimitError) as info:
            await dhq.projects.list().collect()
    assert (recorder.count, sleeps, info.value.retry_after) == (1, [], float(header))


async def test_every_wait_is_capped_by_max_retry_wait(sleeps: list[float]) -> None:
    recorder = Recorder(
        httpx2.ReadError("reset"), httpx2.Response(502), httpx2.Response(503), httpx2.ReadError("x"), OK
    )
    async with make_client(recorder, max_retries=4, max_retry_wait=1) as dhq:
        await dhq.projects.list().collect()
    assert recorder.count == 5
    assert len(sleeps) == 4 and max(sleeps) <= 1.0
    assert sleeps[-1] == 1.0  # the fourth backoff would be about 4 s
