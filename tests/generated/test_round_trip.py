"""The generated models give back what they were given: every realistic fixture
decoded, encoded and decoded again, and the same with and without orjson."""

from __future__ import annotations

import datetime
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from helpers import normalised
from test_annotations import CASES, decoded, fixture

IDS = [f"{c[1]}:{c[2] or ''}" for c in CASES]


@pytest.mark.parametrize(("module", "name", "key"), CASES, ids=IDS)
def test_every_fixture_survives_a_round_trip(module: Any, name: str, key: str | None) -> None:
    body = fixture(name, key)
    result = decoded(module, body)
    pairs = list(zip(result, body, strict=True)) if isinstance(result, list) else [(result, body)]
    assert pairs
    for model, original in pairs:
        encoded = model.to_dict()
        assert normalised(encoded) == normalised(original)  # unknown fields kept, nothing added
        assert type(model).from_dict(encoded) == model


DECODE_ALL = """
import re
import sys
sys.path.insert(0, {tests!r})
{block}
from test_annotations import CASES, decoded, fixture
for module, name, key in CASES:
    print(re.sub(" at 0x[0-9a-f]+", "", repr(decoded(module, fixture(name, key)))))
"""


@pytest.mark.parametrize("block", ["", "sys.modules['orjson'] = None"], ids=["orjson", "json"])
def test_decoding_is_the_same_with_either_json_parser(block: str) -> None:
    expected = [re.sub(" at 0x[0-9a-f]+", "", repr(decoded(module, fixture(name, key)))) for module, name, key in CASES]
    tests = str(Path(__file__).resolve().parent)
    script = DECODE_ALL.format(tests=tests, block=block) + "\nimport deployhq_async.generated.types as t; print(t._fast and t._fast.__module__)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    *lines, decoder = out.splitlines()
    assert lines == expected
    assert decoder == ("orjson" if block == "" else "None")  # None: the standard library reads every body
