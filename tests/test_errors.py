"""Every error body DeployHQ sends becomes a structured, one-line, secret-free error."""

from __future__ import annotations

import base64
import logging

import httpx
import pytest
from helpers import EMAIL, KEY, Recorder, make_client

from deployhq_async import (
    APIStatusError,
    AuthenticationError,
    BadRequestError,
    DeployHQError,
    InternalServerError,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ResponseDecodeError,
    ServiceUnavailableError,
    ValidationError,
)


async def fail_with(response: httpx.Response, sleeps: list[float]) -> APIStatusError:
    async with make_client(Recorder(response), max_retries=0) as dhq:
        with pytest.raises(APIStatusError) as info:
            await dhq.projects.create("New project")
    return info.value


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (422, ValidationError),
        (429, RateLimitError),
        (503, ServiceUnavailableError),
        (500, InternalServerError),
        (502, InternalServerError),
        (418, APIStatusError),
    ],
)
async def test_status_classes(sleeps: list[float], status: int, cls: type[APIStatusError]) -> None:
    error = await fail_with(httpx.Response(status, json={"error": "nope"}), sleeps)
    assert type(error) is cls
    assert error.status_code == status
    assert isinstance(error, DeployHQError)


async def test_error_code_and_hint(sleeps: list[float]) -> None:
    body = {"error": "API access is restricted", "error_code": "api_access_restricted", "hint": "Ask an admin"}
    error = await fail_with(httpx.Response(403, json=body), sleeps)
    assert (error.error_code, error.hint, error.message) == ("api_access_restricted", "Ask an admin", body["error"])
    assert error.body == body
    assert str(error) == ("POST /projects: 403 [api_access_restricted] API access is restricted (hint: Ask an admin)")


async def test_status_style_not_found(sleeps: list[float]) -> None:
    body = {"status": "not_found", "error": "Couldn't find Project"}
    error = await fail_with(httpx.Response(404, json=body), sleeps)
    assert isinstance(error, NotFoundError)
    assert (error.error_code, error.message) == ("not_found", "Couldn't find Project")


async def test_invalid_api_method(sleeps: list[float]) -> None:
    body = {"error": "Invalid API method", "error_code": "invalid_api_method", "hint": "See the docs"}
    error = await fail_with(httpx.Response(404, json=body), sleeps)
    assert error.error_code == "invalid_api_method"


async def test_errors_list(sleeps: list[float]) -> None:
    error = await fail_with(httpx.Response(422, json={"errors": ["Name is too short", "Zone is invalid"]}), sleeps)
    assert isinstance(error, ValidationError)
    assert error.message == "Name is too short; Zone is invalid"
    assert error.base == ["Name is too short", "Zone is invalid"]


async def test_field_keyed_422(sleeps: list[float]) -> None:
    body = {"name": ["can't be blank", "is too short"], "permalink": ["has already been taken"], "base": ["Limit hit"]}
    error = await fail_with(httpx.Response(422, json=body), sleeps)
    assert isinstance(error, ValidationError)
    assert error.errors == {"name": ["can't be blank", "is too short"], "permalink": ["has already been taken"]}
    assert error.base == ["Limit hit"]
    assert error.message == "name can't be blank; name is too short; permalink has already been taken; Limit hit"


async def test_nested_errors_hash(sleeps: list[float]) -> None:
    error = await fail_with(httpx.Response(422, json={"errors": {"path": ["is invalid"]}}), sleeps)
    assert isinstance(error, ValidationError)
    assert error.errors == {"path": ["is invalid"]}


async def test_invalid_json_400(sleeps: list[float]) -> None:
    body = {"error": "Invalid JSON", "error_code": "invalid_json", "hint": "Check the request body"}
    error = await fail_with(httpx.Response(400, json=body), sleeps)
    assert isinstance(error, BadRequestError)
    assert error.error_code == "invalid_json"


async def test_empty_body(sleeps: list[float]) -> None:
    error = await fail_with(httpx.Response(404), sleeps)
    assert error.message == "Not Found"
    assert error.body is None
    assert str(error) == "POST /projects: 404 Not Found"


async def test_html_body_from_a_proxy(sleeps: list[float]) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 5000 + "</body></html>"
    response = httpx.Response(502, text=page, headers={"Content-Type": "text/html; charset=utf-8"})
    error = await fail_with(response, sleeps)
    assert isinstance(error, InternalServerError)
    assert str(error) == f"POST /projects: 502 Bad Gateway (non-JSON text/html body, {len(page)} bytes)"
    assert "\n" not in str(error)
    assert error.body == page


async def test_success_that_is_not_json_is_a_decode_error(sleeps: list[float]) -> None:
    response = httpx.Response(200, text="<html>maintenance</html>", headers={"Content-Type": "text/html"})
    async with make_client(Recorder(response)) as dhq:
        with pytest.raises(ResponseDecodeError) as info:
            await dhq.projects.get("app")
    assert "get_project" in str(info.value) and "text/html" in str(info.value)
    assert info.value.body == b"<html>maintenance</html>"
    assert not isinstance(info.value.__cause__, ResponseDecodeError)


async def test_success_of_the_wrong_shape_is_a_decode_error(sleeps: list[float]) -> None:
    async with make_client(Recorder(httpx.Response(200, json={"records": "not a list"}))) as dhq:
        with pytest.raises(ResponseDecodeError):
            await dhq.deployments.list("app").collect()


async def test_empty_success_body_where_json_is_expected(sleeps: list[float]) -> None:
    async with make_client(Recorder(httpx.Response(200))) as dhq:
        with pytest.raises(ResponseDecodeError, match="empty body"):
            await dhq.projects.get("app")


async def test_secrets_never_appear_in_errors_or_logs(sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="deployhq_async")
    recorder = Recorder(
        httpx.Response(503, headers={"Retry-After": "0"}), httpx.Response(401, json={"error": "Bad credentials"})
    )
    async with make_client(recorder) as dhq:
        with pytest.raises(AuthenticationError) as info:
            await dhq.projects.get("app")
        shown = [str(info.value), repr(info.value), repr(dhq), repr(dhq.projects), caplog.text]
    assert caplog.records, "requests are logged at DEBUG"
    for text in shown:
        assert KEY not in text
        assert EMAIL not in text
    assert "GET /projects/app -> 503" in caplog.text
    assert "retrying in 0.00s (retry 1 of 3)" in caplog.text


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"status": "running"}, "required field 'identifier' is missing"),
        ({"identifier": None, "status": "running"}, "field 'identifier' is NoneType, expected str"),
        ({"identifier": "d-1", "status": "running", "steps": {"a": 1}}, "field 'steps' is dict, expected"),
    ],
)
async def test_a_body_that_contradicts_the_document_is_a_decode_error_naming_the_field(
    body: dict[str, object], reason: str
) -> None:
    async with make_client(Recorder(httpx.Response(200, json=body))) as dhq:
        with pytest.raises(ResponseDecodeError) as info:
            await dhq.deployments.get("app", "d-1")
    assert "could not decode the get_project_deployment_by_id result" in str(info.value)
    assert reason in str(info.value)


async def test_nesting_too_deep_is_a_decode_error_not_a_recursion_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    async with make_client(Recorder(httpx.Response(200, content=deep))) as dhq:
        with pytest.raises(ResponseDecodeError, match="nested too deeply"):
            await dhq.projects.get("app")
    async with make_client(Recorder(httpx.Response(422, content=deep)), max_retries=0) as dhq:
        with pytest.raises(ValidationError) as info:
            await dhq.projects.get("app")
    assert "non-JSON" in str(info.value)


async def test_credentials_a_server_echoes_back_are_redacted() -> None:
    token = base64.b64encode(f"{EMAIL}:{KEY}".encode()).decode()
    body = {"error": f"bad header Basic {token} for {EMAIL} with key {KEY}", "hint": f"check {KEY}"}
    async with make_client(Recorder(httpx.Response(403, json=body)), max_retries=0) as dhq:
        with pytest.raises(PermissionDeniedError) as info:
            await dhq.projects.get("app")
    text = str(info.value)
    assert KEY not in text and EMAIL not in text and token not in text
    assert text.count("[redacted]") == 4
