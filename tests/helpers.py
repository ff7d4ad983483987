"""Shared test helpers: a scripted mock transport, a clock that never waits, and
a client wired to both."""

from __future__ import annotations

import asyncio
import datetime
import json
from typing import Any

import httpx2

from deployhq_async import DeployHQ
from deployhq_async.testing import ManualClock


class InstantClock(ManualClock):
    """Virtual time where every sleep returns at once, having moved the clock by
    its length; `sleeps` lists them."""

    def __init__(self, start: float | None = None) -> None:
        super().__init__(start)
        self.sleeps: list[float] = []

    async def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.advance(max(0.0, seconds))
        await asyncio.sleep(0)


# The clock of clients made by make_client; the `sleeps` fixture swaps in its own.
DEFAULT_CLOCK: InstantClock | None = None


class Recorder:
    """An httpx2 MockTransport handler that answers from a script and remembers requests.

    Each scripted answer is an httpx2.Response, an exception to raise, or a callable
    (plain or async) taking the request. The last answer repeats once the script runs out.
    """

    def __init__(self, *answers: Any) -> None:
        self.answers = list(answers) or [httpx2.Response(200, json={})]
        self.requests: list[httpx2.Request] = []

    def __call__(self, request: httpx2.Request) -> httpx2.Response:
        self.requests.append(request)
        answer = self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]
        if callable(answer) and not isinstance(answer, httpx2.Response):
            answer = answer(request)
        if isinstance(answer, BaseException):
            raise answer
        if asyncio.iscoroutine(answer):  # an async callable's answer: MockTransport awaits it
            return answer  # type: ignore[no-any-return]
        assert isinstance(answer, httpx2.Response)
        return answer

    @property
    def count(self) -> int:
        return len(self.requests)

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


KEY = "k3y" + "x" * 37
EMAIL = "ops@acme.example"


def make_client(recorder: Recorder, **kwargs: Any) -> DeployHQ:
    kwargs.setdefault("clock", DEFAULT_CLOCK or InstantClock())
    return DeployHQ("acme", EMAIL, KEY, transport=httpx2.MockTransport(recorder), **kwargs)


def normalised(value: Any) -> Any:
    """JSON with timestamps as datetimes (one instant has many spellings)."""
    if isinstance(value, dict):
        return {k: normalised(v) for k, v in value.items()}
    if isinstance(value, list):
        return [normalised(v) for v in value]
    if isinstance(value, str) and len(value) >= 19 and value[4:5] == "-" and value[10:11] == "T":
        return datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
    return value


def smallest(schema: Any, doc: dict[str, Any] | None = None, depth: int = 0) -> Any:
    """The smallest value a JSON schema allows: its required properties, the
    first of any alternatives or enum values (`$ref`s resolved in `doc`)."""
    while isinstance(schema, dict) and "$ref" in schema and doc is not None:
        node: Any = doc
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part]
        schema = node
    if not isinstance(schema, dict) or depth > 8:
        return "x"
    for key in ("anyOf", "oneOf"):
        if schema.get(key):
            return smallest(schema[key][0], doc, depth + 1)
    if "enum" in schema:
        return schema["enum"][0]
    kind = schema.get("type", "object" if "properties" in schema else "string")
    if isinstance(kind, list):
        kind = next((k for k in kind if k != "null"), "null")
    if kind in ("object", "hash"):  # `hash`: the published document's name for an object
        properties = schema.get("properties") or {}
        return {name: smallest(properties.get(name, {}), doc, depth + 1) for name in schema.get("required", [])}
    if kind == "array":
        return [smallest(schema.get("items", {}), doc, depth + 1)] if schema.get("minItems") else []
    if kind == "string" and schema.get("format") == "date-time":
        return "2026-12-07T10:00:00Z"
    return {"integer": 1, "number": 1.5, "float": 1.5, "boolean": True, "null": None}.get(kind, "x")


async def get_all(dhq: DeployHQ, count: int, at_once: int) -> None:
    """`count` GETs of the project "shop", `at_once` at a time, each answered."""
    slots = asyncio.Semaphore(at_once)

    async def one() -> None:
        async with slots:
            assert (await dhq.projects.get("shop")).permalink == "shop"

    await asyncio.gather(*(one() for _ in range(count)))
