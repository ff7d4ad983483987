"""`deployhq-async logs`, `deploy --follow`, and the failed step's last lines
that `deploy --wait` and `wait` print: real processes against the served fake."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from test_cli import run_cli, server

from deployhq_async.testing import FakeDeployHQ

ERROR = "error: the transfer failed (the fake fails this server)"


@pytest.fixture
def fake() -> FakeDeployHQ:
    fake = FakeDeployHQ(pending_seconds=0.05, running_seconds=0.1)
    project = fake.add_project("Shop")
    fake.add_server(project, "web-1")
    fake.add_server(project, "web-2", fail_deployments=True)
    return fake


async def test_logs_prints_every_line_in_order_and_one_step_on_request(fake: FakeDeployHQ) -> None:
    async with fake.serve() as base_url:
        deploy = ("deploy", "shop", "--server", server(fake, 0), "--revision", "abc", "--wait")
        code, _, err = await run_cli(*deploy, "--poll-interval", "0.05", base_url=base_url, fake=fake)
        assert code == 0, err
        identifier = fake.deployments()[0].identifier
        code, out, err = await run_cli("logs", "shop", identifier, "--json", base_url=base_url, fake=fake)
        assert code == 0, err
        entries = [json.loads(line) for line in out.splitlines()]
        assert len(entries) == 240  # preparing's 120 lines, then the transfer's 120
        assert [e["id"] for e in entries] == sorted({e["id"] for e in entries})
        code, out, err = await run_cli("logs", "shop", identifier, "--step", "transfer", base_url=base_url, fake=fake)
    assert code == 0, err
    assert out.splitlines() == [f"line {n}" for n in range(1, 121)]


async def test_deploy_follow_prints_the_log_as_it_is_written_then_how_it_ended(fake: FakeDeployHQ) -> None:
    async with fake.serve() as base_url:
        args = ("deploy", "shop", "--server", server(fake, 1), "--revision", "abc", "--follow")
        code, out, err = await run_cli(*args, "--poll-interval", "0.02", base_url=base_url, fake=fake)
    identifier = fake.deployments()[0].identifier
    lines = out.splitlines()
    assert code == 1, err
    assert len(lines) == 241 and lines[-2:] == [ERROR, f"deployment {identifier}: failed"]
    assert "last lines of the log" not in err  # the whole log was printed already


async def test_a_failed_deployment_prints_its_failed_steps_last_lines(fake: FakeDeployHQ) -> None:
    async with fake.serve() as base_url:
        args = ("deploy", "shop", "--server", server(fake, 1), "--revision", "abc", "--wait", "--poll-interval", "0.05")
        code, out, err = await run_cli(*args, "--log-lines", "3", base_url=base_url, fake=fake)
        assert code == 1
        assert err.splitlines()[-4:] == [
            "last lines of the log of Transfer web-2:",
            "  line 118",
            "  line 119",
            f"  {ERROR}",
        ]
        identifier = fake.deployments()[0].identifier
        code, out, err = await run_cli("wait", "shop", identifier, "--quiet", base_url=base_url, fake=fake)
        assert (code, out.strip()) == (1, f"deployment {identifier}: failed")
        assert "last lines" not in err
        code, _, err = await run_cli("wait", "shop", identifier, base_url=base_url, fake=fake)
    assert code == 1
    assert err.count("  line ") == 14 and err.rstrip().endswith(ERROR)  # 15 lines by default


def test_the_cli_guide_names_every_command(capsys: pytest.CaptureFixture[str]) -> None:
    from deployhq_async._cli import main

    with pytest.raises(SystemExit):
        main(["--help"])
    commands = re.findall(r"^    ([a-z]+)\b", capsys.readouterr().out, re.MULTILINE)  # the COMMAND list
    assert "logs" in commands and len(commands) == 10
    synopsis = (Path(__file__).parents[2] / "docs" / "guide" / "cli.md").read_text().split("```")[1]
    for name in commands:
        assert re.search(rf"(deployhq-async|\|) {name}\b", synopsis), name


async def test_a_bulk_run_prints_the_last_lines_of_its_first_failures_and_names_the_others(
    fake: FakeDeployHQ, tmp_path: Path
) -> None:
    project = fake.projects["shop"]
    failing = [fake.add_server(project, f"down-{n}", fail_deployments=True).identifier for n in range(4)]
    targets = tmp_path / "targets.csv"
    targets.write_text("project,server,revision\n" + "".join(f"shop,{s},r1\n" for s in [server(fake, 0), *failing]))
    async with fake.serve() as base_url:
        args = ("bulk", str(targets), "--poll-interval", "0.05", "--log-lines", "2")
        code, _, err = await run_cli(*args, base_url=base_url, fake=fake)
        assert code == 1, err
        made = {d.targets[0].identifier: d.identifier for d in fake.deployments()}
        excerpts = [line for line in err.splitlines() if not line.startswith("[")]  # less the progress lines
        assert excerpts == [
            line
            for s in failing[:3]
            for line in (
                f"deployment {made[s]} (shop -> {s}):",
                f"  last lines of the log of Transfer {project.servers[s].name}:",
                "    line 119",
                f"    {ERROR}",
            )
        ] + [
            "1 more failed: read a log with `deployhq-async logs PROJECT DEPLOYMENT` "
            f"(deployhq-async logs shop {made[failing[3]]})"
        ]
        code, _, err = await run_cli(*args, "--quiet", base_url=base_url, fake=fake)
    assert code == 1 and "last lines" not in err
