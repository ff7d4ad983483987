"""A bulk run's journal: an append-only file, one JSON object a line, written
(flushed and fsynced) before each create is sent and after its outcome is
known, so that a run killed at any moment resumes without a second deployment.

    {"journal": "deployhq-async bulk", "version": 1, "targets": "<sha256>", "count": 40}
    {"intent": 3, "at": 1796000000.0}
    {"outcome": 3, "deployment": "5f3c2a10-..."}
    {"refused": 7}
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import ConfigurationError

if TYPE_CHECKING:
    from ._bulk import DeployTarget

FORMAT = "deployhq-async bulk"


class Journal:
    """What earlier runs with the same targets sent and learnt, per target index."""

    def __init__(self, path: Path, handle: IO[str], entries: list[dict[str, Any]]) -> None:
        self.path = path
        self._handle = handle
        self._intents: dict[int, float] = {}
        self._deployments: dict[int, str] = {}
        for entry in entries:
            self._apply(entry)

    @classmethod
    def open(cls, path: Path, targets: list[DeployTarget]) -> Journal:
        """Open (or start) the journal of this target list; a journal of another
        list is a `ConfigurationError`, as is one that cannot be written."""
        header = {"journal": FORMAT, "version": 1, "targets": _digest(targets), "count": len(targets)}
        try:
            text = path.read_text(encoding="utf-8") if path.exists() else ""
            entries = _entries(path, text)
            if entries and {k: entries[0].get(k) for k in header} != header:
                raise ConfigurationError(
                    f"the journal {path} belongs to another list of targets "
                    f"({entries[0].get('count', '?')} targets, not these {len(targets)}); "
                    "resume with the same targets, or give this run a new journal file"
                )
            handle = path.open("a", encoding="utf-8")
        except OSError as exc:
            raise ConfigurationError(f"cannot use the journal {path}: {exc.strerror or exc}") from None
        journal = cls(path, handle, entries[1:])
        if text and not text.endswith("\n"):
            handle.write("\n")  # a line torn by a crash stays on its own
        if not entries:
            journal._write(header)
        return journal

    def deployment(self, index: int) -> str | None:
        """The deployment a run made for target `index`, if one is known."""
        return self._deployments.get(index)

    def pending(self, index: int) -> bool:
        """A create for target `index` was sent and its outcome never written."""
        return index in self._intents and index not in self._deployments

    def intent_time(self, index: int) -> float:
        return self._intents[index]

    def intent(self, index: int, at: float) -> None:
        self._write({"intent": index, "at": at})

    def outcome(self, index: int, deployment: str) -> None:
        self._write({"outcome": index, "deployment": deployment})

    def refused(self, index: int) -> None:
        self._write({"refused": index})

    def close(self) -> None:
        self._handle.close()

    def _write(self, entry: dict[str, Any]) -> None:
        self._handle.write(json.dumps(entry, separators=(",", ":")) + "\n")
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._apply(entry)

    def _apply(self, entry: dict[str, Any]) -> None:
        if "intent" in entry:
            self._intents.setdefault(int(entry["intent"]), float(entry.get("at", 0.0)))
        elif "outcome" in entry:
            self._deployments[int(entry["outcome"])] = str(entry["deployment"])
        elif "refused" in entry:
            self._intents.pop(int(entry["refused"]), None)


def _digest(targets: list[DeployTarget]) -> str:
    data = json.dumps([dataclasses.asdict(t) for t in targets], sort_keys=True)
    return hashlib.sha256(data.encode()).hexdigest()


def _entries(path: Path, text: str) -> list[dict[str, Any]]:
    entries = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            entry = json.loads(line)
        except ValueError:
            # Torn by a crash mid-write. Skipping it is safe: an intent is written
            # before its create is sent, and an outcome after an intent.
            continue
        if not isinstance(entry, dict):
            raise ConfigurationError(f"the journal {path} is damaged at line {number}: not a JSON object")
        entries.append(entry)
    return entries
