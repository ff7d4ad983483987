"""The scripts of examples/ run as a user runs them, against the fake served on
loopback (DEPLOYHQ_* pointing at it), and say what happened."""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

import pytest
from test_cli import outcome

from deployhq_async.testing import FakeDeployHQ

# The scripts run with the environment cleared of DEPLOYHQ_*: on the default transport and loop, whatever the pass.
pytestmark = pytest.mark.once

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


async def run(fake: FakeDeployHQ, url: str, *argv: str) -> tuple[int, str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEPLOYHQ_")}
    env.update(DEPLOYHQ_BASE_URL=url, DEPLOYHQ_EMAIL=fake.email, DEPLOYHQ_API_KEY=fake.api_key)
    process = await asyncio.create_subprocess_exec(
        sys.executable, *argv, env=env, cwd=ROOT, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
    )
    return await outcome(process)


@pytest.fixture
def fake() -> FakeDeployHQ:
    fake = FakeDeployHQ(pending_seconds=0.05, running_seconds=0.2)
    project = fake.add_project("Shop")
    for name in ("web-1", "web-2", "web-3", "web-4"):
        fake.add_server(project, name)
    return fake


def servers(fake: FakeDeployHQ) -> list[str]:
    return list(fake.projects["shop"].servers)


def test_every_example_is_run_here() -> None:
    assert sorted(p.name for p in EXAMPLES.glob("*.py")) == [
        "bulk_from_csv.py",
        "deploy_and_follow.py",
        "rollout_with_gate.py",
        "test_service.py",
    ]


async def test_deploy_and_follow(fake: FakeDeployHQ) -> None:
    async with fake.serve() as url:
        code, out, err = await run(fake, url, "examples/deploy_and_follow.py", "shop", servers(fake)[0], "abc")
    lines = out.splitlines()
    assert code == 0, err
    identifier = fake.deployments()[0].identifier
    assert lines[0].startswith(f"deployment {identifier}: ") and lines[-1] == f"deployment {identifier}: completed"
    assert len(lines) == 2 + 240 and lines[1] == "  line 1"  # both steps' logs, in the order written


async def test_bulk_from_csv(fake: FakeDeployHQ, tmp_path: Path) -> None:
    targets = tmp_path / "targets.csv"
    targets.write_text("project,server,revision\n" + "".join(f"shop,{s},abc\n" for s in servers(fake)))
    async with fake.serve() as url:
        code, out, err = await run(fake, url, "examples/bulk_from_csv.py", str(targets))
    assert code == 0, err
    assert out.splitlines() == [f"shop {s}: completed" for s in servers(fake)]
    assert len(fake.deployments()) == 4


async def test_rollout_with_gate_stops_after_a_failing_wave(fake: FakeDeployHQ) -> None:
    fake.projects["shop"].servers[servers(fake)[1]].fail_deployments = True
    async with fake.serve() as url:
        code, out, err = await run(fake, url, "examples/rollout_with_gate.py", "shop", "abc")
    assert code == 1, err
    assert out.splitlines() == [
        "wave 1: 0 of 1 failed",
        "wave 2: 1 of 2 failed",
        "rollout stopped: the gate stopped the rollout after wave 2",
    ]
    assert len(fake.deployments()) == 3  # the last wave was never sent


async def test_the_service_test_example_passes() -> None:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "pytest",
        "examples/test_service.py",
        "-q",
        "-p",
        "no:cacheprovider",
        cwd=ROOT,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode == 0, out.decode() + err.decode()
    assert "2 passed" in out.decode()
