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
from collections.abc import AsyncIterator, Callable, Iterator
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


def set_aside_fields(caplog: pytest.LogCaptureFixture) -> list[str]:
    """`Model.field` of every value logged as set aside, times aside (`*_at` and
    `timestamp` are refined to date-times, and Prism fills them with any string)."""
    return sorted(
        {
            f"{m[2]}.{m[3]}"
            for record in caplog.records
            if (m := SET_ASIDE.match(record.getMessage())) and not (m[3].endswith("_at") or m[3] == "timestamp")
        }
    )


def violations(response: httpx2.Response) -> str:
    """The errors Prism found in the request (its `sl-violations` header)."""
    found = json.loads(response.headers.get("sl-violations") or "[]")
    return "; ".join(
        f"{'.'.join(map(str, v.get('path', [])))}: {v.get('message')}" for v in found if v.get("severity") == "Error"
    )


async def test_every_operation_against_prism_is_sent_as_published_and_read_whole(
    prism: str,
    pinned_spec: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    say: Callable[[str], None],
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
    set_aside = set_aside_fields(caplog)
    say(
        f"Prism: {len(camel)} operations driven; {len(flagged)} requests flagged "
        f"({sum((op, 'flagged') in allowed for op in flagged)} of them listed in {EXPECTED.name}), "
        f"{len(failed)} error answers, {len(undecodable)} decode failures, {len(set_aside)} fields set aside"
    )
    kinds = {"flagged": flagged, "error answer": failed, "decode failure": undecodable}
    for title, found in kinds.items():
        for operation_id, what in sorted(found.items()):
            say(f"  {title}: {operation_id}: {what[:300]}")
    assert len(camel) == 191
    seen = {(op, kind) for kind, found in kinds.items() for op in found}
    assert seen - allowed == set()  # nothing the document does not explain
    assert allowed - seen == set()  # and each listed finding still happens (else drop it from the file)
    assert set_aside == []


def _operation_ids(doc: dict[str, Any]) -> list[str]:
    return [op["operationId"] for item in doc["paths"].values() for op in item.values() if isinstance(op, dict)]


# --- Every public facade method -------------------------------------------------

# Facade arguments that are not request values (what a run does, not what it sends).
NOT_SENT = {"extra", "timeout", "poll_interval", "on_change", "on_poll", "hub", "journal", "settle_window", "options"}


def routes(doc: dict[str, Any]) -> list[tuple[str, re.Pattern[str], str]]:
    """(method, path pattern, operationId), fixed segments before placeholders."""
    found = []
    for template, item in doc["paths"].items():
        for method, op in item.items():
            if isinstance(op, dict):
                pattern = re.sub(r"\\\{[^/]+?\\\}", "[^/]+", re.escape(template))
                found.append((template.count("{"), method.upper(), re.compile(f"{pattern}$"), op["operationId"]))
    return [(method, pattern, op) for _, method, pattern, op in sorted(found, key=lambda r: r[0])]


def operation_of(request: httpx2.Request, table: list[tuple[str, re.Pattern[str], str]]) -> str:
    return next(op for method, pattern, op in table if method == request.method and pattern.match(request.url.path))


def body_fields(doc: dict[str, Any], operation_ids: set[str]) -> dict[str, Any]:
    """Every property name the request bodies of `operation_ids` have (nested
    ones too), with its schema: where a facade argument is named as the field it
    fills, its value comes from the document."""
    fields: dict[str, Any] = {}

    def walk(schema: Any, depth: int = 0) -> None:
        schema = _deref(doc, schema) if isinstance(schema, dict) else schema
        if not isinstance(schema, dict) or depth > 4:
            return
        for name, sub in (schema.get("properties") or {}).items():
            resolved = _deref(doc, sub)
            if name not in fields or "properties" in fields[name]:  # {"command": {"command": "..."}}: the inner one
                fields[name] = resolved
            walk(resolved, depth + 1)
        for key in ("anyOf", "oneOf", "allOf"):
            for sub in schema.get(key) or ():
                walk(sub, depth + 1)

    for item in doc["paths"].values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") in operation_ids and "requestBody" in op:
                content = _deref(doc, op["requestBody"]).get("content", {})
                walk(content.get("application/json", {}).get("schema"))
    return fields


class PinnedStatus(httpx2.AsyncBaseTransport):
    """Prism answers a deployment's `status` with any string, so a poll would
    never see one finish: this transport passes every request to Prism and
    every answer back as Prism sent it, but `completed` in the answers to
    getProjectDeploymentById (what `wait`, bulk runs and rollouts poll)."""

    def __init__(self, table: list[tuple[str, re.Pattern[str], str]]) -> None:
        self._table = table
        self._prism = httpx2.AsyncHTTPTransport()

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        response = await self._prism.handle_async_request(request)
        if operation_of(request, self._table) != "getProjectDeploymentById" or response.status_code != 200:
            return response
        body = json.loads(await response.aread())
        await response.aclose()
        if isinstance(body, dict):
            body["status"] = "completed"
        kept = {k: v for k, v in response.headers.items() if k not in ("content-length", "content-encoding")}
        return httpx2.Response(200, headers=kept, content=json.dumps(body).encode())

    async def aclose(self) -> None:
        await self._prism.aclose()


# Public methods the pass cannot drive, each with the reason (and where they are tested).
NOT_DRIVEN = {
    "auto_deployments.trigger": "it posts to the project's hook, which is outside DeployHQ's document, so Prism "
    "has no route for it (tests/resources/test_auto_deployments.py drives it against the fake)",
}


def facade_methods() -> list[tuple[str, str, Any]]:
    """(resource, method name, function) for every public method of every
    resource, but those in NOT_DRIVEN."""
    from deployhq_async._client import _LazyResource

    found = []
    for resource, attribute in vars(DeployHQ).items():
        if isinstance(attribute, _LazyResource):
            cls = attribute.resource_class()
            for name in sorted(dir(cls)):
                driven = not name.startswith("_") and f"{resource}.{name}" not in NOT_DRIVEN
                if driven and inspect.isfunction(getattr(cls, name)):
                    found.append((resource, name, getattr(cls, name)))
    return found


def facade_calls(function: Any, fields: dict[str, Any], doc: dict[str, Any]) -> list[tuple[list[Any], dict[str, Any]]]:
    """Two calls of a facade method: with what it requires, then with every
    optional request value too. A value is the document's smallest for the body
    field of the argument's name, else one of the argument's type."""
    from deployhq_async.bulk import DeployTarget

    required: tuple[list[Any], dict[str, Any]] = ([], {})
    everything: tuple[list[Any], dict[str, Any]] = ([], {})
    for name, param in list(inspect.signature(function).parameters.items())[1:]:
        hint = str(param.annotation).replace(" ", "").split("|")  # the annotation as written
        if name == "targets":
            value: Any = [
                DeployTarget("p-project", f"p-server-{n}", "e" * 40, start_revision="s" * 40) for n in range(1, 5)
            ]
        elif param.kind is param.POSITIONAL_OR_KEYWORD:  # a path value
            value = f"p-{name}"
        elif name in fields:
            value = smallest(fields[name], doc)
        elif hint[0].startswith("Mapping["):
            value = {}
        elif hint[0] == "int":
            value = 1
        elif hint[0] == "bool":
            value = True
        else:
            value = f"p-{name}"
        if param.default is param.empty:
            for args, kwargs in (required, everything):
                (args.append(value) if param.kind is param.POSITIONAL_OR_KEYWORD else kwargs.update({name: value}))
        elif param.default is None and name not in NOT_SENT and not name.startswith("on_"):
            everything[1][name] = value
    return [required] if everything == required else [required, everything]


async def test_every_facade_method_against_prism_sends_what_the_document_allows_and_reads_it_whole(
    prism: str,
    pinned_spec: dict[str, Any],
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
    say: Callable[[str], None],
) -> None:
    from helpers import InstantClock

    from deployhq_async.bulk import DeployResult, RolloutResult

    listed = tomllib.loads(EXPECTED.read_text())
    allowed = {(entry["operation"], kind) for entry in listed["expected"] for kind in entry.get("facade", [])}
    errors_allowed = {(entry["method"], entry["error"]) for entry in listed["facade_errors"]}
    assert all(entry["reason"].strip() for entry in listed["facade_errors"])
    errors_seen: set[tuple[str, str]] = set()
    table = routes(pinned_spec)
    by_module = {snake_case(op): op for _, _, op in table}
    sent: list[httpx2.Request] = []
    flagged: dict[str, str] = {}
    found: set[tuple[str, str]] = set()  # (operationId, kind) behind each finding
    unexplained: dict[str, str] = {}  # facade method -> what went wrong that no listed finding explains
    driven: dict[str, int] = {}

    async def look(response: httpx2.Response) -> None:
        sent.append(response.request)
        operation = operation_of(response.request, table)
        if problems := violations(response):
            flagged[operation] = problems
            found.add((operation, "flagged"))
        if response.status_code >= 400:
            found.add((operation, "error answer"))

    async def drain(result: Any) -> Any:
        if hasattr(result, "__aiter__"):  # a listing or the logs: the first (Prism's page counts are random)
            taken = []
            async for entry in result.pages() if hasattr(result, "pages") else result:
                taken.append(entry)
                if len(taken) == 3:
                    break
            return taken
        return await result if inspect.isawaitable(result) else result

    http = httpx2.AsyncClient(transport=PinnedStatus(table), event_hooks={"response": [look]})
    client = DeployHQ(email=EMAIL, api_key=KEY, base_url=prism, http_client=http, max_retries=0, clock=InstantClock())
    async with every_warning(caplog, monkeypatch), http, client as dhq:
        for resource, name, function in facade_methods():
            declared = {by_module[m] for m in type(getattr(dhq, resource))._operations_of(name)}
            fields = body_fields(pinned_spec, declared)
            for args, kwargs in facade_calls(function, fields, pinned_spec):
                method = f"{resource}.{name}"
                before = len(sent)
                try:
                    result = await drain(getattr(getattr(dhq, resource), name)(*args, **kwargs))
                except ResponseDecodeError as error:
                    operation = operation_of(error.request, table)
                    found.add((operation, "decode failure"))
                    if (operation, "decode failure") not in allowed:
                        unexplained[method] = str(error)
                except DeployHQError as error:
                    errors_seen.add((method, type(error).__name__))
                    explained = (method, type(error).__name__) in errors_allowed or any(
                        (operation_of(r, table), "error answer") in allowed for r in sent[before:]
                    )
                    if not explained:
                        unexplained[method] = f"{type(error).__name__}: {error}"
                else:
                    if "targets" in inspect.signature(function).parameters:  # each target deployed, followed to its end
                        outcomes = result.results if isinstance(result, RolloutResult) else result
                        assert all(isinstance(r, DeployResult) for r in outcomes)
                        if [(r.ok, r.status) for r in outcomes] != [(True, "completed")] * 4:
                            unexplained[method] = f"{[(r.status, r.error) for r in outcomes]}"
                assert len(sent) > before, f"{method} sent nothing"
                driven[method] = driven.get(method, 0) + len(sent) - before
    set_aside = set_aside_fields(caplog)
    operations = {operation_of(request, table) for request in sent}
    say(
        f"Prism, the facade: {len(driven)} public methods driven ({len(sent)} requests, "
        f"{len(operations)} operations); {len(flagged)} operations flagged, {len(unexplained)} methods failed "
        f"unexplained, {len(set_aside)} fields set aside"
    )
    for operation, what in sorted(flagged.items()):
        say(f"  flagged: {operation}: {what[:300]}")
    for method, what in sorted(unexplained.items()):
        say(f"  failed: {method}: {what[:300]}")
    assert len(driven) == len(facade_methods())
    assert found - allowed == set()  # nothing the document does not explain
    assert allowed - found == set()  # and each listed finding still happens
    assert unexplained == {}
    assert errors_allowed - errors_seen == set()
    assert set_aside == []
