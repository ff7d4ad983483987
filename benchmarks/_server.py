"""A FakeDeployHQ for the benchmarks, in its own process.

    python benchmarks/_server.py LATENCY ERROR_RATE TARGETS EMAIL API_KEY [RATE_LIMIT]

Prints its base URL and the identifiers of the bulk project's servers, serves
until its standard input closes, then prints: deployment POSTs received, 503s
injected, deployments made, 429s answered (past RATE_LIMIT requests a second to
the bulk project, when given), the seconds covered by the 503s' Retry-After, and
the most 503s any one target's create met (its chain of waits), and the requests
to the bulk project answered without a fault (what the run had to get through).
"""

from __future__ import annotations

import asyncio
import json
import sys
from collections import Counter
from typing import Any

from deployhq_async.testing import FakeDeployHQ, Fault


async def main(latency: float, error_rate: float, targets: int, email: str, api_key: str, rate: int) -> None:
    fake = FakeDeployHQ(email=email, api_key=api_key, pending_seconds=0.05, running_seconds=0.1, seed=1)
    shop = fake.add_project("Shop")
    server = fake.add_server(shop, "web-1")
    for _ in range(10):
        fake.add_deployment(shop, server, "abc123")
    bulk = fake.add_project("Bulk")
    ids = [fake.add_server(bulk, f"web-{n}").identifier for n in range(targets)]
    if latency:
        fake.inject(Fault.latency(latency), path="/projects/bulk/*", times="always")
    if error_rate:
        fault = Fault.http_status(503, retry_after="0.2")
        fake.inject(fault, path="/projects/bulk/*", times="always", rate=error_rate)
    if rate:
        fake.inject(Fault.rate_limit(rate, retry_after=1), path="/projects/bulk/*", times="always")
    met = _count_503s_per_target(fake)
    async with fake.serve() as url:
        print(url, flush=True)
        print(",".join(ids), flush=True)
        await asyncio.get_running_loop().run_in_executor(None, sys.stdin.read)
        counts = (
            fake.count("POST", "/projects/bulk/deployments"),
            fake.count(fault="status"),
            len(fake.deployments("bulk")),
            fake.count(fault="rate_limit"),
            round(_paused(sorted(r.at for r in fake.requests if r.fault == "status"), 0.2), 4),
            max(met.values(), default=0),
            sum(1 for r in fake.requests if r.path.startswith("/projects/bulk") and r.fault is None),
        )
        print(*counts, flush=True)


def _count_503s_per_target(fake: FakeDeployHQ) -> Counter[str]:
    """503s answered to each server's creates (the fake's records do not keep
    request bodies, so its handler is wrapped)."""
    met: Counter[str] = Counter()
    handle = fake.handle

    async def counting(method: str, target: str, headers: dict[str, str], body: bytes) -> Any:
        answer = await handle(method, target, headers, body)
        if method == "POST" and answer.status == 503:
            sent = json.loads(body)
            met[sent.get("deployment", sent).get("parent_identifier", "")] += 1
        return answer

    fake.handle = counting  # type: ignore[method-assign]
    return met


def _paused(moments: list[float], seconds: float) -> float:
    """How long a client that honours every Retry-After for all its requests
    cannot send anything: the union of [moment, moment + seconds]."""
    total, end = 0.0, float("-inf")
    for moment in moments:
        total += min(seconds, moment + seconds - max(moment, end))
        end = max(end, moment + seconds)
    return total


if __name__ == "__main__":
    latency, errors, targets, email, key = sys.argv[1:6]
    asyncio.run(
        main(float(latency), float(errors), int(targets), email, key, int(sys.argv[6]) if len(sys.argv) > 6 else 0)
    )
