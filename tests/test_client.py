"""Constructing the client, what every request carries, and the httpx2 client's life cycle."""

from __future__ import annotations

import asyncio
import base64
import subprocess
import sys
from collections.abc import AsyncIterator
from typing import Any

import httpx2
import pytest
from helpers import EMAIL, KEY, Recorder, make_client

from deployhq_async import APITimeoutError, ConfigurationError, DeployHQ, DeployHQError, __version__
from deployhq_async.testing import FakeDeployHQ


@pytest.mark.parametrize(
    ("account", "expected"),
    [
        ("acme", "https://acme.deployhq.com"),
        ("Acme-Corp", "https://acme-corp.deployhq.com"),
        ("acme.deployhq.com", "https://acme.deployhq.com"),
        (" acme ", "https://acme.deployhq.com"),
    ],
)
def test_account_becomes_the_base_url(account: str, expected: str) -> None:
    assert DeployHQ(account, EMAIL, KEY).base_url == expected


@pytest.mark.parametrize("account", ["evil.com/x", "acme corp", "", "   ", "-acme", "acme.example.com", "a_b", None])
def test_invalid_account_is_a_configuration_error(account: str | None) -> None:
    with pytest.raises(ConfigurationError, match="account") as info:
        DeployHQ(account, EMAIL, KEY)
    assert isinstance(info.value, ValueError)
    assert KEY not in str(info.value)


@pytest.mark.parametrize(
    "base_url",
    ["http://127.0.0.1:8123", "http://localhost:9000/", "http://[::1]:8080", "https://staging.example.com/api"],
)
def test_base_url_overrides_the_account(base_url: str) -> None:
    dhq = DeployHQ(email=EMAIL, api_key=KEY, base_url=base_url)
    assert dhq.base_url == base_url.rstrip("/")


@pytest.mark.parametrize(
    ("base_url", "reason"),
    [
        ("http://acme.deployhq.com", "plain http"),
        ("http://10.0.0.5:8080", "plain http"),
        ("ftp://acme.deployhq.com", "http"),
        ("https://user:pw@acme.deployhq.com", "credentials"),
        ("https://acme.deployhq.com/?x=1", "query"),
        ("not a url", "http"),
    ],
)
def test_bad_base_url(base_url: str, reason: str) -> None:
    with pytest.raises(ConfigurationError, match=reason):
        DeployHQ(email=EMAIL, api_key=KEY, base_url=base_url)


@pytest.mark.parametrize(
    ("email", "key", "message"),
    [(None, KEY, "no email"), (EMAIL, None, "no API key"), (EMAIL, "", "no API key"), ("", KEY, "no email")],
)
def test_missing_credentials(email: str | None, key: str | None, message: str) -> None:
    with pytest.raises(ConfigurationError, match=message) as info:
        DeployHQ("acme", email, key)
    assert KEY not in str(info.value)


@pytest.mark.parametrize(
    ("option", "value"),
    [("timeout", 0), ("timeout", "30"), ("max_retries", -1), ("max_retries", 1.5), ("max_concurrency", 0)],
)
def test_bad_numbers(option: str, value: object) -> None:
    with pytest.raises(ConfigurationError, match=option):
        DeployHQ("acme", EMAIL, KEY, **{option: value})  # type: ignore[arg-type]


def test_transport_and_http_client_are_exclusive() -> None:
    with pytest.raises(ConfigurationError, match="not both"):
        DeployHQ("acme", EMAIL, KEY, transport=httpx2.MockTransport(Recorder()), http_client=httpx2.AsyncClient())
    with pytest.raises(ConfigurationError, match="AsyncClient"):
        DeployHQ("acme", EMAIL, KEY, http_client=httpx2.Client())  # type: ignore[arg-type]


def test_from_env() -> None:
    env = {"DEPLOYHQ_ACCOUNT": "acme", "DEPLOYHQ_EMAIL": EMAIL, "DEPLOYHQ_API_KEY": KEY}
    assert DeployHQ.from_env(env).base_url == "https://acme.deployhq.com"
    local = {**env, "DEPLOYHQ_BASE_URL": "http://127.0.0.1:9999"}
    assert DeployHQ.from_env(local, max_retries=0).base_url == "http://127.0.0.1:9999"
    with pytest.raises(ConfigurationError, match="DEPLOYHQ_API_KEY"):
        DeployHQ.from_env({"DEPLOYHQ_ACCOUNT": "acme", "DEPLOYHQ_EMAIL": EMAIL})


def test_repr_hides_credentials() -> None:
    dhq = DeployHQ("acme", EMAIL, KEY)
    assert repr(dhq) == "DeployHQ(base_url='https://acme.deployhq.com')"
    assert KEY not in repr(vars(dhq)) and EMAIL not in repr(vars(dhq))


async def test_every_request_carries_auth_accept_and_user_agent() -> None:
    recorder = Recorder(httpx2.Response(201, json={"name": "New", "permalink": "new", "identifier": "p-new"}))
    async with make_client(recorder, user_agent="release-bot/2") as dhq:
        project = await dhq.projects.create("New", zone_id="z1")
    assert project.permalink == "new"
    request = recorder.requests[0]
    expected = "Basic " + base64.b64encode(f"{EMAIL}:{KEY}".encode()).decode()
    assert request.headers["Authorization"] == expected
    assert request.headers["Accept"] == "application/json"
    assert request.headers["Content-Type"] == "application/json"
    assert request.headers["User-Agent"].startswith(f"release-bot/2 deployhq-async/{__version__} httpx2/")
    assert request.url == "https://acme.deployhq.com/projects"
    assert recorder.body() == {"project": {"name": "New", "zone_id": "z1"}}


async def test_get_has_no_body_or_content_type() -> None:
    recorder = Recorder(httpx2.Response(200, json=[]))
    async with make_client(recorder) as dhq:
        await dhq.projects.list().collect()
    assert recorder.requests[0].content == b""
    assert "Content-Type" not in recorder.requests[0].headers


@pytest.mark.parametrize(
    ("project", "path"),
    [
        ("a/b", "/projects/a%2Fb/servers"),
        ("..", "/projects/%2E%2E/servers"),
        (".", "/projects/%2E/servers"),
        ("what?x=1", "/projects/what%3Fx%3D1/servers"),
        ("frag#ment", "/projects/frag%23ment/servers"),
        ("spaced name", "/projects/spaced%20name/servers"),
    ],
)
async def test_path_values_are_encoded_and_cannot_change_the_path(project: str, path: str) -> None:
    recorder = Recorder(httpx2.Response(200, json=[]))
    async with make_client(recorder) as dhq:
        await dhq.servers.list(project).collect()
    assert recorder.requests[0].url.raw_path.decode() == path
    assert recorder.requests[0].url.query == b""


@pytest.mark.parametrize("bad", [None, 3.5, ["a"], b"bytes", True, "  "])
async def test_wrong_argument_types_fail_before_any_request(bad: object) -> None:
    recorder = Recorder()
    async with make_client(recorder) as dhq:
        with pytest.raises((TypeError, ValueError)):
            await dhq.deployments.get(bad, "d-1")  # type: ignore[arg-type]
        with pytest.raises((TypeError, ValueError)):
            dhq.servers.list(bad)  # type: ignore[arg-type]
    assert recorder.count == 0


async def test_usable_without_async_with_and_closed_after_aclose() -> None:
    recorder = Recorder(httpx2.Response(200, json=[]))
    closed: list[bool] = []

    class Transport(httpx2.MockTransport):
        async def aclose(self) -> None:
            closed.append(True)

    dhq = DeployHQ("acme", EMAIL, KEY, transport=Transport(recorder))
    await dhq.zones.list().collect()
    await dhq.zones.list().collect()
    assert recorder.count == 2
    assert closed == []
    await dhq.aclose()
    assert closed == [True]  # the client closes the transport it was given
    with pytest.raises(DeployHQError, match="closed"):
        await dhq.with_options(timeout=30).zones.list().collect()  # a copy shares the connection
    assert recorder.count == 2


async def test_caller_owned_http_client_is_used_and_left_open() -> None:
    recorder = Recorder(httpx2.Response(200, json=[]))
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(recorder))
    async with DeployHQ("acme", EMAIL, KEY, http_client=http) as dhq:
        await dhq.with_options(timeout=30).zones.list().collect()  # a copy shares the connection
    assert recorder.count == 1
    assert not http.is_closed
    assert "Authorization" not in http.headers  # credentials go on requests, not on the caller's client
    await http.aclose()


async def test_with_options_shares_the_connection() -> None:
    recorder = Recorder(httpx2.Response(200, json=[]))
    async with make_client(recorder) as dhq:
        quick = dhq.with_options(max_retries=0, timeout=5)
        await quick.zones.list().collect()
        assert quick._connection is dhq._connection
        assert quick.max_retries == 0 and dhq.max_retries == 3
        assert recorder.requests[0].extensions["timeout"]["read"] == 5
    with pytest.raises(ConfigurationError):
        dhq.with_options(max_retries=-1)


async def test_max_concurrency_bounds_requests_in_flight() -> None:
    in_flight = 0
    peak = 0

    class Slow(httpx2.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
            nonlocal in_flight, peak
            in_flight += 1
            peak = max(peak, in_flight)
            await asyncio.sleep(0.01)
            in_flight -= 1
            return httpx2.Response(200, json=[])

    async with DeployHQ("acme", EMAIL, KEY, transport=Slow(), max_concurrency=3) as dhq:
        await asyncio.gather(*(dhq.zones.list().collect() for _ in range(20)))
    assert peak == 3


def test_importing_the_package_does_not_import_generated_modules() -> None:
    code = (
        "import sys, deployhq_async\n"
        "dhq = deployhq_async.DeployHQ('acme', 'a@b.c', 'k')\n"
        "print(sorted(m for m in sys.modules if m.startswith('deployhq_async.generated')))\n"
        "dhq.deployments\n"
        "print(len([m for m in sys.modules if m.startswith('deployhq_async.generated.models.')]))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split("\n")
    assert out[0] == "[]"
    # The deployments resource loads its own operations' models, not the other ~220.
    assert 0 < int(out[1]) < 50


@pytest.mark.parametrize("agent", ["bot\r\nX-Evil: 1", "bot\n", "робот/1", 42])
def test_a_header_value_that_cannot_be_sent_is_refused_at_construction(agent: object) -> None:
    with pytest.raises(ConfigurationError, match="user_agent"):
        DeployHQ("acme", EMAIL, KEY, user_agent=agent)  # type: ignore[arg-type]


async def test_timeout_is_a_number_or_an_httpx_timeout_and_a_callers_client_keeps_its_own() -> None:
    seen: list[dict[str, float]] = []

    def handler(request: httpx2.Request) -> httpx2.Response:
        seen.append(request.extensions["timeout"])
        return httpx2.Response(200, json=[])

    async with DeployHQ(
        "acme", EMAIL, KEY, transport=httpx2.MockTransport(handler), timeout=httpx2.Timeout(5, read=0.2)
    ) as dhq:
        await dhq.projects.list().collect()
        assert dhq.timeout.read == 0.2
    async with httpx2.AsyncClient(transport=httpx2.MockTransport(handler), timeout=7) as http:
        async with DeployHQ("acme", EMAIL, KEY, http_client=http) as dhq:
            await dhq.projects.list().collect()
        async with DeployHQ("acme", EMAIL, KEY, http_client=http, timeout=3) as dhq:
            await dhq.projects.list().collect()
    assert [t["read"] for t in seen] == [0.2, 7, 3]
    assert seen[0]["connect"] == 5
    for bad in (0, -1, "30", httpx2.Timeout(5, read=-1)):
        with pytest.raises(ConfigurationError, match="timeout"):
            DeployHQ("acme", EMAIL, KEY, timeout=bad)  # type: ignore[arg-type]


async def test_a_number_bounds_each_whole_attempt_and_an_httpx2_timeout_only_its_phases() -> None:
    assert DeployHQ("acme", EMAIL, KEY, timeout=2).attempt_timeout == 2.0
    assert DeployHQ("acme", EMAIL, KEY).attempt_timeout == 30.0
    assert DeployHQ("acme", EMAIL, KEY, timeout=httpx2.Timeout(5)).attempt_timeout is None
    assert DeployHQ("acme", EMAIL, KEY, timeout=2).with_options(timeout=httpx2.Timeout(1)).attempt_timeout is None
    async with httpx2.AsyncClient(timeout=7) as http:
        assert DeployHQ("acme", EMAIL, KEY, http_client=http).attempt_timeout is None
        assert DeployHQ("acme", EMAIL, KEY, http_client=http, timeout=3).attempt_timeout == 3.0


async def test_a_transport_of_its_own_is_bounded_by_the_whole_attempt_too() -> None:
    """A transport given by the caller (which cannot read the client's deadline)
    is cut off at `timeout` as well, as a read timeout (it may have been sent)."""

    class Trickle(httpx2.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
            async def body() -> AsyncIterator[bytes]:
                for _ in range(100):
                    await asyncio.sleep(0.02)
                    yield b" "

            return httpx2.Response(200, stream=AsyncStream(body()), request=request)

    async with DeployHQ("acme", EMAIL, KEY, transport=Trickle(), timeout=0.1, max_retries=0) as dhq:
        with pytest.raises(APITimeoutError) as info:
            await dhq.projects.list().collect()
    assert info.value.may_have_been_processed is True


class AsyncStream(httpx2.AsyncByteStream):
    def __init__(self, chunks: AsyncIterator[bytes]) -> None:
        self._chunks = chunks

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks


def test_a_client_or_transport_of_the_old_httpx_package_is_refused_saying_what_to_pass() -> None:
    import httpx  # respx's dependency in the dev tools; users on httpx get this message

    with pytest.raises(ConfigurationError, match=r"pass an httpx2\.AsyncClient"):
        DeployHQ("acme", EMAIL, KEY, http_client=httpx.AsyncClient())  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match=r"pass an httpx2\.AsyncBaseTransport"):
        DeployHQ("acme", EMAIL, KEY, transport=httpx.MockTransport(lambda r: httpx.Response(200)))  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("exc", "message"),
    [
        (
            httpx2.ConnectError("[Errno -2] Name or service not known"),
            "could not resolve acme.deployhq.com (2 attempts)",
        ),
        (httpx2.ConnectTimeout(""), "timed out after 30 s connecting to acme.deployhq.com (2 attempts)"),
        (httpx2.ConnectError("[Errno 111] Connection refused"), "could not connect to acme.deployhq.com: [Errno 111]"),
    ],
)
async def test_connection_errors_say_what_happened(exc: Exception, message: str) -> None:
    def fail(request: httpx2.Request) -> httpx2.Response:
        raise exc

    async with make_client(Recorder(fail), max_retries=1) as dhq:
        with pytest.raises(DeployHQError) as info:
            await dhq.projects.list().collect()
    assert message in str(info.value)
    assert KEY not in str(info.value)


async def test_a_read_timeout_names_the_time_it_waited() -> None:
    from deployhq_async.testing import FakeDeployHQ, Fault

    fake = FakeDeployHQ()
    fake.inject(Fault.latency(0.3), method="GET", path="/projects")
    async with fake.serve() as url, fake.client(base_url=url, timeout=0.05, max_retries=0) as dhq:
        # A first request opens the connection (on a busy machine, connecting alone
        # can take longer than 0.05 s): the timed one only waits for its answer.
        await dhq.with_options(timeout=30).zones.list().collect()  # a copy shares the connection
        with pytest.raises(DeployHQError) as info:
            await dhq.projects.list().collect()
    assert "GET /projects: timed out after 0.05 s waiting for the response from 127.0.0.1 (1 attempt)" in str(
        info.value
    )


async def test_a_with_options_copy_does_not_close_the_connection() -> None:
    recorder = Recorder(httpx2.Response(200, json=[]))
    async with make_client(recorder) as dhq:
        async with dhq.with_options(max_retries=0) as quick:
            await quick.projects.list().collect()
        await dhq.projects.list().collect()  # still open
    assert recorder.count == 2
    with pytest.raises(DeployHQError, match="closed"):
        await dhq.projects.list().collect()


def test_a_client_used_in_a_second_event_loop_says_so() -> None:
    import asyncio

    dhq = make_client(Recorder(httpx2.Response(200, json=[])))
    asyncio.run(dhq.projects.list().collect())
    with pytest.raises(DeployHQError, match="another event loop"):
        asyncio.run(dhq.projects.list().collect())


async def test_bodiless_requests_are_copies_that_share_nothing_mutable() -> None:
    recorder = Recorder(httpx2.Response(200, json={"identifier": "p1", "name": "Shop", "permalink": "shop"}))
    async with make_client(recorder) as dhq:
        await dhq.projects.get("shop")
        await dhq.projects.get("shop")
        await dhq.with_options(timeout=5).projects.get("shop")
        await dhq.projects.delete("shop")
    first, second, third, delete = recorder.requests
    assert [r.method for r in recorder.requests] == ["GET", "GET", "GET", "DELETE"]
    assert {str(r.url) for r in recorder.requests} == {"https://acme.deployhq.com/projects/shop"}
    assert first is not second and first.headers is not second.headers
    first.headers["X-Changed"] = "1"
    assert "X-Changed" not in second.headers and "X-Changed" not in delete.headers
    assert first.extensions is not second.extensions
    assert (second.extensions["timeout"]["read"], third.extensions["timeout"]["read"]) == (30.0, 5.0)
    assert second.headers["Authorization"].startswith("Basic ") and second.headers["Host"] == "acme.deployhq.com"
    assert second.read() == b"" and "Content-Length" not in second.headers


async def test_a_request_queued_for_a_slot_waits_out_a_pause_that_began_meanwhile() -> None:
    """In a bulk run, a request that passed the shared pause and then queued for
    a concurrency slot must not go out once a 429 has started a pause."""
    from deployhq_async import RequestLimiter
    from deployhq_async.testing import AutojumpClock

    clock = AutojumpClock()
    sent: list[tuple[str, float]] = []

    async def answer(request: httpx2.Request) -> httpx2.Response:
        sent.append((request.url.path, clock.monotonic() - started))
        await asyncio.sleep(0)  # in flight: the other request queues for the slot meanwhile
        if len(sent) == 1:
            return httpx2.Response(429, headers={"Retry-After": "5"}, json={"error": "slow down"})
        return httpx2.Response(200, json={"identifier": "p", "name": "P", "permalink": request.url.path[10:]})

    async with DeployHQ("acme", EMAIL, KEY, transport=httpx2.MockTransport(answer), clock=clock) as dhq:
        limiter = RequestLimiter(1)
        budgeted = dhq.with_options(limiter=limiter)
        started = clock.monotonic()
        projects = await asyncio.gather(budgeted.projects.get("a"), budgeted.projects.get("b"))
    assert [p.permalink for p in projects] == ["a", "b"]
    assert sent[0] == ("/projects/a", 0.0)
    assert sorted(sent[1:]) == [("/projects/a", 5.0), ("/projects/b", 5.0)]  # b waited, though it queued first
    assert limiter.pauses == 1 and limiter.paused_until == 5.0 + started


async def test_without_an_http_client_requests_go_straight_to_the_transport(monkeypatch: pytest.MonkeyPatch) -> None:
    async def refuse(*args: object, **kwargs: object) -> httpx2.Response:
        raise AssertionError("httpx2.AsyncClient.send was used")

    monkeypatch.setattr(httpx2.AsyncClient, "send", refuse)
    fake = FakeDeployHQ()
    fake.add_project("Shop")
    async with fake.serve() as url, fake.client(base_url=url) as dhq:
        projects = await dhq.projects.list().collect()
        created = await dhq.projects.create("Blog")
    assert [p.permalink for p in projects] == ["shop"]
    assert created.permalink == "blog"
    assert fake.count("POST", "/projects") == 1


async def test_a_callers_http_client_is_used_as_given() -> None:
    """Its mounts, event hooks and default headers apply; ours go on each request."""
    seen: list[httpx2.Request] = []
    hooked: list[str] = []

    async def hook(request: httpx2.Request) -> None:
        hooked.append(request.url.path)

    def answer(request: httpx2.Request) -> httpx2.Response:
        seen.append(request)
        return httpx2.Response(200, json=[])

    http = httpx2.AsyncClient(
        mounts={"https://acme.deployhq.com": httpx2.MockTransport(answer)},
        event_hooks={"request": [hook]},
        headers={"X-Team": "ops"},
    )
    async with DeployHQ("acme", "ops@example.com", KEY, http_client=http) as dhq:
        assert await dhq.zones.list().collect() == []
    assert hooked == ["/zones"]
    assert [r.headers["X-Team"] for r in seen] == ["ops"]
    assert seen[0].headers["Authorization"].startswith("Basic ")
    await http.aclose()


async def test_pytest_httpx2_mocks_the_default_transport(httpx2_mock: Any) -> None:
    """Users' tests mock the default transport with respx for httpx2 (pytest-httpx2)."""
    body = {"identifier": "p1", "name": "Shop", "permalink": "shop"}
    route = httpx2_mock.get("https://acme.deployhq.com/projects/shop").respond(200, json=body)
    async with DeployHQ("acme", "ops@example.com", KEY, transport="httpx2") as dhq:
        project = await dhq.projects.get("shop")
    assert (project.identifier, project.name) == ("p1", "Shop")
    assert route.call_count == 1
    assert route.calls.last.request.headers["Accept"] == "application/json"


async def _until_sleeping(clock: Any, sleeps: int) -> None:
    while clock.sleeping < sleeps:
        await asyncio.sleep(0)


async def test_aclose_ends_calls_waiting_out_a_pause_or_a_retry_at_once_with_nothing_more_sent() -> None:
    from deployhq_async import ClientClosedError, RequestFinished, RequestStarted
    from deployhq_async.testing import ManualClock

    clock = ManualClock()
    start = clock.monotonic()
    seen: list[object] = []
    # The first call meets a 429 asking 30 s: it sleeps that out before its retry,
    # and the throttle holds every other request for as long.
    recorder = Recorder(
        httpx2.Response(429, headers={"Retry-After": "30"}, json={"error": "slow down"}),
        httpx2.Response(200, json={"permalink": "p"}),
    )
    dhq = make_client(recorder, clock=clock, max_retry_wait=60, hooks=[seen.append])
    retrying = asyncio.ensure_future(dhq.projects.get("p"))
    await _until_sleeping(clock, 1)
    held = asyncio.ensure_future(dhq.projects.get("q"))
    await _until_sleeping(clock, 2)
    await dhq.aclose()
    assert retrying.done() and held.done()  # aclose() returns once both have ended
    for task in (retrying, held):
        with pytest.raises(ClientClosedError) as info:
            await task
        assert info.value.may_have_been_processed is False  # a 429 was not processed; the other never sent
    assert clock.monotonic() == start  # no virtual time passed: neither waited its 30 s out
    assert recorder.count == 1
    starts = [e for e in seen if isinstance(e, RequestStarted)]
    ends = [e for e in seen if isinstance(e, RequestFinished)]
    assert len(starts) == len(ends) == 2  # the retry's sleep began no attempt; the held call's did
    assert [e.status for e in ends] == [429, None]
    assert ends[1].error == "ClientClosedError"


async def test_a_call_its_caller_cancels_while_the_client_closes_stays_cancelled() -> None:
    from deployhq_async.testing import ManualClock

    clock = ManualClock()
    recorder = Recorder(httpx2.Response(503, headers={"Retry-After": "30"}, json={"error": "busy"}))
    dhq = make_client(recorder, clock=clock, max_retry_wait=60)
    task = asyncio.ensure_future(dhq.projects.get("p"))
    await _until_sleeping(clock, 1)
    task.cancel()
    await dhq.aclose()
    assert task.done()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert recorder.count == 1
