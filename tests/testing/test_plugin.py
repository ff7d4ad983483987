"""The pytest plugin, as a user's test suite meets it (pytester runs a suite of
its own in a subprocess, with only the installed package's plugin)."""

from __future__ import annotations

import pytest

pytest_plugins = ["pytester"]

USERS_TESTS = """
import pytest

from deployhq_async import DeploymentStatus


async def test_a_deployment_completes(deployhq_fake, deployhq):
    project = deployhq_fake.add_project("Shop")
    server = deployhq_fake.add_server(project, "web-1")
    dep = await deployhq.deployments.create("shop", parent_identifier=server.identifier, end_revision="abc")
    done = await deployhq.deployments.wait("shop", dep.identifier, timeout=3600)
    assert done.status == DeploymentStatus.COMPLETED
    assert deployhq_fake.count("POST", "/projects/shop/deployments") == 1


@pytest.mark.deployhq_loopback
async def test_over_a_real_socket(deployhq_fake, deployhq):
    deployhq_fake.add_project("Shop")
    assert deployhq.base_url.startswith("http://127.0.0.1:")
    assert [p.permalink async for p in deployhq.projects.list()] == ["shop"]


async def test_a_wait_ends_on_the_fakes_notification(deployhq_fake, deployhq, deployhq_notifications):
    server = deployhq_fake.add_server(deployhq_fake.add_project("Shop"), "web-1")
    dep = await deployhq.deployments.create("shop", parent_identifier=server.identifier, end_revision="abc")
    done = await deployhq.deployments.wait("shop", dep.identifier, hub=deployhq_notifications)
    assert done.status == DeploymentStatus.COMPLETED
    assert deployhq_fake.count("GET", "/projects/shop/deployments/*") == 1  # the first look; then the notification


async def test_a_failing_assertion_is_reported(deployhq_fake, deployhq):
    deployhq_fake.add_project("Shop")
    names = [p.name async for p in deployhq.projects.list()]
    assert names == ["Warehouse"]
"""


def test_a_users_suite_uses_the_fixtures_and_its_failures_are_reported(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(test_users=USERS_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=3, failed=1)
    result.stdout.fnmatch_lines(["*_ test_a_failing_assertion_is_reported _*"])
    result.stdout.re_match_lines([r"E +AssertionError: assert \['Shop'\] == \['Warehouse'\]"])


SERVICE_TESTS = """
import pytest

from deployhq_async import DeployHQ


async def release(project, server, revision):
    # The service under test: it makes its own client, from the environment.
    async with DeployHQ.from_env() as dhq:
        made = await dhq.deployments.create(project, parent_identifier=server, end_revision=revision)
        done = await dhq.deployments.wait(project, made.identifier, poll_interval=0.02)
        return done.status


async def test_a_service_that_makes_its_own_client(deployhq_server, monkeypatch):
    project = deployhq_server.fake.add_project("Shop")
    server = deployhq_server.fake.add_server(project, "web-1")
    deployhq_server.apply(monkeypatch)
    assert deployhq_server.url.startswith("http://127.0.0.1:")
    assert await release("shop", server.identifier, "abc") == "completed"
    assert [d.status for d in deployhq_server.fake.deployment_models("shop")] == ["completed"]


async def app(scope, receive, send):
    # Any ASGI service: POST /release {"server": ..., "revision": ...} deploys and waits.
    import json

    body = b""
    while True:
        message = await receive()
        body += message.get("body", b"")
        if not message.get("more_body"):
            break
    asked = json.loads(body)
    status = await release("shop", asked["server"], asked["revision"])
    await send({"type": "http.response.start", "status": 200, "headers": [(b"content-type", b"application/json")]})
    await send({"type": "http.response.body", "body": json.dumps({"status": status}).encode()})


async def test_an_asgi_service_over_http(deployhq_server, monkeypatch):
    import httpx2

    server = deployhq_server.fake.add_server(deployhq_server.fake.add_project("Shop"), "web-1")
    deployhq_server.apply(monkeypatch)
    transport = httpx2.ASGITransport(app=app)
    async with httpx2.AsyncClient(transport=transport, base_url="http://service") as http:
        answer = await http.post("/release", json={"server": server.identifier, "revision": "abc"})
    assert answer.json() == {"status": "completed"}


@pytest.mark.deployhq_time_scale(0.001)
async def test_a_slower_fake_keeps_a_deployment_pending(deployhq_server, monkeypatch):
    project = deployhq_server.fake.add_project("Shop")
    server = deployhq_server.fake.add_server(project, "web-1")
    deployhq_server.apply(monkeypatch)
    async with DeployHQ.from_env() as dhq:
        made = await dhq.deployments.create("shop", parent_identifier=server.identifier, end_revision="abc")
        assert (await dhq.deployments.get("shop", made.identifier)).status == "pending"
"""


@pytest.mark.once  # a suite of its own, in a process of its own, on its own loop
def test_a_service_that_makes_its_own_client_reaches_the_served_fake(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\nasyncio_mode = auto\nasyncio_default_fixture_loop_scope = function\n")
    pytester.makepyfile(test_service=SERVICE_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-q")
    result.assert_outcomes(passed=3)


@pytest.mark.once  # pytest's own plugin loading, in a process of its own
def test_the_plugin_is_registered_by_the_package(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest_subprocess("--fixtures", "-p", "no:cacheprovider")
    result.stdout.fnmatch_lines(["deployhq_fake*", "*fake DeployHQ account*", "deployhq*", "deployhq_server*"])


async def test_fault_counts_say_what_they_do() -> None:
    from deployhq_async.testing import AutojumpClock, FakeDeployHQ, Fault

    fake = FakeDeployHQ(clock=AutojumpClock())
    fake.add_project("Shop")
    fake.inject(Fault.http_status(503, retry_after="0"), path="/projects", times=2)
    async with fake.client() as dhq:
        assert [p.permalink async for p in dhq.projects.list()] == ["shop"]
    assert fake.count("GET", "/projects", fault="status") == 2  # two 503s, then the answer
    for bad in (0, -1, True, "often"):
        with pytest.raises(ValueError, match='times must be a count of 1 or more, or "always"'):
            fake.inject(Fault.http_status(503), times=bad)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="rate must be a share above 0"):
        fake.inject(Fault.http_status(503), rate=0)


async def test_the_fakes_deployments_as_the_client_sees_them() -> None:
    from deployhq_async.generated.models import Deployment
    from deployhq_async.testing import AutojumpClock, FakeDeployHQ

    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=1)
    project = fake.add_project("Shop")
    server = fake.add_server(project, "web-1")
    async with fake.client() as dhq:
        made = await dhq.deployments.create("shop", parent_identifier=server.identifier, end_revision="abc")
        seen = await dhq.deployments.get("shop", made.identifier)
    (model,) = fake.deployment_models("shop")
    assert isinstance(model, Deployment) and model == seen
    assert model.end_revision is not None and model.end_revision.ref == "abc"
