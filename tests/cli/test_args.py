"""The command line's argument types hold values to the library's own rules
and say what is wrong in the flag's terms."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from typing import Any

import pytest

from deployhq_async._cli import _args

GOOD: list[tuple[Callable[[str], Any], str, Any]] = [
    (_args.positive, "3", 3),
    (_args.count, "0", 0),
    (_args.percentage, "25%", 25.0),
    (_args.percentage, "100", 100.0),
    (_args.seconds, "0.5", 0.5),
    (_args.seconds_or_zero, "0", 0.0),
    (_args.rate, "2.5", 2.5),
    (_args.wave, "25%", "25%"),
    (_args.wave, "4", 4),
]
BAD: list[tuple[Callable[[str], Any], str, str]] = [
    (_args.positive, "0", "expected a positive whole number, got 0"),
    (_args.positive, "abc", "expected a positive whole number, got 'abc'"),
    (_args.count, "-1", "expected a whole number of 0 or more, got -1"),
    (_args.percentage, "101", "expected a percentage from 0 to 100, got 101"),
    (_args.seconds, "-1", "expected a positive number of seconds, got -1"),
    (_args.seconds, "inf", "expected a positive number of seconds, got inf"),
    (_args.seconds, "nan", "expected a positive number of seconds, got nan"),
    (_args.seconds_or_zero, "-0.5", "expected 0 or a positive number of seconds, got -0.5"),
    (_args.rate, "0", "expected a positive number of requests a second, got 0"),
]


@pytest.mark.parametrize(("kind", "text", "value"), GOOD)
def test_a_good_value_reads_as_its_number(kind: Callable[[str], Any], text: str, value: Any) -> None:
    assert kind(text) == value


@pytest.mark.parametrize(("kind", "text", "message"), BAD)
def test_a_bad_value_says_what_was_expected(kind: Callable[[str], Any], text: str, message: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError) as refused:
        kind(text)
    assert str(refused.value) == message
