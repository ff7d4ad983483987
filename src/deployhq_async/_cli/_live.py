"""The live views on a terminal, drawn by rich (the `rich` extra, imported off
the event loop): of a bulk run or a rollout, how many targets finished, the
count of each status, the slowest targets still going (and a rollout's wave);
of one deployment (`deploy --wait`, `wait`), its status and each step's.
Without a terminal, or without rich, a plain line per finished target, as logs
and CI runners want, and nothing more for one deployment."""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from .._status import DeploymentStatus
from .._words import counted

if TYPE_CHECKING:
    from .. import DeployResult
    from ..generated.models import Deployment

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
    """The run as a table redrawn in place: finished of total (after the
    `heading`, a rollout's wave), each status's count, the slowest targets
    still going (their status and seconds). `close()` leaves the last table on
    the terminal; a change after it draws a new one below (a rollout closes
    the view to ask at a pause)."""

    def __init__(
        self,
        total: int,
        out: TextIO,
        rich: Any,
        *,
        heading: Callable[[], str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.total = total
        self.results: dict[int, DeployResult] = {}
        self._rich = rich
        self._heading = heading
        self._clock = clock
        self._drawing = _Drawing(out, rich)
        self._drawing.show(self.render())

    def __call__(self, result: DeployResult) -> None:
        self.results[id(result)] = result
        self._drawing.show(self.render())

    def render(self) -> Any:
        rich = self._rich
        results = list(self.results.values())
        counts = Counter(str(r.status) for r in results)
        done = sum(n for status, n in counts.items() if final(status))
        title = f"{done} of {counted(self.total, 'target')} finished"
        heading = self._heading() if self._heading is not None else ""
        table = rich.table.Table()
        table.add_column("status")
        table.add_column("targets", justify="right")
        for status, number in sorted(counts.items()):
            table.add_row(status, str(number))
        self._add_slowest(table, results)
        return titled(rich, f"{heading}: {title}" if heading else title, table)

    def _add_slowest(self, table: Any, results: list[DeployResult]) -> None:
        """A section of the targets under way the longest, and for how long."""
        going = sorted(
            (r for r in results if not final(r.status) and r.started_at is not None),
            key=lambda r: r.started_at or 0.0,
        )[:SLOWEST]
        if not going:
            return
        now = self._clock()
        table.add_section()
        for result in going:
            target, seconds = result.target, now - (result.started_at or now)
            table.add_row(f"{target.project} -> {target.parent_identifier[:8]}", f"{result.status}, {seconds:.0f} s")

    def close(self) -> None:
        self._drawing.stop()


class DeploymentView:
    """One deployment as a table redrawn at each poll: its status and seconds
    waited, then each step's description, status and items done."""

    def __init__(self, out: TextIO, rich: Any, *, clock: Callable[[], float] = time.monotonic) -> None:
        self._rich = rich
        self._clock = clock
        self._since = clock()
        self._drawing = _Drawing(out, rich)

    def __call__(self, deployment: Deployment) -> None:
        self._drawing.show(self.render(deployment))

    def render(self, deployment: Deployment) -> Any:
        seconds = self._clock() - self._since
        title = f"deployment {deployment.identifier}: {deployment.status}, {seconds:.0f} s"
        table = self._rich.table.Table()
        table.add_column("step")
        table.add_column("status")
        table.add_column("items", justify="right")
        for step in deployment.steps or []:
            done, total = step.completed_items, step.total_items
            items = f"{done or 0}/{total}" if isinstance(total, int) and total else ""
            table.add_row(str(step.description or step.step or step.identifier), str(step.status), items)
        return titled(self._rich, title, table)

    def close(self) -> None:
        self._drawing.stop()


def titled(rich: Any, title: str, table: Any) -> Any:
    """The table below its title, which is never wrapped to the table's width."""
    return rich.console.Group(rich.text.Text(title, style="bold", overflow="ellipsis", no_wrap=True), table)


class _Drawing:
    """rich's Live display, started at the first thing shown and again after a stop."""

    def __init__(self, out: TextIO, rich: Any) -> None:
        self._console = rich.console.Console(file=out)
        self._rich = rich
        self._live: Any = None

    def show(self, renderable: Any) -> None:
        if self._live is None:
            self._live = self._rich.live.Live(renderable, console=self._console, auto_refresh=False, transient=False)
            self._live.start(refresh=True)
        else:
            self._live.update(renderable, refresh=True)

    def stop(self) -> None:
        if self._live is not None:
            self._live.stop()
            self._live = None


async def view(total: int, out: TextIO, enabled: bool, *, heading: Callable[[], str] | None = None) -> View:
    """What shows a run's progress on `out`: a live view on a terminal with
    rich installed, else plain lines (nothing when not `enabled`)."""
    if not enabled:
        return _Quiet()
    rich = await _terminal_rich(out)
    if rich is not None:
        return LiveView(total, out, rich, heading=heading)
    return Lines(total, out)


async def deployment_view(out: TextIO, enabled: bool) -> DeploymentView | None:
    """The live view of one deployment on a terminal with rich installed, else
    None (its start and end lines say enough)."""
    rich = await _terminal_rich(out) if enabled else None
    return DeploymentView(out, rich) if rich is not None else None


async def _terminal_rich(out: TextIO) -> Any:
    """rich, when `out` is a terminal and the extra is installed; else None."""
    if not out.isatty():
        return None
    import asyncio

    return await asyncio.to_thread(load_rich)


class _Quiet:
    def __call__(self, result: DeployResult) -> None:
        """Shows nothing (--json)."""

    def close(self) -> None:
        """Nothing to end."""
