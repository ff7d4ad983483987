"""The fake's tests run twice: in-process, and over a loopback socket."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from deployhq_async import DeployHQ
from deployhq_async.testing import FakeDeployHQ


@pytest.fixture(params=["in-process", "loopback"])
async def dhq(request: pytest.FixtureRequest, fake: FakeDeployHQ) -> AsyncIterator[DeployHQ]:
    """A client of the test module's `fake`, each way of connecting."""
    if request.param == "in-process":
        async with fake.client() as client:
            yield client
    else:
        async with (
            fake.serve() as url,
            DeployHQ(email=fake.email, api_key=fake.api_key, base_url=url, clock=fake.clock) as client,
        ):
            yield client
