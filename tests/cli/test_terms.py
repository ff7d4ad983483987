"""A name that matches nothing is said in the command line's terms: which
argument, and the command that lists what exists (exit 2)."""

from __future__ import annotations

import json

import pytest
from test_cli import run_cli

from deployhq_async.testing import FakeDeployHQ

# Messages: the same on every transport and loop.
pytestmark = pytest.mark.once


@pytest.fixture
def fake() -> FakeDeployHQ:
    fake = FakeDeployHQ(pending_seconds=0.05, running_seconds=0.1)
    project = fake.add_project("Shop")
    fake.add_server(project, "web-1")
    fake.add_server_group(project, "production")
    return fake


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ("deploy", "shop", "--server", "nope"),
            "--server 'nope' is neither a server nor a server group of project 'shop': "
            "`deployhq-async servers shop` lists them",
        ),
        (("deploy", "nosuch", "--server", "nope"), "no project 'nosuch': `deployhq-async projects` lists them"),
        (("servers", "nosuch"), "no project 'nosuch': `deployhq-async projects` lists them"),
        (("deployments", "nosuch"), "no project 'nosuch': `deployhq-async projects` lists them"),
        (
            ("wait", "shop", "d-nope"),
            "no deployment 'd-nope' in project 'shop': `deployhq-async deployments shop` lists the recent ones",
        ),
        (
            ("logs", "shop", "d-nope"),
            "no deployment 'd-nope' in project 'shop': `deployhq-async deployments shop` lists the recent ones",
        ),
    ],
)
async def test_a_name_that_matches_nothing_names_the_argument_and_the_listing(
    fake: FakeDeployHQ, args: tuple[str, ...], message: str
) -> None:
    async with fake.serve() as base_url:
        code, out, err = await run_cli(*args, base_url=base_url, fake=fake)
    assert (code, out, err) == (2, "", f"deployhq-async: {message}\n")
    assert fake.deployments() == []


async def test_servers_lists_the_server_groups_too(fake: FakeDeployHQ) -> None:
    async with fake.serve() as base_url:
        code, out, err = await run_cli("servers", "shop", "--json", base_url=base_url, fake=fake)
        assert code == 0, err
        assert [(s["name"], s["kind"]) for s in json.loads(out)] == [
            ("web-1", "server"),
            ("production", "server group"),
        ]
        code, out, _ = await run_cli("servers", "shop", base_url=base_url, fake=fake)
    group = fake.projects["shop"].server_groups
    assert out.splitlines()[-1] == f"{next(iter(group)):<38} production (server group)"
