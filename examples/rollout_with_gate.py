"""Roll a revision out to every server of a project in waves (one server, then
half, then the rest), each wave let through by a gate: here, no failure in
it; in your release, a health check of what it deployed.

    python examples/rollout_with_gate.py PROJECT REVISION

Exits 0 when the rollout completed, 1 otherwise.
"""

from __future__ import annotations

import asyncio
import sys

from deployhq_async import BulkOptions, DeployHQ, DeployTarget, RolloutOptions
from deployhq_async.bulk import WaveResult


async def healthy(wave: WaveResult) -> bool:
    """Let the next wave go only if this one had no failure."""
    print(f"wave {wave.number}: {wave.failures} of {len(wave.targets)} failed")
    return wave.failures == 0


async def main(project: str, revision: str) -> int:
    async with DeployHQ.from_env() as dhq:
        servers = await dhq.servers.list(project).collect()
        targets = [DeployTarget(project, server.identifier, revision) for server in servers]
        options = RolloutOptions(
            waves=[1, "50%", "100%"], gate=healthy, bulk=BulkOptions(concurrency=4, poll_interval=0.5)
        )
        result = await dhq.deployments.rollout(targets, options)
    print(f"rollout {result.status}" + (f": {result.reason}" if result.reason else ""))
    return 0 if result.status == "completed" else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(*sys.argv[1:3])))
