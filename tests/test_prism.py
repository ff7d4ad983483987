"""Against an independent mock: Stoplight Prism serves DeployHQ's document as
published (dynamic mode, a fixed seed), validating every request against it and
answering with random bodies the document allows. Every operation is driven
through `call_untyped`: no request may be flagged, answered with an error or
fail to decode (but what tests/prism_expected.toml lists, each with the reason
the document gives), and no value the
published document allows may read as None (times aside: `*_at` and
`timestamp` are refined to date-times, and Prism fills them with any string).

Prism is installed by `scripts/dev.sh test` where npm is (into .build/prism);
without it this module is skipped, and under CI=true it fails.
"""

from __future__ import annotations

import contextlib
import importlib
import inspect
import json
import logging
import os
import re
import socket
import subprocess
import tomllib
import typing
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import httpx2
import pytest
from helpers import smallest

from deployhq_async import DeployHQ, DeployHQError, ResponseDecodeError
from deployhq_async._operations import operation_index, snake_case

pytestmark = pytest.mark.prism

ROOT = Path(__file__).resolve().parent.parent
PRISM = ROOT / ".build" / "prism" / "node_modules" / ".bin" / "prism"
EXPECTED = Path(__file__).parent / "prism_expected.toml"
EMAIL, KEY = "prism@example.com", "0123456789abcdef0123456789abcdef01234567"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def prism(pinned_spec: dict[str, Any], tmp_path: Path) -> Iterator[str]:
    """Prism serving the published document on loopback; its base URL."""
    binary = Path(os.environ.get("DEPLOYHQ_PRISM", PRISM))
    if not binary.exists():
        message = f"Prism is not installed at {binary} (scripts/dev.sh test installs it where npm is)"
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(message)
        pytest.skip(message)
    document = tmp_path / "deployhq.openapi.json"  # the pinned document, as published
    document.write_text(json.dumps(pinned_spec))
    port = free_port()
    command = [str(binary), "mock", "-d", "--seed", "29", "-h", "127.0.0.1", "-p", str(port), str(document)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        assert process.stdout is not None
        for line in process.stdout:  # its routes, then that it listens (or why it stopped)
            if "is listening" in line:
                break
        else:
            pytest.fail(f"Prism stopped before listening (exit {process.wait()})")
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        process.wait(timeout=30)
        if process.stdout is not None:
            process.stdout.close()


def request_bodies(doc: dict[str, Any]) -> dict[str, Any]:
    """Each operation's smallest JSON request body the published document allows."""
    bodies: dict[str, Any] = {}
    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and "requestBody" in op:
                content = _deref(doc, op["requestBody"]).get("content", {})
                schema = content.get("application/json", {}).get("schema")
                if schema is not None:
                    bodies[op["operationId"]] = smallest(schema, doc)
    return bodies


def _deref(doc: dict[str, Any], node: dict[str, Any]) -> Any:
    while "$ref" in node:
        target: Any = doc
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part]
        node = target
    return node


def arguments(module: Any, body: Any) -> tuple[list[Any], dict[str, Any]]:
    """Path values, then the required keywords (a body from the document)."""
    hints = typing.get_type_hints(module.build_request)
    positional: list[Any] = []
    keywords: dict[str, Any] = {}
    for name, param in inspect.signature(module.build_request).parameters.items():
        if param.kind is param.POSITIONAL_OR_KEYWORD:
            positional.append(f"p-{name}")
        elif param.default is param.empty:
            if name == "body":
                keywords[name] = body if body is not None else {}
            else:
                kind = hints.get(name)
                keywords[name] = 1 if kind is int else True if kind is bool else f"q-{name}"
    return positional, keywords


@contextlib.asynccontextmanager
async def every_warning(caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[None]:
    """Each value set aside is logged, not once a process."""
    from deployhq_async import _operations

    class Forgetful(set[Any]):
        def __contains__(self, item: object) -> bool:
            return False

    monkeypatch.setattr(_operations, "_warned", Forgetful())
    caplog.set_level(logging.WARNING, logger="deployhq_async")
    yield


SET_ASIDE = re.compile(r"^(\w+): (\w+)\.(\w+) is (?:a JSON (\w+), which fits none|missing)")


def violations(response: httpx2.Response) -> str:
    """The errors Prism found in the request (its `sl-violations` header)."""
    found = json.loads(response.headers.get("sl-violations") or "[]")
    return "; ".join(
        f"{'.'.join(map(str, v.get('path', [])))}: {v.get('message')}" for v in found if v.get("severity") == "Error"
    )


async def test_every_operation_against_prism_is_sent_as_published_and_read_whole(
    prism: str, pinned_spec: dict[str, Any], caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    entries = tomllib.loads(EXPECTED.read_text())["expected"]
    assert all(entry["reason"].strip() for entry in entries), "each expected finding needs its reason"
    allowed = {(entry["operation"], kind) for entry in entries for kind in entry["kinds"]}
    bodies = request_bodies(pinned_spec)
    camel = {snake_case(op): op for op in _operation_ids(pinned_spec)}
    flagged: dict[str, str] = {}
    undecodable: dict[str, str] = {}
    failed: dict[str, str] = {}
    last: list[httpx2.Response] = []

    async def remember(response: httpx2.Response) -> None:
        last[:] = [response]

    http = httpx2.AsyncClient(event_hooks={"response": [remember]})
    client = DeployHQ(email=EMAIL, api_key=KEY, base_url=prism, http_client=http, max_retries=0)
    async with every_warning(caplog, monkeypatch), http, client as dhq:
        for name, path in sorted(operation_index().items()):
            operation_id = camel[name]
            positional, keywords = arguments(importlib.import_module(path), bodies.get(operation_id))
            last.clear()
            try:
                await dhq.call_untyped(name, *positional, **keywords)
            except ResponseDecodeError as error:
                undecodable[operation_id] = str(error)
            except DeployHQError as error:
                failed[operation_id] = str(error)
            if last and (found := violations(last[0])):
                flagged[operation_id] = found
    set_aside = sorted(
        {
            f"{m[2]}.{m[3]}"
            for record in caplog.records
            if (m := SET_ASIDE.match(record.getMessage())) and not (m[3].endswith("_at") or m[3] == "timestamp")
        }
    )
    print(
        f"\nPrism: {len(camel)} operations driven; {len(flagged)} requests flagged "
        f"({sum((op, 'flagged') in allowed for op in flagged)} of them listed in {EXPECTED.name}), "
        f"{len(failed)} error answers, {len(undecodable)} decode failures, {len(set_aside)} fields set aside"
    )
    kinds = {"flagged": flagged, "error answer": failed, "decode failure": undecodable}
    for title, found in kinds.items():
        for operation_id, what in sorted(found.items()):
            print(f"  {title}: {operation_id}: {what[:300]}")
    assert len(camel) == 191
    seen = {(op, kind) for kind, found in kinds.items() for op in found}
    assert seen - allowed == set()  # nothing the document does not explain
    assert allowed - seen == set()  # and each listed finding still happens (else drop it from the file)
    assert set_aside == []


def _operation_ids(doc: dict[str, Any]) -> list[str]:
    return [op["operationId"] for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)]
