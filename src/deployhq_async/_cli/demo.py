"""`deployhq-async demo`: deploy to a local fake DeployHQ, with injected faults."""

from __future__ import annotations

import argparse
import sys
import time

from .. import DeployHQ, DeployTarget
from .._status import DeploymentStatus
from ._common import EXIT_FAILED, EXIT_OK, emit, result_json
from ._live import view

# The demo's fake account accepts this key.
_FAKE_KEY = "0123456789abcdef0123456789abcdef01234567"


async def run(args: argparse.Namespace) -> int:
    from ..testing import FakeDeployHQ, Fault  # the demo alone needs the fake

    fake = FakeDeployHQ(pending_seconds=0.2, running_seconds=0.8, seed=42)
    targets = []
    for p in range(args.projects):
        project = fake.add_project(f"Demo Shop {p + 1}", repository_url=f"git@example.com:demo/shop-{p + 1}.git")
        for s in range(args.servers):
            server = fake.add_server(project, f"web-{s + 1}", fail_deployments=(p, s) == (1, 3))
            targets.append(DeployTarget(project.permalink, server.identifier, f"{p + 1:x}{s + 1:03x}cafe", "main"))
    fake.inject(Fault.http_status(503, retry_after="0.2"), times="always", rate=0.1)
    fake.inject(Fault.reset_after(), method="POST", path="/projects/*/deployments", times=1)
    fake.inject(Fault.latency(0.02), times="always")
    if not args.json:
        print(f"Fake DeployHQ on loopback: {len(targets)} targets in {args.projects} projects; injecting 10% 503s")
        print("(Retry-After: 0.2), one connection reset after a deployment is created, and one failing server.\n")
    progress = await view(len(targets), sys.stdout, enabled=not args.json)
    started = time.monotonic()
    async with (
        fake.serve() as base_url,
        DeployHQ(
            email=fake.email, api_key=_FAKE_KEY, base_url=base_url, transport=args.transport, max_rate=args.max_rate
        ) as dhq,
    ):
        results = await dhq.deployments.deploy_many(
            targets, concurrency=args.concurrency, on_progress=progress, poll_interval=0.2
        )
    progress.close()
    wall = time.monotonic() - started
    created = len(fake.deployments())
    summary = {
        "targets": len(targets),
        "completed": sum(r.status == DeploymentStatus.COMPLETED for r in results),
        "failed": sum(not r.ok or r.status != DeploymentStatus.COMPLETED for r in results),
        "retried_503s": fake.count(fault="status"),
        "resets_after_processing": fake.count(fault="reset_after"),
        "adopted_after_reset": sum(r.adopted for r in results),
        "deployments_on_server": created,
        "duplicates": created - len(targets),
        "wall_seconds": round(wall, 2),
    }
    lines = ["", "Summary", "-------"] + [f"{k.replace('_', ' '):<24}{v}" for k, v in summary.items()]
    lines.append("(one server of the demo fails its deployments on purpose; the demo exits 1 only on a duplicate)")
    emit(args, {"summary": summary, "results": [result_json(r) for r in results]}, lines)
    return EXIT_OK if summary["duplicates"] == 0 else EXIT_FAILED
