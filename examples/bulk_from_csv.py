"""Deploy every target of a CSV file (project,server,revision), a few at a
time, and print how each ended.

    python examples/bulk_from_csv.py targets.csv

Exits 0 when every deployment completed, 1 otherwise.
"""

from __future__ import annotations

import asyncio
import csv
import sys

from deployhq_async import BulkOptions, DeployHQ, DeployTarget


def read(path: str) -> list[DeployTarget]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return [DeployTarget(row["project"], row["server"], row["revision"]) for row in csv.DictReader(handle)]


async def main(path: str) -> int:
    targets = read(path)
    async with DeployHQ.from_env() as dhq:
        results = await dhq.deployments.start_many(targets, BulkOptions(concurrency=4, poll_interval=0.5))
    for result in results:
        print(f"{result.target.project} {result.target.parent_identifier}: {result.status}")
    return 0 if all(result.ok for result in results) else 1


if __name__ == "__main__":
    sys.exit(asyncio.run(main(sys.argv[1])))
