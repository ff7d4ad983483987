"""What bulk and rollout print: each target's server or group by name beside
its identifier."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli import run_cli

from deployhq_async.testing import FakeDeployHQ

# Tables: the same on every transport and loop.
pytestmark = pytest.mark.once


async def test_bulk_and_rollout_tables_name_servers_and_groups_beside_their_identifiers(tmp_path: Path) -> None:
    fake = FakeDeployHQ(pending_seconds=0.05, running_seconds=0.1)
    project = fake.add_project("Shop")
    server = fake.add_server(project, "web-1").identifier
    group = fake.add_server_group(project, "production").identifier
    fake.add_server(project, "web-2", group=group)
    targets = tmp_path / "targets.csv"
    targets.write_text(f"project,server,revision\nshop,{server},abc\nshop,{group},abc\n")
    async with fake.serve() as url:
        code, out, err = await run_cli("bulk", str(targets), "--poll-interval", "0.05", base_url=url, fake=fake)
        assert code == 0, err
        rows = [line.split()[:3] for line in out.splitlines()[1:3]]
        assert rows == [["shop", "web-1", server], ["shop", "production", group]]
        code, out, err = await run_cli("rollout", str(targets), "--plan", base_url=url, fake=fake)
    assert code == 0, err
    assert [line.split()[1:4] for line in out.splitlines()[1:3]] == [
        ["shop", "web-1", server],
        ["shop", "production", group],
    ]
