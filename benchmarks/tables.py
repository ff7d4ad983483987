"""The benchmark tables of the README and the guides, from one results file.

    python benchmarks/tables.py          rewrite them from benchmarks/results.json
    python benchmarks/tables.py --check  exit 1 when one differs (the test suite runs this)

Each table sits between `<!-- benchmarks: SECTION -->` and `<!-- /benchmarks -->`
in a Markdown file; SECTION picks its rows from the results by name, so the README
and the guides quote the same run and never disagree.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
RESULTS = HERE / "results.json"
FILES = [
    "README.md",
    "docs/guide/transports.md",
    "docs/guide/rate-limits.md",
    "docs/guide/observability.md",
    "docs/guide/many-machines.md",
]

# Each section's rows: every figure whose name contains one of these (all of them: None).
SECTIONS: dict[str, list[str] | None] = {
    "all": None,
    "headline": [
        "against 100 requests/s, vs ideal",
        "against one limit",
        "10% 503s [",
        "rollout 200 targets [",
        "fed by notifications",
        "CPU per call with a hook",
        "peak memory",
        "1,000 GETs, limit 100, asyncio, CPU ms/request vs raw aiohttp: facade, default",
        "1,000 GETs, limit 100, asyncio, CPU ms/request vs raw aiohttp: facade, aiohttp",
        "import + DeployHQ() vs",
    ],
    "rate-limits": ["requests/s", "against one limit", "adaptive rate vs off", "adaptive rate off, vs ideal"],
    "tracing": ["CPU per call with a hook"],
    "many-machines": ["four processes", "with a Redis rate store vs without"],
}
REGION = re.compile(r"(<!-- benchmarks: ([a-z-]+) -->\n)(.*?)(<!-- /benchmarks -->)", re.DOTALL)


def render(results: dict[str, Any], section: str) -> str:
    """The Markdown of one section: where the run was made, then its rows."""
    wanted = SECTIONS[section]
    figures = [f for f in results["figures"] if wanted is None or any(w in f["name"] for w in wanted)]
    kind = "quick" if results.get("quick") else "full"
    lines = [
        f"From the latest {kind} run of `benchmarks/run.py`, on {results['machine']} (a shared machine: "
        "expect ±10% between runs).",
        "",
    ]
    if wanted is None:
        lines += ["| benchmark | measured | baseline | ratio | target | result |", "|" + " --- |" * 6]
    else:
        lines += ["| benchmark | ratio | target | result |", "|" + " --- |" * 4]
    for f in figures:
        result = "" if f["target"] == "reference" else ("PASS" if f["ok"] else "MISS")
        name = f["name"] + (f" ({f['note']})" if f["note"] and wanted is None else "")
        ratio = f"{f['ratio']:.2f}x"
        if wanted is None:
            lines.append(f"| {name} | {f['measured']:.4g} | {f['baseline']:.4g} | {ratio} | {f['target']} | {result} |")
        else:
            lines.append(f"| {name} | {ratio} | {f['target']} | {result} |")
    return "\n".join(lines) + "\n"


def rewritten(text: str, results: dict[str, Any]) -> str:
    return REGION.sub(lambda m: m.group(1) + render(results, m.group(2)) + m.group(4), text)


def main(argv: list[str]) -> int:
    results = json.loads(RESULTS.read_text())
    stale = []
    for name in FILES:
        path = ROOT / name
        text = path.read_text()
        new = rewritten(text, results)
        if new != text:
            stale.append(name)
            if "--check" not in argv:
                path.write_text(new)
    if "--check" in argv and stale:
        print(f"not from {RESULTS.name}: {', '.join(stale)} (run python benchmarks/tables.py)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
