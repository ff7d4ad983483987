"""Every error body DeployHQ sends becomes a structured, one-line, secret-free error."""

from __future__ import annotations

import base64
import logging

import httpx2
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


async def fail_with(response: httpx2.Response, sleeps: list[float]) -> APIStatusError:
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
    error = await fail_with(httpx2.Response(status, json={"error": "nope"}), sleeps)
    assert type(error) is cls
    assert error.status_code == status
    assert isinstance(error, DeployHQError)


async def test_error_code_and_hint(sleeps: list[float]) -> None:
    body = {"error": "API access is restricted", "error_code": "api_access_restricted", "hint": "Ask an admin"}
    error = await fail_with(httpx2.Response(403, json=body), sleeps)
    assert (error.error_code, error.hint, error.message) == ("api_access_restricted", "Ask an admin", body["error"])
    assert error.body == body
    assert str(error) == ("POST /projects: 403 [api_access_restricted] API access is restricted (hint: Ask an admin)")


async def test_status_style_not_found(sleeps: list[float]) -> None:
    body = {"status": "not_found", "error": "Couldn't find Project"}
    error = await fail_with(httpx2.Response(404, json=body), sleeps)
    assert isinstance(error, NotFoundError)
    assert (error.error_code, error.message) == ("not_found", "Couldn't find Project")


async def test_invalid_api_method(sleeps: list[float]) -> None:
    body = {"error": "Invalid API method", "error_code": "invalid_api_method", "hint": "See the docs"}
    error = await fail_with(httpx2.Response(404, json=body), sleeps)
    assert error.error_code == "invalid_api_method"


async def test_errors_list(sleeps: list[float]) -> None:
    error = await fail_with(httpx2.Response(422, json={"errors": ["Name is too short", "Zone is invalid"]}), sleeps)
    assert isinstance(error, ValidationError)
    assert error.message == "Name is too short; Zone is invalid"
    assert error.base == ["Name is too short", "Zone is invalid"]


async def test_field_keyed_422(sleeps: list[float]) -> None:
    body = {"name": ["can't be blank", "is too short"], "permalink": ["has already been taken"], "base": ["Limit hit"]}
    error = await fail_with(httpx2.Response(422, json=body), sleeps)
    assert isinstance(error, ValidationError)
    assert error.errors == {"name": ["can't be blank", "is too short"], "permalink": ["has already been taken"]}
    assert error.base == ["Limit hit"]
    assert error.message == "name can't be blank; name is too short; permalink has already been taken; Limit hit"


async def test_nested_errors_hash(sleeps: list[float]) -> None:
    error = await fail_with(httpx2.Response(422, json={"errors": {"path": ["is invalid"]}}), sleeps)
    assert isinstance(error, ValidationError)
    assert error.errors == {"path": ["is invalid"]}


async def test_invalid_json_400(sleeps: list[float]) -> None:
    body = {"error": "Invalid JSON", "error_code": "invalid_json", "hint": "Check the request body"}
    error = await fail_with(httpx2.Response(400, json=body), sleeps)
    assert isinstance(error, BadRequestError)
    assert error.error_code == "invalid_json"


async def test_empty_body(sleeps: list[float]) -> None:
    error = await fail_with(httpx2.Response(404), sleeps)
    assert error.message == "Not Found"
    assert error.body is None
    assert str(error) == "POST /projects: 404 Not Found"


async def test_html_body_from_a_proxy(sleeps: list[float]) -> None:
    page = "<html><head><title>502 Bad Gateway</title></head><body>" + "x" * 5000 + "</body></html>"
    response = httpx2.Response(502, text=page, headers={"Content-Type": "text/html; charset=utf-8"})
    error = await fail_with(response, sleeps)
    assert isinstance(error, InternalServerError)
    assert str(error) == f"POST /projects: 502 Bad Gateway (non-JSON text/html body, {len(page)} bytes)"
    assert "\n" not in str(error)
    assert error.body == page


async def test_success_that_is_not_json_is_a_decode_error(sleeps: list[float]) -> None:
    response = httpx2.Response(200, text="<html>maintenance</html>", headers={"Content-Type": "text/html"})
    async with make_client(Recorder(response)) as dhq:
        with pytest.raises(ResponseDecodeError) as info:
            await dhq.projects.get("app")
    assert "get_project" in str(info.value) and "text/html" in str(info.value)
    assert info.value.body == b"<html>maintenance</html>"
    assert not isinstance(info.value.__cause__, ResponseDecodeError)


async def test_success_of_the_wrong_shape_is_a_decode_error(sleeps: list[float]) -> None:
    async with make_client(Recorder(httpx2.Response(200, json={"records": "not a list"}))) as dhq:
        with pytest.raises(ResponseDecodeError):
            await dhq.deployments.list("app").collect()


async def test_empty_success_body_where_json_is_expected(sleeps: list[float]) -> None:
    async with make_client(Recorder(httpx2.Response(200))) as dhq:
        with pytest.raises(ResponseDecodeError, match="empty body"):
            await dhq.projects.get("app")


async def test_secrets_never_appear_in_errors_or_logs(sleeps: list[float], caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="deployhq_async")
    recorder = Recorder(
        httpx2.Response(503, headers={"Retry-After": "0"}), httpx2.Response(401, json={"error": "Bad credentials"})
    )
    async with make_client(recorder) as dhq:
        with pytest.raises(AuthenticationError) as info:
            await dhq.projects.get("app")
        shown = [str(info.value), repr(info.value), repr(dhq), repr(dhq.projects), caplog.text]
    assert caplog.records, "requests are logged at DEBUG"
    for text in shown:
        assert KEY not in text
        assert EMAIL not in text
    assert "GET /projects/{id} -> 503" in caplog.text  # the template: no identifier is logged
    assert "retrying in 0.00s (retry 1 of 3)" in caplog.text


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        ({"status": "running"}, "required field 'identifier' is missing"),
        ({"identifier": None, "status": "running"}, "field 'identifier' is NoneType, expected str"),
        ({"identifier": "d-1", "status": 5}, "field 'status' is int, expected str"),
    ],
)
async def test_a_body_that_contradicts_the_document_is_a_decode_error_naming_the_field_when_strict(
    body: dict[str, object], reason: str
) -> None:
    async with make_client(Recorder(httpx2.Response(200, json=body)), strict=True) as dhq:
        with pytest.raises(ResponseDecodeError) as info:
            await dhq.deployments.get("app", "d-1")
    assert "could not decode the get_project_deployment_by_id result" in str(info.value)
    assert reason in str(info.value)


async def test_nesting_too_deep_is_a_decode_error_not_a_recursion_error() -> None:
    deep = b"[" * 100_000 + b"]" * 100_000
    async with make_client(Recorder(httpx2.Response(200, content=deep))) as dhq:
        with pytest.raises(ResponseDecodeError, match="nested too deeply"):
            await dhq.projects.get("app")
    async with make_client(Recorder(httpx2.Response(422, content=deep)), max_retries=0) as dhq:
        with pytest.raises(ValidationError) as info:
            await dhq.projects.get("app")
    assert "non-JSON" in str(info.value)


async def test_credentials_a_server_echoes_back_are_redacted() -> None:
    token = base64.b64encode(f"{EMAIL}:{KEY}".encode()).decode()
    body = {"error": f"bad header Basic {token} for {EMAIL} with key {KEY}", "hint": f"check {KEY}"}
    async with make_client(Recorder(httpx2.Response(403, json=body)), max_retries=0) as dhq:
        with pytest.raises(PermissionDeniedError) as info:
            await dhq.projects.get("app")
    text = str(info.value)
    assert KEY not in text and EMAIL not in text and token not in text
    assert text.count("[redacted]") == 4


def _credential_forms() -> list[bytes]:
    token = base64.b64encode(f"{EMAIL}:{KEY}".encode()).decode()
    return [KEY.encode(), EMAIL.encode(), token.encode()]


async def _raised(response: httpx2.Response) -> DeployHQError:
    async with make_client(Recorder(response), max_retries=0) as dhq:
        with pytest.raises(DeployHQError) as info:
            await dhq.projects.create("New project")
    return info.value


async def test_errors_pickle_and_copy_with_every_attribute_and_no_credential(sleeps: list[float]) -> None:
    import copy
    import pickle

    body = {
        "errors": {"name": ["has already been taken"], "base": ["Projects limit reached"]},
        "error_code": "validation_failed",
        "hint": "Pick another name",
        "echo": f"Basic {base64.b64encode(f'{EMAIL}:{KEY}'.encode()).decode()}",
    }
    validation = await _raised(httpx2.Response(422, json=body, headers={"Retry-After": "7"}))
    limited = await _raised(httpx2.Response(429, json={"error": "slow down"}, headers={"Retry-After": "9999"}))
    decode = await _raised(
        httpx2.Response(201, content=b"<html>" + KEY.encode(), headers={"Content-Type": "text/html"})
    )
    assert isinstance(validation, ValidationError)
    assert isinstance(limited, RateLimitError)
    assert isinstance(decode, ResponseDecodeError)
    for error in (validation, limited, decode):
        data = pickle.dumps(error)
        for secret in _credential_forms():
            assert secret not in data, (type(error).__name__, secret)
        for twin in (pickle.loads(data), copy.copy(error), copy.deepcopy(error)):
            assert type(twin) is type(error)
            assert str(twin) == str(error)
            assert (twin.request.method, str(twin.request.url)) == ("POST", "https://acme.deployhq.com/projects")
            assert "authorization" not in twin.request.headers
            assert KEY not in repr(twin) and KEY not in repr(twin.request) and KEY not in repr(twin.response)
    twin = pickle.loads(pickle.dumps(validation))
    assert isinstance(twin, ValidationError)
    assert (twin.status_code, twin.error_code, twin.hint, twin.attempts) == (
        422,
        "validation_failed",
        "Pick another name",
        1,
    )
    assert twin.errors == {"name": ["has already been taken"]} and twin.base == ["Projects limit reached"]
    assert twin.retry_after == 7.0 and twin.may_have_been_processed is False
    assert twin.body["echo"] == "[redacted]"
    assert twin.response.json()["hint"] == "Pick another name"
    limited_twin = pickle.loads(pickle.dumps(limited))
    assert isinstance(limited_twin, RateLimitError)
    assert (limited_twin.status_code, limited_twin.retry_after, limited_twin.message) == (429, 9999.0, "slow down")
    decode_twin = pickle.loads(pickle.dumps(decode))
    assert isinstance(decode_twin, ResponseDecodeError)
    assert decode_twin.body == b"<html>[redacted]"


async def test_connection_errors_pickle_with_their_request_and_no_credential(sleeps: list[float]) -> None:
    import pickle

    from deployhq_async import APIConnectionError

    def refuse(request: httpx2.Request) -> httpx2.Response:
        raise httpx2.ReadError("connection reset", request=request)

    async with make_client(Recorder(refuse), max_retries=0) as dhq:
        with pytest.raises(APIConnectionError) as info:
            await dhq.projects.create("New project")
    data = pickle.dumps(info.value)
    assert not any(secret in data for secret in _credential_forms())
    twin = pickle.loads(data)
    assert type(twin) is type(info.value) and str(twin) == str(info.value)
    assert (twin.may_have_been_processed, twin.attempts) == (True, 1)
    assert (twin.request.method, twin.request.url.path) == ("POST", "/projects")
    assert twin.request.content == info.value.request.content and b"New project" in twin.request.content


def test_deployment_errors_pickle_with_their_deployment() -> None:
    import json
    import pickle
    from pathlib import Path

    from deployhq_async import DeploymentFailedError, DeploymentTimeoutError
    from deployhq_async.generated.models import Deployment

    body = json.loads((Path(__file__).parent / "fixtures" / "deployment.json").read_text())
    deployment = Deployment.from_dict(body)
    for cls in (DeploymentFailedError, DeploymentTimeoutError):
        error = cls("deployment d1 failed", deployment=deployment, status="failed")
        twin = pickle.loads(pickle.dumps(error))
        assert (type(twin), str(twin), twin.status) == (cls, "deployment d1 failed", "failed")
        assert twin.deployment.identifier == deployment.identifier
