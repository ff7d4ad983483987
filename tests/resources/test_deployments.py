"""Deployments: the request each method sends, waiting, and the log cursor."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from helpers import Recorder, make_client

from deployhq_async import (
    ConfigurationError,
    DeploymentFailedError,
    DeploymentTimeoutError,
    NotFoundError,
    ServiceUnavailableError,
    ValidationError,
)


def deployment(status: str, identifier: str = "d-1") -> httpx2.Response:
    return httpx2.Response(200, json={"identifier": identifier, "status": status})


def server(last_revision: str | None, preferred_branch: str | None = "main") -> httpx2.Response:
    body = {"identifier": "srv-1", "name": "web-1", "last_revision": last_revision}
    return httpx2.Response(200, json={**body, "preferred_branch": preferred_branch})


CREATED = httpx2.Response(201, json={"identifier": "d-1", "status": "pending", "branch": "main"})
NOT_FOUND = httpx2.Response(404, json={"error": "Server not found", "error_code": "record_not_found"})


async def test_create_sends_the_deployment_wrapper_from_the_servers_last_revision() -> None:
    recorder = Recorder(server("9f1c2e0"), CREATED)
    async with make_client(recorder) as dhq:
        dep = await dhq.deployments.create(
            "app", parent_identifier="srv-1", end_revision="abc123", branch="main", copy_config_files=True
        )
    assert (dep.identifier, dep.status, dep.branch) == ("d-1", "pending", "main")
    assert [(r.method, r.url.path) for r in recorder.requests] == [
        ("GET", "/projects/app/servers/srv-1"),
        ("POST", "/projects/app/deployments"),
    ]
    assert recorder.body() == {
        "deployment": {
            "parent_identifier": "srv-1",
            "end_revision": "abc123",
            "start_revision": "9f1c2e0",  # incremental: an empty start would deploy the whole branch
            "branch": "main",
            "mode": "queue",
            "copy_config_files": True,
        }
    }


async def test_create_to_a_group_starts_at_the_groups_last_revision() -> None:
    group = {"identifier": "grp-1", "name": "web", "last_revision": "77aa01", "preferred_branch": "main"}
    recorder = Recorder(NOT_FOUND, httpx2.Response(200, json=group), CREATED)
    async with make_client(recorder) as dhq:
        await dhq.deployments.create("app", parent_identifier="grp-1", end_revision="abc123")
    assert [r.url.path for r in recorder.requests] == [
        "/projects/app/servers/grp-1",  # a group's identifier is not a server's: 404, then the group
        "/projects/app/server_groups/grp-1",
        "/projects/app/deployments",
    ]
    assert recorder.body()["deployment"]["start_revision"] == "77aa01"


async def test_create_to_a_target_that_never_deployed_is_full() -> None:
    recorder = Recorder(server(None), CREATED)
    async with make_client(recorder) as dhq:
        await dhq.deployments.create("app", parent_identifier="srv-1", end_revision="abc123")
    assert recorder.count == 2
    assert recorder.body()["deployment"]["start_revision"] == ""


@pytest.mark.parametrize(
    ("kwargs", "start"), [({"full": True}, ""), ({"start_revision": "5e6f7a8"}, "5e6f7a8")], ids=["full", "given"]
)
async def test_create_with_full_or_a_start_revision_looks_nothing_up(kwargs: dict[str, Any], start: str) -> None:
    recorder = Recorder(CREATED)
    async with make_client(recorder) as dhq:
        await dhq.deployments.create("app", parent_identifier="srv-1", end_revision="abc123", **kwargs)
    assert [r.method for r in recorder.requests] == ["POST"]
    assert recorder.body()["deployment"]["start_revision"] == start


async def test_create_to_neither_a_server_nor_a_group_sends_no_create() -> None:
    recorder = Recorder(NOT_FOUND, NOT_FOUND)
    async with make_client(recorder) as dhq:
        with pytest.raises(NotFoundError, match="'nope' is neither a server nor a server group of project 'app'"):
            await dhq.deployments.create("app", parent_identifier="nope", end_revision="abc123")
    assert [r.method for r in recorder.requests] == ["GET", "GET"]


async def test_a_look_up_that_fails_sends_no_create(sleeps: list[float]) -> None:
    down = httpx2.Response(503, headers={"Retry-After": "1"}, json={"error": "Down for maintenance"})
    recorder = Recorder(down, down, down, down)
    async with make_client(recorder) as dhq:
        with pytest.raises(ServiceUnavailableError):
            await dhq.deployments.create("app", parent_identifier="srv-1", end_revision="abc123")
    # The look-up was retried as reads are; the create was never sent.
    assert [r.method for r in recorder.requests] == ["GET"] * 4
    assert sleeps == [1.0, 1.0, 1.0]


async def test_a_start_revision_deployhq_refuses_says_what_to_do() -> None:
    refusal = httpx2.Response(422, json={"parent": ["must exist"]})
    recorder = Recorder(refusal)
    async with make_client(recorder) as dhq:
        with pytest.raises(ValidationError) as refused:
            await dhq.deployments.create("app", parent_identifier="srv-1", end_revision="abc", start_revision="dead01")
    error = refused.value
    assert error.status_code == 422 and error.errors == {"parent": ["must exist"]}  # DeployHQ's fields kept
    assert "start revision dead01 for srv-1 in project 'app'" in str(error)
    assert "full=True (--full in the CLI)" in str(error)
    assert recorder.count == 1  # a refusal made nothing: not sent again


@pytest.mark.parametrize(
    "body", [{"errors": ["parent must exist"]}, {"error": "parent must exist"}, {"errors": {"parent": ["must exist"]}}]
)
async def test_every_shape_of_the_refusal_is_recognised(body: dict[str, Any]) -> None:
    recorder = Recorder(httpx2.Response(422, json=body))
    async with make_client(recorder) as dhq:
        with pytest.raises(ValidationError, match="DeployHQ refused start revision dead01"):
            await dhq.deployments.create("app", parent_identifier="srv-1", end_revision="abc", start_revision="dead01")


async def test_other_refusals_pass_unchanged() -> None:
    recorder = Recorder(httpx2.Response(422, json={"end_revision": ["is not a commit"]}))
    async with make_client(recorder) as dhq:
        with pytest.raises(ValidationError) as refused:
            await dhq.deployments.create("app", parent_identifier="srv-1", end_revision="zz", full=True)
    assert "refused start revision" not in str(refused.value)
    assert refused.value.errors == {"end_revision": ["is not a commit"]}


async def test_preview_uses_preview_mode_and_the_same_start() -> None:
    recorder = Recorder(server("9f1c2e0"), httpx2.Response(201, json={"identifier": "d-2", "status": "pending"}))
    async with make_client(recorder) as dhq:
        await dhq.deployments.preview("app", parent_identifier="srv-1", end_revision="abc")
    assert recorder.body()["deployment"]["mode"] == "preview"
    assert recorder.body()["deployment"]["start_revision"] == "9f1c2e0"


@pytest.mark.parametrize(
    ("kwargs", "error", "words"),
    [
        ({"parent_identifier": "", "end_revision": "abc"}, ValueError, "parent_identifier"),
        ({"parent_identifier": "srv", "end_revision": None}, TypeError, "end_revision"),
        ({"parent_identifier": "srv", "end_revision": "abc", "mode": "now"}, ValueError, "mode"),
        ({"parent_identifier": "srv", "end_revision": "abc", "start_revision": 3}, TypeError, "start_revision"),
        ({"parent_identifier": "srv", "end_revision": "abc", "start_revision": ""}, ValueError, "pass full=True"),
        ({"parent_identifier": "srv", "end_revision": "abc", "start_revision": "a", "full": True}, ValueError, "one"),
        ({"parent_identifier": "srv", "end_revision": "abc", "full": "yes"}, ValueError, "full must be True"),
    ],
)
async def test_create_checks_arguments_before_sending(
    kwargs: dict[str, Any], error: type[Exception], words: str
) -> None:
    recorder = Recorder()
    async with make_client(recorder) as dhq:
        with pytest.raises(error, match=words):
            await dhq.deployments.create("app", **kwargs)
    assert recorder.count == 0


BRANCHES = httpx2.Response(200, json={"main": "aaa111", "develop": "ddd444"})


async def test_plan_deploys_the_servers_preferred_branch_tip_from_its_last_revision() -> None:
    recorder = Recorder(server("9f1c2e0", preferred_branch="develop"), BRANCHES)
    async with make_client(recorder) as dhq:
        plan = await dhq.deployments.plan("app", parent_identifier="srv-1")
    assert (plan.branch, plan.end_revision, plan.start_revision, plan.full) == ("develop", "ddd444", "9f1c2e0", False)
    assert (plan.parent.kind, plan.parent.name) == ("server", "web-1")
    assert [r.url.path for r in recorder.requests] == [
        "/projects/app/servers/srv-1",
        "/projects/app/repository/branches",
    ]


async def test_plan_falls_back_on_the_repositorys_default_branch() -> None:
    repository = httpx2.Response(200, json={"scm_type": "git", "url": "git@example.com:a.git", "branch": "main"})
    recorder = Recorder(server(None, preferred_branch=None), repository, BRANCHES)
    async with make_client(recorder) as dhq:
        plan = await dhq.deployments.plan("app", parent_identifier="srv-1", full=True)
    assert (plan.branch, plan.end_revision, plan.start_revision) == ("main", "aaa111", "")


async def test_plan_refuses_an_unknown_branch_naming_the_branches() -> None:
    recorder = Recorder(server("9f1c2e0"), BRANCHES)
    async with make_client(recorder) as dhq:
        with pytest.raises(ConfigurationError, match=r"'nope' is not a branch .* \(its branches: develop, main\)"):
            await dhq.deployments.plan("app", parent_identifier="srv-1", branch="nope")


async def test_plan_with_a_revision_lists_no_branches() -> None:
    recorder = Recorder(server("9f1c2e0"))
    async with make_client(recorder) as dhq:
        plan = await dhq.deployments.plan("app", parent_identifier="srv-1", end_revision="c0ffee", start_revision="1")
    assert (plan.branch, plan.end_revision, plan.start_revision) == ("main", "c0ffee", "1")
    assert recorder.count == 1


async def test_abort_retry_rollback() -> None:
    recorder = Recorder(
        httpx2.Response(200, json={"status": "aborted"}),
        httpx2.Response(200, json={"identifier": "d-3", "status": "pending"}),
        httpx2.Response(200, json={"identifier": "d-4", "status": "pending"}),
    )
    async with make_client(recorder) as dhq:
        assert await dhq.deployments.abort("app", "d-1") is None
        retried = await dhq.deployments.retry("app", "d-1")
        rolled = await dhq.deployments.rollback("app", "d-1", copy_config_files=False, run_build_commands=True)
        await dhq.deployments.rollback("app", "d-1")
    assert (retried.identifier, rolled.identifier) == ("d-3", "d-4")
    assert [(r.method, r.url.path) for r in recorder.requests] == [
        ("POST", "/projects/app/deployments/d-1/abort"),
        ("POST", "/projects/app/deployments/d-1/retry"),
        ("POST", "/projects/app/deployments/d-1/rollback"),
        ("POST", "/projects/app/deployments/d-1/rollback"),
    ]
    assert recorder.body(2) == {"mode": "queue", "copy_config_files": False, "run_build_commands": True}
    # DeployHQ's defaults go without a body, as DeployHQ's own SDK sends a rollback.
    assert recorder.requests[3].content == b""


async def test_wait_polls_with_growing_intervals_until_completed(sleeps: list[float]) -> None:
    recorder = Recorder(*(deployment(s) for s in ["pending", "running", "running", "running", "completed"]))
    seen: list[str] = []
    async with make_client(recorder) as dhq:
        done = await dhq.deployments.wait("app", "d-1", poll_interval=2, on_change=lambda d: seen.append(d.status))
    assert done.status == "completed"
    assert seen == ["pending", "running", "completed"]
    assert recorder.count == 5
    # The interval resets when the status changes and grows while it does not.
    assert sleeps == [2.0, 2.0, 3.0, 4.5]


async def test_wait_shows_every_poll_to_on_poll_and_only_changes_to_on_change(sleeps: list[float]) -> None:
    recorder = Recorder(*(deployment(s) for s in ["running", "running", "completed"]))
    polled: list[str] = []
    changed: list[str] = []
    async with make_client(recorder) as dhq:
        await dhq.deployments.wait(
            "app", "d-1", on_change=lambda d: changed.append(d.status), on_poll=lambda d: polled.append(d.status)
        )
    assert polled == ["running", "running", "completed"]
    assert changed == ["running", "completed"]
    assert recorder.count == 3


async def test_wait_raises_when_the_deployment_fails(sleeps: list[float]) -> None:
    recorder = Recorder(deployment("running"), deployment("failed"))
    async with make_client(recorder) as dhq:
        with pytest.raises(DeploymentFailedError) as info:
            await dhq.deployments.wait("app", "d-1")
    assert info.value.status == "failed"
    assert info.value.deployment.identifier == "d-1"  # type: ignore[attr-defined]


async def test_wait_times_out(sleeps: list[float]) -> None:
    async with make_client(Recorder(deployment("running"))) as dhq:
        with pytest.raises(DeploymentTimeoutError) as info:
            await dhq.deployments.wait("app", "d-1", timeout=10, poll_interval=4)
    assert info.value.status == "running"
    assert sum(sleeps) == 10.0
    assert sleeps == [4.0, 6.0]


async def test_preview_ready_ends_the_wait(sleeps: list[float]) -> None:
    async with make_client(Recorder(deployment("preview_ready"))) as dhq:
        assert (await dhq.deployments.wait("app", "d-1")).status == "preview_ready"
    assert sleeps == []


async def test_logs_follow_the_before_cursor() -> None:
    def handler(request: httpx2.Request) -> httpx2.Response:
        before = request.url.params.get("before")
        pages = {
            None: [{"id": 30, "message": "c"}, {"id": 31, "message": "d"}],
            "30": [{"id": 10, "message": "a"}, {"id": 20, "message": "b"}],
            "10": [],
        }
        return httpx2.Response(200, json=pages[before])

    recorder = Recorder(handler)
    async with make_client(recorder) as dhq:
        messages = [entry.message async for entry in dhq.deployments.logs("app", "d-1", "step-1")]
    assert messages == ["c", "d", "a", "b"]
    assert [r.url.params.get("before") for r in recorder.requests] == [None, "30", "10"]
    assert recorder.requests[0].url.path == "/projects/app/deployments/d-1/steps/step-1/logs"


async def test_logs_stop_when_the_cursor_does_not_move() -> None:
    recorder = Recorder(httpx2.Response(200, json=[{"id": 5, "message": "only"}]))
    async with make_client(recorder) as dhq:
        messages = [entry.message async for entry in dhq.deployments.logs("app", "d-1", "s")]
    assert messages == ["only"]
    assert recorder.count == 2
