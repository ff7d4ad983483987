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
- `deployhq_notifications`: a `webhooks.NotificationHub` that `deployhq_fake`
  notifies of each change of a deployment's status, as a project's HTTP
  integration would: give it to waits and bulk runs (`hub=`).
- `deployhq_server`: for a service that makes its own client: a `ServedFake`,
  a fake served on a 127.0.0.1 port on real time sped up 100 times
  (`@pytest.mark.deployhq_time_scale(N)` for another speed), with the URL and
  the environment variables that point `DeployHQ.from_env()` at it
  (`deployhq_server.apply(monkeypatch)` sets them).

The client fixture is async: it needs pytest-asyncio (or another plugin that
runs async fixtures), as async tests do.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import TYPE_CHECKING, Any

import pytest

from .._client import DeployHQ
from ._clock import AutojumpClock, ScaledClock
from ._fake import FakeDeployHQ
from ._served import ServedFake

if TYPE_CHECKING:
    from ..webhooks import NotificationHub

LOOPBACK = "deployhq_loopback"
TIME_SCALE = "deployhq_time_scale"
DEFAULT_TIME_SCALE = 100.0  # the fake's 6-second deployment takes 60 ms


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", f"{LOOPBACK}: serve the deployhq_fake on a loopback socket for the deployhq client"
    )
    config.addinivalue_line(
        "markers", f"{TIME_SCALE}(scale): how many times faster than real time deployhq_server's fake runs"
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


async def _notifications(deployhq_fake: FakeDeployHQ) -> AsyncIterator[NotificationHub]:
    """A hub the fake notifies while the test runs."""
    from ..webhooks import NotificationHub

    hub = NotificationHub()
    async with deployhq_fake.notifying(hub):
        yield hub


async def _server(request: pytest.FixtureRequest) -> AsyncIterator[ServedFake]:
    """A fake served on loopback on real time sped up (the time-scale marker,
    or 100 times), stopped after the test."""
    marker = request.node.get_closest_marker(TIME_SCALE)
    scale = float(marker.args[0]) if marker is not None and marker.args else DEFAULT_TIME_SCALE
    fake = FakeDeployHQ(clock=ScaledClock(scale))
    async with fake.serve() as url:
        yield ServedFake(fake, url)


def _needs_pytest_asyncio(name: str) -> Any:
    def fixture() -> Any:
        raise pytest.UsageError(f"the {name} fixture is async: install pytest-asyncio (pip install pytest-asyncio)")

    return pytest.fixture(fixture, name=name)


deployhq: Any
deployhq_server: Any
deployhq_notifications: Any
try:
    import pytest_asyncio
except ImportError:  # the plugin loads in every suite of a user who installed the package
    deployhq = _needs_pytest_asyncio("deployhq")
    deployhq_server = _needs_pytest_asyncio("deployhq_server")
    deployhq_notifications = _needs_pytest_asyncio("deployhq_notifications")
else:
    deployhq = pytest_asyncio.fixture(_client, name="deployhq")
    deployhq_server = pytest_asyncio.fixture(_server, name="deployhq_server")
    deployhq_notifications = pytest_asyncio.fixture(_notifications, name="deployhq_notifications")
