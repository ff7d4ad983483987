"""A bulk run's journal: an append-only file, one JSON object a line, written
(flushed and fsynced) before each create is sent and after its outcome is
known, so that a run killed at any moment resumes without a second deployment. An
intent records the start revision the create sends, so a resume that sends it
again sends the same body.

    {"journal": "deployhq-async bulk", "version": 1, "targets": "<sha256>", "count": 40, "run": "<token>"}
    {"intent": 3, "at": 1796000000.0, "start": "4b825dc6..."}
    {"outcome": 3, "deployment": "5f3c2a10-..."}
    {"refused": 7}

The file is locked for the run that has it open (the OS releases the lock when
that process dies). Its writes and fsyncs run in a thread of their own, in
order, so that a slow disk never stalls the event loop: an intent is on disk
before its create is sent, because the run awaits that write, not the loop.
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import os
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import ConfigurationError

if TYPE_CHECKING:
    from ._redis_log import RedisLog
    from ._targets import DeployTarget

FORMAT = "deployhq-async bulk"


class Journal:
    """What earlier runs with the same targets sent and learnt, per target index."""

    def __init__(
        self,
        path: Path | str,
        handle: IO[str] | None,
        entries: list[dict[str, Any]],
        *,
        run: str,
        unwritten: str = "",
        sync: Callable[[int], None] = os.fsync,
    ) -> None:
        self.path = path
        self.run = run  # the token of the run that began it: a resumed run marks its deployments alike
        self._handle = handle
        self._sync = sync
        self._unwritten = unwritten  # goes out with the first entry: the header, a torn line's end
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="deployhq-journal")
        self._failed: OSError | None = None
        self._intents: dict[int, float] = {}
        self._starts: dict[int, str] = {}
        self._deployments: dict[int, str] = {}
        for entry in entries:
            self._apply(entry)

    @classmethod
    def open(
        cls,
        path: str | os.PathLike[str],
        targets: list[DeployTarget],
        run: str,
        *,
        sync: Callable[[int], None] = os.fsync,
    ) -> Journal:
        """Open (or start) and lock the journal of this target list; `run` is
        the token a new journal records (an existing one keeps its own). A journal
        another run holds, one of another list, a damaged one or one that cannot
        be written is a `ConfigurationError`, before anything is sent."""
        path, handle = open_locked(path, "a")
        try:
            data = path.read_bytes()
            entries, run, unwritten = _load(path, data, targets, run)
        except BaseException as exc:
            handle.close()
            if isinstance(exc, OSError):
                raise ConfigurationError(f"cannot use the journal {path}: {exc.strerror or exc}") from None
            raise
        return cls(path, handle, entries, run=run, unwritten=unwritten, sync=sync)

    def deployment(self, index: int) -> str | None:
        """The deployment a run made for target `index`, if one is known."""
        return self._deployments.get(index)

    def pending(self, index: int) -> bool:
        """A create for target `index` was sent and its outcome never written."""
        return index in self._intents and index not in self._deployments

    def intent_time(self, index: int) -> float:
        return self._intents[index]

    def start(self, index: int) -> str | None:
        """The start revision an earlier create for target `index` sent, if one was sent."""
        return self._starts.get(index)

    async def intent(self, index: int, at: float, start: str) -> None:
        """Record that target `index`'s create, from `start`, is about to be
        sent; returns once it is on disk."""
        await asyncio.wrap_future(self._append({"intent": index, "at": at, "start": start}))

    def outcome(self, index: int, deployment: str) -> None:
        """Record the deployment target `index` has (written in order, in the background)."""
        self._append({"outcome": index, "deployment": deployment})

    def refused(self, index: int) -> None:
        """Record that target `index`'s create made nothing (written in order, in the background)."""
        self._append({"refused": index})

    async def aclose(self) -> None:
        """Wait for every write, then close the file (which releases the lock).
        Raises `ConfigurationError` if a write failed."""
        assert self._handle is not None
        try:
            await asyncio.wrap_future(self._writer.submit(self._handle.close))
        finally:
            self._writer.shutdown(wait=False)
        if self._failed is not None:
            raise ConfigurationError(f"could not write the journal {self.path}: {self._failed}") from self._failed

    def _append(self, entry: dict[str, Any]) -> Future[None] | asyncio.Future[None]:
        text, self._unwritten = self._unwritten + line(entry), ""
        self._apply(entry)
        return self._writer.submit(self._write, text)

    def _write(self, text: str) -> None:  # in the journal's thread
        handle = self._handle
        assert handle is not None
        try:
            handle.write(text)
            handle.flush()
            self._sync(handle.fileno())
        except OSError as exc:
            self._failed = exc
            raise

    def _apply(self, entry: dict[str, Any]) -> None:
        if "intent" in entry:
            self._intents.setdefault(entry["intent"], float(entry["at"]))
            if isinstance(entry.get("start"), str):
                self._starts.setdefault(entry["intent"], entry["start"])
        elif "outcome" in entry:
            self._deployments[entry["outcome"]] = entry["deployment"]
        elif "refused" in entry:
            self._intents.pop(entry["refused"], None)


class RedisJournal(Journal):
    """A journal kept in Redis (see `_redis_log`): the same entries and
    guarantees, written by its lease's holder only."""

    def __init__(self, log: RedisLog, entries: list[dict[str, Any]], *, run: str, unwritten: str) -> None:
        super().__init__(log.location, None, entries, run=run, unwritten=unwritten)
        self._log = log

    @classmethod
    async def open_at(cls, location: str, targets: list[DeployTarget], run: str) -> RedisJournal:
        """`Journal.open` for a Redis journal: takes its lease, reads it.
        Raises `ConfigurationError` as `Journal.open` does."""
        from ._redis_log import RedisLog

        log = await RedisLog.open(location)
        try:
            entries, run, unwritten = _load(log.location, log.data, targets, run)
        except BaseException:
            await log.aclose()
            raise
        return cls(log, entries, run=run, unwritten=unwritten)

    async def aclose(self) -> None:
        await self._log.aclose()
        if self._log.failed is not None:
            failed = self._log.failed
            raise ConfigurationError(f"could not write the journal {self.path}: {failed}") from failed

    def _append(self, entry: dict[str, Any]) -> asyncio.Future[None]:
        text, self._unwritten = self._unwritten + line(entry), ""
        self._apply(entry)
        return self._log.submit(text)


def _load(
    path: Path | str, data: bytes, targets: list[DeployTarget], run: str
) -> tuple[list[dict[str, Any]], str, str]:
    """A journal's entries after its header, the token of the run that began
    it (`run` for a new one), and what goes out before the first entry."""
    header = {"journal": FORMAT, "version": 1, "targets": digest(targets), "count": len(targets)}
    entries = _entries(path, data, header)
    unwritten = "\n" if data and not data.endswith(b"\n") else ""  # a torn line stays on its own
    if not entries:
        return [], run, unwritten + line({**header, "run": run})
    earlier = entries[0].get("run")
    return entries[1:], earlier if isinstance(earlier, str) and earlier else run, unwritten


def line(entry: dict[str, Any]) -> str:
    return json.dumps(entry, separators=(",", ":")) + "\n"


def open_locked(path: str | os.PathLike[str], mode: str) -> tuple[Path, IO[str]]:
    """A journal file opened in `mode` and locked. One that cannot be opened,
    or one another run holds, is a `ConfigurationError`."""
    path = Path(os.fspath(path))
    try:
        handle = path.open(mode, encoding="utf-8")
    except OSError as exc:
        raise ConfigurationError(f"cannot use the journal {path}: {exc.strerror or exc}") from None
    try:
        lock(handle, path)
    except BaseException as exc:
        handle.close()
        if isinstance(exc, OSError):
            raise ConfigurationError(f"cannot use the journal {path}: {exc.strerror or exc}") from None
        raise
    return path, handle


def lock(handle: IO[str], path: Path) -> None:
    """An exclusive lock on the journal for as long as `handle` is open."""
    try:
        import fcntl
    except ImportError:  # no advisory locks here (Windows): one run per journal is the caller's to keep
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        raise ConfigurationError(
            f"another run holds the journal {path}: wait for it to finish, or give this run a journal of its "
            "own; nothing was sent"
        ) from None


def digest(targets: list[DeployTarget]) -> str:
    # Fields left at their defaults are left out, so a field added later keeps old journals' digests.
    left_out = {"overview": None, "start_revision": None, "full": False}
    fields = [
        {k: v for k, v in dataclasses.asdict(t).items() if not (k in left_out and v == left_out[k])} for t in targets
    ]
    data = json.dumps(fields, sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def _entries(path: Path | str, data: bytes, header: dict[str, Any]) -> list[dict[str, Any]]:
    """The journal's entries, its header first. A header of another target
    list is said as such before any later line is read against this list (an
    entry for a target this list has not would otherwise read as damage)."""
    count = header["count"]
    entries: list[dict[str, Any]] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            text = raw.decode("utf-8")  # the journal writes ASCII: other bytes are damage, not a tear
        except UnicodeDecodeError:
            raise damaged(path, number, "it is not UTF-8 text") from None
        try:
            entry = json.loads(text)
        except ValueError:
            # Torn by a crash mid-write. Skipping it is safe: an intent is written
            # before its create is sent, and an outcome after an intent.
            continue
        if not isinstance(entry, dict):
            raise damaged(path, number, "it is not a JSON object")
        problem = _problem(entry, count, first=not entries)
        if problem is not None:
            raise damaged(path, number, problem)
        if not entries and {k: entry.get(k) for k in header} != header:
            raise ConfigurationError(
                f"the journal {path} belongs to another list of targets "
                f"({entry.get('count', '?')} targets, not these {count}); "
                "resume with the same targets, or give this run a new journal file"
            )
        entries.append(entry)
    return entries


def _problem(entry: dict[str, Any], count: int, *, first: bool) -> str | None:
    """What is wrong with one entry of a journal of `count` targets, or None."""
    if first:
        return None if entry.get("journal") == FORMAT else "it is not the header of a deployhq-async bulk journal"
    kinds = [kind for kind in ("intent", "outcome", "refused") if kind in entry]
    if len(kinds) != 1:
        return "it is not one intent, outcome or refusal"
    kind = kinds[0]
    if not _target_number(entry[kind], count):
        return f"its {kind} is not a target number below {count}: {entry[kind]!r}"
    if kind == "intent":
        return _intent_problem(entry)
    deployment = entry.get("deployment")
    if kind == "outcome" and (not isinstance(deployment, str) or not deployment):
        return f"its outcome has no deployment identifier: {deployment!r}"
    return None


def _target_number(index: object, count: int) -> bool:
    return isinstance(index, int) and not isinstance(index, bool) and 0 <= index < count


def _intent_problem(entry: dict[str, Any]) -> str | None:
    """What is wrong with an intent (a create about to be sent): its time and start revision."""
    at = entry.get("at")
    if isinstance(at, bool) or not isinstance(at, (int, float)):
        return f"its intent has no time: {at!r}"
    if not isinstance(entry.get("start", ""), str):
        return f"its intent's start revision is not a string: {entry['start']!r}"
    return None


def damaged(path: Path | str, number: int, what: str) -> ConfigurationError:
    return ConfigurationError(
        f"the journal {path} is damaged at line {number}: {what}; mend or remove that line (nothing was sent)"
    )
