"""What DeployHQ's error answers say, whatever their shape, and the credentials
they must never carry. `errors.py` holds the exception classes; this module
reads bodies for them:

- `{"error": "..."}` (with `error_code` and `hint` where DeployHQ gives them);
- `{"errors": ["..."]}` or a bare list of messages;
- a field map `{"name": ["can't be blank"], "base": [...]}` on a 422, bare or
  under `errors` (DeployHQ's Go SDK reads these three: deployhq-cli
  pkg/sdk/client.go parseAPIError);
- `message` / `error_message`, and anything else, kept as the body.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass, field, replace
from http import HTTPStatus
from typing import Any

import httpx2

# Headers that carry credentials (one set, with the logs'): left out of every
# request or response an error pickles.
from ._logging import CREDENTIAL_HEADERS

# Keys of a field map that are not fields.
_NOT_FIELDS = ("status", "error_code", "hint")


@dataclass(frozen=True)
class ErrorBody:
    """What an error answer says: its message, DeployHQ's `error_code` and
    `hint`, and a 422's field errors (`errors`) and record-wide ones (`base`)."""

    message: str
    error_code: str | None = None
    hint: str | None = None
    errors: dict[str, list[str]] = field(default_factory=dict)
    base: list[str] = field(default_factory=list)

    def redacted(self, secrets: list[str]) -> ErrorBody:
        """The same, with every credential in `secrets` replaced by `[redacted]`."""
        return ErrorBody(
            redact(self.message, secrets),
            self.error_code,
            None if self.hint is None else redact(self.hint, secrets),
            {name: [redact(m, secrets) for m in messages] for name, messages in self.errors.items()},
            [redact(m, secrets) for m in self.base],
        )


def decode_body(response: httpx2.Response) -> object:
    """The body as JSON, its text when it is not JSON, None when empty."""
    if not response.content:
        return None
    try:
        return json.loads(response.content)
    except (ValueError, UnicodeDecodeError, RecursionError):
        return response.text


def describe(response: httpx2.Response, body: object) -> ErrorBody:
    """What `body` (as `decode_body` read it) says, whichever shape it has."""
    reason = _reason(response.status_code)
    if body is None:
        return ErrorBody(reason)
    if isinstance(body, str):
        kind = response.headers.get("content-type", "unknown type").split(";")[0]
        return ErrorBody(f"{reason} (non-JSON {kind} body, {len(response.content)} bytes)")
    if isinstance(body, list):
        return _messages(body, reason)
    if not isinstance(body, dict):
        return ErrorBody(f"{reason} ({body!r})")
    return replace(_described_object(body, reason), error_code=_error_code(body), hint=_text(body.get("hint")))


def _described_object(body: dict[str, Any], reason: str) -> ErrorBody:
    if isinstance(body.get("error"), str):  # on a 422, a message about the record as a whole
        return ErrorBody(body["error"], base=[body["error"]])
    for key in ("message", "error_message"):
        if isinstance(body.get(key), str):
            return ErrorBody(body[key])
    listed = body.get("errors")
    if isinstance(listed, list):
        return _messages(listed, reason)
    return _field_map(listed if isinstance(listed, dict) else body, reason)


def _field_map(source: dict[str, Any], reason: str) -> ErrorBody:
    fields = {
        str(k): [str(m) for m in (v if isinstance(v, list) else [v])]
        for k, v in source.items()
        if k not in _NOT_FIELDS and isinstance(v, (list, str))
    }
    base = fields.pop("base", [])
    summary = [f"{name} {msg}" for name, msgs in fields.items() for msg in msgs] + base
    return ErrorBody("; ".join(summary) or reason, errors=fields, base=base)


def _messages(listed: list[Any], reason: str) -> ErrorBody:
    messages = [str(m) for m in listed]
    return ErrorBody("; ".join(messages) or reason, base=messages)


def _error_code(body: dict[str, Any]) -> str | None:
    """DeployHQ's `error_code`, or a `status` word where it names the error."""
    code = _text(body.get("error_code"))
    status = body.get("status")
    if code is None and isinstance(status, str) and status not in ("error", "failed"):
        return status
    return code


def credentials_in(request: httpx2.Request | None) -> list[str]:
    """The credentials a request carried, in every form a server might echo them."""
    if request is None:
        return []
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    found = [header, token]
    if scheme.lower() == "basic":
        try:
            login = base64.b64decode(token).decode()
        except (ValueError, UnicodeDecodeError):
            login = ""
        found += [login, *login.split(":", 1)]
    return sorted((s for s in found if len(s) >= 8), key=len, reverse=True)


def redact(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "[redacted]")
    return text


def without_credentials(message: Any, secrets: list[str]) -> Any:
    """A copy of a request or response with no credential header and, in a
    response body, the request's credentials redacted (a server may echo them)."""
    if isinstance(message, httpx2.Request):
        headers = [(k, v) for k, v in message.headers.multi_items() if k.lower() not in CREDENTIAL_HEADERS]
        try:
            content = message.content
        except httpx2.RequestNotRead:
            content = b""
        return httpx2.Request(message.method, message.url, headers=headers, content=content)
    if isinstance(message, httpx2.Response):
        return _response_without_credentials(message, secrets)
    return message


def _response_without_credentials(message: httpx2.Response, secrets: list[str]) -> httpx2.Response:
    try:
        content = message.content
    except httpx2.ResponseNotRead:
        content = b""
    for secret in secrets:
        content = content.replace(secret.encode("utf-8", "replace"), b"[redacted]")
    # Through httpx2's public constructor: the content is already decoded, so
    # the headers that describe its encoding and length on the wire go.
    dropped = CREDENTIAL_HEADERS | {"content-encoding", "content-length", "transfer-encoding"}
    headers = [(k, v) for k, v in message.headers.multi_items() if k.lower() not in dropped]
    try:
        request: httpx2.Request | None = without_credentials(message.request, secrets)
    except RuntimeError:  # a response made without a request
        request = None
    kept = {k: v for k, v in message.extensions.items() if k in ("http_version", "reason_phrase")}
    return httpx2.Response(message.status_code, headers=headers, content=content, request=request, extensions=kept)


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return f"HTTP {status}"
