"""The OpenAPI document as data: walking its operations and schemas, following
its references, and what every pass shares (the error, the change report)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")


VALID_TYPES = {"string", "number", "integer", "boolean", "array", "object", "null"}


SCHEMA_PREFIX = "#/components/schemas/"
# A schema name a person chose (the document's others are hashes).
READABLE_NAME = re.compile(r"^[A-Z][A-Za-z]*$")


# Schema keywords whose values are themselves schemas (or lists/maps of schemas).
_SUBSCHEMA_ONE = ("items", "additionalProperties", "not")


_SUBSCHEMA_LIST = ("anyOf", "oneOf", "allOf")


Json = dict[str, Any]


class NormalizeError(Exception):
    """The document has a defect that no rule handles."""


class Report:
    """What the normalizer changed, one entry per change, for review and diffing.
    `tolerant` (for drift reports): a rule that no longer fits the document, or
    a media type no rule covers, is listed in `stale` (and left out) rather
    than stopping the run."""

    def __init__(self, tolerant: bool = False) -> None:
        self.entries: list[dict[str, str]] = []
        self.tolerant = tolerant
        self.stale: list[str] = []

    def misfit(self, message: str) -> None:
        """A rule that does not fit the document: an error, unless tolerant."""
        if not self.tolerant:
            raise NormalizeError(message)
        self.stale.append(message)

    def add(self, rule: str, pointer: str, detail: str) -> None:
        self.entries.append({"rule": rule, "pointer": pointer, "detail": detail})

    def rules(self) -> set[str]:
        return {e["rule"] for e in self.entries}


def canonical(node: Any) -> Any:
    """A copy with every object's keys sorted (lists keep their order): every pass
    then sees one order, so the output does not depend on how the upstream
    document happened to be serialized."""
    if isinstance(node, dict):
        return {key: canonical(node[key]) for key in sorted(node)}
    if isinstance(node, list):
        return [canonical(item) for item in node]
    return node


def snake_case(operation_id: str) -> str:
    """`getProjectDeploymentById` -> `get_project_deployment_by_id`: the name the
    generator gives an operation's module."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", operation_id)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).replace("-", "_").lower()


def pointer(*parts: str) -> str:
    return "/" + "/".join(p.replace("~", "~0").replace("/", "~1") for p in parts)


def operations(doc: Json) -> Iterator[tuple[str, str, Json]]:
    for path, item in doc.get("paths", {}).items():
        for method in HTTP_METHODS:
            if method in item:
                yield path, method, item[method]


def walk_schema(schema: Any, ptr: str, visit: Callable[[Json, str], bool | None]) -> None:
    """Call `visit` on `schema` and every subschema, depth first. `visit` returning
    True stops the descent below that node."""
    if not isinstance(schema, dict):
        return
    if visit(schema, ptr):
        return
    for key, sub in (schema.get("properties") or {}).items():
        walk_schema(sub, f"{ptr}/properties/{key}", visit)
    for key in _SUBSCHEMA_ONE:
        if isinstance(schema.get(key), dict):
            walk_schema(schema[key], f"{ptr}/{key}", visit)
    for key in _SUBSCHEMA_LIST:
        for i, sub in enumerate(schema.get(key) or []):
            walk_schema(sub, f"{ptr}/{key}/{i}", visit)


def root_schemas(doc: Json) -> Iterator[tuple[Json, str, str]]:
    """Every top-level schema: (holder, key, pointer) so a pass can replace it."""
    for name in doc.get("components", {}).get("schemas", {}):
        yield doc["components"]["schemas"], name, pointer("components", "schemas", name)
    for path, method, op in operations(doc):
        base = pointer("paths", path, method)
        for i, param in enumerate(op.get("parameters", [])):
            if "schema" in param:
                yield param, "schema", f"{base}/parameters/{i}/schema"
        for media, body in op.get("requestBody", {}).get("content", {}).items():
            if "schema" in body:
                yield body, "schema", f"{base}/requestBody/content/{media}/schema"
        for status, resp in op.get("responses", {}).items():
            for media, body in resp.get("content", {}).items():
                if "schema" in body:
                    yield body, "schema", f"{base}/responses/{status}/content/{media}/schema"


def walk_all(doc: Json, visit: Callable[[Json, str], bool | None]) -> None:
    for holder, key, ptr in root_schemas(doc):
        walk_schema(holder[key], ptr, visit)


def deref(doc: Json, ref: str) -> Any:
    node: Any = doc
    for part in ref.removeprefix("#/").split("/"):
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def rewrite_refs(node: Any, mapping: dict[str, str]) -> None:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref in mapping:
            node["$ref"] = mapping[ref]
        for value in node.values():
            rewrite_refs(value, mapping)
    elif isinstance(node, list):
        for value in node:
            rewrite_refs(value, mapping)


def resolve_path(doc: Json, path: str) -> tuple[Any, str | int]:
    """Find the (holder, key) pair a rule path points at. `Schema.a.b[]` walks
    properties and array items, following `$ref`s."""
    schemas = doc["components"]["schemas"]
    first, *rest = re.findall(r"[^.\[\]]+|\[\]", path)
    if first not in schemas:
        raise NormalizeError(f"rule path {path!r}: no schema {first!r}")
    holder: Any = schemas
    key: str | int = first
    for part in rest:
        node = holder[key]
        while "$ref" in node:
            holder, key = _ref_location(doc, node["$ref"])
            node = holder[key]
        if part == "[]":
            if "items" not in node:
                raise NormalizeError(f"rule path {path!r}: {part} on a schema that is not an array")
            holder, key = node, "items"
        else:
            props = node.get("properties") or {}
            if part not in props:
                raise NormalizeError(f"rule path {path!r}: no property {part!r}")
            holder, key = props, part
    return holder, key


def _ref_location(doc: Json, ref: str) -> tuple[Any, str]:
    parent, _, key = ref.removeprefix("#/").rpartition("/")
    return deref(doc, "#/" + parent), key


def children(node: Json, ptr: str) -> Iterator[tuple[Any, Any, str]]:
    for key, sub in (node.get("properties") or {}).items():
        if isinstance(sub, dict):
            yield node["properties"], key, f"{ptr}/properties/{key}"
    for key in ("schema", *_SUBSCHEMA_ONE):
        if isinstance(node.get(key), dict):
            yield node, key, f"{ptr}/{key}"
    for key in _SUBSCHEMA_LIST:
        for i, sub in enumerate(node.get(key) or []):
            if isinstance(sub, dict):
                yield node[key], i, f"{ptr}/{key}/{i}"


def response_schema_names(doc: Json) -> set[str]:
    """Component schemas reachable from any response."""
    roots = [
        body.get("schema")
        for _path, _method, op in operations(doc)
        for resp in op.get("responses", {}).values()
        for body in resp.get("content", {}).values()
    ]
    return reachable_schemas(doc, roots)


def reachable_schemas(doc: Json, roots: list[Any]) -> set[str]:
    """Names of the component schemas that `roots` reference, directly or not."""
    found: set[str] = set()
    pending = list(roots)
    while pending:
        node = pending.pop()
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
                name = ref.removeprefix(SCHEMA_PREFIX)
                if name not in found:
                    found.add(name)
                    pending.append(doc["components"]["schemas"][name])
            pending.extend(node.values())
        elif isinstance(node, list):
            pending.extend(node)
    return found
