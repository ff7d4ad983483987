"""A fake DeployHQ for testing code that uses deployhq_async.

>>> from deployhq_async import DeployHQ
>>> from deployhq_async.testing import FakeDeployHQ, Fault, ManualClock
>>> fake = FakeDeployHQ(clock=ManualClock())
>>> project = fake.add_project("Shop")
>>> server = fake.add_server(project, "web-1")
>>> dhq = DeployHQ(fake.account, fake.email, api_key, transport=fake.transport())

It keeps projects, servers, server groups, config files, environment variables
and deployments in memory, answers with DeployHQ's JSON shapes (quirks
included) and error bodies, checks request bodies against the documented
request schemas, and can inject faults per route.
"""

from ._fake import FakeDeployHQ, FakeResponse, RequestRecord
from ._faults import Fault
from ._state import ManualClock, RealClock

__all__ = ["FakeDeployHQ", "FakeResponse", "Fault", "ManualClock", "RealClock", "RequestRecord"]
