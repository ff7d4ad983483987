from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED_SPEC = ROOT.parent / "shared" / "openapi" / "deployhq.openapi.json"


@pytest.fixture(scope="session")
def pinned_spec() -> dict[str, Any]:
    """DeployHQ's document as pinned by openapi/spec.lock.json (read, never copied)."""
    path = Path(os.environ.get("DEPLOYHQ_OPENAPI_SPEC", SHARED_SPEC))
    if not path.is_file():
        pytest.fail(f"DeployHQ's document is not at {path}; set DEPLOYHQ_OPENAPI_SPEC to its path")
    return json.loads(path.read_text())  # type: ignore[no-any-return]


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """Retry and poll waits are recorded instead of slept; jitter is off."""
    from deployhq_async import _retry

    recorded: list[float] = []

    async def fake_sleep(delay: float) -> None:
        recorded.append(delay)

    monkeypatch.setattr(_retry, "sleep", fake_sleep)
    monkeypatch.setattr(_retry, "jitter", lambda: 0.0)
    return recorded
