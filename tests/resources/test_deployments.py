"""Deployments: the request each method sends, waiting, and the log cursor."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest
from helpers import Recorder, make_client

from deployhq_async import DeploymentFailedError, DeploymentTimeoutError


def deployment(status: str, identifier: str = "d-1") -> httpx2.Response:
    return httpx2.Response(200, json={"identifier": identifier, "status": status})


async def test_create_sends_the_deployment_wrapper() -> None:
    recorder = Recorder(httpx2.Response(201, json={"identifier": "d-1", "status": "pending", "branch": "main"}))
    async with make_client(recorder) as dhq:
        dep = await dhq.deployments.create(
            "app", parent_identifier="srv-1", end_revision="abc123", branch="main", copy_config_files=True
        )
    assert (dep.identifier, dep.status, dep.branch) == ("d-1", "pending", "main")
    request = recorder.requests[0]
    assert (request.method, request.url.path) == ("POST", "/projects/app/deployments")
    assert recorder.body() == {
        "deployment": {
            "parent_identifier": "srv-1",
            "end_revision": "abc123",
            "start_revision": "",
            "branch": "main",
            "mode": "queue",
            "copy_config_files": True,
        }
    }


async def test_preview_uses_preview_mode() -> None:
    recorder = Recorder(httpx2.Response(201, json={"identifier": "d-2", "status": "pending"}))
    async with make_client(recorder) as dhq:
        await dhq.deployments.preview("app", parent_identifier="srv-1", end_revision="abc")
    assert recorder.body()["deployment"]["mode"] == "preview"


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"parent_identifier": "", "end_revision": "abc"}, ValueError),
        ({"parent_identifier": "srv", "end_revision": None}, TypeError),
        ({"parent_identifier": "srv", "end_revision": "abc", "mode": "now"}, ValueError),
        ({"parent_identifier": "srv", "end_revision": "abc", "start_revision": None}, TypeError),
    ],
)
async def test_create_checks_arguments_before_sending(kwargs: dict[str, Any], error: type[Exception]) -> None:
    recorder = Recorder()
    async with make_client(recorder) as dhq:
        with pytest.raises(error):
            await dhq.deployments.create("app", **kwargs)
    assert recorder.count == 0


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
    assert (retried.identifier, rolled.identifier) == ("d-3", "d-4")
    assert [(r.method, r.url.path) for r in recorder.requests] == [
        ("POST", "/projects/app/deployments/d-1/abort"),
        ("POST", "/projects/app/deployments/d-1/retry"),
        ("POST", "/projects/app/deployments/d-1/rollback"),
    ]
    assert recorder.body(2) == {"mode": "queue", "copy_config_files": False, "run_build_commands": True}


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
