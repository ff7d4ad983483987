"""A fake DeployHQ and virtual clocks for testing code that uses deployhq_async.

>>> from deployhq_async.testing import AutojumpClock, FakeDeployHQ
>>> fake = FakeDeployHQ(clock=AutojumpClock())
>>> project = fake.add_project("Shop")
>>> server = fake.add_server(project, "web-1")
>>> dhq = fake.client()        # answered in-process, on the fake's clock

It keeps projects, servers, server groups, config files, environment variables
and deployments in memory, answers with DeployHQ's JSON shapes (quirks
included) and error bodies, checks request bodies against the documented
request schemas, and can inject faults per route.
"""

from ._clock import AutojumpClock, ManualClock, ScaledClock
from ._fake import FakeDeployHQ, FakeResponse, RequestRecord
from ._faults import Fault
from ._served import ServedFake

__all__ = [
    "AutojumpClock",
    "FakeDeployHQ",
    "FakeResponse",
    "Fault",
    "ManualClock",
    "RequestRecord",
    "ScaledClock",
    "ServedFake",
]
