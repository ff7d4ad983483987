"""Testing a service that makes its own DeployHQ client, against the fake the
pytest plugin serves (pytest-asyncio; run with `pytest examples/test_service.py`).

The service here is one function; a web service's handler is tested the same
way (see the testing guide for a FastAPI app).
"""

from __future__ import annotations

import pytest

from deployhq_async import DeployHQ
from deployhq_async.testing import ServedFake

pytestmark = pytest.mark.asyncio


async def release(project: str, server: str, revision: str, poll_interval: float = 2.0) -> str:
    """The service under test: deploys and waits, with a client of its own."""
    async with DeployHQ.from_env() as dhq:
        made = await dhq.deployments.create(project, parent_identifier=server, end_revision=revision)
        done = await dhq.deployments.wait(project, made.identifier, poll_interval=poll_interval)
        return str(done.status)


async def test_release_completes(deployhq_server: ServedFake, monkeypatch: pytest.MonkeyPatch) -> None:
    project = deployhq_server.fake.add_project("Shop")
    server = deployhq_server.fake.add_server(project, "web-1")
    deployhq_server.apply(monkeypatch)
    assert await release("shop", server.identifier, "abc", poll_interval=0.02) == "completed"


async def test_release_reports_a_failure(deployhq_server: ServedFake, monkeypatch: pytest.MonkeyPatch) -> None:
    from deployhq_async import DeploymentFailedError

    project = deployhq_server.fake.add_project("Shop")
    server = deployhq_server.fake.add_server(project, "web-1", fail_deployments=True)
    deployhq_server.apply(monkeypatch)
    with pytest.raises(DeploymentFailedError):
        await release("shop", server.identifier, "abc", poll_interval=0.02)
