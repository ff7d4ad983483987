"""The command line's argument types: the text read as a number, then held to
the library's own rule for such a value (`_config`'s checks, the ones the
client and bulk runs apply), with the message in the flag's terms (argparse
puts `argument --flag:` before it)."""

from __future__ import annotations

import argparse
import math
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from .. import _config
from ..errors import ConfigurationError

N = TypeVar("N", int, float)


def _read(text: str, kind: Callable[[str], N], expected: str, check: Callable[[N], None]) -> N:
    """`text` as a `kind` that passes `check`, else the usage error `expected, got text`."""
    try:
        value = kind(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected {expected}, got {text!r}") from None
    try:
        check(value)
    except ConfigurationError:
        raise argparse.ArgumentTypeError(f"expected {expected}, got {text}") from None
    return value


def positive(text: str) -> int:
    return _read(text, int, "a positive whole number", lambda v: _config.check_count("value", v))


def count(text: str) -> int:
    return _read(text, int, "a whole number of 0 or more", lambda v: _config.check_count("value", v, allow_zero=True))


def percentage(text: str) -> float:
    return _read(text.rstrip("%"), float, "a percentage from 0 to 100", lambda v: _config.check_percentage("v", v))


def seconds(text: str) -> float:
    return _read(text, float, "a positive number of seconds", _finite(lambda v: _config.check_seconds("value", v)))


def seconds_or_zero(text: str) -> float:
    check = _finite(lambda v: _config.check_seconds("v", v, allow_zero=True))
    return _read(text, float, "0 or a positive number of seconds", check)


def rate(text: str) -> float:
    return _read(text, float, "a positive number of requests a second", lambda v: _config.check_rate("value", v))


def wave(text: str) -> int | str:
    """A wave's size as `RolloutOptions` takes it (which checks it): a count, or the text."""
    return int(text) if text.isdigit() else text


def _finite(check: Callable[[float], None]) -> Callable[[float], None]:
    """`check`, and no infinity: a wait on the command line ends."""

    def checked(value: float) -> None:
        if math.isinf(value):
            raise ConfigurationError("an endless wait")
        check(value)

    return checked


def journal(text: str) -> str | Path:
    """A journal file's path, or a Redis journal's location (redis://host:6379/0/<name>)."""
    from ..bulk._targets import check_journal

    location = text.strip()
    if not location.startswith(("redis://", "rediss://", "unix://")):
        return Path(text)
    try:
        check_journal(location)
    except ConfigurationError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return location
