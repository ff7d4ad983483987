"""Every Python block of the README and of the documentation type-checks under
mypy --strict and runs against the fake DeployHQ, as a user would run it
(DEPLOYHQ_* pointing at it)."""

from __future__ import annotations

import asyncio
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from deployhq_async.testing import FakeDeployHQ

ROOT = Path(__file__).resolve().parent.parent
PAGES = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
BLOCKS = [block for page in PAGES for block in re.findall(r"```python\n(.*?)```", page.read_text(), re.S)]


def test_the_readme_and_the_guide_have_python_blocks() -> None:
    assert len(BLOCKS) >= 7


@pytest.mark.typing
def test_every_block_passes_mypy_strict(tmp_path: Path) -> None:
    paths = []
    for number, block in enumerate(BLOCKS):
        path = tmp_path / f"readme_block_{number}.py"
        path.write_text(block)
        paths.append(str(path))
    command = [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--python-version", "3.11", *paths]
    result = subprocess.run(command, capture_output=True, text=True, cwd=tmp_path, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("number", range(len(BLOCKS)))
async def test_every_block_runs_against_the_fake(number: int, tmp_path: Path) -> None:
    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    project = fake.add_project("Shop")
    for name in ("web-1", "web-2"):
        fake.add_server(project, name)
    script = tmp_path / "block.py"
    script.write_text(BLOCKS[number])
    async with fake.serve() as base_url:
        env = {
            **os.environ,
            "DEPLOYHQ_BASE_URL": base_url,
            "DEPLOYHQ_EMAIL": fake.email,
            "DEPLOYHQ_API_KEY": fake.api_key,
        }
        env.pop("DEPLOYHQ_ACCOUNT", None)
        process = await asyncio.create_subprocess_exec(
            sys.executable, str(script), env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE
        )
        out, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode == 0, err.decode()
    if "DeployHQ.from_env()" in BLOCKS[number]:
        assert fake.requests, "the block sent nothing to the fake"
        assert all(r.status is not None and r.status < 400 for r in fake.requests), fake.requests
        assert out
