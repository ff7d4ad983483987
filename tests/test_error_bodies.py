"""Reading DeployHQ's error answers, shape by shape (`_error_bodies.describe`)."""

from __future__ import annotations

from typing import Any

import httpx2
import pytest

from deployhq_async._error_bodies import ErrorBody, credentials_in, decode_body, describe

CASES: list[tuple[int, Any, ErrorBody]] = [
    (
        404,
        {"error": "Project not found", "error_code": "record_not_found", "hint": "List them."},
        ErrorBody("Project not found", "record_not_found", "List them.", {}, ["Project not found"]),
    ),
    (
        422,
        {"errors": ["Name is taken", "Zone is invalid"]},
        ErrorBody("Name is taken; Zone is invalid", base=["Name is taken", "Zone is invalid"]),
    ),
    (422, ["Key is invalid"], ErrorBody("Key is invalid", base=["Key is invalid"])),
    (
        422,
        {"name": ["can't be blank"], "base": ["Plan limit reached"]},
        ErrorBody(
            "name can't be blank; Plan limit reached", errors={"name": ["can't be blank"]}, base=["Plan limit reached"]
        ),
    ),
    (422, {"errors": {"path": "is invalid"}}, ErrorBody("path is invalid", errors={"path": ["is invalid"]})),
    (403, {"status": "api_access_restricted", "message": "No API"}, ErrorBody("No API", "api_access_restricted")),
    (500, None, ErrorBody("Internal Server Error")),
    (502, "<html>Bad gateway</html>", ErrorBody("Bad Gateway (non-JSON text/html body, 24 bytes)")),
    (418, 7, ErrorBody("I'm a Teapot (7)")),
]


@pytest.mark.parametrize(("status", "body", "expected"), CASES, ids=[str(i) for i in range(len(CASES))])
def test_each_body_shape_reads_as_what_it_says(status: int, body: Any, expected: ErrorBody) -> None:
    if isinstance(body, str):
        response = httpx2.Response(status, text=body, headers={"content-type": "text/html"})
    else:
        response = httpx2.Response(status, json=body) if body is not None else httpx2.Response(status)
    assert describe(response, decode_body(response)) == expected


def test_credentials_are_found_in_every_form_and_redacted() -> None:
    request = httpx2.Request("GET", "https://acme.deployhq.com/projects")
    request.headers["Authorization"] = "Basic dXNlckBleGFtcGxlLmNvbTpzZWNyZXRrZXkxMjM="  # user@example.com:secretkey123
    secrets = credentials_in(request)
    assert "secretkey123" in secrets and "user@example.com" in secrets
    said = ErrorBody("bad key secretkey123 for user@example.com", hint="secretkey123").redacted(secrets)
    assert (said.message, said.hint) == ("bad key [redacted] for [redacted]", "[redacted]")
