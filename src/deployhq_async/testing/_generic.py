"""The operations without behaviour of their own (SSH commands, scheduled
deployments, build configurations, agents, teams, ...): records kept per
collection and answered in the shapes DeployHQ's document gives
(`deployhq_api/response_schemas.json`, written by scripts/regen.sh).

A collection path (`/projects/{project_id}/ssh_commands`) lists (GET) and
creates (POST) its records; its item path (`.../ssh_commands/{id}`) reads,
updates (PATCH), replaces (PUT) and deletes them, answering DeployHQ's 404 for
an identifier it does not hold. Every other operation (an action, an account
setting) answers the document's shape, stateless. Under a project, an unknown
project is DeployHQ's 404 too.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from ._core import Account, FakeResponse, Handler, _not_found
from ._state import Json, new_uuid, timestamp

_PARAM = re.compile(r"\{(\w+)\}")


@dataclass(frozen=True)
class Route:
    """An operation as the fake routes it (what a generated module also says)."""

    OPERATION: str
    METHOD: str
    PATH: str


@cache
def response_schemas() -> dict[str, Json]:
    text = resources.files("deployhq_async.generated").joinpath("response_schemas.json").read_text()
    schemas: dict[str, Json] = json.loads(text)
    return schemas


def required_query(operation: str) -> list[str]:
    """The query parameters the document makes required for `operation`: the
    fake refuses a request without one with 422, as it does a missing body
    field (DeployHQ's own answer there is not known)."""
    names: list[str] = response_schemas().get(operation, {}).get("query", [])
    return names


def invalid_body(operation: str, errors: dict[str, list[str]]) -> Json | list[str]:
    """The fake's 422 body for `operation`, in the shape the document gives
    it: most operations document the field map DeployHQ's Go SDK reads on a
    422 (`{"name": ["can't be blank"]}`, deployhq-cli pkg/sdk/client.go
    parseAPIError; deployhq-lib's Resource#populate_errors reads the same);
    the others a list of messages, bare or under `errors`, or one `error`
    (the Go SDK reads those too). The wording of a whole message ("Name can't
    be blank") is the fake's: DeployHQ's own is not known."""
    shape = response_schemas().get(operation, {}).get("invalid")
    if shape is None:
        return errors
    messages = [m if n == "base" else f"{n.replace('_', ' ').capitalize()} {m}" for n, ms in errors.items() for m in ms]
    if shape == "list":
        return messages
    if shape == "errors":
        return {"errors": messages}
    status = {"status": 422} if shape == "status and error" else {}
    return {**status, "error": "; ".join(messages)}


class GenericHandlers(Account):
    """Records of every kind the fake has no behaviour of its own for."""

    _kept: dict[tuple[str, tuple[str, ...]], dict[str, Json]]
    _ids: itertools.count[int]  # each fake numbers its own records: runs repeat

    def _generic_handlers(self, taken: set[str]) -> dict[Any, Handler]:
        """A handler for each operation of the document not in `taken` (by name)."""
        self._kept = {}
        self._ids = itertools.count(1000)
        handlers: dict[Any, Handler] = {}
        for name, entry in response_schemas().items():
            if name not in taken:
                route = Route(name, entry["method"], entry["path"])
                handler = self._generic_handler(route, entry["status"], entry["schema"])
                handlers[route] = _as(entry["media"], handler) if "media" in entry else handler
        return handlers

    def generic_records(self, collection: str, *parents: str) -> list[Json]:
        """The records kept for `collection` (a path template) under any of
        `parents` (a project's permalink or identifier, as requests named it)."""
        return [record for parent in parents for record in self._kept.get((collection, (parent,)), {}).values()]

    def _generic_handler(self, route: Route, status: int, schema: Any) -> Handler:
        names = _PARAM.findall(route.PATH)
        item = bool(names) and route.PATH.endswith("}")
        collection = route.PATH.rsplit("/", 1)[0] if item else route.PATH
        kind = _kind(collection)

        def handle(payload: Any = None, query: Any = None, **params: str) -> tuple[int, Any]:
            values = [params[name] for name in names]
            if route.PATH.startswith("/projects/{") and values:
                self._project(values[0])  # DeployHQ's 404 for a project it does not have
            parents = tuple(values[:-1] if item else values)
            store = self._kept.setdefault((collection, parents), {})
            if item and route.METHOD in ("GET", "PUT", "PATCH", "DELETE"):
                key = _find(store, values[-1])
                if key is None:
                    raise _not_found(kind)
                if route.METHOD == "DELETE":
                    record = store.pop(key)
                elif route.METHOD in ("PUT", "PATCH"):
                    record = store[key]
                    record.update(_fields(payload), updated_at=timestamp(self.clock.now()))
                else:
                    record = store[key]
                return _answer(status, schema, record)
            if not item and route.METHOD == "POST" and _is_record(schema):
                now = timestamp(self.clock.now())
                record = {"id": next(self._ids), "identifier": new_uuid(), "created_at": now, "updated_at": now}
                record.update({k: v for k, v in _fields(payload).items() if k not in ("id", "identifier")})
                store[record["identifier"]] = record
                return _answer(status, schema, record)
            if not item and route.METHOD == "GET":
                return _answer(status, schema, list(store.values()))
            return _answer(status, schema, None)

        return handle


def _as(media: str, handler: Handler) -> Handler:
    """An operation that answers `media` (an SVG badge, a text key), not JSON."""
    body = b"<svg xmlns='http://www.w3.org/2000/svg'/>" if "svg" in media else b"-----BEGIN KEY-----\n"

    def handle(**arguments: Any) -> tuple[int, FakeResponse]:
        handler(**arguments)  # its checks (a project it does not have is a 404)
        return 200, FakeResponse(200, body, (("Content-Type", media),))

    return handle


def _kind(collection: str) -> str:
    """What DeployHQ's 404 names: `/projects/{p}/ssh_commands` -> `Ssh command`."""
    last = next((part for part in reversed(collection.split("/")) if part and "{" not in part), "record")
    words = last.removesuffix("s").replace("_", " ")
    return words[:1].upper() + words[1:]


def _find(store: dict[str, Json], key: str) -> str | None:
    for identifier, record in store.items():
        if key in (identifier, str(record.get("id")), record.get("permalink")):
            return identifier
    return None


def _fields(payload: Any) -> Json:
    """The fields of a body: under its one wrapping key (`{"ssh_command": {...}}`), or as sent."""
    if isinstance(payload, dict) and len(payload) == 1:
        (inner,) = payload.values()
        if isinstance(inner, dict):
            return dict(inner)
    return dict(payload) if isinstance(payload, dict) else {}


def _is_record(schema: Any) -> bool:
    return isinstance(schema, dict) and "object" in _types(schema)


def _answer(status: int, schema: Any, value: Any) -> tuple[int, Any]:
    if schema is None:
        return (204, None) if status == 204 else (status, {"status": "ok"})
    if isinstance(value, list) and "array" not in _types(schema):
        # A page object carries the records as one page; another object, none of them.
        pagination = {"current_page": 1, "total_pages": 1, "total_records": len(value)}
        has_records = "records" in (schema.get("properties") or {})
        value = {"records": value, "pagination": pagination} if has_records else None
    return status, shape(schema, value)


def _types(schema: Json) -> set[str]:
    kinds = schema.get("type")
    found = set([kinds] if isinstance(kinds, str) else kinds or ())
    for key in ("anyOf", "oneOf"):
        for option in schema.get(key, ()):
            found |= _types(option)
    if not found and "properties" in schema:
        found.add("object")
    return found


def shape(schema: Any, value: Any, depth: int = 0) -> Any:
    """`value` as `schema` says an answer carries it: the fields it names, from
    `value` where they fit, else null where the schema allows null, else a
    plain value of its type."""
    if not isinstance(schema, dict) or depth > 10:
        return value
    options = _alternatives(schema)
    if options:
        return _shape_alternatives(options, value, depth)
    kinds = _types(schema)
    if value is None and ("null" in kinds or not kinds):
        return None
    if "enum" in schema:
        return value if value in schema["enum"] else schema["enum"][0]
    if kinds & {"object", "array"}:
        return _shape_container(schema, kinds, value, depth)
    return value if value is not None and _fits(schema, value) else _plain(schema, kinds)


def _alternatives(schema: Json) -> list[Json]:
    return [o for o in schema.get("anyOf") or schema.get("oneOf") or () if isinstance(o, dict)]


def _shape_container(schema: Json, kinds: set[str], value: Any, depth: int) -> Any:
    """An object with the schema's fields, or an array of shaped items."""
    if "object" in kinds:
        given = value if isinstance(value, dict) else {}
        properties = schema.get("properties") or {}
        return {name: shape(sub, given.get(name), depth + 1) for name, sub in properties.items()}
    items = value if isinstance(value, list) else []
    return [shape(schema.get("items", {}), item, depth + 1) for item in items]


def _shape_alternatives(options: list[Json], value: Any, depth: int) -> Any:
    """`value` shaped by the first alternative it fits (null where one allows it)."""
    if value is None and any("null" in _types(o) for o in options):
        return None
    fitting = [o for o in options if _fits(o, value)]
    chosen = (fitting or [o for o in options if "null" not in _types(o)] or [{}])[0]
    return shape(chosen, value, depth + 1)


def _plain(schema: Json, kinds: set[str]) -> Any:
    """A plain value of the schema's type, for a field the record has no value for."""
    if "string" in kinds:
        return timestamp(0) if schema.get("format") == "date-time" else ""
    if "integer" in kinds or "number" in kinds:
        return 0
    if "boolean" in kinds:
        return False
    return None


def _fits(schema: Json, value: Any) -> bool:
    kinds = _types(schema)
    if not kinds:
        return True
    checks = {
        "null": value is None,
        "boolean": isinstance(value, bool),
        "integer": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "string": isinstance(value, str),
        "array": isinstance(value, list),
        "object": isinstance(value, dict),
    }
    return any(checks.get(kind, False) for kind in kinds)
