"""A name that matches nothing is said in the command line's terms: which
argument, and the command that lists what exists (exit 2)."""

from __future__ import annotations

import json
from pathlib import Path

import httpx2
import pytest
from test_cli import run_cli

from deployhq_async._cli._terms import refused
from deployhq_async.errors import ValidationError
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


def refusal(errors: dict[str, list[str]], base: list[str] | None = None) -> ValidationError:
    request = httpx2.Request("POST", "https://acme.deployhq.com/projects/shop/deployments")
    return ValidationError("refused", errors=errors, base=base, response=httpx2.Response(422, request=request))


@pytest.mark.parametrize(
    ("errors", "flags", "columns"),
    [
        (
            {"parent_identifier": ["is not a server or server group of this project"]},
            "--server is not a server or server group of this project: "
            "`deployhq-async servers shop` lists the servers and groups",
            "the server column is not a server or server group of this project: "
            "`deployhq-async servers shop` lists the servers and groups",
        ),
        (
            {"end_revision": ["can't be blank"]},
            "--revision can't be blank",
            "the revision column can't be blank",
        ),
        (
            {"mode": ["is not included in the list"]},  # a field the command line has no flag for keeps its name
            "the mode is not included in the list",
            "the mode column is not included in the list",
        ),
    ],
)
def test_a_refusal_names_the_flag_or_the_column_the_user_gave(
    errors: dict[str, list[str]], flags: str, columns: str
) -> None:
    assert refused(refusal(errors), "shop") == f"DeployHQ refused the deployment: {flags}"
    assert refused(refusal(errors), "shop", file=True) == f"DeployHQ refused the deployment: {columns}"


def test_parent_must_exist_is_explained_as_a_start_revision_no_deployment_ended_at() -> None:
    """DeployHQ's "parent must exist": the start revision traces to no earlier
    deployment to that server (deployhq-cli internal/commands/deploy.go)."""
    text = refused(refusal({"parent": ["must exist"]}, ["Deployments are paused"]), "shop", start="a1")
    assert text == (
        "DeployHQ refused the deployment: no earlier deployment to this server ended at --start-revision a1 "
        "(it was force-pushed away, or never deployed there): give --start-revision a revision that ended one "
        "(`deployhq-async deployments shop` lists them), or deploy the whole branch (--full); "
        "Deployments are paused"
    )
    in_file = refused(refusal({}, ["Parent must exist"]), "shop", file=True)  # the words as one message
    assert "ended at the server's last revision (the start_revision column not given)" in in_file
    assert in_file.endswith("or deploy the whole branch (full = true)")


async def test_deploy_says_a_refused_start_revision_in_flags_and_makes_nothing(fake: FakeDeployHQ) -> None:
    server = next(iter(fake.projects["shop"].servers.values())).identifier
    async with fake.serve() as base_url:
        code, out, err = await run_cli(
            "deploy", "shop", "--server", server, "--revision", "abc", "--start-revision", "0000000",
            base_url=base_url, fake=fake,
        )  # fmt: skip
    assert (code, out) == (2, ""), err
    assert err.splitlines()[-1].startswith(
        "deployhq-async: DeployHQ refused the deployment: no earlier deployment to this server ended at "
        "--start-revision 0000000 "
    )
    assert fake.deployments() == []


async def test_bulk_says_a_refused_target_in_the_targets_files_columns(fake: FakeDeployHQ, tmp_path: Path) -> None:
    server = next(iter(fake.projects["shop"].servers.values())).identifier
    file = tmp_path / "targets.csv"
    file.write_text(f"project,server,revision,start_revision\nshop,{server},abc,0000000\n")
    async with fake.serve() as base_url:
        code, out, err = await run_cli("bulk", str(file), "--poll-interval", "0.05", base_url=base_url, fake=fake)
    assert code == 1, err
    row = next(line for line in out.splitlines() if line.startswith("shop"))
    assert "DeployHQ refused the deployment: no earlier deployment to this server ended at the " in row
    assert "start_revision column 0000000" in row and row.endswith("(full = true)")
