"""A fake DeployHQ served on a loopback port on (scaled) real time: for a
service under test that makes its own client from the environment."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pytest

    from ._fake import FakeDeployHQ


@dataclass(frozen=True)
class ServedFake:
    """Where the served `fake` answers (`url`), and the environment a client
    made with `DeployHQ.from_env()` (or the CLI) reads to reach it."""

    fake: FakeDeployHQ
    url: str

    @property
    def environment(self) -> dict[str, str]:
        """DEPLOYHQ_BASE_URL, DEPLOYHQ_EMAIL and DEPLOYHQ_API_KEY for the fake."""
        return {
            "DEPLOYHQ_BASE_URL": self.url,
            "DEPLOYHQ_EMAIL": self.fake.email,
            "DEPLOYHQ_API_KEY": self.fake.api_key,
        }

    def apply(self, monkeypatch: pytest.MonkeyPatch) -> None:
        """Set `environment` for the test (and unset DEPLOYHQ_ACCOUNT, which
        would otherwise name a real account)."""
        monkeypatch.delenv("DEPLOYHQ_ACCOUNT", raising=False)
        for name, value in self.environment.items():
            monkeypatch.setenv(name, value)
