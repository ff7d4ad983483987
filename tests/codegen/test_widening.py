"""Repairs of DeployHQ's document only widen: every value the published document
allows in a response or a request body, the repaired one allows too (a null
and a type real bodies show may be added; a time format on a string is a
refinement that reads an odd string as None with its value kept, so it is not
counted). A narrowing passes only where openapi/rules.toml justifies it with
evidence ([[narrowing]], none today)."""

from __future__ import annotations

import copy
from collections.abc import Iterator
from typing import Any

from deployhq_codegen.normalize import load_data, normalize

Json = dict[str, Any]
ANY = frozenset({"string", "number", "integer", "boolean", "object", "array", "null"})
METHODS = ("get", "put", "post", "patch", "delete")


def resolve(doc: Json, schema: Any) -> Any:
    seen = 0
    while isinstance(schema, dict) and "$ref" in schema:
        node: Any = doc
        for part in schema["$ref"].removeprefix("#/").split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        schema, seen = node, seen + 1
        assert seen < 50, "a cycle of $refs"
    return schema


def members(doc: Json, schema: Any) -> list[Json]:
    """The alternatives a schema allows (anyOf/oneOf flattened), each resolved."""
    schema = resolve(doc, schema)
    if not isinstance(schema, dict):
        return [{}]
    alternatives = schema.get("anyOf") or schema.get("oneOf")
    if alternatives:
        return [m for alt in alternatives for m in members(doc, alt)]
    return [schema]


def types(doc: Json, schema: Any) -> frozenset[str]:
    """The JSON types a schema allows."""
    allowed: set[str] = set()
    for member in members(doc, schema):
        kind = member.get("type")
        if kind is None:
            if "properties" in member or "additionalProperties" in member:
                allowed.add("object")
            elif "items" in member:
                allowed.add("array")
            elif "enum" in member:
                allowed.update(_json_type(v) for v in member["enum"])
            else:
                return ANY  # no constraint: anything
        else:
            allowed.update([kind] if isinstance(kind, str) else kind)
        if member.get("nullable"):
            allowed.add("null")
    if "number" in allowed:
        allowed.add("integer")  # every integer is a number
    return frozenset(allowed)


def _json_type(value: object) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "boolean"
    if isinstance(value, int):
        return "integer"
    if isinstance(value, float):
        return "number"
    return {str: "string", list: "array", dict: "object"}.get(type(value), "object")


def _first(doc: Json, schema: Any, kind: str) -> Json | None:
    return next((m for m in members(doc, schema) if kind in types(doc, m)), None)


def narrowings(published: Json, repaired: Json, a: Any, b: Any, where: str, depth: int = 0) -> Iterator[str]:
    """Where `b` (repaired) allows fewer JSON types than `a` (published), walking
    both side by side: properties both name, array items."""
    if depth > 12:
        return
    lost = types(published, a) - types(repaired, b)
    if lost:
        yield f"{where}: {', '.join(sorted(lost))}"
    pub_object, rep_object = _first(published, a, "object"), _first(repaired, b, "object")
    if pub_object is not None and rep_object is not None:
        pub_props, rep_props = pub_object.get("properties") or {}, rep_object.get("properties") or {}
        for name in sorted(pub_props.keys() & rep_props.keys()):
            yield from narrowings(published, repaired, pub_props[name], rep_props[name], f"{where}.{name}", depth + 1)
    pub_array, rep_array = _first(published, a, "array"), _first(repaired, b, "array")
    if pub_array is not None and rep_array is not None:
        items = pub_array.get("items", {}), rep_array.get("items", {})
        yield from narrowings(published, repaired, *items, f"{where}[]", depth + 1)


def operations(doc: Json) -> dict[str, Json]:
    return {
        op["operationId"]: op
        for item in doc["paths"].values()
        for method, op in item.items()
        if method in METHODS and isinstance(op, dict) and "operationId" in op
    }


def with_type_names_mapped(node: Any, aliases: dict[str, str]) -> Any:
    """The published document with its invalid type names (`hash`, `float`) read
    as openapi/rules.toml [types] says they mean."""
    if isinstance(node, list):
        return [with_type_names_mapped(item, aliases) for item in node]
    if not isinstance(node, dict):
        return node
    mapped = {key: with_type_names_mapped(value, aliases) for key, value in node.items()}
    kind = node.get("type")
    if isinstance(kind, str):
        mapped["type"] = aliases.get(kind, kind)
    elif isinstance(kind, list):
        mapped["type"] = [aliases.get(k, k) if isinstance(k, str) else k for k in kind]
    return mapped


def all_narrowings(published: Json, rules: Json, names: Json) -> list[str]:
    repaired, _ = normalize(copy.deepcopy(published), rules, names)
    published = with_type_names_mapped(published, rules.get("types", {}))
    found: list[str] = []
    repaired_ops = operations(repaired)
    for operation_id, op in sorted(operations(published).items()):
        other = repaired_ops[operation_id]
        for status, answer in (op.get("responses") or {}).items():
            body = (resolve(published, answer).get("content") or {}).get("application/json")
            again = (resolve(repaired, other["responses"].get(status, {})).get("content") or {}).get("application/json")
            if body is not None and again is not None and str(status).startswith("2"):
                where = f"{operation_id} {status}"
                found += narrowings(published, repaired, body.get("schema", {}), again.get("schema", {}), where)
        sent = (resolve(published, op.get("requestBody", {})).get("content") or {}).get("application/json")
        again = (resolve(repaired, other.get("requestBody", {})).get("content") or {}).get("application/json")
        if sent is not None and again is not None:
            found += narrowings(published, repaired, sent.get("schema", {}), again.get("schema", {}), operation_id)
    return found


def test_repairs_only_widen_what_the_published_document_allows(pinned_spec: Json) -> None:
    rules, names = load_data()
    justified = {entry["at"] for entry in rules.get("narrowing", []) if entry.get("evidence", "").strip()}
    assert all(entry.get("evidence", "").strip() for entry in rules.get("narrowing", [])), "each needs evidence"
    unjustified = [found for found in all_narrowings(pinned_spec, rules, names) if found.split(":")[0] not in justified]
    assert unjustified == []


def test_the_walk_finds_a_rule_that_narrows(pinned_spec: Json) -> None:
    """Not blind: with the duration rule as it was (integer or string, where the
    document says number), the walk names every answer that carries it."""
    rules, names = load_data()
    rules = copy.deepcopy(rules)
    duration = next(r for r in rules["divergence"] if r["at"] == ["Deployment.timestamps.duration"])
    duration["schema"] = {"type": ["integer", "string"]}
    found = all_narrowings(pinned_spec, rules, names)
    assert "getProjectDeploymentById 200.timestamps.duration: number" in found
    assert all(f.endswith(".timestamps.duration: number") for f in found) and len(found) == 4
