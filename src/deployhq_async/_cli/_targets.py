"""Reading the targets of `bulk` and `rollout` from a TOML or CSV file."""

from __future__ import annotations

import csv
import dataclasses
from pathlib import Path
from typing import Any

from .. import DeployTarget
from ..bulk import first_repeat
from ._common import UsageError


def read_targets(path: Path) -> list[DeployTarget]:
    """Targets from TOML (`[[target]]` tables) or CSV (a header row); keys are
    DeployTarget's fields, with `server` and `revision` accepted as short names.
    A mistake is a `UsageError` naming the file and the line."""
    rows = _rows(path)
    targets = [_target(path, where, row) for where, row in rows]
    if not targets:
        raise UsageError(f"{path}: no targets")
    repeat = first_repeat(targets)
    if repeat is not None:
        earlier, later = (rows[i][0] for i in repeat)
        raise UsageError(
            f"{path}: {earlier} and {later} are the same deployment (project, server and revision); list each once"
        )
    return targets


def _rows(path: Path) -> list[tuple[str, Any]]:
    """The file's rows, each with where it is (`target 2`, `line 3`)."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # a CSV saved by Excel starts with a byte-order mark
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the targets file {path}: {getattr(exc, 'strerror', None) or exc}") from None
    if path.suffix.lower() == ".toml":
        return _toml_rows(path, text)
    if path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        return [(f"line {reader.line_num}", {k: v for k, v in row.items() if v not in (None, "")}) for row in reader]
    raise UsageError(f"{path}: expected a .toml or .csv file")


def _toml_rows(path: Path, text: str) -> list[tuple[str, Any]]:
    try:
        data = _load_toml(text)
    except ValueError as exc:  # tomllib's message names the line and column
        raise UsageError(f"{path}: {exc}") from None
    if "target" in data and "targets" in data:
        raise UsageError(f"{path}: both [[target]] and [[targets]] tables: use one name ([[target]])")
    tables = data.get("target", data.get("targets", []))  # [[targets]] is read as [[target]]
    if not isinstance(tables, list):
        raise UsageError(f"{path}: `target` must be an array of tables ([[target]])")
    return [(f"target {n}", row) for n, row in enumerate(tables, start=1)]


_FIELDS = {f.name for f in dataclasses.fields(DeployTarget)}
_FLAGS = ("copy_config_files", "run_build_commands", "use_build_cache", "full")
_TEXT = ("project", "parent_identifier", "end_revision", "branch", "start_revision", "mode", "overview")
_SHORT = {"server": "parent_identifier", "revision": "end_revision"}


def _target(path: Path, where: str, row: object) -> DeployTarget:
    if not isinstance(row, dict):
        raise UsageError(f"{path}: {where} is not a table of fields")
    values = _columns(row, f"{path}: {where}")
    written = {_SHORT.get(str(k), str(k)): str(k) for k in row}  # each field by the name the file gave it
    missing = [k for k in ("project", "parent_identifier", "end_revision") if values.get(k) in (None, "")]
    if missing:
        short = {v: k for k, v in _SHORT.items()}
        raise UsageError(f"{path}: {where}: no {', '.join(short.get(m, m) for m in missing)}")
    _check_text(values, written, f"{path}: {where}")
    for flag in _FLAGS:
        if isinstance(values.get(flag), str):
            values[flag] = _flag(values[flag], f"{path}: {where}: {flag}")
    try:
        return DeployTarget(**values)
    except ValueError as exc:  # what DeployTarget checks itself (an empty name, a mode it does not know)
        raise UsageError(f"{path}: {where}: {exc}") from None


def _check_text(values: dict[str, Any], written: dict[str, str], where: str) -> None:
    """The fields that are text are; `written`: each field by the column name the file gave it."""
    for name in _TEXT:
        value = values.get(name)
        if value is not None and not isinstance(value, str):
            column = written[name]
            raise UsageError(f'{where}: {column} must be text, got {value!r} (in TOML, quote it: {column} = "{value}")')


def _columns(row: dict[Any, Any], where: str) -> dict[str, Any]:
    """The row under DeployTarget's field names; a column it has not is a `UsageError`."""
    values = {_SHORT.get(str(k), str(k)): v for k, v in row.items()}
    unknown = sorted(set(values) - _FIELDS)
    if None in row or unknown:
        names = ", ".join(sorted({*_SHORT, *_FIELDS} - set(_SHORT.values())))
        what = "more values than columns" if None in row else f"unknown column {unknown[0]!r}"
        raise UsageError(f"{where}: {what} (the columns are: {names})")
    return values


def _flag(text: str, what: str) -> bool:
    """A CSV cell's `true` or `false`."""
    if text.lower() not in ("true", "false"):
        raise UsageError(f"{what} must be true or false, got {text!r}")
    return text.lower() == "true"


def _load_toml(text: str) -> dict[str, Any]:
    import tomllib

    data: dict[str, Any] = tomllib.loads(text)
    return data
