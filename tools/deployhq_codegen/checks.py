"""Checks of the repaired document: every reference resolves, every name is
readable, and the generator supports everything left (else a `NormalizeError`
naming its JSON pointer)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from .walk import READABLE_NAME, Json, NormalizeError, Report, deref, operations, pointer, walk_all

# What the generated client and the facade know how to send and decode.
SENDABLE_PARAMETERS = {"path", "query", "header"}


JSON = "application/json"


KNOWN_FORMATS = {"date-time", "date", "uuid", "binary", "byte", "email", "uri", "int32", "int64", "float", "double"}


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
        if not READABLE_NAME.match(name) or name.endswith("Object")
    ]
    if bad:
        listed = ", ".join(pointer("components", "schemas", n) for n in bad)
        raise NormalizeError(f"machine-generated schema names: {listed}; give each a name in openapi/names.toml")
