"""What bulk runs, rollouts and one deployment show while they go: on a
terminal with rich, a live table (finished of total, each status's count, the
slowest targets still going, a rollout's wave; one deployment's steps);
elsewhere, a plain line per finished target."""

from __future__ import annotations

import asyncio
import io
import os
import pty
import re
import signal
import sys
from asyncio.subprocess import Process
from collections.abc import Awaitable, Callable
from pathlib import Path

import pytest
from test_cli import cli_environment, creates, targets_file

from deployhq_async import DeploymentStatus, DeployResult, DeployTarget
from deployhq_async._cli import _live
from deployhq_async.generated.models import Deployment, DeploymentStep
from deployhq_async.testing import FakeDeployHQ, Fault

rich = pytest.importorskip("rich")


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def result(server: str, status: DeploymentStatus, started: float | None = None) -> DeployResult:
    return DeployResult(DeployTarget("shop", server, "abc"), status=status, started_at=started)


def shown(renderable: object) -> str:
    from rich.console import Console

    out = io.StringIO()
    Console(file=out, width=100).print(renderable)
    return out.getvalue()


def test_the_live_table_counts_statuses_and_shows_the_slowest_targets_going() -> None:
    view = _live.LiveView(6, io.StringIO(), _live.load_rich(), clock=lambda: 100.0)
    for update in (
        result("s-completed-1", DeploymentStatus.COMPLETED, 10),
        result("s-failed-01", DeploymentStatus.FAILED, 12),
        result("s-running-1", DeploymentStatus.RUNNING, 40),
        result("s-running-2", DeploymentStatus.RUNNING, 70),
        result("s-pending-1", DeploymentStatus.PENDING, 95),
        result("s-waiting-1", DeploymentStatus.WAITING),
    ):
        view(update)
    text = shown(view.render())
    view.close()
    assert "2 of 6 targets finished" in text
    rows = [[cell.strip() for cell in line.split("│")[1:3]] for line in text.splitlines() if line.startswith("│")]
    counts = {status: number for status, number in rows if not status.startswith("shop")}
    assert counts == {"completed": "1", "failed": "1", "pending": "1", "running": "2", "waiting": "1"}
    slowest = [line for line in text.splitlines() if "shop -> " in line]
    assert [line.split("shop -> ")[1][:8] for line in slowest] == ["s-runnin", "s-runnin", "s-pendin"]
    assert "running, 60 s" in slowest[0] and "pending, 5 s" in slowest[2]


async def test_a_terminal_with_rich_gets_the_live_view_and_anything_else_plain_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    live = await _live.view(3, Terminal(), enabled=True)
    assert isinstance(live, _live.LiveView)
    live.close()
    assert isinstance(await _live.view(3, io.StringIO(), enabled=True), _live.Lines)  # not a terminal
    monkeypatch.setattr(_live, "load_rich", lambda: None)
    assert isinstance(await _live.view(3, Terminal(), enabled=True), _live.Lines)  # no rich: no terminal codes
    quiet = await _live.view(3, Terminal(), enabled=False)
    assert not isinstance(quiet, (_live.Lines, _live.LiveView))


def test_plain_lines_say_each_finished_target_once() -> None:
    out = io.StringIO()
    lines = _live.Lines(2, out)
    lines(result("0b1e5a3c-aaaa", DeploymentStatus.RUNNING, 1))
    lines(result("0b1e5a3c-aaaa", DeploymentStatus.COMPLETED, 1))
    lines(result("5d2c1b0a-bbbb", DeploymentStatus.FAILED, 1))
    assert out.getvalue().splitlines() == ["[   1/2] shop -> 0b1e5a3c: completed", "[   2/2] shop -> 5d2c1b0a: failed"]
    assert "\033[" not in out.getvalue()


def test_a_rollouts_table_is_headed_by_its_wave() -> None:
    wave = ["wave 1"]
    view = _live.LiveView(6, io.StringIO(), _live.load_rich(), heading=lambda: wave[0], clock=lambda: 0.0)
    view(result("s-1", DeploymentStatus.COMPLETED, 0))
    wave[0] = "wave 2"
    view(result("s-2", DeploymentStatus.RUNNING, 0))
    text = shown(view.render())
    view.close()
    assert "wave 2: 1 of 6 targets finished" in text


def test_a_closed_view_draws_a_new_table_below_at_the_next_change() -> None:
    out = Terminal()
    view = _live.LiveView(2, out, _live.load_rich(), clock=lambda: 0.0)
    view(result("s-1", DeploymentStatus.COMPLETED, 0))
    view.close()  # a rollout asks at a pause
    drawn = out.getvalue()
    view(result("s-2", DeploymentStatus.COMPLETED, 0))
    view.close()
    assert out.getvalue().startswith(drawn)  # the first table stays above
    assert "2 of 2 targets finished" in out.getvalue()[len(drawn) :]


def test_one_deployments_view_shows_each_steps_status_and_items() -> None:
    now = [100.0]
    view = _live.DeploymentView(io.StringIO(), _live.load_rich(), clock=lambda: now[0])
    deployment = Deployment.from_dict(
        {
            "identifier": "d-1",
            "status": "running",
            "steps": [
                {"identifier": "s1", "step": "checkout", "description": "Checking out", "status": "completed"},
                {
                    "identifier": "s2",
                    "step": "transfer",
                    "description": "Transferring files",
                    "status": "running",
                    "completed_items": 12,
                    "total_items": 40,
                },
                {"identifier": "s3", "step": "finish", "status": "pending"},
            ],
        }
    )
    now[0] = 142.4
    text = shown(view.render(deployment))
    view.close()
    assert "deployment d-1: running, 42 s" in text
    rows = [[cell.strip() for cell in line.split("│")[1:4]] for line in text.splitlines() if line.startswith("│")]
    assert rows == [
        ["Checking out", "completed", ""],
        ["Transferring files", "running", "12/40"],
        ["finish", "pending", ""],
    ]
    assert isinstance(deployment.steps, list) and isinstance(deployment.steps[0], DeploymentStep)


async def on_a_terminal(
    *args: str, base_url: str, fake: FakeDeployHQ, meanwhile: Callable[[Process], Awaitable[None]] | None = None
) -> tuple[int, str, str]:
    """`deployhq-async ARGS` with its stderr on a pseudo-terminal (`meanwhile`
    runs while it does): the exit status, stdout, and what the terminal received."""
    env = {**cli_environment(base_url, fake), "TERM": "xterm", "COLUMNS": "120", "LINES": "40"}
    controller, terminal = pty.openpty()
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "deployhq_async", *args, env=env, stdout=asyncio.subprocess.PIPE, stderr=terminal
    )
    os.close(terminal)

    def read_all() -> bytes:
        chunks = []
        while True:
            try:
                chunk = os.read(controller, 65536)
            except OSError:  # the other side closed
                break
            if not chunk:
                break
            chunks.append(chunk)
        return b"".join(chunks)

    try:
        reading = asyncio.ensure_future(asyncio.to_thread(read_all))
        if meanwhile is not None:
            await meanwhile(process)
        (out, _), received = await asyncio.wait_for(asyncio.gather(process.communicate(), reading), timeout=120)
    finally:
        os.close(controller)
    assert process.returncode is not None
    return process.returncode, out.decode(), received.decode(errors="replace")


@pytest.mark.once
async def test_rollout_and_deploy_wait_draw_their_live_views_on_a_terminal(tmp_path: Path) -> None:
    fake = FakeDeployHQ(pending_seconds=0.05, running_seconds=0.2)
    file = targets_file(fake, tmp_path / "fleet.csv", 4)
    async with fake.serve() as base_url:
        code, out, terminal = await on_a_terminal(
            "rollout", str(file), "--wave", "1", "--wave", "100%", "--poll-interval", "0.05",
            base_url=base_url, fake=fake,
        )  # fmt: skip
        assert code == 0, terminal
        assert out.splitlines()[-1] == "rollout completed"
        assert "wave 1: 1 of 4 targets finished" in terminal
        assert "wave 2: 4 of 4 targets finished" in terminal
        assert "\x1b[" in terminal  # redrawn in place
        server = fake.deployments("fleet")[0].parent_identifier
        code, out, terminal = await on_a_terminal(
            "deploy", "fleet", "--server", server, "--revision", "rev-9", "--wait", "--poll-interval", "0.05",
            base_url=base_url, fake=fake,
        )  # fmt: skip
    assert code == 0, terminal
    assert out.splitlines()[-1].endswith(": completed")
    identifier = out.split()[1].rstrip(":")
    assert f"deployment {identifier}: completed" in terminal
    assert re.search(r"Transfer node-0\s*│\s*completed\s*│\s*1/1", terminal)  # a step, its status and items


@pytest.mark.once
async def test_sigterm_during_a_live_bulk_run_leaves_the_terminal_whole_and_says_what_exists(tmp_path: Path) -> None:
    """The live table ends (the cursor shown again) before the summary and the
    resume command, and the exit status is SIGTERM's."""
    fake = FakeDeployHQ(pending_seconds=0, running_seconds=0)
    file = targets_file(fake, tmp_path / "fleet.csv", 30)
    journal = tmp_path / "fleet.journal"
    fake.inject(Fault.latency(0.2), method="POST", path="/projects/*/deployments", times="always")

    async def terminate(process: Process) -> None:
        await creates(fake, 4)
        process.send_signal(signal.SIGTERM)

    async with fake.serve() as base_url:
        code, out, terminal = await on_a_terminal(
            "bulk", str(file), "--concurrency", "2", "--no-wait", "--journal", str(journal),
            base_url=base_url, fake=fake, meanwhile=terminate,
        )  # fmt: skip
    made = len(fake.deployments())
    assert code == 143, terminal
    assert 4 <= made < 30 and out.startswith(f"interrupted: {made} deployments made:")
    assert "to resume without deploying twice: deployhq-async bulk" in out
    assert "of 30 targets finished" in terminal  # the live table was drawn
    assert terminal.rstrip("\r\n").endswith("\x1b[?25h")  # and ended: the cursor is back
