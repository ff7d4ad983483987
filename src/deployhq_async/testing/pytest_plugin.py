"""pytest fixtures for code that uses deployhq_async (registered as the
`deployhq_async` plugin when the package is installed).

    async def test_deploys(deployhq_fake, deployhq):
        project = deployhq_fake.add_project("Shop")
        server = deployhq_fake.add_server(project, "web-1")
        dep = await deployhq.deployments.create("shop", parent_identifier=server.identifier, end_revision="abc")
        assert (await deployhq.deployments.wait("shop", dep.identifier)).status == "completed"

- `deployhq_fake`: a `FakeDeployHQ` on an `AutojumpClock` (waits and polls take
  no real time).
- `deployhq`: a `DeployHQ` client of that fake, answered in-process, closed
  after the test. Mark a test `@pytest.mark.deployhq_loopback` to have the fake
  served on a 127.0.0.1 port and the client talk to it over a real socket.

The client fixture is async: it needs pytest-asyncio (or another plugin that
runs async fixtures), as async tests do.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest

from .._client import DeployHQ
from ._clock import AutojumpClock
from ._fake import FakeDeployHQ

LOOPBACK = "deployhq_loopback"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{LOOPBACK}: serve the deployhq_fake on a loopback socket for the deployhq client"
    )


@pytest.fixture
def deployhq_fake() -> FakeDeployHQ:
    """A fake DeployHQ account, empty, on a virtual clock that jumps ahead
    whenever every task waits."""
    return FakeDeployHQ(clock=AutojumpClock())


async def _client(request: pytest.FixtureRequest, deployhq_fake: FakeDeployHQ) -> AsyncIterator[DeployHQ]:
    """A client of `deployhq_fake`, in-process (or over loopback with
    `@pytest.mark.deployhq_loopback`), closed after the test."""
    if request.node.get_closest_marker(LOOPBACK) is not None:
        async with deployhq_fake.serve() as base_url, deployhq_fake.client(base_url=base_url) as client:
            yield client
    else:
        async with deployhq_fake.client() as client:
            yield client


def _needs_pytest_asyncio(deployhq_fake: FakeDeployHQ) -> DeployHQ:
    """A client of `deployhq_fake` (an async fixture: it needs pytest-asyncio)."""
    raise pytest.UsageError("the deployhq fixture is async: install pytest-asyncio (pip install pytest-asyncio)")


deployhq: Any
try:
    import pytest_asyncio
except ImportError:  # the plugin loads in every suite of a user who installed the package
    deployhq = pytest.fixture(_needs_pytest_asyncio, name="deployhq")
else:
    deployhq = pytest_asyncio.fixture(_client, name="deployhq")
