"""Benchmarks of what the library costs its host, each as a ratio against a
baseline measured in the same run.

    python benchmarks/run.py [--quick]

Prints a table and writes benchmarks/results.json. Servers run in a separate
process on 127.0.0.1, so their CPU is not charged to the client.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import httpx

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
KEY = "0123456789abcdef0123456789abcdef01234567"
EMAIL = "bench@example.com"


@dataclass
class Figure:
    name: str
    measured: float
    baseline: float
    ratio: float
    target: str
    ok: bool
    note: str = ""


# --- a DeployHQ fake in its own process --------------------------------------------------


class Server:
    def __init__(self, latency: float = 0.0, error_rate: float = 0.0, targets: int = 0, rate_limit: int = 0) -> None:
        arguments = [str(latency), str(error_rate), str(targets), EMAIL, KEY, str(rate_limit)]
        self.process = subprocess.Popen(
            [sys.executable, str(HERE / "_server.py"), *arguments],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.process.stdout is not None
        self.url = self.process.stdout.readline().strip()
        self.servers = [s for s in self.process.stdout.readline().strip().split(",") if s]

    def stop(self) -> list[float]:
        """Stop the server; (POSTs of deployments received, 503s injected, deployments
        made, 429s answered, seconds covered by the 503s' Retry-After)."""
        out, _ = self.process.communicate("", timeout=30)
        return [float(n) for n in out.split()]


# --- 1. import time -------------------------------------------------------------------


def import_time(runs: int) -> Figure:
    # As installed packages are: with bytecode caches (this machine's environment
    # turns them off, which would charge compiling the source to every import).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}

    def median(code: str) -> float:
        timer = f"import time; t = time.perf_counter(); {code}; print(time.perf_counter() - t)"
        samples = []
        for _ in range(runs + 1):
            out = subprocess.run([sys.executable, "-c", timer], capture_output=True, text=True, check=True, env=env)
            samples.append(float(out.stdout))
        return statistics.median(samples[1:])  # the first run writes the caches

    # Alternate the two so that drift in the machine's load hits both.
    ours, theirs = [], []
    for _ in range(2):
        ours.append(median("import deployhq_async; deployhq_async.DeployHQ('acme', 'a@b.c', 'k')"))
        theirs.append(median("import httpx"))
    measured, baseline = statistics.median(ours), statistics.median(theirs)
    ratio = measured / baseline
    return Figure("import + construct vs import httpx", measured, baseline, ratio, "<= 1.30x", ratio <= 1.30)


# --- 2. per-request overhead ----------------------------------------------------------


async def request_overhead(requests: int) -> list[Figure]:
    from deployhq_async import DeployHQ

    server = Server()
    try:
        auth = (EMAIL, KEY)
        async with (
            DeployHQ(email=EMAIL, api_key=KEY, base_url=server.url) as dhq,
            httpx.AsyncClient(base_url=server.url, auth=auth) as http,
        ):

            async def facade_get() -> None:
                await dhq.projects.get("shop")

            async def bare_get() -> None:
                json.loads((await http.get("/projects/shop")).content)

            async def facade_page() -> None:
                async for _page in dhq.deployments.list("shop", per_page=10).pages():
                    break

            async def bare_page() -> None:
                response = await http.get("/projects/shop/deployments", params={"page": 1, "per_page": 10})
                json.loads(response.content)

            figures = []
            for label, ours, theirs in (
                ("projects.get vs httpx + json.loads", facade_get, bare_get),
                ("deployments.list page vs httpx + json.loads", facade_page, bare_page),
            ):
                measured, baseline = await _alternate(ours, theirs, requests)
                ratio = measured / baseline
                figures.append(Figure(label, measured, baseline, ratio, "<= 1.15x", ratio <= 1.15, "seconds/request"))
            return figures
    finally:
        server.stop()


async def _alternate(ours: Callable[[], Any], theirs: Callable[[], Any], requests: int) -> tuple[float, float]:
    for warm in (ours, theirs):
        for _ in range(20):
            await warm()
    rounds = 10
    times: dict[str, float] = {"ours": 0.0, "theirs": 0.0}
    for _ in range(rounds):
        for name, call in (("ours", ours), ("theirs", theirs)):
            started = time.perf_counter()
            for _ in range(requests // rounds):
                await call()
            times[name] += time.perf_counter() - started
    count = rounds * (requests // rounds)
    return times["ours"] / count, times["theirs"] / count


# --- 3. concurrency -------------------------------------------------------------------


async def concurrency(requests: int, limit: int, latency: float = 0.02) -> list[Figure]:
    from deployhq_async import DeployHQ

    server = Server()
    ideal = math.ceil(requests / limit) * latency
    try:
        async with DeployHQ(email=EMAIL, api_key=KEY, base_url=server.url, max_concurrency=limit) as dhq:
            await dhq.projects.get("slow")
            started = time.perf_counter()
            results = await asyncio.gather(*(dhq.projects.get("slow") for _ in range(requests)), return_exceptions=True)
            ours = time.perf_counter() - started
            errors = sum(isinstance(r, BaseException) for r in results)
        limits = httpx.Limits(max_connections=limit, max_keepalive_connections=limit)
        async with httpx.AsyncClient(base_url=server.url, auth=(EMAIL, KEY), limits=limits) as http:
            await http.get("/projects/slow")
            gate = asyncio.Semaphore(limit)

            async def bare() -> None:
                async with gate:
                    json.loads((await http.get("/projects/slow")).content)

            started = time.perf_counter()
            await asyncio.gather(*(bare() for _ in range(requests)))
            theirs = time.perf_counter() - started
    finally:
        server.stop()
    return [
        Figure(
            f"{requests} concurrent GETs, limit {limit}, {latency * 1000:.0f} ms latency, vs ideal",
            ours,
            ideal,
            ours / ideal,
            "<= 1.50x, 0 errors",
            ours / ideal <= 1.5 and errors == 0,
            f"{errors} errors",
        ),
        Figure(
            "  the same through a bare httpx.AsyncClient (reference)",
            theirs,
            ideal,
            theirs / ideal,
            "reference",
            True,
            "one httpx pool",
        ),
    ]


# --- 4. bulk deployments --------------------------------------------------------------


async def bulk(targets: int, limit: int, latency: float = 0.02, error_rate: float = 0.1, rate_limit: int = 0) -> Figure:
    from deployhq_async import BulkOptions, DeployHQ, DeployTarget

    server = Server(latency=latency, error_rate=error_rate, targets=targets, rate_limit=rate_limit)
    try:
        async with DeployHQ(email=EMAIL, api_key=KEY, base_url=server.url) as dhq:
            work = [DeployTarget("bulk", server_id, f"rev-{n}") for n, server_id in enumerate(server.servers)]
            started = time.perf_counter()
            run = dhq.deployments.start_many(work, BulkOptions(concurrency=limit, wait=False))
            results = await run
            wall = time.perf_counter() - started
    finally:
        numbers = server.stop()
    posts, injected, made, limited = (int(n) for n in numbers[:4])
    paused = numbers[4]
    failures = sum(not r.ok for r in results)
    statuses = Counter(r.status for r in results)
    # Every request (the creates, and the final sweep's look-up per server) costs
    # the latency. The run honours each Retry-After for all its requests (one
    # shared pause): nothing can be sent while any 503's Retry-After runs. A rate
    # limit lets `rate_limit` requests through in any second: the creates and
    # look-ups that must get through take (their number - one second's worth) / rate.
    requests = posts + targets
    paced = max(0, 2 * targets - rate_limit) / rate_limit if rate_limit else 0.0
    ideal = max(requests * latency / limit + paused, paced) + 0.2
    note = (
        f"{posts} POSTs, {made} deployments for {targets} targets: {made - targets + statuses['skipped']} duplicates, "
        f"{statuses['skipped']} skipped, {statuses['unknown']} unknown, {failures} failed; "
        f"{injected} 503s ({paused:.2f} s of Retry-After) and {limited} 429s answered"
    )
    ok = wall / ideal <= 1.5 and made == targets and failures == 0
    where = f"against {rate_limit} requests/s" if rate_limit else f"{error_rate:.0%} 503s"
    return Figure(
        f"deploy_many {targets} targets, concurrency {limit}, {where}, vs ideal",
        wall,
        ideal,
        wall / ideal,
        "<= 1.50x, 0 duplicates",
        ok,
        note,
    )


# --- 5. pagination memory -------------------------------------------------------------


def _pages(total: int, per_page: int) -> httpx.MockTransport:
    record = {
        "identifier": "00000000-0000-0000-0000-000000000000",
        "status": "completed",
        "branch": "main",
        "end_revision": {"ref": "abc123", "message": "x" * 200},
        "timestamps": {"queued_at": "2026-02-26T13:43:29.000+01:00", "duration": 12},
        "servers": [{"id": 1, "identifier": "s", "name": "web-1", "agent": None}],
    }
    pages = math.ceil(total / per_page)

    def handler(request: httpx.Request) -> httpx.Response:
        number = int(request.url.params["page"])
        count = min(per_page, total - (number - 1) * per_page)
        body = {
            "pagination": {"current_page": number, "total_pages": pages, "total_records": total},
            "records": [record] * count,
        }
        return httpx.Response(200, json=body)

    return httpx.MockTransport(handler)


async def _stream(total: int) -> tuple[float, int]:
    from deployhq_async import DeployHQ

    async with DeployHQ("acme", EMAIL, KEY, transport=_pages(total, 100)) as dhq:
        gc.collect()
        tracemalloc.start()
        count = 0
        async for _deployment in dhq.deployments.list("app", per_page=100):
            count += 1
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return float(peak), count


async def pagination_memory(small: int, large: int) -> Figure:
    await _stream(1_000)  # warm imports and caches outside the measurement
    small_peak, small_count = await _stream(small)
    large_peak, large_count = await _stream(large)
    assert (small_count, large_count) == (small, large)
    ratio = large_peak / small_peak
    return Figure(
        f"peak memory streaming {large:,} vs {small:,} deployments",
        large_peak / 1e6,
        small_peak / 1e6,
        ratio,
        "<= 1.20x",
        ratio <= 1.2,
        "MB traced",
    )


# --- 6. regeneration ------------------------------------------------------------------


def regeneration() -> Figure:
    started = time.perf_counter()
    subprocess.run([str(ROOT / "scripts" / "regen.sh")], check=True, capture_output=True)
    wall = time.perf_counter() - started
    return Figure(
        "scripts/regen.sh (normalize, validate, generate, format)",
        wall,
        30.0,
        wall / 30.0,
        "< 30 s",
        wall < 30.0,
        "seconds",
    )


# --- report ---------------------------------------------------------------------------


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, httpx {httpx.__version__}"


def table(figures: list[Figure]) -> str:
    rows = ["| benchmark | measured | baseline | ratio | target | result |", "| --- | --- | --- | --- | --- | --- |"]
    for f in figures:
        result = "" if f.target == "reference" else ("PASS" if f.ok else "MISS")
        note = f" ({f.note})" if f.note else ""
        rows.append(
            f"| {f.name}{note} | {f.measured:.4g} | {f.baseline:.4g} | {f.ratio:.2f}x | {f.target} | {result} |"
        )
    return "\n".join(rows)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="fewer repetitions and smaller runs")
    args = parser.parse_args()
    quick = args.quick
    figures = [import_time(runs=10 if quick else 15)]
    figures += asyncio.run(request_overhead(200 if quick else 1000))
    figures += asyncio.run(concurrency(1000, 100))
    figures.append(asyncio.run(bulk(200 if quick else 500, 50)))
    figures.append(asyncio.run(bulk(200 if quick else 500, 50, error_rate=0.0, rate_limit=100)))
    figures.append(asyncio.run(pagination_memory(2_000 if quick else 10_000, 20_000 if quick else 100_000)))
    figures.append(regeneration())
    print(f"Machine: {machine()}\n")
    print(table(figures))
    results = {"machine": machine(), "quick": quick, "figures": [asdict(f) for f in figures]}
    (HERE / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
