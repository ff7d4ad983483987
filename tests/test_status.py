"""One vocabulary of deployment states."""

from __future__ import annotations

import httpx2
import pytest
from helpers import Recorder, make_client

from deployhq_async import DeploymentFailedError, DeploymentStatus


def test_states_and_their_meaning() -> None:
    finished = {s.value for s in DeploymentStatus if s.finished}
    succeeded = {s.value for s in DeploymentStatus if s.succeeded}
    assert succeeded == {"completed", "preview_ready"}
    assert finished == succeeded | {"failed", "aborted", "cancelled", "preview_failed"}
    assert DeploymentStatus.of("canceled") is DeploymentStatus.CANCELLED
    assert DeploymentStatus.of("running") is DeploymentStatus.RUNNING
    assert DeploymentStatus.of("teleporting") is None
    assert DeploymentStatus.of(None) is None
    assert DeploymentStatus.COMPLETED == "completed" and str(DeploymentStatus.QUEUED) == "queued"


def test_a_bulk_runs_own_states_share_the_vocabulary() -> None:
    own = {s.value for s in DeploymentStatus if not s.deployhq}
    assert own == {"waiting", "creating", "skipped", "unknown", "error"}
    assert DeploymentStatus.of("skipped") is DeploymentStatus.SKIPPED
    assert not any(DeploymentStatus(s).finished or DeploymentStatus(s).succeeded for s in own)
    assert DeploymentStatus.CANCELLED.deployhq and DeploymentStatus.CANCELLED.finished


@pytest.mark.parametrize("final", ["preview_failed", "canceled", "aborted"])
async def test_wait_ends_on_every_unsuccessful_state(sleeps: list[float], final: str) -> None:
    recorder = Recorder(
        httpx2.Response(200, json={"identifier": "d-1", "status": "queued"}),
        httpx2.Response(200, json={"identifier": "d-1", "status": final}),
    )
    async with make_client(recorder) as dhq:
        with pytest.raises(DeploymentFailedError) as info:
            await dhq.deployments.wait("app", "d-1")
    assert info.value.status == final
    assert recorder.count == 2


async def test_wait_keeps_polling_through_a_state_it_does_not_know(sleeps: list[float]) -> None:
    recorder = Recorder(
        *(httpx2.Response(200, json={"identifier": "d-1", "status": s}) for s in ["building", "completed"])
    )
    async with make_client(recorder) as dhq:
        done = await dhq.deployments.wait("app", "d-1")
    assert done.status == "completed"
    assert len(sleeps) == 1
