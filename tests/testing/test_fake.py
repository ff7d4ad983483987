"""FakeDeployHQ behaves like DeployHQ: state, lifecycle, error bodies, faults, both connections."""

from __future__ import annotations

import base64
from typing import Any

import httpx2
import pytest
from helpers import InstantClock

from deployhq_async import (
    APIConnectionError,
    AuthenticationError,
    BadRequestError,
    DeployHQ,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ValidationError,
)
from deployhq_async.testing import FakeDeployHQ, Fault, ManualClock

KEY = "0123456789abcdef0123456789abcdef01234567"


@pytest.fixture
def fake(clock: InstantClock) -> FakeDeployHQ:
    fake = FakeDeployHQ(clock=clock, pending_seconds=2, running_seconds=10)
    project = fake.add_project("Shop", repository_url="git@example.com:acme/shop.git")
    fake.add_server(project, "web-1")
    fake.add_server(project, "web-2", fail_deployments=True)
    fake.add_project("Empty")
    return fake


def servers(fake: FakeDeployHQ) -> list[str]:
    return list(fake.projects["shop"].servers)


async def test_projects_and_servers_in_deployhq_shapes(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    projects = await dhq.projects.list().collect()
    assert [(p.name, p.permalink) for p in projects] == [("Shop", "shop"), ("Empty", "empty")]
    empty = await dhq.projects.get("empty")
    assert empty.repository is None and empty.repository_url is None
    assert (await dhq.projects.get("shop")).repository.url == "git@example.com:acme/shop.git"
    listed = await dhq.servers.list("shop").collect()
    assert [s.name for s in listed] == ["web-1", "web-2"]
    assert listed[0].port == "22" and listed[0].agent is None
    by_identifier = await dhq.servers.get(fake.projects["shop"].identifier, listed[0].identifier)
    assert by_identifier.name == "web-1"


async def test_deployment_lifecycle_follows_the_clock(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    clock = fake.clock
    assert isinstance(clock, ManualClock)
    ok, bad = servers(fake)
    dep = await dhq.deployments.create("shop", parent_identifier=ok, end_revision="abc123", branch="main")
    failing = await dhq.deployments.create("shop", parent_identifier=bad, end_revision="abc123")
    preview = await dhq.deployments.preview("shop", parent_identifier=ok, end_revision="abc123")
    assert (dep.status, preview.status) == ("pending", "preview_pending")
    clock.advance(3)
    running = await dhq.deployments.get("shop", dep.identifier)
    assert running.status == "running"
    assert running.steps[1].server == fake.projects["shop"].servers[ok].id
    clock.advance(10)
    done = await dhq.deployments.get("shop", dep.identifier)
    assert (done.status, done.timestamps.duration, done.end_revision.ref) == ("completed", 10, "abc123")
    assert (await dhq.deployments.get("shop", failing.identifier)).status == "failed"
    assert (await dhq.deployments.get("shop", preview.identifier)).status == "preview_ready"
    page = await dhq.deployments.list("shop").collect()
    assert [d.identifier for d in page] == [failing.identifier, dep.identifier]  # previews are not listed
    assert (await dhq.servers.get("shop", ok)).last_revision == "abc123"  # completed, unlike the preview
    assert (await dhq.servers.get("shop", bad)).last_revision is None  # its deployment failed
    retried = await dhq.deployments.retry("shop", failing.identifier)
    assert retried.status == "pending" and len(fake.deployments("shop")) == 4


async def test_abort(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    dep = await dhq.deployments.create("shop", parent_identifier=servers(fake)[0], end_revision="abc")
    await dhq.deployments.abort("shop", dep.identifier)
    assert (await dhq.deployments.get("shop", dep.identifier)).status == "aborted"
    with pytest.raises(ValidationError, match="cannot be aborted"):
        await dhq.deployments.abort("shop", dep.identifier)


async def test_pagination_and_filters(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    ok, bad = servers(fake)
    for n in range(25):
        await dhq.deployments.create("shop", parent_identifier=ok if n % 5 else bad, end_revision=f"r{n}")
        fake.clock.advance(1)  # type: ignore[attr-defined]
    pages = [p async for p in dhq.deployments.list("shop", per_page=10).pages()]
    assert [(p.current_page, p.total_pages, p.total_records, len(p.items)) for p in pages] == [
        (1, 3, 25, 10),
        (2, 3, 25, 10),
        (3, 3, 25, 5),
    ]
    to_bad = await dhq.deployments.list("shop", server=bad).collect()
    assert len(to_bad) == 5
    running = await dhq.deployments.list("shop", running=True).collect()
    assert {d.status for d in running} == {"pending", "running"} and len(running) == 11


async def test_log_entries_page_backwards(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    dep = await dhq.deployments.create("shop", parent_identifier=servers(fake)[0], end_revision="abc")
    fake.clock.advance(fake.pending_seconds + fake.running_seconds)  # type: ignore[attr-defined]
    full = await dhq.deployments.get("shop", dep.identifier)
    entries = [e async for e in dhq.deployments.logs("shop", dep.identifier, full.steps[1].identifier)]
    assert len(entries) == 120
    assert len({e.id for e in entries}) == 120
    assert all(isinstance(e.id, int) for e in entries)


async def test_config_files_and_variables(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    config = await dhq.config_files.create("shop", path=".env", body="A=1")
    assert (await dhq.config_files.update("shop", config.identifier, body="A=2")).body == "A=2"
    var = await dhq.environment_variables.create("shop", name="TOKEN", value="secret", locked=True)
    assert (var.masked_value, var.locked) == ("********", True)
    with pytest.raises(ValidationError, match="locked"):
        await dhq.environment_variables.update("shop", str(var.identifier), value="other")
    await dhq.environment_variables.delete("shop", str(var.identifier))
    assert await dhq.environment_variables.list("shop").collect() == []
    shared = await dhq.global_environment_variables.create(name="SHARED", value="v")
    assert [v.name for v in await dhq.global_environment_variables.list().collect()] == [shared.name]


async def test_error_bodies(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    with pytest.raises(NotFoundError) as missing:
        await dhq.projects.get("nope")
    assert missing.value.error_code == "record_not_found" and missing.value.hint
    auth = (fake.email, fake.api_key)
    async with httpx2.AsyncClient(transport=fake.transport(), base_url="https://test.deployhq.com", auth=auth) as raw:
        unknown = await raw.get("/no_such_endpoint")  # every operation of the document is answered
    assert unknown.status_code == 404 and unknown.json()["error_code"] == "invalid_api_method"
    with pytest.raises(ValidationError) as invalid:  # full: no look-up of the target first
        await dhq.deployments.create("shop", parent_identifier="not-a-server", end_revision="abc", full=True)
    assert invalid.value.errors == {"parent_identifier": ["is not a server or server group of this project"]}
    fake.api_access_restricted = True
    with pytest.raises(PermissionDeniedError) as restricted:
        await dhq.projects.list().collect()
    assert restricted.value.error_code == "api_access_restricted"


async def test_the_fake_checks_request_bodies_against_the_documented_schema(fake: FakeDeployHQ) -> None:
    token = base64.b64encode(f"{fake.email}:{KEY}".encode()).decode()
    headers = {"Authorization": f"Basic {token}", "Content-Type": "application/json"}
    async with httpx2.AsyncClient(transport=fake.transport(), base_url="http://fake", headers=headers) as http:
        unwrapped = await http.post("/projects/shop/deployments", json={"parent_identifier": "x", "end_revision": "a"})
        no_parent = await http.post("/projects/shop/deployments", json={"deployment": {"end_revision": "a"}})
        wrong_type = await http.post(
            "/projects/shop/deployments", json={"deployment": {"parent_identifier": 5, "end_revision": "a"}}
        )
        misspelt = await http.post(
            "/projects/shop/deployments", json={"deployment": {"parent_identifier": "x", "end_revison": "a"}}
        )
        typed_flag = await http.post(
            "/projects/shop/deployments",
            json={"deployment": {"parent_identifier": "x", "end_revision": "a", "copy_config_files": "yes"}},
        )
        variable = await http.post("/projects/shop/environment_variables", json={"environment_variable": {"name": 1}})
        broken = await http.post("/projects/shop/deployments", content=b"{not json")
        anonymous = await http.get("/projects", headers={"Authorization": "Basic eDp5"})
    assert (unwrapped.status_code, list(unwrapped.json())) == (422, ["deployment"])
    assert no_parent.json() == {"parent_identifier": ["can't be blank"]}
    assert (wrong_type.status_code, wrong_type.json()) == (422, {"parent_identifier": ["must be a string"]})
    # DeployHQ ignores a field it does not know, then misses the one it needs.
    assert (misspelt.status_code, misspelt.json()) == (422, {"end_revision": ["can't be blank"]})
    assert typed_flag.json() == {"copy_config_files": ["must be a boolean"]}
    # The document requires name and value here, and types name as a string; its
    # 422 answer here is a list of messages, not the field map of the others.
    assert variable.json() == {"errors": ["Value can't be blank", "Name must be a string"]}
    assert fake.count("POST", "/projects/shop/*", fault=None) == 7
    assert (broken.status_code, broken.json()["error_code"]) == (400, "invalid_json")
    assert anonymous.status_code == 401
    assert fake.deployments() == []


async def test_a_422_body_has_the_shape_the_document_gives_its_operation(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    # A field map where the document has one (DeployHQ's Go SDK reads it on a 422).
    with pytest.raises(ValidationError) as fields:
        await dhq.servers.create("shop", name="", protocol_type="ssh")
    assert (fields.value.body, fields.value.errors, fields.value.base) == (
        {"name": ["can't be blank"]},
        {"name": ["can't be blank"]},
        [],
    )
    # A list of messages under `errors` where the document has that.
    with pytest.raises(ValidationError) as listed:
        await dhq.environment_variables.create("shop", name="TOKEN", value="")
    assert (listed.value.body, listed.value.errors, listed.value.base) == (
        {"errors": ["Value can't be blank"]},
        {},
        ["Value can't be blank"],
    )
    # One `error` where the document has that.
    deployment = await dhq.deployments.create("shop", parent_identifier=servers(fake)[0], end_revision="a" * 40)
    with pytest.raises(ValidationError) as single:
        await dhq.deployments.retry("shop", str(deployment.identifier))  # still pending
    assert (single.value.body, single.value.errors, single.value.base) == (
        {"error": "Only finished deployments can be retried"},
        {},
        ["Only finished deployments can be retried"],
    )
    assert str(single.value).endswith("422 Only finished deployments can be retried")


async def test_facade_maps_fake_errors(fake: FakeDeployHQ) -> None:
    async with DeployHQ(fake.account, fake.email, "wrong" * 8, transport=fake.transport()) as dhq:
        with pytest.raises(AuthenticationError):
            await dhq.projects.list().collect()
    async with DeployHQ(fake.account, fake.email, KEY, transport=fake.transport()) as dhq:
        with pytest.raises(BadRequestError):
            await dhq._pipeline.send("POST", "/projects", content=b"{", headers={"Content-Type": "application/json"})


# --- faults ---------------------------------------------------------------------------


async def test_retry_after_503_is_retried(fake: FakeDeployHQ, dhq: DeployHQ, sleeps: list[float]) -> None:
    fake.inject(Fault.http_status(503, retry_after="1.5"), method="POST", path="/projects/*/deployments", times=2)
    dep = await dhq.deployments.create("shop", parent_identifier=servers(fake)[0], end_revision="abc")
    assert dep.status == "pending"
    assert sleeps == [1.5, 1.5]
    assert fake.count("POST", "/projects/shop/deployments") == 3
    assert fake.count("POST", "/projects/shop/deployments", fault="status") == 2
    assert len(fake.deployments()) == 1


async def test_html_502_on_a_read_is_retried(fake: FakeDeployHQ, dhq: DeployHQ, sleeps: list[float]) -> None:
    fake.inject(Fault.http_status(502, html=True), method="GET", path="/projects")
    assert len(await dhq.projects.list().collect()) == 2
    assert fake.count("GET", "/projects") == 2


async def test_html_502_on_a_create_is_not_replayed(fake: FakeDeployHQ, dhq: DeployHQ, sleeps: list[float]) -> None:
    fake.inject(Fault.http_status(502, html=True), method="POST")
    with pytest.raises(InternalServerError) as info:
        await dhq.deployments.create("shop", parent_identifier=servers(fake)[0], end_revision="abc")
    assert info.value.may_have_been_processed and "text/html" in str(info.value)
    assert fake.count("POST") == 1


async def test_reset_after_processing_leaves_the_deployment(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    fake.inject(Fault.reset_after(), method="POST", path="/projects/*/deployments")
    with pytest.raises(APIConnectionError) as info:
        await dhq.deployments.create("shop", parent_identifier=servers(fake)[0], end_revision="abc")
    assert info.value.may_have_been_processed is True
    assert len(fake.deployments()) == 1  # it exists; the client never heard back
    assert fake.count("POST", fault="reset_after") == 1


async def test_reset_before_processing_leaves_nothing(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    fake.inject(Fault.reset_before(), method="POST", path="/projects/*/deployments")
    with pytest.raises(APIConnectionError):
        await dhq.deployments.create("shop", parent_identifier=servers(fake)[0], end_revision="abc")
    assert fake.deployments() == []


async def test_latency_and_read_timeout(fake: FakeDeployHQ) -> None:
    fake.inject(Fault.latency(0.3), method="GET", path="/projects", times="always")
    async with fake.serve() as url, DeployHQ(email=fake.email, api_key=KEY, base_url=url, timeout=0.05) as dhq:
        with pytest.raises(APIConnectionError) as info:
            await dhq.with_options(max_retries=0).projects.list().collect()
    assert type(info.value).__name__ == "APITimeoutError"


async def test_fault_rate_is_seeded_and_counted() -> None:
    def run() -> int:
        fake = FakeDeployHQ(seed=3)
        fake.inject(Fault.http_status(503), times="always", rate=0.25)
        hits = 0
        for _ in range(400):
            hits += any(r.matches("GET", "/projects") for r in fake._faults)
        return hits

    first, second = run(), run()
    assert first == second
    assert 60 < first < 140


async def test_served_fake_stops_cleanly_with_open_connections(fake: FakeDeployHQ) -> None:
    async with fake.serve() as base_url:
        http = httpx2.AsyncClient(base_url=base_url)
        response = await http.get("/projects")
        assert response.status_code == 401
    with pytest.raises(httpx2.TransportError):
        await http.get("/projects")
    await http.aclose()


# --- the fake against the published contract ------------------------------------------


async def test_every_response_fits_the_normalized_schema(fake: FakeDeployHQ, pinned_spec: dict[str, Any]) -> None:
    from deployhq_codegen.normalize import load_data, normalize
    from openapi_schema_validator import OAS31Validator

    doc, _ = normalize(pinned_spec, *load_data())
    captured: list[tuple[str, str, int, Any]] = []
    inner = fake.transport()

    class Capture(httpx2.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
            response = await inner.handle_async_request(request)
            body = await response.aread()
            captured.append((request.method, request.url.path, response.status_code, body))
            return response

    async with DeployHQ(fake.account, fake.email, KEY, transport=Capture()) as dhq:
        await exercise(fake, dhq)

    checked = set()
    for method, path, status, body in captured:
        operation, template = find_operation(doc, method, path)
        response = operation["responses"].get(str(status))
        assert response is not None, f"{method} {template} answered undocumented {status}"
        content = response.get("content", {}).get("application/json")
        if content is None:
            assert body == b"", f"{method} {template}: {status} must be empty"
            continue
        import json as _json

        schema = {**content["schema"], "components": doc["components"]}
        errors = [e.message for e in OAS31Validator(schema).iter_errors(_json.loads(body))]
        assert errors == [], f"{method} {template} {status}: {errors[:3]}"
        checked.add((method, template))
    assert len(checked) >= 20


async def exercise(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    """Call every route the facade uses against the fake."""
    ok = servers(fake)[0]
    await dhq.projects.list().collect()
    await dhq.projects.get("shop")
    created = await dhq.projects.create("New one")
    await dhq.projects.update(str(created.permalink), name="Renamed")
    await dhq.projects.delete(str(created.permalink))
    server = await dhq.servers.create("shop", name="web-3", protocol_type="ssh")
    await dhq.servers.list("shop").collect()
    await dhq.servers.get("shop", str(server.identifier))
    await dhq.servers.update("shop", str(server.identifier), name="web-three")
    group = await dhq.server_groups.create("shop", name="prod")
    await dhq.server_groups.list("shop").collect()
    await dhq.server_groups.get("shop", str(group.identifier))
    await dhq.server_groups.delete("shop", str(group.identifier))
    await dhq.servers.delete("shop", str(server.identifier))
    dep = await dhq.deployments.create("shop", parent_identifier=ok, end_revision="abc")
    await dhq.deployments.list("shop").collect()
    await dhq.deployments.get("shop", str(dep.identifier))
    await dhq.deployments.abort("shop", str(dep.identifier))
    await dhq.deployments.retry("shop", str(dep.identifier))
    await dhq.deployments.rollback("shop", str(dep.identifier))
    ran = await dhq.deployments.create("shop", parent_identifier=ok, end_revision="abd")
    fake.clock.advance(fake.pending_seconds + fake.running_seconds)  # type: ignore[attr-defined]
    step = (await dhq.deployments.get("shop", str(ran.identifier))).steps[0].identifier
    await dhq.deployments.logs("shop", str(ran.identifier), str(step)).__anext__()
    config = await dhq.config_files.create("shop", path="a", body="b")
    await dhq.config_files.list("shop").collect()
    await dhq.config_files.get("shop", str(config.identifier))
    await dhq.config_files.update("shop", str(config.identifier), body="c")
    await dhq.config_files.delete("shop", str(config.identifier))
    var = await dhq.environment_variables.create("shop", name="A", value="b")
    await dhq.environment_variables.list("shop").collect()
    await dhq.environment_variables.get("shop", str(var.identifier))
    await dhq.environment_variables.update("shop", str(var.identifier), value="c")
    await dhq.environment_variables.delete("shop", str(var.identifier))
    shared = await dhq.global_environment_variables.create(name="S", value="v")
    await dhq.global_environment_variables.get(str(shared.identifier))
    await dhq.global_environment_variables.list().collect()
    await dhq.global_environment_variables.delete(str(shared.identifier))
    fake.add_commit("shop", ["index.html"])
    await dhq.repository.get("shop")
    await dhq.repository.branches("shop")
    await dhq.repository.latest_revision("shop", "main")
    await dhq.deployments.plan("shop", parent_identifier=ok)
    for call in (
        dhq.projects.get("missing"),
        dhq.deployments.create("shop", parent_identifier="x", end_revision="a", full=True),
        dhq.deployments.create("shop", parent_identifier=ok, end_revision="b", start_revision="never-deployed"),
    ):
        with pytest.raises(Exception):  # noqa: B017 - the error bodies are checked against the schema too
            await call


def find_operation(doc: dict[str, Any], method: str, path: str) -> tuple[dict[str, Any], str]:
    import re

    for template, item in doc["paths"].items():
        pattern = "^" + re.sub(r"\{[^}]+\}", "[^/]+", template) + "$"
        if re.match(pattern, path) and method.lower() in item:
            return item[method.lower()], template
    raise AssertionError(f"{method} {path} is not in the document")


async def test_manual_clock_only_moves_forward() -> None:
    clock = ManualClock(start=10.0)
    clock.advance(5)
    assert clock.now() == clock.monotonic() == 15.0
    with pytest.raises(ValueError):
        clock.advance(-1)


async def test_seeded_deployments_run_on_the_clock(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    server = fake.projects["shop"].servers[servers(fake)[0]]
    seeded = fake.add_deployment("shop", server, "seeded-rev")
    listed = await dhq.deployments.list("shop").collect()
    assert [(d.identifier, d.status, d.end_revision.ref) for d in listed] == [
        (seeded.identifier, "pending", "seeded-rev")
    ]
    fake.clock.advance(60)  # type: ignore[attr-defined]
    assert (await dhq.deployments.get("shop", seeded.identifier)).status == "completed"


async def test_routes_come_from_the_generated_operations(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    server = servers(fake)[0]
    await dhq.deployments.create("shop", parent_identifier=server, end_revision="abc")
    await dhq.servers.get("shop", server)
    await dhq.call("listZones")  # no behaviour of its own: answered from the document
    assert [(r.operation, r.status) for r in fake.requests] == [
        ("get_project_server_by_id", 200),  # the create's look-up of the server's last revision
        ("create_project_deployment", 201),
        ("get_project_server_by_id", 200),
        ("list_zones", 200),
    ]


def test_the_response_check_rejects_what_the_document_does_not_allow(response_schemas: dict[str, Any]) -> None:
    check = response_schemas["get_project_deployment_by_id"]
    assert list(check.iter_errors({"identifier": "d-1", "status": "running", "branch": None})) == []
    assert [e.message for e in check.iter_errors({"identifier": 5, "status": "running"})] == [
        "5 is not of type 'string'"
    ]
    assert [e.message for e in check.iter_errors({"status": "running"})] == ["'identifier' is a required property"]


async def test_a_rate_limit_answers_429_past_the_rate_on_the_fake_clock() -> None:
    from deployhq_async.testing import AutojumpClock

    clock = AutojumpClock()
    fake = FakeDeployHQ(clock=clock)
    fake.add_project("Shop")
    fake.inject(Fault.rate_limit(3, retry_after=2), path="/projects", times="always")
    async with fake.client(max_retries=0) as dhq:
        for _ in range(3):
            await dhq.projects.list().collect()
        with pytest.raises(RateLimitError) as info:
            await dhq.projects.list().collect()
        assert info.value.retry_after == 2.0
        await clock.sleep(1.0)
        await dhq.projects.list().collect()
    assert [r.fault for r in fake.requests] == [None, None, None, "rate_limit", None]
