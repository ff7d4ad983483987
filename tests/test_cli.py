"""The deployhq-async command, run as a real process against a fake served on loopback."""

from __future__ import annotations

import asyncio
import json
import os
import sys
from collections import Counter
from pathlib import Path

import pytest

from deployhq_async._cli import main, read_targets
from deployhq_async.testing import FakeDeployHQ, Fault, ManualClock

KEY = "0123456789abcdef0123456789abcdef01234567"


PASS_SETTINGS = ("DEPLOYHQ_TRANSPORT", "DEPLOYHQ_LOOP")


def cli_environment(base_url: str | None, fake: FakeDeployHQ | None) -> dict[str, str]:
    """This process's environment for a CLI process pointed at `fake` served at
    `base_url` (the pass's DEPLOYHQ_TRANSPORT and DEPLOYHQ_LOOP, set by conftest,
    reach it too)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("DEPLOYHQ_") or k in PASS_SETTINGS}
    if base_url is not None and fake is not None:
        env.update(DEPLOYHQ_EMAIL=fake.email, DEPLOYHQ_API_KEY=KEY, DEPLOYHQ_BASE_URL=base_url)
    return env


async def start_cli(
    *args: str, base_url: str | None, fake: FakeDeployHQ | None = None, env: dict[str, str] | None = None
) -> asyncio.subprocess.Process:
    """`deployhq-async ARGS` as a process, pointed at `fake` served at `base_url`
    (with `env` added to its environment)."""
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "deployhq_async",
        *args,
        env={**cli_environment(base_url, fake), **(env or {})},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def outcome(process: asyncio.subprocess.Process) -> tuple[int, str, str]:
    """A process's exit status, stdout and stderr, once it ends (within 120 s)."""
    out, err = await asyncio.wait_for(process.communicate(), timeout=120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


async def run_cli(
    *args: str, base_url: str | None, fake: FakeDeployHQ | None = None, env: dict[str, str] | None = None
) -> tuple[int, str, str]:
    return await outcome(await start_cli(*args, base_url=base_url, fake=fake, env=env))


@pytest.fixture
def fake() -> FakeDeployHQ:
    fake = FakeDeployHQ(pending_seconds=0.05, running_seconds=0.1)
    project = fake.add_project("Shop")
    fake.add_server(project, "web-1")
    fake.add_server(project, "web-2", fail_deployments=True)
    return fake


def server(fake: FakeDeployHQ, index: int) -> str:
    return list(fake.projects["shop"].servers)[index]


async def test_listings_as_json(fake: FakeDeployHQ) -> None:
    async with fake.serve() as base_url:
        code, out, _ = await run_cli("projects", "--json", base_url=base_url, fake=fake)
        assert (code, json.loads(out)[0]["permalink"]) == (0, "shop")
        code, out, _ = await run_cli("servers", "shop", "--json", base_url=base_url, fake=fake)
        assert [s["name"] for s in json.loads(out)] == ["web-1", "web-2"]
        code, out, _ = await run_cli("deployments", "shop", base_url=base_url, fake=fake)
        assert (code, out) == (0, "")


async def test_deploy_and_wait(fake: FakeDeployHQ) -> None:
    async with fake.serve() as base_url:
        args = (
            "deploy",
            "shop",
            "--server",
            server(fake, 0),
            "--revision",
            "abc123",
            "--wait",
            "--json",
            "--poll-interval",
            "0.05",
        )
        code, out, err = await run_cli(*args, base_url=base_url, fake=fake)
        assert (code, json.loads(out)["status"]) == (0, "completed"), err
        failing = (
            "deploy",
            "shop",
            "--server",
            server(fake, 1),
            "--revision",
            "abc123",
            "--wait",
            "--poll-interval",
            "0.05",
        )
        code, out, _ = await run_cli(*failing, base_url=base_url, fake=fake)
        assert code == 1 and out.endswith(": failed\n")
        fake.running_seconds = 60
        slow = ("deploy", "shop", "--server", server(fake, 0), "--revision", "def", "--wait", "--timeout", "0.3")
        code, _, _ = await run_cli(*slow, base_url=base_url, fake=fake)
        assert code == 124
    assert len(fake.deployments()) == 3


async def test_bulk_from_csv_and_toml(fake: FakeDeployHQ, tmp_path: Path) -> None:
    csv_file = tmp_path / "targets.csv"
    csv_file.write_text(f"project,server,revision,branch\nshop,{server(fake, 0)},r1,main\nshop,{server(fake, 0)},r2,\n")
    toml_file = tmp_path / "targets.toml"
    toml_file.write_text(
        f'[[target]]\nproject = "shop"\nserver = "{server(fake, 0)}"\nrevision = "r3"\n\n'
        f'[[target]]\nproject = "shop"\nparent_identifier = "{server(fake, 1)}"\nend_revision = "r4"\n'
    )
    async with fake.serve() as base_url:
        code, _, err = await run_cli("bulk", str(csv_file), "--timeout", "-1", base_url=base_url, fake=fake)
        assert (code, fake.requests) == (2, [])
        assert "argument --timeout: expected a positive number of seconds, got -1" in err
        code, out, err = await run_cli(
            "bulk", str(csv_file), "--json", "--poll-interval", "0.05", base_url=base_url, fake=fake
        )
        assert code == 0, err
        assert [(r["revision"], r["status"]) for r in json.loads(out)] == [("r1", "completed"), ("r2", "completed")]
        code, out, _ = await run_cli(
            "bulk", str(toml_file), "--json", "--poll-interval", "0.05", base_url=base_url, fake=fake
        )
        assert code == 1
        assert [r["status"] for r in json.loads(out)] == ["completed", "failed"]
    assert len(fake.deployments()) == 4


@pytest.mark.parametrize(
    ("name", "text", "message"),
    [
        ("t.csv", "project,server\nshop,s1\n", "t.csv: line 2: no revision"),
        ("t.csv", "project,sever,revision\nshop,s1,r1\n", "t.csv: line 2: unknown column 'sever' (the columns are:"),
        ("t.csv", "project,server,revision\nshop,s1,r1\nshop,s2,r2,extra\n", "t.csv: line 3: more values than columns"),
        (
            "t.csv",
            "project,server,revision,use_build_cache\nshop,s1,r1,maybe\n",
            "use_build_cache must be true or false",
        ),
        ("t.toml", '[[target]]\nproject = "shop"\nserver = \n', "t.toml: Invalid value (at line 3, column 10)"),
        ("t.toml", '[[target]]\nproject = "shop"\nsrv = "s"\nrevision = "r"\n', "target 1: unknown column 'srv'"),
        ("t.json", "{}", r"t.json: expected a .toml or .csv file"),
        ("t.csv", "project,server,revision\n", "t.csv: no targets"),
        (
            "t.csv",
            "project,server,revision\nshop,s1,r1\nshop,s2,r1\nshop,s1,r1\n",
            "t.csv: line 2 and line 4 are the same deployment",
        ),
        (
            "t.toml",
            '[[target]]\nproject = "a"\nserver = "s"\nrevision = "r"\n' * 2,
            "t.toml: target 1 and target 2 are the same deployment",
        ),
    ],
)
def test_read_targets_errors_name_the_file_and_the_line(tmp_path: Path, name: str, text: str, message: str) -> None:
    path = tmp_path / name
    path.write_text(text)
    with pytest.raises(ValueError) as info:
        read_targets(path)
    assert message in str(info.value)
    with pytest.raises(ValueError, match="cannot read the targets file"):
        read_targets(tmp_path / "missing.csv")


def test_targets_may_say_where_they_start_or_that_they_are_full(tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    path.write_text("project,server,revision,start_revision,full\nshop,s1,r2,r1,\nshop,s2,r2,,true\nshop,s3,r2,,\n")
    assert [(t.start_revision, t.full) for t in read_targets(path)] == [("r1", False), (None, True), (None, False)]
    path.write_text("project,server,revision,full\nshop,s1,r2,yes\n")
    with pytest.raises(ValueError, match="line 2: full must be true or false, got 'yes'"):
        read_targets(path)


def test_help_version_and_json_errors(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    text = capsys.readouterr().out
    assert "DEPLOYHQ_API_KEY" in text and "124  a wait timed out" in text and "130  interrupted" in text
    with pytest.raises(SystemExit):
        main(["bulk", "--help"])
    text = capsys.readouterr().out
    assert "--concurrency CONCURRENCY\n                        requests in flight at once (default: 8)" in text
    assert "seconds to follow each deployment (default: 900.0)" in text
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0 and capsys.readouterr().out.startswith("deployhq-async 0.")
    with pytest.raises(SystemExit):
        main(["demo", "--projects", "abc"])
    assert "expected a positive whole number, got 'abc'" in capsys.readouterr().err
    for name in ("DEPLOYHQ_ACCOUNT", "DEPLOYHQ_EMAIL", "DEPLOYHQ_API_KEY", "DEPLOYHQ_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert main(["projects", "--json"]) == 2
    error = json.loads(capsys.readouterr().out)["error"]
    assert (error["type"], error["exit"]) == ("UsageError", 2) and "not set: DEPLOYHQ_ACCOUNT" in error["message"]


def test_usage_and_configuration_errors(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    for name in ("DEPLOYHQ_ACCOUNT", "DEPLOYHQ_EMAIL", "DEPLOYHQ_API_KEY", "DEPLOYHQ_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert main(["projects"]) == 2
    assert "DEPLOYHQ_ACCOUNT" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_info:
        main(["deploy", "shop"])
    assert exit_info.value.code == 2


async def test_demo_runs_against_the_fake_with_no_duplicates() -> None:
    code, out, err = await run_cli("demo", "--projects", "2", "--servers", "6", "--json", base_url=None)
    assert code == 0, err
    summary = json.loads(out)["summary"]
    assert summary["targets"] == 12
    assert summary["duplicates"] == 0
    assert summary["deployments_on_server"] == 12
    assert summary["resets_after_processing"] == 1 == summary["adopted_after_reset"]
    assert summary["completed"] == 11  # one server is set up to fail


async def test_deploy_checks_its_arguments_and_names_the_deployment_before_waiting(fake: FakeDeployHQ) -> None:
    async with fake.serve() as base_url:
        bad = ("deploy", "shop", "--server", server(fake, 0), "--revision", "abc", "--wait", "--timeout", "-1")
        code, _, err = await run_cli(*bad, base_url=base_url, fake=fake)
        assert (code, fake.requests) == (2, [])
        assert "argument --timeout: expected a positive number of seconds, got -1" in err
        ok = ("deploy", "shop", "--server", server(fake, 0), "--revision", "abc", "--wait", "--poll-interval", "0.05")
        code, out, _ = await run_cli(*ok, base_url=base_url, fake=fake)
    identifier = fake.deployments()[0].identifier
    assert code == 0
    assert out.splitlines()[0] == f"deployment {identifier}: pending, waiting"


def targets_file(fake: FakeDeployHQ, path: Path, count: int) -> Path:
    project = fake.add_project("Fleet")
    lines = ["project,server,revision"]
    for number in range(count):
        lines.append(f"fleet,{fake.add_server(project, f'node-{number}').identifier},rev-{number}")
    path.write_text("\n".join(lines) + "\n")
    return path


async def creates(fake: FakeDeployHQ, at_least: int) -> None:
    for _ in range(3000):
        if len(fake.deployments()) >= at_least:
            return
        await asyncio.sleep(0.01)
    raise AssertionError(f"only {len(fake.deployments())} creates")


async def test_sigint_stops_launching_and_prints_what_exists(tmp_path: Path) -> None:
    import signal

    fake = FakeDeployHQ(pending_seconds=30, running_seconds=300)
    file = targets_file(fake, tmp_path / "fleet.csv", 40)
    fake.inject(Fault.latency(0.2), method="POST", path="/projects/*/deployments", times="always")
    async with fake.serve() as base_url:
        process = await start_cli(
            "bulk", str(file), "--concurrency", "4", "--poll-interval", "0.2", base_url=base_url, fake=fake
        )
        await creates(fake, 6)
        process.send_signal(signal.SIGINT)
        out, err = await asyncio.wait_for(process.communicate(), timeout=20)
    made = fake.deployments()
    text = out.decode()
    assert process.returncode == 130, err.decode()
    assert 6 <= len(made) < 40
    assert text.startswith(f"interrupted: {len(made)} deployments made:")
    assert all(d.identifier in text for d in made)
    # No --journal: nothing to resume with, and it says so.
    assert "this run had no --journal, so it cannot be resumed" in text and "to resume" not in text


@pytest.mark.parametrize(("name", "status"), [("SIGTERM", 143), ("SIGHUP", 129)])
async def test_sigterm_and_sighup_stop_a_bulk_run_as_ctrl_c_does(tmp_path: Path, name: str, status: int) -> None:
    """How CI runners and Kubernetes stop a job: nothing new is sent, what is on
    the wire finishes, the journal is flushed, the summary and the resume command
    are printed; run again with the journal, every target has one deployment."""
    import signal

    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    file = targets_file(fake, tmp_path / "fleet.csv", 40)
    journal = tmp_path / "fleet.journal"
    fake.inject(Fault.latency(0.2), method="POST", path="/projects/*/deployments", times="always")
    args = ("bulk", str(file), "--concurrency", "4", "--no-wait", "--journal", str(journal), "--settle-window", "1")
    async with fake.serve() as base_url:
        process = await start_cli(*args, base_url=base_url, fake=fake)
        await creates(fake, 6)
        process.send_signal(getattr(signal, name))
        out, err = await asyncio.wait_for(process.communicate(), timeout=20)
        made = len(fake.deployments())
        assert fake.count("POST", "/projects/*/deployments") == made  # every create it sent was answered
        code, again, again_err = await run_cli(*args, base_url=base_url, fake=fake)
    text = out.decode()
    assert process.returncode == status, err.decode()
    assert 6 <= made < 40 and text.startswith(f"interrupted: {made} deployments made:")
    # The resume command repeats every option the run had, not only the journal.
    resume = f"deployhq-async bulk {file} --concurrency 4 --no-wait --journal {journal} --settle-window 1"
    assert f"to resume without deploying twice: {resume}" in text
    assert code == 0, again_err
    assert f"({made} made by an earlier run with this journal, or found after a lost answer)" in again
    assert sorted(Counter(d.parent_identifier for d in fake.deployments()).values()) == [1] * 40


async def test_sigterm_cancels_a_command_outside_a_run_with_143(tmp_path: Path) -> None:
    import signal

    fake = FakeDeployHQ(pending_seconds=600, running_seconds=600)
    project = fake.add_project("Shop")
    server = fake.add_server(project, "web-1")
    async with fake.serve() as base_url:
        process = await start_cli(
            "deploy", "shop", "--server", server.identifier, "--revision", "abc", "--wait", base_url=base_url, fake=fake
        )
        await creates(fake, 1)
        process.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(process.communicate(), timeout=20)
    assert process.returncode == 143, err.decode()
    assert "Traceback" not in err.decode()


# One kill point in every pass (each transport and loop); the later ones, which
# differ only in how much of the journal is written, in the default pass alone.
@pytest.mark.parametrize(
    "kill_after", [1, pytest.param(7, marks=pytest.mark.once), pytest.param(15, marks=pytest.mark.once)]
)
async def test_sigkill_then_resume_with_the_journal_makes_one_deployment_per_target(
    tmp_path: Path, kill_after: int
) -> None:
    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    file = targets_file(fake, tmp_path / "fleet.csv", 20)
    journal = tmp_path / "fleet.journal"
    fake.inject(Fault.latency(0.15), method="POST", path="/projects/*/deployments", times="always")
    async with fake.serve() as base_url:
        # A short settle window: the loopback fake answers within it or never.
        args = ("bulk", str(file), "--journal", str(journal), "--no-wait", "--concurrency", "3", "--settle-window", "1")
        process = await start_cli(*args, base_url=base_url, fake=fake)
        await creates(fake, kill_after)
        process.kill()
        await process.wait()
        first = len(fake.deployments())
        code, out, err = await run_cli(*args, "--json", base_url=base_url, fake=fake)
    assert code == 0, err
    assert kill_after <= first < 20
    per_server = Counter(d.parent_identifier for d in fake.deployments())
    assert len(per_server) == 20 and set(per_server.values()) == {1}
    results = json.loads(out)
    assert all(r["deployment"] for r in results)
    assert sum(r["adopted"] for r in results) >= first


async def test_the_transport_is_chosen_by_option_or_environment(fake: FakeDeployHQ) -> None:
    async with fake.serve() as base_url:
        code, out, _ = await run_cli("projects", "--transport", "aiohttp", "--json", base_url=base_url, fake=fake)
        assert (code, [p["permalink"] for p in json.loads(out)]) == (0, ["shop"])
        code, _, err = await run_cli("projects", "--transport", "curl", base_url=base_url, fake=fake)
        assert code == 2
        assert "invalid choice: 'curl'" in err
    assert fake.count("GET", "/projects") == 1
    code, out, _ = await run_cli("--help", base_url=None)
    assert code == 0
    assert "DEPLOYHQ_TRANSPORT" in out  # the environment is said once, in the root help


@pytest.mark.parametrize(("loop", "named"), [("asyncio", "asyncio"), ("uvloop", "uvloop 0."), ("auto", "uvloop 0.")])
def test_the_event_loop_is_uvloop_when_installed_and_says_so(
    loop: str, named: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEPLOYHQ_LOOP", loop)
    with pytest.raises(SystemExit):
        main(["--version"])
    assert f"event loop: {named}" in capsys.readouterr().out
    for name in ("DEPLOYHQ_ACCOUNT", "DEPLOYHQ_EMAIL", "DEPLOYHQ_API_KEY", "DEPLOYHQ_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    assert main(["projects", "--debug", "--loop", loop]) == 2  # no account: stops before any request
    assert f"deployhq-async: event loop {named}" in capsys.readouterr().err


async def test_the_cli_runs_its_commands_on_uvloop(fake: FakeDeployHQ, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DEPLOYHQ_LOOP", "uvloop")
    async with fake.serve() as base_url:
        code, out, err = await run_cli("servers", "shop", "--json", "--debug", base_url=base_url, fake=fake)
    assert code == 0, err
    assert "event loop uvloop" in err
    assert [s["name"] for s in json.loads(out)] == ["web-1", "web-2"]


def test_the_environment_is_checked_in_the_shells_terms_before_any_request(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DEPLOYHQ_BASE_URL", "http://127.0.0.1:9")  # nothing listens: nothing may be sent
    monkeypatch.delenv("DEPLOYHQ_ACCOUNT", raising=False)
    monkeypatch.delenv("DEPLOYHQ_EMAIL", raising=False)
    monkeypatch.delenv("DEPLOYHQ_API_KEY", raising=False)
    assert main(["projects"]) == 2
    assert capsys.readouterr().err == (  # every missing setting at once (the base URL stands for the account)
        "deployhq-async: not set: DEPLOYHQ_EMAIL (the address you sign in to DeployHQ with); "
        "DEPLOYHQ_API_KEY (your API key, under Settings > Security in DeployHQ)\n"
    )
    monkeypatch.delenv("DEPLOYHQ_BASE_URL")
    assert main(["projects"]) == 2
    assert "not set: DEPLOYHQ_ACCOUNT (the <account> of https://<account>.deployhq.com); DEPLOYHQ_EMAIL" in (
        capsys.readouterr().err
    )
    monkeypatch.setenv("DEPLOYHQ_BASE_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("DEPLOYHQ_EMAIL", "ops@example.com")
    assert main(["projects"]) == 2
    err = capsys.readouterr().err
    assert "not set: DEPLOYHQ_API_KEY (your API key, under Settings > Security in DeployHQ)" in err
    assert "api_key=" not in err
    monkeypatch.setenv("DEPLOYHQ_API_KEY", "abc")
    assert main(["projects"]) == 2
    err = capsys.readouterr().err
    assert "DEPLOYHQ_API_KEY has 3 characters; a DeployHQ API key has 40" in err and "abc" not in err


def test_bulk_help_says_what_no_wait_does(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["bulk", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "--no-wait create the deployments only (by default each is followed to its end)" in text
    assert "(default: True)" not in text and "(default: False)" not in text.split("--no-wait")[1][:80]


async def test_a_refused_key_names_where_it_comes_from(fake: FakeDeployHQ) -> None:
    async with fake.serve() as base_url:
        env_key = "f" * 40
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "deployhq_async",
            "projects",
            env={
                **os.environ,
                "DEPLOYHQ_EMAIL": fake.email,
                "DEPLOYHQ_API_KEY": env_key,
                "DEPLOYHQ_BASE_URL": base_url,
            },
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        _, err = await asyncio.wait_for(process.communicate(), timeout=60)
    text = err.decode()
    assert process.returncode == 1
    assert "Settings > Security" in text and "DEPLOYHQ_API_KEY" in text and "DEPLOYHQ_EMAIL" in text
    assert env_key not in text


async def test_a_wait_that_times_out_names_the_deployment_and_how_to_follow_it(fake: FakeDeployHQ) -> None:
    fake.pending_seconds, fake.running_seconds = 30, 30
    async with fake.serve() as base_url:
        args = ("deploy", "shop", "--server", server(fake, 0), "--revision", "abc", "--wait")
        code, out, err = await run_cli(
            *args, "--timeout", "0.3", "--poll-interval", "0.1", base_url=base_url, fake=fake
        )
        identifier = fake.deployments()[0].identifier
        assert code == 124
        assert f"deployment {identifier} of shop is still pending after 0.3 s" in err
        assert f"follow it again with `deployhq-async wait shop {identifier}`" in err
        fake.pending_seconds, fake.running_seconds = 0, 0  # it finishes meanwhile
        code, out, err = await run_cli(
            "wait", "shop", identifier, "--poll-interval", "0.1", base_url=base_url, fake=fake
        )
    assert (code, out.strip()) == (0, f"deployment {identifier}: completed"), err


async def test_rollout_in_waves_stops_on_failures_and_plans(fake: FakeDeployHQ, tmp_path: Path) -> None:
    project = fake.add_project("Fleet")
    servers = [fake.add_server(project, f"node-{n}", fail_deployments=n == 0) for n in range(5)]
    file = tmp_path / "fleet.csv"
    file.write_text("project,server,revision\n" + "".join(f"fleet,{s.identifier},rev-2\n" for s in servers))
    async with fake.serve() as base_url:
        plan = await run_cli("rollout", str(file), "--plan", base_url=base_url, fake=fake)
        assert plan[0] == 0 and fake.deployments("fleet") == [], plan[2]
        assert plan[1].splitlines()[-1] == "rollout planned"
        code, out, err = await run_cli(
            "rollout", str(file), "--wave", "1", "--wave", "100%", "--max-failures", "0", "--poll-interval", "0.05",
            base_url=base_url, fake=fake,
        )  # fmt: skip
        assert code == 1, err
        assert len(fake.deployments("fleet")) == 1  # wave 1 failed: no later wave was sent
        assert "wave 1: 1 of 5 targets: 1 failed" in err
        failed = fake.deployments("fleet")[0].identifier
        assert f"deployment {failed} (fleet -> {servers[0].identifier}):" in err  # why it failed
        assert err.rstrip().endswith("error: the transfer failed (the fake fails this server)")
        assert out.splitlines()[-1] == "rollout stopped: 1 target failed, more than max_failures=0"
        servers[0].fail_deployments = False
        code, out, err = await run_cli(
            "rollout", str(file), "--wave", "2", "--wave", "100%", "--json", "--poll-interval", "0.05",
            base_url=base_url, fake=fake,
        )  # fmt: skip
    data = json.loads(out)
    assert code == 0, err
    assert (data["status"], [len(w["targets"]) for w in data["waves"]]) == ("completed", [2, 3])
    assert [r["status"] for r in data["results"]] == ["completed"] * 5
    assert data["results"][0]["previous_revision"] is None


async def test_a_rollout_pause_needs_a_terminal(fake: FakeDeployHQ, tmp_path: Path) -> None:
    file = tmp_path / "one.csv"
    file.write_text(f"project,server,revision\nshop,{server(fake, 0)},abc\n")
    async with fake.serve() as base_url:
        args = ("rollout", str(file), "--wave", "1", "--wave", "pause")
        code, _, err = await run_cli(*args, base_url=base_url, fake=fake)
    assert (code, fake.requests) == (2, [])
    assert "a pause wave asks on the terminal whether to go on" in err


# A journal on disk, or in Redis (where the resume may run on another machine
# once the killed run's lease, one second here, has expired).
@pytest.mark.parametrize("store", ["file", pytest.param("redis", marks=pytest.mark.once)])
async def test_a_killed_rollout_resumes_from_its_journal_with_one_deployment_per_target(
    tmp_path: Path, store: str, request: pytest.FixtureRequest
) -> None:
    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    file = targets_file(fake, tmp_path / "fleet.csv", 12)
    redis = request.getfixturevalue("redis") if store == "redis" else None
    journal = f"{redis.url}/fleet-rollout?lease=1" if redis else tmp_path / "fleet.journal"
    fake.inject(Fault.latency(0.15), method="POST", path="/projects/*/deployments", times="always")
    async with fake.serve() as base_url:
        args = ("rollout", str(file), "--wave", "2", "--wave", "50%", "--journal", str(journal))
        args += ("--concurrency", "2", "--poll-interval", "0.05", "--settle-window", "1")
        process = await start_cli(*args, base_url=base_url, fake=fake)
        await creates(fake, 4)  # wave 1 done, wave 2 under way
        process.kill()
        await process.wait()
        first = len(fake.deployments())
        if redis:
            await redis.lease_gone()
        code, out, err = await run_cli(*args, "--json", base_url=base_url, fake=fake)
    assert code == 0, err
    assert 4 <= first < 12
    per_server = Counter(d.parent_identifier for d in fake.deployments())
    assert len(per_server) == 12 and set(per_server.values()) == {1}
    data = json.loads(out)
    assert data["status"] == "completed" and all(r["adopted"] for r in data["results"][:2])


async def test_max_rate_bounds_the_requests_of_a_command(fake: FakeDeployHQ, tmp_path: Path) -> None:
    path = targets_file(fake, tmp_path / "targets.csv", 3)
    async with fake.serve() as base_url:
        code, _, err = await run_cli("bulk", str(path), "--max-rate", "0", base_url=base_url, fake=fake)
        assert code == 2 and "expected a positive number of requests a second, got 0" in err
        code, out, _ = await run_cli(
            "bulk", str(path), "--no-wait", "--max-rate", "2", "--json", base_url=base_url, fake=fake
        )
    assert code == 0 and len(json.loads(out)) == 3
    moments = sorted(r.at for r in fake.requests)
    # Two a second: whatever the run sent, no three of them within one second.
    pairs = zip(moments, moments[2:], strict=False)
    assert len(moments) >= 3 and all(later - earlier >= 1.0 for earlier, later in pairs)


@pytest.fixture
def repository() -> FakeDeployHQ:
    """A project whose repository has two branches, and web-1 (preferring
    develop) deployed once already."""
    fake = FakeDeployHQ(clock=ManualClock(), pending_seconds=1, running_seconds=1)
    project = fake.add_project("Shop", repository_url="git@example.com:acme/shop.git")
    fake.add_commit(project, ["index.html", "app.js"], revision="a1")
    web = fake.add_server(project, "web-1", branch="develop")
    fake.add_commit(project, ["index.html", "app.js", "api.py"], branch="develop", revision="d1")
    fake.add_deployment(project, web, "d1")
    fake.add_commit(project, ["api.py"], branch="develop", revision="d2")
    assert isinstance(fake.clock, ManualClock)
    fake.clock.advance(60)  # the seeded deployment completed: web-1's last revision is d1
    return fake


async def test_deploy_without_branch_or_revision_deploys_the_preferred_branchs_tip_from_the_last_revision(
    repository: FakeDeployHQ,
) -> None:
    web = server(repository, 0)
    async with repository.serve() as base_url:
        code, out, err = await run_cli("deploy", "shop", "--server", web, "--json", base_url=base_url, fake=repository)
    assert code == 0, err
    created = [r for r in repository.requests if r.operation == "create_project_deployment"]
    assert len(created) == 1
    made = repository.deployments()[-1]  # the fake's record of the body it was sent
    assert json.loads(out) == {"deployment": made.identifier, "status": "pending", "project": "shop"}
    assert (made.branch, made.start_revision, made.end_revision) == ("develop", "d1", "d2")
    assert made.files == ["api.py"]  # only what changed since d1


async def test_deploy_full_sends_no_start_and_deploys_every_file(repository: FakeDeployHQ) -> None:
    async with repository.serve() as base_url:
        args = ("deploy", "shop", "--server", server(repository, 0), "--full")
        code, _, err = await run_cli(*args, base_url=base_url, fake=repository)
    assert code == 0, err
    assert "deploying develop at d2: the whole branch" in err
    made = repository.deployments()[-1]
    assert (made.start_revision, made.end_revision, made.files) == ("", "d2", ["api.py", "app.js", "index.html"])


async def test_deploy_an_unknown_branch_exits_2_naming_the_branches(repository: FakeDeployHQ) -> None:
    async with repository.serve() as base_url:
        args = ("deploy", "shop", "--server", server(repository, 0), "--branch", "nope")
        code, _, err = await run_cli(*args, base_url=base_url, fake=repository)
    assert code == 2
    assert "'nope' is not a branch of project 'shop''s repository (its branches: develop, main)" in err
    assert len(repository.deployments()) == 1  # the seeded one: nothing was created


async def test_a_start_revision_deployhq_refuses_exits_2_saying_what_to_do(repository: FakeDeployHQ) -> None:
    async with repository.serve() as base_url:
        args = ("deploy", "shop", "--server", server(repository, 0), "--start-revision", "a1")
        code, _, err = await run_cli(*args, base_url=base_url, fake=repository)
    assert code == 2
    assert err.splitlines()[-1] == (
        "deployhq-async: DeployHQ refused the deployment: no earlier deployment to this server ended at "
        "--start-revision a1 (it was force-pushed away, or never deployed there): give --start-revision a "
        "revision that ended one (`deployhq-async deployments shop` lists them), or deploy the whole branch (--full)"
    )
    assert len(repository.deployments()) == 1


def test_full_and_a_start_revision_are_one_or_the_other(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["deploy", "shop", "--server", "web-1", "--full", "--start-revision", "a1"])
    assert exit_info.value.code == 2
    assert "not allowed with argument" in capsys.readouterr().err
