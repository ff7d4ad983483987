"""Schemathesis against the fake, served on loopback, with the repaired document:
thousands of generated requests to all 191 operations (a fixed seed). Every
success body the fake sends is checked against the document by conftest's
`fakes_answer_as_the_document_says`; here, every finding schemathesis reports
must be one DeployHQ itself gives and the document leaves out (each kind with
its reason below), and none may be the fake's: a malformed request accepted
(ST201), a success body the document does not allow (ST108 on a 2xx).
"""

from __future__ import annotations

import asyncio
import copy
import json
import re
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from deployhq_async.testing import FakeDeployHQ

pytestmark = pytest.mark.schemathesis

# What schemathesis reports that is DeployHQ's behaviour, which the fake models
# and the document does not describe.
DEPLOYHQ_NOT_THE_DOCUMENT = {
    "ST103": "an undocumented status: DeployHQ's 400 invalid_json, 404 record_not_found and 422 where the "
    "document lists no such answer for the operation",
    "ST202": "a schema-valid request rejected: an empty string in a field DeployHQ requires (its presence "
    "validation answers 422 can't be blank; the document sets no minLength)",
    "ST204": "an undeclared method: DeployHQ answers 404 invalid_api_method, not 405",
}


def messages(body: Any) -> list[str]:
    """The messages of a 422 body, whichever shape the document gives the operation."""
    if isinstance(body, list):
        return [str(m) for m in body]
    if isinstance(body.get("error"), str):
        return [body["error"]]
    if isinstance(body.get("errors"), list):
        return [str(m) for m in body["errors"]]
    return [str(m) for ms in body.values() for m in ms]


async def test_schemathesis_finds_nothing_that_is_the_fakes(
    pinned_spec: dict[str, Any], tmp_path: Path, say: Callable[[str], None]
) -> None:
    pytest.importorskip("schemathesis")
    from deployhq_codegen import normalize

    rules, names = normalize.load_data()
    repaired, _ = normalize.normalize(copy.deepcopy(pinned_spec), rules, names)
    document = tmp_path / "repaired.json"
    document.write_text(json.dumps(repaired))
    fake = FakeDeployHQ(pending_seconds=0.01, running_seconds=0.01)
    fake.add_server(fake.add_project("Shop"), "web-1")
    async with fake.serve() as base_url:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "schemathesis.cli", "run", str(document), "--url", base_url,
            "--auth", f"{fake.email}:{fake.api_key}", "--max-examples", "3", "--seed", "29", "--checks", "all",
            "--no-shrink", "--continue-on-failure", "--max-failures", "5000",
            stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
        )  # fmt: skip
        out, _ = await process.communicate()
    text = out.decode(errors="replace")
    counts = {code: int(n) for code, n in re.findall(r"❌ (ST\d+) [^:\n]+: (\d+)", text)}
    cases = re.search(r"(\d+) generated", text)
    say(f"schemathesis: {cases[1] if cases else '?'} cases against the fake; findings by check: {counts}")
    assert cases is not None and int(cases[1]) > 3000, text[-2000:]
    assert set(counts) <= set(DEPLOYHQ_NOT_THE_DOCUMENT), {
        c: n for c, n in counts.items() if c not in DEPLOYHQ_NOT_THE_DOCUMENT
    }
    # Each finding of those kinds is the one its reason names.
    received = set(re.findall(r"ST103 Undocumented status code\n(?:.*\n){0,6}?\s+Received: (\d+)", text))
    assert received <= {"400", "404", "422"}, received
    refused = re.findall(r"ST202 Schema-valid request rejected\n(?:.*\n){0,6}?\s+`([{\[].*[}\]])`", text)
    said = {message for body in refused for message in messages(json.loads(body))}
    assert refused and all(message.endswith("can't be blank") for message in said), refused
    # Every 422 body has the shape the document gives the operation's 422.
    assert re.findall(r"response schema for status code (\d+)", text) == []
