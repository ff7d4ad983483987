"""What a user's type checker sees: plain optional fields in responses, and a
`call()` that knows every operation by name (a typo is a type error)."""

from __future__ import annotations

from pathlib import Path

import pytest
from helpers import Recorder, make_client

from deployhq_async import UnknownOperationError

ROOT = Path(__file__).resolve().parents[1]

USERS_FILE = """
from deployhq_async import DeployHQ


async def report(dhq: DeployHQ) -> list[str]:
    dep = await dhq.deployments.get("app", "d-1")
    lines = [dep.identifier, dep.status]
    if dep.timestamps is not None and dep.timestamps.completed_at is not None:
        lines.append(dep.timestamps.completed_at.isoformat())
    if dep.branch is not None:
        lines.append(dep.branch.upper())
    server = await dhq.servers.get("app", "srv")
    port: int | str | None = server.port
    lines.append(str(port))
    projects = await dhq.call("listProjects")
    lines += [p.name for p in projects]
    anything = await dhq.call_untyped(lines[0])
    lines.append(repr(anything))
    return lines
"""

TYPO = """
from deployhq_async import DeployHQ


async def typo(dhq: DeployHQ) -> None:
    await dhq.call("listProjectz")


async def assign(dhq: DeployHQ) -> None:
    dep = await dhq.deployments.get("app", "d-1")
    dep.status = "completed"
"""


def mypy(tmp_path: Path, text: str) -> tuple[str, int]:
    from mypy import api

    source = tmp_path / "users_code.py"
    source.write_text(text)
    out, err, status = api.run(
        ["--strict", "--python-version", "3.11", "--cache-dir", str(ROOT / ".mypy_cache"), str(source)]
    )
    return out + err, status


@pytest.mark.typing
def test_users_code_reads_optional_fields_with_a_plain_none_check(tmp_path: Path) -> None:
    out, status = mypy(tmp_path, USERS_FILE)
    assert status == 0, out
    assert "Unset" not in out


@pytest.mark.typing
def test_a_misspelt_operation_and_an_assignment_to_a_response_are_type_errors(tmp_path: Path) -> None:
    out, status = mypy(tmp_path, TYPO)
    assert status == 1
    assert 'users_code.py:6: error: No overload variant of "__call__" of "Call" matches argument type "str"' in out
    assert "users_code.py:11: error: Property" in out and "is read-only" in out, out


async def test_a_misspelt_operation_at_run_time_names_the_closest_ones() -> None:
    recorder = Recorder()
    async with make_client(recorder) as dhq:
        with pytest.raises(UnknownOperationError, match=r"did you mean 'listProjects'( or|\?)"):
            await dhq.call("listProjectz")
        with pytest.raises(UnknownOperationError, match="no operationId is close to it"):
            await dhq.call_untyped("deployEverythingNow")
    assert recorder.count == 0
