"""The public API, recorded in tests/api_snapshot.txt. A change to a name or a
signature fails here until the snapshot is updated on purpose:

    UPDATE_API_SNAPSHOT=1 scripts/dev.sh test tests/test_api_snapshot.py
"""

from __future__ import annotations

import dataclasses
import inspect
import os
from pathlib import Path

import deployhq_async
from deployhq_async import testing, webhooks
from deployhq_async._client import DeployHQ, _LazyResource

SNAPSHOT = Path(__file__).with_name("api_snapshot.txt")


def _methods(cls: type) -> list[str]:
    lines = []
    for name in sorted(dir(cls)):
        member = getattr(cls, name)
        if name.startswith("_") and name not in ("__init__",):
            continue
        if inspect.isfunction(member) or inspect.ismethod(member):
            lines.append(f"  {name}{inspect.signature(member)}")
        elif isinstance(member, property):
            lines.append(f"  {name} (property)")
    return lines


def current_api() -> str:
    lines = ["deployhq_async: " + ", ".join(sorted(deployhq_async.__all__))]
    lines.append("deployhq_async.testing: " + ", ".join(sorted(testing.__all__)))
    lines.append("deployhq_async.webhooks: " + ", ".join(sorted(webhooks.__all__)))
    lines.append(f"  verify{inspect.signature(webhooks.verify)}")
    lines.append("DeployHQ")
    lines += _methods(DeployHQ)
    for name, value in sorted(vars(DeployHQ).items()):
        if isinstance(value, _LazyResource):
            cls = value.resource_class()
            lines.append(f"DeployHQ.{name}: {cls.__name__}")
            lines += _methods(cls)
    for cls in (deployhq_async.DeployTarget, deployhq_async.DeployResult):
        fields = ", ".join(f"{f.name}: {f.type}" for f in dataclasses.fields(cls))
        lines.append(f"{cls.__name__}({fields})")
    pinned = (deployhq_async.AiohttpTransport, deployhq_async.AsyncPaginator, deployhq_async.Page)
    for cls in (*pinned, testing.FakeDeployHQ, testing.Fault):
        lines.append(cls.__name__)
        lines += _methods(cls)
    return "\n".join(lines) + "\n"


def test_public_api_matches_the_snapshot() -> None:
    api = current_api()
    if os.environ.get("UPDATE_API_SNAPSHOT"):
        SNAPSHOT.write_text(api)
    assert SNAPSHOT.read_text() == api, "the public API changed; update tests/api_snapshot.txt on purpose"
