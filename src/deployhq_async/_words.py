"""Counts in words, for messages of the library and the command line."""

from __future__ import annotations


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """`1 target`, `2 targets` (`plural` where adding an s is wrong)."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"
