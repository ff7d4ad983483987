"""A bulk run needs of DeployHQ only its port (`bulk._port.DeployHQPort`): a
double that implements the port, with no client, HTTP or fake behind it,
runs one to its end."""

from __future__ import annotations

from typing import Any

from helpers import InstantClock

from deployhq_async import BulkOptions, BulkRun, DeployTarget
from deployhq_async._limiter import RequestLimiter
from deployhq_async._revisions import Parent
from deployhq_async._tracing import Tracing
from deployhq_async.bulk import DeployHQPort
from deployhq_async.generated.models import Deployment, DeploymentSummary


class Double:
    """DeployHQ as the port describes it: deployments complete when made."""

    def __init__(self) -> None:
        self.clock = InstantClock()
        self.hooks: tuple[Any, ...] = ()
        self.tracing = Tracing(False)
        self.longest_timeout = 1.0
        self.calls: list[tuple[str, ...]] = []
        self.made: dict[str, Deployment] = {}

    def server_time(self) -> float | None:
        return None

    def limited(self, limiter: RequestLimiter) -> Double:
        self.calls.append(("limited", str(limiter.concurrency)))
        return self

    async def create(self, target: DeployTarget, start_revision: str, overview: str | None) -> Deployment:
        self.calls.append(("create", target.parent_identifier, start_revision))
        deployment = Deployment.from_dict(
            {"identifier": f"d-{len(self.made) + 1}", "status": "completed", "overview": overview}
        )
        self.made[str(deployment.identifier)] = deployment
        return deployment

    async def get(self, project: str, id: str) -> Deployment:
        self.calls.append(("get", id))
        return self.made[id]

    async def recent(self, project: str, server: str, count: int) -> list[DeploymentSummary]:
        self.calls.append(("recent", server))
        return []

    async def abort(self, project: str, id: str) -> None:
        self.calls.append(("abort", id))

    async def parents(self, project: str) -> dict[str, Parent]:
        self.calls.append(("parents", project))
        return {}


async def test_a_bulk_run_goes_through_the_port_alone() -> None:
    double = Double()
    port: DeployHQPort = double  # the type checker holds the double to the port
    targets = [DeployTarget("shop", f"s-{n}", "b" * 40, start_revision="a" * 40) for n in (1, 2)]
    results = await BulkRun(port, targets, BulkOptions(concurrency=2))
    assert [(r.ok, r.status, r.deployment.identifier if r.deployment else None) for r in results] == [
        (True, "completed", "d-1"),
        (True, "completed", "d-2"),
    ]
    assert ("limited", "2") in double.calls
    assert sorted(c for c in double.calls if c[0] == "create") == [
        ("create", "s-1", "a" * 40),
        ("create", "s-2", "a" * 40),
    ]
    # Each create carries the run's mark in its overview (how a lost one is told apart).
    assert all("deployhq-async run" in str(d.overview) for d in double.made.values())
