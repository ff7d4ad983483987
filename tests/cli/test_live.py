"""What a bulk run shows while it goes: on a terminal with rich, a live table
(finished of total, each status's count, the slowest targets still going);
elsewhere, a plain line per finished target."""

from __future__ import annotations

import io

import pytest

from deployhq_async import DeploymentStatus, DeployResult, DeployTarget
from deployhq_async._cli import _live

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
