"""Write `deployhq_api/request_schemas.json`: the JSON request body schema of
every operation, references resolved, as the normalized document gives it, and
`deployhq_api/response_schemas.json`: each operation's success status and its
JSON body's schema. The fake DeployHQ (`deployhq_async.testing`) checks the
bodies it receives against the first and shapes the answers of the operations
without behaviour of their own from the second; regeneration
(scripts/regen.sh) writes both after the generator."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from .walk import SCHEMA_PREFIX, operations, snake_case

# Keywords that describe what a value may be; the rest (titles, examples) are not needed.
KEPT = ("type", "properties", "required", "items", "anyOf", "oneOf", "allOf", "enum", "additionalProperties", "format")


def request_schemas(doc: dict[str, Any]) -> dict[str, Any]:
    """Operation module name -> {"required": bool, "schema": ...} for JSON bodies."""
    components = doc.get("components", {}).get("schemas", {})
    result: dict[str, Any] = {}
    for _path, _method, operation in operations(doc):
        body = operation.get("requestBody", {})
        media = body.get("content", {}).get("application/json")
        if media is None or "schema" not in media:
            continue
        name = snake_case(operation["operationId"])
        result[name] = {"required": bool(body.get("required")), "schema": _resolve(media["schema"], components, ())}
    return dict(sorted(result.items()))


def response_schemas(doc: dict[str, Any]) -> dict[str, Any]:
    """Operation module name -> {"method", "path", "status": the first success
    status, "schema": its JSON body's schema, or None for an answer without one,
    "media" for an answer that is not JSON, "query": its required query parameters,
    "invalid": the shape of its 422 body where that is not a field map}."""
    components = doc.get("components", {}).get("schemas", {})
    result: dict[str, Any] = {}
    for path, method, operation in operations(doc):
        statuses = sorted(s for s in operation.get("responses", {}) if str(s).startswith("2"))
        if not statuses:
            continue
        answer = operation["responses"][statuses[0]]
        content = answer.get("content", {})
        media = content.get("application/json")
        schema = None if media is None or "schema" not in media else _resolve(media["schema"], components, ())
        entry = {"method": method.upper(), "path": path, "status": int(statuses[0]), "schema": schema}
        if content and media is None:  # a badge, a key: what it answers instead of JSON
            entry["media"] = next(iter(content))
        parameters = operation.get("parameters", [])
        query = sorted(p["name"] for p in parameters if p.get("in") == "query" and p.get("required"))
        if query:  # what DeployHQ answers 422 without
            entry["query"] = query
        invalid = _invalid_shape(operation.get("responses", {}).get("422"), doc)
        if invalid is not None:
            entry["invalid"] = invalid
        result[snake_case(operation["operationId"])] = entry
    return dict(sorted(result.items()))


def _invalid_shape(answer: Any, doc: dict[str, Any]) -> str | None:
    """How the document shapes the operation's 422 body, where it is not the
    field map (`{"name": ["can't be blank"]}`) that most operations document and
    DeployHQ's Go SDK reads on a 422 (deployhq-cli pkg/sdk/client.go
    parseAPIError): "errors" for `{"errors": [messages]}`, "list" for a bare
    array of messages, "error" for `{"error": message}`, "status and error"
    where the document requires a `status` beside it."""
    components = doc.get("components", {})
    if isinstance(answer, dict) and "$ref" in answer:
        answer = components.get("responses", {}).get(answer["$ref"].rsplit("/", 1)[-1], {})
    media = answer.get("content", {}).get("application/json", {}) if isinstance(answer, dict) else {}
    schema = _resolve(media.get("schema"), components.get("schemas", {}), ())
    if not isinstance(schema, dict):
        return None
    properties = schema.get("properties") or {}
    if _allows(schema, "array"):
        return "list"
    if _allows(properties.get("errors"), "array"):
        return "errors"
    if _allows(properties.get("error"), "string"):
        return "status and error" if "status" in (schema.get("required") or ()) else "error"
    return None


def _allows(schema: Any, kind: str) -> bool:
    """Whether `schema`'s type is `kind` or a list of types with it (nullable ones)."""
    found = schema.get("type") if isinstance(schema, dict) else None
    return found == kind or (isinstance(found, list) and kind in found)


def _resolve(schema: Any, components: dict[str, Any], stack: tuple[str, ...]) -> Any:
    if isinstance(schema, list):
        return [_resolve(item, components, stack) for item in schema]
    if not isinstance(schema, dict):
        return schema
    ref = schema.get("$ref")
    if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
        name = ref.removeprefix(SCHEMA_PREFIX)
        if name in stack:  # a recursive schema: accept anything below the cycle
            return {}
        return _resolve(components[name], components, (*stack, name))
    kept = {k: v for k, v in schema.items() if k in KEPT}
    if isinstance(kept.get("properties"), dict):
        kept["properties"] = {k: _resolve(v, components, stack) for k, v in kept["properties"].items()}
    for key in ("items", "additionalProperties", "anyOf", "oneOf", "allOf"):
        if key in kept and not isinstance(kept[key], bool):
            kept[key] = _resolve(kept[key], components, stack)
    return kept


def write(package: Path, doc: dict[str, Any]) -> None:
    text = json.dumps(request_schemas(doc), indent=1, sort_keys=True)
    (package / "request_schemas.json").write_text(text + "\n")
    text = json.dumps(response_schemas(doc), indent=1, sort_keys=True)
    (package / "response_schemas.json").write_text(text + "\n")
