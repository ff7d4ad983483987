"""The suite without DeployHQ's document: one message says what is missing and
how to provide it, the tests that need it are skipped, the rest run; under
CI=true its absence fails the run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Each test runs a pytest of its own, whose skipping does not depend on the
# suite's loop or transport: the default pass only.
pytestmark = pytest.mark.once


def run_subset(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    environ = {k: v for k, v in os.environ.items() if k != "CI"}
    environ.update(DEPLOYHQ_OPENAPI_SPEC=str(tmp_path / "nowhere.json"), **env)
    command = [sys.executable, "-m", "pytest", "-q", "-rs", "-p", "no:cacheprovider", "tests/test_call.py"]
    return subprocess.run(command, cwd=ROOT, env=environ, capture_output=True, text=True, timeout=300)


def test_without_the_document_its_tests_are_skipped_with_one_message(tmp_path: Path) -> None:
    result = run_subset(tmp_path)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count("DeployHQ's document is not at") == 1
    assert "DEPLOYHQ_OPENAPI_SPEC=/path/to/deployhq.openapi.json scripts/dev.sh test" in result.stdout
    summary = result.stdout.strip().splitlines()[-1]
    assert "1 skipped" in summary and " passed" in summary and int(summary.split()[0]) > 5, summary


def test_under_ci_a_missing_document_fails_the_run(tmp_path: Path) -> None:
    result = run_subset(tmp_path, CI="true")
    assert result.returncode == 1
    assert "1 error" in result.stdout.strip().splitlines()[-1]  # the fixture fails, naming the document
    assert "the tests that need it failed (CI=true)" in result.stdout
