"""What changed between two normalized DeployHQ documents, and what it breaks.

`compare(old, new)` lists operations added, removed and changed (parameters,
request fields, response fields, status codes), schemas added, removed, renamed
or split, and gives a verdict: `compatible` (no change to the API surface),
`additive` (only additions) or `breaking`. `render_markdown` turns the report
into the text a maintainer reviews; `scripts/regen.sh --update` writes it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any, NamedTuple

from .walk import SCHEMA_PREFIX, operations, snake_case

Json = dict[str, Any]
VERDICT_EXIT = {"compatible": 0, "additive": 0, "breaking": 3}


@dataclass(frozen=True)
class Change:
    kind: str
    where: str
    detail: str
    breaking: bool


@dataclass
class OperationDiff:
    operation: str
    operation_id: str
    module: str
    changes: list[Change] = field(default_factory=list)


@dataclass
class Report:
    added: list[str] = field(default_factory=list)
    removed: list[OperationDiff] = field(default_factory=list)
    changed: list[OperationDiff] = field(default_factory=list)
    schemas_added: list[str] = field(default_factory=list)
    schemas_removed: list[str] = field(default_factory=list)
    renamed: list[tuple[str, str]] = field(default_factory=list)
    split: list[tuple[str, list[str]]] = field(default_factory=list)
    defects: list[dict[str, str]] = field(default_factory=list)
    # Repair rules that no longer fit the new document, and media types no rule
    # covers: the generated client cannot be trusted until each is seen to.
    stale: list[str] = field(default_factory=list)
    document: list[Change] = field(default_factory=list)  # security schemes and requirements, servers
    impact: dict[str, list[str]] = field(default_factory=dict)
    tests: dict[str, Any] = field(default_factory=dict)

    @property
    def verdict(self) -> str:
        if self.removed or self.renamed or self.split or self.schemas_removed or self.stale:
            return "breaking"
        if any(c.breaking for op in self.changed for c in op.changes) or any(c.breaking for c in self.document):
            return "breaking"
        if self.added or self.changed or self.schemas_added or self.document:
            return "additive"
        return "compatible"

    def to_json(self) -> Json:
        data = asdict(self)
        data["verdict"] = self.verdict
        return data


# --- flattening ------------------------------------------------------------------------


def _key(method: str, path: str) -> str:
    return f"{method.upper()} {re.sub(r'{[^}]+}', '{}', path)}"


def _resolve(doc: Json, schema: Any) -> Any:
    while isinstance(schema, dict) and "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].removeprefix(SCHEMA_PREFIX)]
    return schema


class Field(NamedTuple):
    type: str  # without "null"
    required: bool
    nullable: bool
    enum: tuple[str, ...]  # the listed values (open ones in responses too)


def _field(doc: Json, schema: Any, required: bool) -> Field:
    kinds = _type_of(doc, schema).split("|")
    plain = "|".join(k for k in kinds if k != "null") or "null"
    return Field(plain, required, "null" in kinds, _enum(doc, schema))


def _enum(doc: Json, schema: Any) -> tuple[str, ...]:
    node = _resolve(doc, schema)
    if not isinstance(node, dict):
        return ()
    values: list[Any] = list(node.get("enum") or node.get("x-enum") or ())
    for sub in node.get("anyOf", []) + node.get("oneOf", []):
        values += _enum(doc, sub)
    return tuple(sorted({str(v) for v in values if v is not None}))


def _type_of(doc: Json, schema: Any) -> str:
    schema = _resolve(doc, schema)
    if not isinstance(schema, dict) or not schema:
        return "any"
    kinds: set[str] = set()
    kind = schema.get("type")
    if isinstance(kind, str):
        kinds.add(kind)
    elif isinstance(kind, list):
        kinds.update(kind)
    for sub in schema.get("anyOf", []) + schema.get("oneOf", []) + schema.get("allOf", []):
        kinds.update(_type_of(doc, sub).split("|"))
    if "format" in schema and "string" in kinds:
        kinds.discard("string")
        kinds.add(f"string:{schema['format']}")
    return "|".join(sorted(kinds)) or "any"


def fields(doc: Json, schema: Any, prefix: str = "", seen: frozenset[str] = frozenset()) -> dict[str, Field]:
    """Every field path below `schema` -> its type, required-ness, nullability, enum."""
    result: dict[str, Field] = {}
    ref = schema.get("$ref") if isinstance(schema, dict) else None
    if ref in seen:
        return result
    seen = seen | {ref} if ref else seen
    node = _resolve(doc, schema)
    if not isinstance(node, dict):
        return result
    combined = node.get("anyOf", []) + node.get("oneOf", []) + node.get("allOf", [])
    subs = [node] + [_resolve(doc, s) for s in combined]
    for sub in subs:
        if not isinstance(sub, dict):
            continue
        required = set(sub.get("required", []))
        for name, prop in (sub.get("properties") or {}).items():
            path = f"{prefix}.{name}" if prefix else name
            result[path] = _field(doc, prop, name in required)
            result.update(fields(doc, prop, path, seen))
        if isinstance(sub.get("items"), dict):
            result.update(fields(doc, sub["items"], f"{prefix}[]", seen))
        if isinstance(sub.get("additionalProperties"), dict):
            result.update(fields(doc, sub["additionalProperties"], f"{prefix}{{}}", seen))
    return result


def _operation_index(doc: Json) -> dict[str, tuple[str, Json]]:
    return {_key(method, path): (path, op) for path, method, op in operations(doc)}


def _parameters(op: Json) -> dict[tuple[str, str], Json]:
    return {(p["in"], p["name"]): p for p in op.get("parameters", [])}


def _body_schema(op: Json) -> Any:
    return op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema")


def _success_media(op: Json) -> dict[str, str]:
    return {
        status: ",".join(sorted(response.get("content", {}))) or "none"
        for status, response in op.get("responses", {}).items()
        if status.startswith("2")
    }


def _requirements(doc: Json, op: Json) -> set[str]:
    """The security schemes an operation accepts (any one of them will do)."""
    security: list[dict[str, Any]] = op.get("security", doc.get("security")) or []
    return {name for requirement in security for name in requirement} or {"none"}


def _compare_security(old: Json, new: Json, before: Json, after: Json, diff: OperationDiff) -> None:
    was, now = _requirements(old, before), _requirements(new, after)
    if was == now:
        return
    # The client authenticates with HTTP Basic: losing it breaks every call.
    breaking = "basic" in was and "basic" not in now
    diff.changes.append(Change("security changed", "security", f"{sorted(was)} -> {sorted(now)}", breaking))


def compare_document(old_raw: Json, new_raw: Json, old: Json, new: Json) -> list[Change]:
    """Changes of the document as a whole: security schemes, servers (read from
    the documents as published: the normalizer replaces the servers)."""
    changes: list[Change] = []
    old_schemes = old.get("components", {}).get("securitySchemes", {})
    new_schemes = new.get("components", {}).get("securitySchemes", {})
    for name in sorted(new_schemes.keys() - old_schemes.keys()):
        changes.append(Change("security scheme added", name, new_schemes[name].get("type", ""), False))
    for name in sorted(old_schemes.keys() - new_schemes.keys()):
        changes.append(Change("security scheme removed", name, "", name == "basic"))
    for name in sorted(old_schemes.keys() & new_schemes.keys()):
        if old_schemes[name] != new_schemes[name]:
            detail = f"{old_schemes[name].get('scheme')} -> {new_schemes[name].get('scheme')}"
            changes.append(Change("security scheme changed", name, detail, name == "basic"))
    was, now = _requirements(old, {}), _requirements(new, {})
    if was != now:
        breaking = "basic" in was and "basic" not in now
        changes.append(Change("security requirement changed", "security", f"{sorted(was)} -> {sorted(now)}", breaking))
    old_servers = [s.get("url") for s in old_raw.get("servers", [])]
    new_servers = [s.get("url") for s in new_raw.get("servers", [])]
    if old_servers != new_servers:
        # The client talks to https://<account>.deployhq.com whatever host the
        # document names; a path under it (`/api/v2`) moves every URL it sends.
        moved = {_server_path(u) for u in old_servers} != {_server_path(u) for u in new_servers}
        changes.append(Change("servers changed", "servers", f"{old_servers} -> {new_servers}", moved))
    return changes


def _server_path(url: object) -> str:
    """The path of a server URL (`https://{account}.deployhq.com/api/v2` -> `/api/v2`)."""
    text = str(url or "")
    if "://" in text:
        text = text.split("://", 1)[1]
        text = text[text.find("/") :] if "/" in text else ""
    return text.rstrip("/")


def _success_schemas(op: Json) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for status, response in op.get("responses", {}).items():
        if status.startswith("2"):
            content = response.get("content", {})
            media: Json = content.get("application/json") or next(iter(content.values()), {})
            result[status] = media.get("schema")
    return result


# --- comparing -------------------------------------------------------------------------


def compare(old: Json, new: Json) -> Report:
    report = Report()
    old_ops, new_ops = _operation_index(old), _operation_index(new)
    for key in sorted(new_ops.keys() - old_ops.keys()):
        report.added.append(f"{key} ({new_ops[key][1].get('operationId')})")
    for key in sorted(old_ops.keys() - new_ops.keys()):
        op_id = old_ops[key][1].get("operationId", "")
        report.removed.append(OperationDiff(key, op_id, snake_case(op_id)))
    for key in sorted(old_ops.keys() & new_ops.keys()):
        diff = _compare_operation(old, new, key, old_ops[key][1], new_ops[key][1])
        if diff.changes:
            report.changed.append(diff)
    _compare_schemas(old, new, report)
    return report


def _compare_operation(old: Json, new: Json, key: str, before: Json, after: Json) -> OperationDiff:
    op_id = before.get("operationId", "")
    diff = OperationDiff(key, op_id, snake_case(op_id))
    add = diff.changes.append
    if after.get("operationId") != op_id:
        add(Change("operationId", key, f"{op_id} -> {after.get('operationId')}", True))
    old_params, new_params = _parameters(before), _parameters(after)
    gone, came = sorted(old_params.keys() - new_params.keys()), sorted(new_params.keys() - old_params.keys())
    for where, name in list(gone):
        moved = next((c for c in came if c[1] == name), None)
        if moved is not None:  # the same name, somewhere else: generated code sends it there
            add(Change("parameter moved", name, f"{where} -> {moved[0]}", True))
            gone.remove((where, name))
            came.remove(moved)
    old_path = [n for w, n in gone if w == "path"]
    new_path = [n for w, n in came if w == "path"]
    for was, now in zip(old_path, new_path, strict=False):  # a renamed placeholder: the argument's name changes
        add(Change("path parameter renamed", f"path {was}", f"-> {now}", True))
        gone.remove(("path", was))
        came.remove(("path", now))
    for where, name in came:
        required = bool(new_params[(where, name)].get("required"))
        add(Change("parameter added", f"{where} {name}", "required" if required else "optional", required))
    for where, name in gone:
        add(Change("parameter removed", f"{where} {name}", "", True))
    for ident in sorted(old_params.keys() & new_params.keys()):
        old_param, new_param = old_params[ident], new_params[ident]
        if not old_param.get("required") and new_param.get("required"):
            add(Change("parameter made required", f"{ident[0]} {ident[1]}", "", True))
        old_type, new_type = _type_of(old, old_param.get("schema")), _type_of(new, new_param.get("schema"))
        if old_type != new_type:
            add(Change("parameter type changed", f"{ident[0]} {ident[1]}", f"{old_type} -> {new_type}", True))
    _compare_fields(
        fields(old, _body_schema(before) or {}), fields(new, _body_schema(after) or {}), "request", diff, request=True
    )
    _compare_security(old, new, before, after, diff)
    old_ok, new_ok = _success_schemas(before), _success_schemas(after)
    old_media, new_media = _success_media(before), _success_media(after)
    for status in sorted(old_ok.keys() - new_ok.keys()):
        add(Change("status removed", status, "", True))
    for status in sorted(new_ok.keys() - old_ok.keys()):
        add(Change("status added", status, "", False))
    old_codes = set(before.get("responses", {})) - set(old_ok)
    new_codes = set(after.get("responses", {})) - set(new_ok)
    for status in sorted(new_codes - old_codes):
        add(Change("status added", status, "", False))
    for status in sorted(old_codes - new_codes):
        add(Change("status removed", status, "", False))
    for status in sorted(old_ok.keys() & new_ok.keys()):
        if old_media.get(status) != new_media.get(status):
            detail = f"{old_media.get(status)} -> {new_media.get(status)}"
            add(Change("response media type changed", f"response {status}", detail, True))
            continue  # its fields are another matter now, not a list of removals
        before_fields = fields(old, old_ok[status] or {})
        after_fields = fields(new, new_ok[status] or {})
        _compare_fields(before_fields, after_fields, f"response {status}", diff, request=False)
        if _type_of(old, old_ok[status]) != _type_of(new, new_ok[status]):
            detail = f"{_type_of(old, old_ok[status])} -> {_type_of(new, new_ok[status])}"
            add(Change("response type changed", f"response {status}", detail, True))
    return diff


def _compare_fields(
    before: Mapping[str, Field],
    after: Mapping[str, Field],
    where: str,
    diff: OperationDiff,
    *,
    request: bool,
) -> None:
    add = diff.changes.append
    side = "request" if request else "response"
    for name in sorted(after.keys() - before.keys()):
        required = request and after[name].required
        add(Change(f"{side} field added", f"{where} {name}", after[name].type, required))
    for name in sorted(before.keys() - after.keys()):
        add(Change(f"{side} field removed", f"{where} {name}", before[name].type, True))
    for name in sorted(before.keys() & after.keys()):
        was, now = before[name], after[name]
        at = f"{where} {name}"
        if was.type != now.type:
            add(Change("field type changed", at, f"{was.type} -> {now.type}", True))
        if request and now.required and not was.required:
            add(Change("request field made required", at, "", True))
        if was.nullable != now.nullable:
            # A request field that may be null widens what a client may send; a
            # response field that may be null narrows what a client may rely on.
            breaking = now.nullable != request
            add(Change(f"{side} field {'made' if now.nullable else 'no longer'} nullable", at, "", breaking))
        for value in sorted(set(now.enum) - set(was.enum)):
            add(Change(f"{side} enum value added", at, value, False))
        for value in sorted(set(was.enum) - set(now.enum)):
            # Responses decode any string; a request value the client could send is now refused.
            add(Change(f"{side} enum value removed", at, value, request))


def _shape(schema: Json) -> str:
    return json.dumps(schema, sort_keys=True)


def _compare_schemas(old: Json, new: Json, report: Report) -> None:
    old_schemas, new_schemas = old["components"]["schemas"], new["components"]["schemas"]
    removed = sorted(old_schemas.keys() - new_schemas.keys())
    added = sorted(new_schemas.keys() - old_schemas.keys())
    by_shape = {_shape(new_schemas[name]): name for name in added}
    for name in list(removed):
        target = by_shape.get(_shape(old_schemas[name]))
        if target is not None:
            report.renamed.append((name, target))
            removed.remove(name)
            added.remove(target)
    for name in list(removed):
        props = set((old_schemas[name].get("properties") or {}).keys())
        parts = [a for a in added if set((new_schemas[a].get("properties") or {}).keys()) <= props]
        covered = set().union(*((new_schemas[a].get("properties") or {}).keys() for a in parts)) if parts else set()
        if props and len(parts) >= 2 and covered == props:
            report.split.append((name, parts))
            removed.remove(name)
            for part in parts:
                added.remove(part)
    report.schemas_added = added
    report.schemas_removed = removed


def new_defects(old_entries: list[dict[str, str]], new_entries: list[dict[str, str]]) -> list[dict[str, str]]:
    """Repairs the normalizer made to the new document that it did not need on the old one."""
    seen = {(e["rule"], e["pointer"], e["detail"]) for e in old_entries}
    skip = {"relax-responses", "open-objects", "inline-refs"}
    return [e for e in new_entries if e["rule"] not in skip and (e["rule"], e["pointer"], e["detail"]) not in seen]


def changed_modules(report: Report) -> Iterator[tuple[str, str]]:
    for diff in report.removed:
        yield diff.operation, diff.module
    for diff in report.changed:
        yield diff.operation, diff.module


# --- rendering -------------------------------------------------------------------------


def render_markdown(report: Report, *, old_label: str, new_label: str) -> str:
    lines = [
        "# DeployHQ API drift report",
        "",
        f"- old: {old_label}",
        f"- new: {new_label}",
        f"- verdict: **{report.verdict}**",
        "",
    ]

    def section(title: str, items: list[str]) -> None:
        lines.append(f"## {title}")
        lines.append("")
        lines.extend(f"- {item}" for item in items) if items else lines.append("none")
        lines.append("")

    section("Operations added", report.added)
    section(
        "Operations removed",
        [f"{d.operation} ({d.operation_id}){_used(report, d.operation)}" for d in report.removed],
    )
    lines.append("## Operations changed")
    lines.append("")
    if not report.changed:
        lines.append("none")
    for diff in report.changed:
        lines.append(f"### {diff.operation} ({diff.operation_id}){_used(report, diff.operation)}")
        lines.append("")
        for change in diff.changes:
            flag = " **breaking**" if change.breaking else ""
            detail = f": {change.detail}" if change.detail else ""
            lines.append(f"- {change.kind} `{change.where}`{detail}{flag}")
        lines.append("")
    lines.append("")
    section(
        "The document as a whole",
        [f"{c.kind} `{c.where}`: {c.detail}" + (" **breaking**" if c.breaking else "") for c in report.document],
    )
    section(
        "Schemas",
        [f"renamed {a} -> {b}" for a, b in report.renamed]
        + [f"split {a} -> {', '.join(b)}" for a, b in report.split]
        + [f"added {a}" for a in report.schemas_added]
        + [f"removed {a}" for a in report.schemas_removed],
    )
    section(
        "Repair rules that no longer fit (each makes the verdict breaking until openapi/rules.toml is updated)",
        report.stale,
    )
    section(
        "New defects handled by the normalizer",
        [f"{d['rule']} at `{d['pointer']}`: {d['detail']}" for d in report.defects],
    )
    if report.tests:
        failed = report.tests.get("failed", [])
        summary = f"{report.tests.get('passed', 0)} passed, {len(failed)} failed"
        section(f"Test suite against the new document ({summary})", failed)
    return "\n".join(lines).rstrip() + "\n"


def _used(report: Report, operation: str) -> str:
    users = report.impact.get(operation)
    return f" - used by {', '.join(users)}" if users else ""
