"""Reading a deployment's step logs in the order they were written, and
following them while it runs: `deployments.follow_logs()` and the CLI's `logs`.

DeployHQ lists a step's log newest first, a page at a time, older pages through
its `before` cursor (an entry id; the document: "Return log entries with an ID
less than this value"). Entry ids grow as entries are written, so the entries
not read yet are those above the highest id read: each sweep pages back from
the newest until it meets an id already read, and yields what is new in id
order. A step that had finished when it was read is not read again; while
nothing changes, a poll costs one request for the deployment and one for each
running step, and polls slow down as `wait()`'s do. DeployHQ's own CLI reads a
step's log only where the step says it has one (`logs`), and shows the last
lines of a failed step (deployhq-cli `internal/commands/watch.go`).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from typing import TYPE_CHECKING, Any

from ._config import check_seconds
from ._follow import MAX_POLL_INTERVAL
from ._status import DeploymentStatus
from .errors import DeploymentTimeoutError

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment, DeploymentLogEntry, DeploymentStep

    from ._clock import Clock

# A page of one step's log: (step identifier, before) -> entries.
Page = Callable[[str, "int | None"], Awaitable["list[DeploymentLogEntry]"]]
_STEP_DONE = frozenset({"completed", "failed", "skipped"})


def entry_id(entry: DeploymentLogEntry) -> int | None:
    """An entry's id as a number (the document allows a string), or None."""
    value = entry.id
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if isinstance(value, str) and value.isdigit():
        return int(value)
    return None


def readable_steps(deployment: Deployment, step: str | None) -> list[DeploymentStep]:
    """The steps whose log can be read now: started (not pending), not marked
    as having no log, and `step` (an identifier or a step name such as
    "transfer") when one is asked for."""
    found = []
    for candidate in deployment.steps or []:
        if step is not None and step not in (candidate.identifier, candidate.step):
            continue
        if candidate.logs is False or candidate.status == DeploymentStatus.PENDING:
            continue
        found.append(candidate)
    return found


async def entries_after(page: Page, step: str, last: int | None) -> list[DeploymentLogEntry]:
    """The entries of `step` above id `last` (all of them when None), oldest
    first: pages back from the newest until one reaches `last`. A server that
    ignores the cursor ends it (nothing is read twice)."""
    new: dict[int | None, list[DeploymentLogEntry]] = {}
    before: int | None = None
    while True:
        batch = await page(step, before)
        for entry in batch:
            key = entry_id(entry)
            if _between(key, last, before):
                new.setdefault(key, []).append(entry)
        ids = [i for i in map(entry_id, batch) if i is not None]
        if _last_page(ids, last, before):
            break
        before = min(ids)
    numbered = sorted((k, e) for k, entries in new.items() if k is not None for e in entries)
    return [e for _, e in numbered] + new.get(None, [])


def _between(key: int | None, last: int | None, before: int | None) -> bool:
    """An entry's id above `last` and below `before` (None: no such bound); an
    entry without an id is always taken."""
    if key is None:
        return True
    return (last is None or key > last) and (before is None or key < before)


def _last_page(ids: list[int], last: int | None, before: int | None) -> bool:
    """Paging back ends after a page of these ids: it was empty, it reached
    `last`, or the server ignored the cursor (nothing older came)."""
    if not ids:
        return True
    return (last is not None and min(ids) <= last) or (before is not None and min(ids) >= before)


class LogReader:
    """What has been read of one deployment's logs: each `sweep` returns the
    entries written since the last, in the order they were written."""

    def __init__(self, page: Page, step: str | None = None) -> None:
        self._page = page
        self._step = step
        self._last: dict[str, int] = {}  # step identifier -> highest id read
        self._done: set[str] = set()  # steps read after they finished
        self._unnumbered: set[tuple[Any, ...]] = set()  # entries without an id, read once

    async def sweep(self, deployment: Deployment) -> list[DeploymentLogEntry]:
        """The new entries of every readable step of `deployment` (as fetched
        just before), ordered by id."""
        new: list[tuple[int, int, DeploymentLogEntry]] = []
        for order, step in enumerate(readable_steps(deployment, self._step)):
            name = step.identifier
            if name in self._done:
                continue
            for entry in await entries_after(self._page, name, self._last.get(name)):
                key = entry_id(entry)
                if key is None:
                    seen = (name, entry.message, entry.detail, entry.type_)
                    if seen in self._unnumbered:
                        continue
                    self._unnumbered.add(seen)
                else:
                    self._last[name] = max(key, self._last.get(name, key))
                new.append((key if key is not None else -1, order, entry))
            if step.status in _STEP_DONE:
                self._done.add(name)
        new.sort(key=lambda item: (item[0], item[1]))
        return [entry for _, _, entry in new]


async def follow_logs(
    fetch: Callable[[], Awaitable[Deployment]],
    page: Page,
    *,
    what: str,
    clock: Clock,
    step: str | None,
    follow: bool,
    timeout: float,
    poll_interval: float,
    sleep: Callable[[float], Awaitable[object]] | None = None,
) -> AsyncIterator[DeploymentLogEntry]:
    """Every entry of the deployment's steps in the order written; while it
    runs (and `follow`), the new ones as they come, until it finishes; `sleep`
    waits between polls (the clock's, unless given).

    Raises `DeploymentTimeoutError` when it is still running after `timeout`."""
    check_seconds("timeout", timeout)
    check_seconds("poll_interval", poll_interval)
    reader = LogReader(page, step)
    deadline = clock.monotonic() + timeout
    interval = poll_interval
    while True:
        deployment = await fetch()  # before the logs: when it had finished, they are complete
        fresh = await reader.sweep(deployment)
        for entry in fresh:
            yield entry
        state = DeploymentStatus.of(deployment.status)
        if not follow or (state is not None and state.finished):
            return
        remaining = deadline - clock.monotonic()
        if remaining <= 0:
            raise DeploymentTimeoutError(
                f"{what} still {deployment.status} after {timeout:g}s", deployment=deployment, status=deployment.status
            )
        if fresh:  # something was written: back to polling often
            interval = poll_interval
        await (sleep or clock.sleep)(min(interval, remaining))
        interval = min(interval * 1.5, max(poll_interval, MAX_POLL_INTERVAL))
