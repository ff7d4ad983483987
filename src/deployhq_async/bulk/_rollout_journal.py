"""A rollout's journal: the revisions to roll back to and the waves that
passed, in one file, and each wave's bulk-run journal beside it
(`<file>.wave-<n>`, and `<file>.rollback`), so that a rollout killed at any moment resumes in the wave
it was in: the waves before adopt what their journals know (nothing is
deployed again), the one it was in resumes as a bulk run does.

    {"journal": "deployhq-async rollout", "version": 1, "targets": "<sha256>", "count": 40,
     "previous": ["a1b2c3", null, ...]}
    {"passed": 1}

The file is locked for the rollout that has it open (the OS releases the lock
when that process dies); its writes and fsyncs run off the event loop.
"""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import ConfigurationError
from ._journal import damaged, digest, line, open_locked
from ._targets import DeployTarget

if TYPE_CHECKING:
    from ._redis_log import RedisLog

FORMAT = "deployhq-async rollout"


class RolloutJournal:
    """What an earlier run of the same rollout recorded."""

    def __init__(
        self,
        path: Path | str,
        handle: IO[str] | None,
        previous: list[str | None] | None,
        passed: set[int],
        *,
        unwritten: str = "",
    ) -> None:
        self.path = path
        self._handle = handle
        self._unwritten = unwritten  # goes out with the first line: a torn line's end
        self.previous = previous  # None until the rollout has read them
        self.passed = passed

    @classmethod
    def open(cls, path: str | os.PathLike[str], targets: list[DeployTarget]) -> RolloutJournal:
        """Open (or start) and lock the journal of this rollout. One another
        rollout holds, one of another target list or a damaged one is a
        `ConfigurationError`, before anything is sent."""
        path, handle = open_locked(path, "a+")
        try:
            data = path.read_bytes()
            previous, passed = _read(path, data, targets)
        except BaseException:
            handle.close()
            raise
        # A line torn by a crash stays on its own: the next one starts on a line of its own.
        return cls(path, handle, previous, passed, unwritten="\n" if data and not data.endswith(b"\n") else "")

    async def begin(self, targets: list[DeployTarget], previous: list[str | None]) -> None:
        """Record the revisions to roll back to (before any wave starts)."""
        header = {"journal": FORMAT, "version": 1, "targets": digest(targets), "count": len(targets)}
        self.previous = previous
        await self._put(line({**header, "previous": previous}))

    async def passed_wave(self, number: int) -> None:
        """Record that wave `number` finished and passed its budget, bake and gate."""
        self.passed.add(number)
        await self._put(line({"passed": number}))

    def beside(self, part: str) -> str | Path:
        """Where the journal of one part of the rollout (`wave-2`, `rollback`) is."""
        assert isinstance(self.path, Path)
        return self.path.with_name(f"{self.path.name}.{part}")

    async def aclose(self) -> None:
        assert self._handle is not None
        await asyncio.to_thread(self._handle.close)

    async def _put(self, text: str) -> None:
        await asyncio.to_thread(self._write, text)

    def _write(self, text: str) -> None:  # in a worker thread
        handle = self._handle
        assert handle is not None
        text, self._unwritten = self._unwritten + text, ""
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


class RedisRolloutJournal(RolloutJournal):
    """A rollout's journal kept in Redis (see `_redis_log`), its waves' beside it."""

    def __init__(self, location: str, log: RedisLog, previous: list[str | None] | None, passed: set[int]) -> None:
        super().__init__(log.location, None, previous, passed)
        self._location = location
        self._log = log

    @classmethod
    async def open_at(cls, location: str, targets: list[DeployTarget]) -> RedisRolloutJournal:
        """`RolloutJournal.open` for a Redis journal: takes its lease, reads it."""
        from ._redis_log import RedisLog

        log = await RedisLog.open(location)
        try:
            previous, passed = _read(log.location, log.data, targets)
        except BaseException:
            await log.aclose()
            raise
        return cls(location, log, previous, passed)

    def beside(self, part: str) -> str:
        from ._redis_log import beside

        return beside(self._location, part)

    async def aclose(self) -> None:
        await self._log.aclose()

    async def _put(self, text: str) -> None:
        await self._log.submit(text)


def _read(path: Path | str, data: bytes, targets: list[DeployTarget]) -> tuple[list[str | None] | None, set[int]]:
    entries = _entries(path, data)
    if not entries:
        return None, set()
    number, header = entries[0]
    return _previous(path, number, header, targets), _passed(path, entries[1:])


def _entries(path: Path | str, data: bytes) -> list[tuple[int, Any]]:
    """Each whole line's JSON, with its number; a line torn by a crash mid-write is left out."""
    entries: list[tuple[int, Any]] = []
    for number, raw in enumerate(data.split(b"\n"), start=1):
        if not raw.strip():
            continue
        try:
            entries.append((number, json.loads(raw.decode("utf-8"))))
        except UnicodeDecodeError:
            raise damaged(path, number, "it is not UTF-8 text") from None
        except ValueError:
            continue  # torn by a crash mid-write: what it said is not relied on
    return entries


def _previous(path: Path | str, number: int, header: Any, targets: list[DeployTarget]) -> list[str | None]:
    """The header's revisions to roll back to, one per target, once it is shown to be this rollout's."""
    if not isinstance(header, dict) or header.get("journal") != FORMAT:
        raise damaged(path, number, "it is not the header of a deployhq-async rollout journal")
    if header.get("targets") != digest(targets) or header.get("count") != len(targets):
        raise ConfigurationError(
            f"the journal {path} belongs to another rollout ({header.get('count', '?')} targets, not these "
            f"{len(targets)}); resume with the same targets, or give this rollout a new journal file"
        )
    previous = header.get("previous")
    if not isinstance(previous, list) or len(previous) != len(targets):
        raise damaged(path, number, "its previous revisions are not one per target")
    if not all(p is None or isinstance(p, str) for p in previous):
        raise damaged(path, number, "a previous revision is not a string or null")
    return previous


def _passed(path: Path | str, entries: list[tuple[int, Any]]) -> set[int]:
    """The waves the lines after the header say passed."""
    passed: set[int] = set()
    for number, entry in entries:
        wave = entry.get("passed") if isinstance(entry, dict) else None
        if isinstance(wave, bool) or not isinstance(wave, int) or wave < 1:
            raise damaged(path, number, f"it is not a wave that passed: {entry!r}")
        passed.add(wave)
    return passed
