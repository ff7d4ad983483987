"""Repair DeployHQ's published OpenAPI document for openapi-python-client.

The document as published has invalid types, Swagger-2 body parameters, broken
path templates, duplicated and machine-named schemas, and shapes that differ from
what the API really returns. Each pass below fixes one class of defect; the data
they need is in openapi/ (`names.toml`, `rules.toml`).

    python -m deployhq_codegen.normalize RAW.json OUT.json [--report R.json] [--generator-view G.json]

Every change is recorded in the report. A defect no pass knows how to handle is
a `NormalizeError` naming its JSON pointer, never a silent drop.
"""

from __future__ import annotations

import argparse
import copy
import json
import re
import sys
import tomllib
from collections.abc import Callable, Iterator
from http import HTTPStatus
from pathlib import Path
from typing import Any

# The rules and names are data, kept beside the generator config in openapi/.
HERE = Path(__file__).resolve().parents[2] / "openapi"
HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
VALID_TYPES = {"string", "number", "integer", "boolean", "array", "object", "null"}
SCHEMA_PREFIX = "#/components/schemas/"
# Schema keywords whose values are themselves schemas (or lists/maps of schemas).
_SUBSCHEMA_ONE = ("items", "additionalProperties", "not")
_SUBSCHEMA_LIST = ("anyOf", "oneOf", "allOf")
_MACHINE_KEY = re.compile(r"^(?:[0-9a-f]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$")
_READABLE_NAME = re.compile(r"^[A-Z][A-Za-z]*$")

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


def load_data(directory: Path = HERE) -> tuple[Json, Json]:
    """Read the rule and name tables."""
    rules = tomllib.loads((directory / "rules.toml").read_text())
    names = tomllib.loads((directory / "names.toml").read_text())
    return rules, names


def normalize(raw: Json, rules: Json, names: Json, *, tolerant: bool = False) -> tuple[Json, Report]:
    """Return a repaired copy of `raw` and the report of what changed (see
    `Report` for `tolerant`)."""
    doc = canonical(raw)
    report = Report(tolerant)
    check_refs(doc)
    inline_component_refs(doc, report)
    fix_types(doc, rules.get("types", {}), report)
    repair_paths(doc, report)
    move_body_parameters(doc, report)
    fix_responses(doc, rules.get("media_types", {}), report)
    strip_prose(doc)
    drop_titles(doc)
    map_example_keys(doc, report)
    rename_schemas(doc, names.get("schemas", {}), report)
    extract_schemas(doc, names.get("extract", {}), report)
    dedupe_inline_copies(doc, report)
    apply_divergences(doc, rules.get("divergence", []), report)
    replace_responses(doc, rules.get("responses", {}), report)
    open_objects(doc, report)
    relax_responses(doc, rules.get("timestamps", {}), rules.get("required", {}), report)
    bodiless_deletes(doc, report)
    check_names(doc)
    check_supported(doc, rules.get("media_types", {}), report)
    return doc, report


# --- walking -----------------------------------------------------------------------


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


# --- passes ------------------------------------------------------------------------


def inline_component_refs(doc: Json, report: Report) -> None:
    """Replace references to hash-keyed parameters, request bodies and responses
    with their content, so later passes see (and may edit) one operation at a time."""
    components = doc.get("components", {})

    def resolve(node: Any) -> Any:
        if isinstance(node, dict):
            ref = node.get("$ref")
            if isinstance(ref, str) and ref.split("/")[2:3] in (["parameters"], ["requestBodies"], ["responses"]):
                return resolve(copy.deepcopy(deref(doc, ref)))
            return {k: resolve(v) for k, v in node.items()}
        if isinstance(node, list):
            return [resolve(v) for v in node]
        return node

    doc["paths"] = resolve(doc.get("paths", {}))
    for section in ("parameters", "requestBodies", "responses"):
        if components.pop(section, None) is not None:
            report.add("inline-refs", pointer("components", section), "inlined into operations")


def fix_types(doc: Json, type_map: dict[str, str], report: Report) -> None:
    """`hash` and `float` are not JSON-schema types; map them, refuse anything else."""

    def fix(name: str, ptr: str) -> str:
        if name in VALID_TYPES:
            return name
        if name in type_map:
            report.add("invalid-type", ptr, f"{name} -> {type_map[name]}")
            return type_map[name]
        raise NormalizeError(f"{ptr}: unknown type {name!r}; map it in openapi/rules.toml [types]")

    def visit(schema: Json, ptr: str) -> None:
        kind = schema.get("type")
        if isinstance(kind, str):
            schema["type"] = fix(kind, f"{ptr}/type")
        elif isinstance(kind, list):
            fixed = [fix(k, f"{ptr}/type") for k in kind]
            schema["type"] = list(dict.fromkeys(fixed))

    walk_all(doc, visit)


def repair_paths(doc: Json, report: Report) -> None:
    """Make every path template and its path parameters agree: one parameter per
    placeholder, each required, none missing, none declared elsewhere."""
    repaired: dict[str, Any] = {}
    for path, item in doc.get("paths", {}).items():
        new_path = _dedupe_placeholders(path)
        if new_path != path:
            report.add("path-template", pointer("paths", path), f"repeated placeholder -> {new_path}")
        placeholders = re.findall(r"{([^}]+)}", new_path)
        shared = item.pop("parameters", [])
        for method in HTTP_METHODS:
            if method in item:
                base = pointer("paths", path, method)
                item[method]["parameters"] = _repair_parameters(
                    shared + item[method].get("parameters", []), placeholders, base, report
                )
        repaired[new_path] = item
    doc["paths"] = repaired


def _dedupe_placeholders(path: str) -> str:
    seen: set[str] = set()
    segments = path.split("/")
    for i, segment in enumerate(segments):
        match = re.fullmatch(r"{([^}]+)}", segment)
        if not match:
            continue
        name = match.group(1)
        if name in seen:
            name = f"{segments[i - 1]}_{name}"
            segments[i] = "{" + name + "}"
        seen.add(name)
    return "/".join(segments)


def _repair_parameters(params: list[Json], placeholders: list[str], base: str, report: Report) -> list[Json]:
    result: list[Json] = []
    declared: set[str] = set()
    for i, param in enumerate(params):
        ptr = f"{base}/parameters/{i}"
        name, where = param.get("name"), param.get("in")
        if where == "query" and name in placeholders:
            param = {k: v for k, v in param.items() if k not in ("style", "explode", "allowEmptyValue")}
            param.update({"in": "path", "required": True})
            report.add("path-param", ptr, f"{name}: declared in query, used in the path")
        elif where == "path" and name not in placeholders:
            report.add("path-param", ptr, f"{name}: not in the path template, removed")
            continue
        elif where == "path" and not param.get("required"):
            param = {**param, "required": True}
            report.add("path-param", ptr, f"{name}: path parameters are required")
        if where in ("path", "query") and (name, param["in"]) in {(p["name"], p["in"]) for p in result}:
            report.add("path-param", ptr, f"{name}: declared twice, removed")
            continue
        if param["in"] == "path":
            declared.add(str(name))
        result.append(param)
    for name in placeholders:
        if name not in declared:
            result.append({"name": name, "in": "path", "required": True, "schema": {"type": "string"}})
            report.add("path-param", base, f"{name}: in the template but undeclared, added")
    return result


def move_body_parameters(doc: Json, report: Report) -> None:
    """Swagger-2 `in: body` / `in: formData` parameters become JSON body fields."""
    for path, method, op in operations(doc):
        base = pointer("paths", path, method)
        body_params = [p for p in op.get("parameters", []) if p.get("in") in ("body", "formData")]
        if not body_params:
            continue
        op["parameters"] = [p for p in op["parameters"] if p not in body_params]
        schema = _json_body_schema(doc, op)
        properties = schema.setdefault("properties", {})
        for param in body_params:
            name = param["name"]
            if name not in properties:
                properties[name] = param.get("schema", {})
            if param.get("required"):
                schema.setdefault("required", []).append(name)
            report.add("body-param", base, f"{name}: moved from in={param['in']} to the JSON body")


def _json_body_schema(doc: Json, op: Json) -> Json:
    content = op.setdefault("requestBody", {"required": False, "content": {}}).setdefault("content", {})
    media = content.setdefault("application/json", {})
    schema = media.setdefault("schema", {"type": "object"})
    if "$ref" in schema:
        schema = deref(doc, schema["$ref"])
    return schema  # type: ignore[no-any-return]


def fix_responses(doc: Json, media_types: dict[str, str], report: Report) -> None:
    """A 204 has no body; non-JSON responses get their real media type."""
    for path, method, op in operations(doc):
        base = pointer("paths", path, method)
        for status, resp in op.get("responses", {}).items():
            if status == "204" and resp.pop("content", None) is not None:
                report.add("empty-204", f"{base}/responses/204", "204 declared a body, removed")
        media = media_types.get(op.get("operationId", ""))
        if media:
            for status, resp in op.get("responses", {}).items():
                content = resp.get("content", {})
                if status.startswith("2") and "application/json" in content:
                    resp["content"] = {media: {"schema": {"type": "string"}}}
                    report.add("media-type", f"{base}/responses/{status}", f"application/json -> {media}")


def strip_prose(doc: Json) -> None:
    """Keep DeployHQ's free text out of generated code: drop descriptions, keep
    operation summaries, and name responses by their status."""
    info = doc.setdefault("info", {})
    info["title"] = "DeployHQ API"
    info["description"] = "DeployHQ REST API, as repaired by deployhq-async. Reference: https://api.deployhq.com/docs"
    for key in ("summary", "termsOfService", "favicon"):
        info.pop(key, None)
    doc["servers"] = [{"url": "https://{account}.deployhq.com", "variables": {"account": {"default": "account"}}}]
    for tag in doc.get("tags", []):
        tag.pop("description", None)
    for scheme in doc.get("components", {}).get("securitySchemes", {}).values():
        scheme.pop("description", None)
    for _path, _method, op in operations(doc):
        op.pop("description", None)
        for param in op.get("parameters", []):
            param.pop("description", None)
        op.get("requestBody", {}).pop("description", None)
        for status, resp in op.get("responses", {}).items():
            resp["description"] = _reason(status)

    def visit(schema: Json, ptr: str) -> None:
        for key in ("description", "example", "examples"):
            schema.pop(key, None)

    walk_all(doc, visit)


def _reason(status: str) -> str:
    try:
        return HTTPStatus(int(status)).phrase
    except ValueError:
        return "Response"


def drop_titles(doc: Json) -> None:
    """Titles of component schemas duplicate their keys, and a `null` title is
    invalid; the generator names classes from keys and property names instead."""
    for schema in doc.get("components", {}).get("schemas", {}).values():
        schema.pop("title", None)

    def visit(schema: Json, ptr: str) -> None:
        if "title" in schema and not isinstance(schema["title"], str):
            del schema["title"]

    walk_all(doc, visit)


def map_example_keys(doc: Json, report: Report) -> None:
    """An object whose property names are ids (a UUID taken from an example) is a
    map keyed by id: its value schema becomes `additionalProperties`."""

    def visit(schema: Json, ptr: str) -> None:
        props = schema.get("properties") or {}
        keyed = [k for k in props if _MACHINE_KEY.match(k)]
        if keyed and len(keyed) == len(props):
            value = props[keyed[0]]
            value.pop("title", None)
            del schema["properties"]
            schema["additionalProperties"] = value
            report.add("id-keyed-map", ptr, f"properties keyed by ids ({keyed[0]}) -> additionalProperties")

    walk_all(doc, visit)


def rename_schemas(doc: Json, mapping: dict[str, str], report: Report) -> None:
    schemas = doc.get("components", {}).get("schemas", {})
    taken = set(schemas) - set(mapping)
    refs: dict[str, str] = {}
    renamed: dict[str, Any] = {}
    for old, schema in schemas.items():
        new = mapping.get(old, old)
        if new in renamed or (new != old and new in taken):
            raise NormalizeError(f"{pointer('components', 'schemas', old)}: name {new!r} is already taken")
        renamed[new] = schema
        if new != old:
            refs[SCHEMA_PREFIX + old] = SCHEMA_PREFIX + new
            report.add("rename", pointer("components", "schemas", old), f"-> {new}")
    for old in mapping:
        if old not in schemas:
            report.add("unused-name", pointer("components", "schemas", old), "names.toml entry matches no schema")
    doc["components"]["schemas"] = renamed
    rewrite_refs(doc, refs)


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


def extract_schemas(doc: Json, extract: dict[str, str], report: Report) -> None:
    """Give inline schemas that users meet a component (and class) of their own."""
    schemas = doc["components"]["schemas"]
    for path, name in extract.items():
        holder, key = resolve_path(doc, path)
        if name in schemas:
            raise NormalizeError(f"extract {path!r}: schema {name!r} already exists")
        schema = holder[key]
        schema.pop("title", None)
        schemas[name] = schema
        holder[key] = {"$ref": SCHEMA_PREFIX + name}
        report.add("extract", path, f"-> {name}")


def _canonical(schema: Json) -> str:
    return json.dumps({k: v for k, v in schema.items() if k != "title"}, sort_keys=True)


def dedupe_inline_copies(doc: Json, report: Report) -> None:
    """Inline copies of a component schema become `$ref`s to it. Without this the
    generator meets two models with one title and drops response types."""
    schemas = doc["components"]["schemas"]

    def copy_of(sub: Json) -> str | None:
        if sub.get("type") != "object":
            return None
        shape = _canonical(sub)
        title = sub.get("title")
        if title in schemas and _canonical(schemas[title]) == shape:
            return str(title)
        by_shape = {_canonical(s): n for n, s in schemas.items() if s.get("properties")}
        return by_shape.get(shape) if sub.get("properties") else None

    def replace_in(node: Json, ptr: str) -> None:
        # Children first: a copy may only become equal to its component once the
        # copies nested inside it are references too.
        for container, key, sub_ptr in _children(node, ptr):
            replace_in(container[key], sub_ptr)
            target = copy_of(container[key])
            if target:
                container[key] = {"$ref": SCHEMA_PREFIX + target}
                report.add("dedupe", sub_ptr, f"inline copy of {target} -> $ref")

    for holder, key, ptr in root_schemas(doc):
        if holder is schemas:
            replace_in(holder[key], ptr)
        else:
            replace_in(holder, ptr.rsplit("/", 1)[0])


def _children(node: Json, ptr: str) -> Iterator[tuple[Any, Any, str]]:
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


def apply_divergences(doc: Json, divergences: list[Json], report: Report) -> None:
    """Make the schemas describe what the API really returns."""
    for rule in divergences:
        for path in rule["at"]:
            try:
                holder, key = resolve_path(doc, path)
            except NormalizeError as exc:
                report.misfit(f"rules.toml [[divergence]] ({rule.get('why', '')}): {exc}")
                continue
            if "schema" in rule:
                holder[key] = copy.deepcopy(rule["schema"])
            if "properties" in rule:
                holder[key].setdefault("properties", {}).update(copy.deepcopy(rule["properties"]))
            report.add("divergence", path, rule.get("why", ""))


def replace_responses(doc: Json, mapping: dict[str, str], report: Report) -> None:
    """Give the success responses of the operations in `mapping` the component
    schema that describes what DeployHQ really sends."""
    schemas = doc["components"]["schemas"]
    found: set[str] = set()
    for path, method, op in operations(doc):
        name = mapping.get(op.get("operationId", ""))
        if name is None:
            continue
        found.add(op["operationId"])
        if name not in schemas:
            report.misfit(f"rules.toml [responses]: no schema {name!r} for {op['operationId']}")
            continue
        for status, resp in op.get("responses", {}).items():
            body = resp.get("content", {}).get("application/json")
            if status.startswith("2") and body is not None:
                body["schema"] = {"$ref": SCHEMA_PREFIX + name}
                report.add("response-schema", pointer("paths", path, method, "responses", status), f"-> {name}")
    for operation_id in sorted(set(mapping) - found):
        report.misfit(f"rules.toml [responses]: no operation {operation_id!r}")


def open_objects(doc: Json, report: Report) -> None:
    """`additionalProperties: false` would make the client drop fields the document
    does not know yet; unknown fields are kept instead."""
    count = 0

    def visit(schema: Json, ptr: str) -> None:
        nonlocal count
        if schema.get("additionalProperties") is False:
            del schema["additionalProperties"]
            count += 1

    walk_all(doc, visit)
    if count:
        report.add("open-objects", "/", f"removed additionalProperties: false from {count} schemas")


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


# The mark of a schema only responses use (see openapi/templates/model.py.jinja).
RESPONSE_MARK = "x-deployhq-response"


def relax_responses(doc: Json, timestamps: Json, required: dict[str, list[str]], report: Report) -> None:
    """DeployHQ returns `null` for values the document calls non-nullable, and
    omits keys it calls required. Response schemas accept both, except for the
    fields `required` (rules.toml) names as always sent; timestamps decode to
    datetimes."""
    suffixes = tuple(timestamps.get("suffixes", ()))
    names = set(timestamps.get("names", ()))
    schemas = doc["components"]["schemas"]
    pending = sorted(response_schema_names(doc))
    hoisted = opened = 0
    while pending:
        name = pending.pop(0)
        schema = schemas[name]
        schema.pop("required", None)
        if schema.get("type") == "object":
            # The model template decodes these leniently, into plain `X | None` fields.
            schema[RESPONSE_MARK] = True
        opened += _open_enums(schema)
        # (A name the schema does not have is reported below; tolerant, it is left out.)
        always = [f for f in required.get(name, []) if f in (schema.get("properties") or {})]
        if always:
            schema["required"] = list(always)
        for prop_name, prop in (schema.get("properties") or {}).items():
            # A nullable inline object becomes a union the generator can only name
            # `...Type0`; as a component of its own it keeps a readable class name.
            new_name = _hoist(schemas, name, prop_name, prop)
            if new_name:
                pending.append(new_name)
                hoisted += 1
            if prop.get("type") == "string" and (prop_name.endswith(suffixes) or prop_name in names):
                prop["format"] = "date-time"
            if prop_name not in always:
                schema["properties"][prop_name] = _nullable(prop)
        for item_name in _hoist_items(schemas, name, schema):
            pending.append(item_name)
            hoisted += 1
        # A map's values (keyed by ids) are response objects too.
        if _is_inline_object(schema.get("additionalProperties")):
            entry = _add_component(schemas, name + "AdditionalProperty", schema["additionalProperties"])
            schema["additionalProperties"] = {"$ref": SCHEMA_PREFIX + entry}
            pending.append(entry)
            hoisted += 1
    report.add("relax-responses", "/", f"response properties nullable and optional, {hoisted} inline objects named")
    if opened:
        report.add("open-enums", "/", f"{opened} response enums decode any string (DeployHQ adds values)")
    for name, fields in sorted(required.items()):
        missing = [f for f in fields if f not in (schemas.get(name, {}).get("properties") or {})]
        if name not in schemas or missing:
            where = pointer("components", "schemas", name)
            report.misfit(f"{where}: rules.toml [required] names what it does not have: {missing or name}")


def _open_enums(schema: Json) -> int:
    """Drop `enum` from a response schema and the inline schemas in it: a value
    DeployHQ adds later must decode (as its string), not fail. The values stay in
    the document DeployHQ publishes; requests keep their strict enums."""
    count = 0

    def visit(node: Json, ptr: str) -> bool | None:
        nonlocal count
        if "enum" in node:
            values = node.pop("enum")
            node["x-enum"] = values  # for the drift report; the generator ignores it
            count += 1
            if None in values and isinstance(node.get("type"), str):
                node["type"] = [node["type"], "null"]
        return "$ref" in node or None

    walk_schema(schema, "", visit)
    return count


def _pascal(text: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[^A-Za-z0-9]+", text) if part)


def _is_inline_object(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("type") == "object" and "$ref" not in schema


def _add_component(schemas: Json, name: str, schema: Json) -> str:
    if name in schemas:
        raise NormalizeError(
            f"{pointer('components', 'schemas', name)}: generated name collides; extract it in names.toml"
        )
    schema.pop("title", None)
    schemas[name] = schema
    return name


def _hoist(schemas: Json, parent: str, prop_name: str, prop: Json) -> str | None:
    """Move an inline object property (or the inline items of an array property)
    to a component named after its parent and the property; return the name."""
    if _is_inline_object(prop):
        name = _add_component(schemas, parent + _pascal(prop_name), dict(prop))
        prop.clear()
        prop["$ref"] = SCHEMA_PREFIX + name
        return name
    if prop.get("type") == "array" and _is_inline_object(prop.get("items")):
        name = _add_component(schemas, parent + _pascal(prop_name) + "Item", prop["items"])
        prop["items"] = {"$ref": SCHEMA_PREFIX + name}
        return name
    return None


def _hoist_items(schemas: Json, name: str, schema: Json) -> list[str]:
    if schema.get("type") == "array" and _is_inline_object(schema.get("items")):
        item = _add_component(schemas, name + "Item", schema["items"])
        schema["items"] = {"$ref": SCHEMA_PREFIX + item}
        return [item]
    return []


def _nullable(prop: Json) -> Json:
    if not prop or prop.get("nullable"):
        return prop
    kind = prop.get("type")
    if isinstance(kind, str):
        return {**prop, "type": [kind, "null"]} if kind != "null" else prop
    if isinstance(kind, list):
        return prop if "null" in kind else {**prop, "type": [*kind, "null"]}
    if "$ref" in prop:
        return {"anyOf": [prop, {"type": "null"}]}
    if "anyOf" in prop and {"type": "null"} not in prop["anyOf"]:
        return {**prop, "anyOf": [*prop["anyOf"], {"type": "null"}]}
    return prop


def bodiless_deletes(doc: Json, report: Report) -> None:
    """DeployHQ answers some deletes with no body where the document gives one:
    their success bodies may be null, so the generated result type says so."""
    count = 0
    for _path, method, op in operations(doc):
        if method != "delete":
            continue
        for status, response in op.get("responses", {}).items():
            body = response.get("content", {}).get("application/json")
            if status.startswith("2") and body is not None and "schema" in body:
                body["schema"] = _nullable(body["schema"])
                count += 1
    if count:
        report.add("bodiless-deletes", "/", f"{count} delete answers may have no body")


def check_refs(doc: Json) -> None:
    """Every `$ref` names something in the document (checked first: later passes
    follow them)."""
    findings = [f"{ptr}: $ref {ref!r} points at nothing" for ptr, ref in _refs(doc, "") if not _resolves(doc, ref)]
    if findings:
        raise NormalizeError("; ".join(findings))


def _refs(node: Any, ptr: str) -> Iterator[tuple[str, str]]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str):
            yield f"{ptr}/$ref", ref
        for key, value in node.items():
            yield from _refs(value, f"{ptr}/{str(key).replace('~', '~0').replace('/', '~1')}")
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _refs(value, f"{ptr}/{index}")


def _resolves(doc: Json, ref: str) -> bool:
    if not ref.startswith("#/"):
        return False  # documents of their own are not followed
    try:
        deref(doc, ref)
    except (KeyError, IndexError, TypeError):
        return False
    return True


# What the generated client and the facade know how to send and decode.
SENDABLE_PARAMETERS = {"path", "query", "header"}
JSON = "application/json"
KNOWN_FORMATS = {"date-time", "date", "uuid", "binary", "byte", "email", "uri", "int32", "int64", "float", "double"}


def check_supported(doc: Json, media_types: dict[str, str], report: Report) -> None:
    """After the repairs: refuse what the pipeline does not support, naming the
    JSON pointer of each finding, rather than generate code that silently
    misbehaves (a parameter never sent, a body never decoded). A media type no
    rule covers is a misfit (listed, when tolerant)."""
    findings: list[str] = []
    misfit = report.misfit if report.tolerant else findings.append
    for path, method, op in operations(doc):
        base = pointer("paths", path, method)
        for i, param in enumerate(op.get("parameters", [])):
            if param.get("in") not in SENDABLE_PARAMETERS:
                findings.append(f"{base}/parameters/{i}: parameters in {param.get('in')!r} cannot be sent")
        for media in op.get("requestBody", {}).get("content", {}):
            if media != JSON:
                misfit(f"{base}/requestBody/content/{pointer(media)[1:]}: no rule for request bodies of {media}")
        allowed = {JSON, media_types.get(op.get("operationId", ""), JSON)}
        for status, resp in op.get("responses", {}).items():
            for media in resp.get("content", {}):
                if media not in allowed:
                    where = f"{base}/responses/{status}/content/{pointer(media)[1:]}"
                    misfit(f"{where}: no rule for {media} (map the operation in rules.toml [media_types])")

    def visit(schema: Json, ptr: str) -> None:
        fmt = schema.get("format")
        if isinstance(fmt, str) and fmt not in KNOWN_FORMATS:
            findings.append(f"{ptr}/format: unknown format {fmt!r}")

    walk_all(doc, visit)
    if findings:
        raise NormalizeError("; ".join(findings))


def check_names(doc: Json) -> None:
    """Every schema name must read as a class name a person would choose."""
    bad = [
        name
        for name in doc.get("components", {}).get("schemas", {})
        if not _READABLE_NAME.match(name) or name.endswith("Object")
    ]
    if bad:
        listed = ", ".join(pointer("components", "schemas", n) for n in bad)
        raise NormalizeError(f"machine-generated schema names: {listed}; give each a name in openapi/names.toml")


def generation_view(doc: Json) -> Json:
    """What the generator sees: only success responses (the facade decodes errors
    itself), and only the schemas still referenced after that."""
    view = copy.deepcopy(doc)
    for _path, _method, op in operations(view):
        op["responses"] = {s: r for s, r in op.get("responses", {}).items() if s.startswith("2")}
    schemas = view["components"]["schemas"]
    used = reachable_schemas(view, [view["paths"]])
    view["components"]["schemas"] = {name: schema for name, schema in schemas.items() if name in used}
    return view


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("raw", type=Path, help="DeployHQ's document as published")
    parser.add_argument("out", type=Path, help="where to write the normalized document")
    parser.add_argument("--report", type=Path, help="write the list of changes here (JSON)")
    parser.add_argument("--generator-view", type=Path, help="write the document the generator reads here")
    args = parser.parse_args(argv)
    try:
        raw = json.loads(args.raw.read_text())
    except (OSError, json.JSONDecodeError) as exc:
        print(f"normalize: cannot read {args.raw}: {exc}", file=sys.stderr)
        return 1
    rules, names = load_data()
    try:
        doc, report = normalize(raw, rules, names)
    except NormalizeError as exc:
        print(f"normalize: {exc}", file=sys.stderr)
        return 1
    _write(args.out, doc)
    if args.report:
        _write(args.report, report.entries)
    if args.generator_view:
        _write(args.generator_view, generation_view(doc))
    return 0


def _write(path: Path, data: Any) -> None:
    path.write_text(json.dumps(data, indent=2) + "\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
