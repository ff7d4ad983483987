"""The live view of a bulk run on a terminal, drawn by rich (the `rich` extra,
imported off the event loop): how many targets finished, the count of each
status, and the slowest targets still going. Without a terminal, or without
rich, a plain line per finished target, as logs and CI runners want."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from .._status import DeploymentStatus
from .._words import counted

if TYPE_CHECKING:
    from .. import DeployResult

SLOWEST = 5  # unfinished targets shown, longest running first


class View(Protocol):
    """Told of every change of a target's status (a bulk run's `on_progress`); closed at the end."""

    def __call__(self, result: DeployResult) -> None: ...

    def close(self) -> None: ...


def final(status: str) -> bool:
    """A result that will not change again: a finished deployment, or a target that failed or was cancelled."""
    state = DeploymentStatus.of(status)
    return state is DeploymentStatus.ERROR or (state is not None and state.finished)


def load_rich() -> Any:
    """rich's modules the view needs, or None when the extra is not installed
    (call it in a worker thread: the import takes tens of milliseconds)."""
    try:
        import rich.console
        import rich.live
        import rich.table
        import rich.text
    except ImportError:
        return None
    return rich


class Lines:
    """A line per finished target (the view without a terminal or rich)."""

    def __init__(self, total: int, out: TextIO) -> None:
        self.total = total
        self.out = out
        self.done = 0

    def __call__(self, result: DeployResult) -> None:
        if final(result.status):
            self.done += 1
            target = result.target
            line = f"[{self.done:>4}/{self.total}] {target.project} -> {target.parent_identifier[:8]}: {result.status}"
            print(line, file=self.out, flush=True)

    def close(self) -> None:
        """Nothing to end: each line is whole."""


class LiveView:
    """The run as a table redrawn in place: finished of total, each status's
    count, the slowest targets still going (their status and seconds)."""

    def __init__(self, total: int, out: TextIO, rich: Any, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.total = total
        self.results: dict[int, DeployResult] = {}
        self._rich = rich
        self._clock = clock
        console = rich.console.Console(file=out)
        self._live = rich.live.Live(self.render(), console=console, auto_refresh=False, transient=False)
        self._live.start()

    def __call__(self, result: DeployResult) -> None:
        self.results[id(result)] = result
        self._live.update(self.render(), refresh=True)

    def render(self) -> Any:
        rich = self._rich
        results = list(self.results.values())
        counts = Counter(str(r.status) for r in results)
        done = sum(n for status, n in counts.items() if final(status))
        table = rich.table.Table(title=f"{done} of {counted(self.total, 'target')} finished", title_justify="left")
        table.add_column("status")
        table.add_column("targets", justify="right")
        for status, number in sorted(counts.items()):
            table.add_row(status, str(number))
        going = sorted(
            (r for r in results if not final(r.status) and r.started_at is not None),
            key=lambda r: r.started_at or 0.0,
        )[:SLOWEST]
        if going:
            now = self._clock()
            table.add_section()
            for result in going:
                target, seconds = result.target, now - (result.started_at or now)
                table.add_row(
                    f"{target.project} -> {target.parent_identifier[:8]}", f"{result.status}, {seconds:.0f} s"
                )
        return table

    def close(self) -> None:
        self._live.stop()


async def view(total: int, out: TextIO, enabled: bool) -> View:
    """What shows a run's progress on `out`: a live view on a terminal with
    rich installed, else plain lines (nothing when not `enabled`)."""
    if not enabled:
        return _Quiet()
    if out.isatty():
        import asyncio

        rich = await asyncio.to_thread(load_rich)
        if rich is not None:
            return LiveView(total, out, rich)
    return Lines(total, out)


class _Quiet:
    def __call__(self, result: DeployResult) -> None:
        """Shows nothing (--json)."""

    def close(self) -> None:
        """Nothing to end."""
