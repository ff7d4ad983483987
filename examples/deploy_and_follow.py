"""Deploy a revision to one server or group and print its log as it is written.

    DEPLOYHQ_ACCOUNT=... DEPLOYHQ_EMAIL=... DEPLOYHQ_API_KEY=... \\
        python examples/deploy_and_follow.py PROJECT SERVER REVISION

Exits 0 when the deployment completed, 1 otherwise.
"""

from __future__ import annotations

import asyncio
import sys

from deployhq_async import DeployHQ


async def main(project: str, server: str, revision: str) -> int:
    async with DeployHQ.from_env() as dhq:
        deployment = await dhq.deployments.create(project, parent_identifier=server, end_revision=revision)
        print(f"deployment {deployment.identifier}: {deployment.status}")
        async for entry in dhq.deployments.follow_logs(project, deployment.identifier, poll_interval=0.5):
            print(f"  {entry.message}")
        final = await dhq.deployments.get(project, deployment.identifier)
    print(f"deployment {final.identifier}: {final.status}")
    return 0 if final.status == "completed" else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(*sys.argv[1:4])))
