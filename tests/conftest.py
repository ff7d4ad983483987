from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import helpers
import pytest
from helpers import InstantClock

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
def clock(monkeypatch: pytest.MonkeyPatch) -> InstantClock:
    """The virtual clock of the clients `make_client` builds in this test."""
    made = InstantClock()
    monkeypatch.setattr(helpers, "DEFAULT_CLOCK", made)
    return made


@pytest.fixture
def sleeps(clock: InstantClock) -> list[float]:
    """Every wait of the test's clients, recorded (the clock moves, nothing sleeps)."""
    return clock.sleeps
