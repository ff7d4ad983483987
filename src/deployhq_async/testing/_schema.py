"""Checking a request body against the document's request schema, as DeployHQ
checks what it receives: the findings are 422 field errors."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

Json = dict[str, Any]

_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


@cache
def request_schemas() -> dict[str, Json]:
    """Operation name -> {"required": bool, "schema": ...}, written by scripts/regen.sh
    from the normalized document beside the generated package."""
    text = resources.files("deployhq_async.generated").joinpath("request_schemas.json").read_text()
    schemas: dict[str, Json] = json.loads(text)
    return schemas


def body_errors(operation: str, payload: Any) -> dict[str, list[str]]:
    """What is wrong with `payload` as the body of `operation`, by field name
    (empty when it fits). Fields the document does not name are let through, as
    DeployHQ ignores them."""
    entry = request_schemas().get(operation)
    if entry is None:
        return {}
    if payload is None:
        return {"base": ["a JSON body is required"]} if entry["required"] else {}
    errors: dict[str, list[str]] = {}
    _check(payload, entry["schema"], (), errors)
    return errors


def _check(value: Any, schema: Json, path: tuple[str, ...], errors: dict[str, list[str]]) -> None:
    options = schema.get("anyOf", schema.get("oneOf"))
    if options is not None:
        if not any(_fits(value, option) for option in options):
            _add(errors, path, "is not valid")
        return
    for part in schema.get("allOf", ()):
        _check(value, part, path, errors)
    if not _typed(value, schema.get("type"), path, errors):
        return
    if "enum" in schema and value not in schema["enum"]:
        _add(errors, path, "is not included in the list")
    if isinstance(value, dict):
        _check_object(value, schema, path, errors)
    elif isinstance(value, list) and isinstance(schema.get("items"), dict):
        for index, item in enumerate(value):
            _check(item, schema["items"], (*path, str(index)), errors)


def _typed(value: Any, kinds: Any, path: tuple[str, ...], errors: dict[str, list[str]]) -> bool:
    """Whether `value` is of one of `kinds` (a type or a list), and worth
    looking into: a null, or a value of another type, is an error of its own."""
    if kinds is None:
        return True
    names = [kinds] if isinstance(kinds, str) else list(kinds)
    if value is None:
        if "null" not in names:
            _add(errors, path, "can't be blank")
        return False
    if not any(_is(value, name) for name in names if name != "null"):
        _add(errors, path, f"must be {' or '.join(_article(n) for n in names if n != 'null')}")
        return False
    return True


def _check_object(value: dict[str, Any], schema: Json, path: tuple[str, ...], errors: dict[str, list[str]]) -> None:
    for name in schema.get("required", ()):
        if value.get(name) in (None, ""):
            _add(errors, (*path, name), "can't be blank")
    for name, sub in (schema.get("properties") or {}).items():
        if name in value:  # a null where the document allows none is refused too
            _check(value[name], sub, (*path, name), errors)


def _fits(value: Any, schema: Json) -> bool:
    found: dict[str, list[str]] = {}
    _check(value, schema, (), found)
    return not found


def _is(value: Any, name: str) -> bool:
    kinds = _TYPES.get(name)
    if kinds is None:
        return True
    return isinstance(value, kinds) and (name == "boolean" or not isinstance(value, bool))


def _article(name: str) -> str:
    return {"integer": "an integer", "array": "an array", "object": "an object"}.get(name, f"a {name}")


def _add(errors: dict[str, list[str]], path: tuple[str, ...], message: str) -> None:
    # DeployHQ names a field without the parameter root it came under
    # ({"deployment": {"end_revision": ...}} -> "end_revision").
    field = ".".join(path[1:] if len(path) > 1 else path) or "base"
    errors.setdefault(field, []).append(message)
