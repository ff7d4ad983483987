"""`call()` reaches all 191 generated operations with the facade's auth, retries and errors."""

from __future__ import annotations

import importlib
import inspect
from typing import Any

import httpx2
import pytest
from helpers import Recorder, make_client

from deployhq_async import ServiceUnavailableError
from deployhq_async._operations import operation_index, snake_case
from deployhq_async.errors import UnknownOperationError


class Body:
    """Stands in for any generated request body model."""

    def to_dict(self) -> dict[str, Any]:
        return {"probe": True}


def arguments(module: Any) -> tuple[list[str], dict[str, Any]]:
    positional: list[str] = []
    keywords: dict[str, Any] = {}
    for name, param in inspect.signature(module.build_request).parameters.items():
        if param.kind is param.POSITIONAL_OR_KEYWORD:
            positional.append(f"v-{name}")
        elif param.default is param.empty:
            keywords[name] = Body() if name == "body" else f"v-{name}"
    return positional, keywords


def success(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(200, json={})


async def test_every_operation_runs_through_call() -> None:
    index = operation_index()
    assert len(index) == 191
    recorder = Recorder(success)
    async with make_client(recorder) as dhq:
        for name, path in sorted(index.items()):
            module = importlib.import_module(path)
            positional, keywords = arguments(module)
            try:
                await dhq.call(name, *positional, **keywords)
            except Exception as exc:  # decoding `{}` may fail for list results; the request is what matters
                assert type(exc).__name__ == "ResponseDecodeError", (name, exc)
            request = recorder.requests[-1]
            expected_path = module.PATH.format(**{value[2:]: value for value in positional})
            assert request.method == module.METHOD, name
            assert request.url.path == expected_path, name
            assert request.headers["Authorization"].startswith("Basic "), name
    assert recorder.count == 191


def test_every_operation_id_of_the_document_resolves(pinned_spec: dict[str, Any]) -> None:
    index = operation_index()
    ids = [op["operationId"] for item in pinned_spec["paths"].values() for op in item.values() if "operationId" in op]
    assert len(ids) == 191
    assert sorted(snake_case(i) for i in ids) == sorted(index)


async def test_call_by_id_module_and_module_name_with_retries(sleeps: list[float]) -> None:
    from deployhq_async.generated.api.deployments import get_project_deployment_by_id

    recorder = Recorder(
        httpx2.Response(503, headers={"Retry-After": "0.5"}),
        httpx2.Response(200, json={"identifier": "d-1", "status": "running"}),
    )
    async with make_client(recorder) as dhq:
        by_id = await dhq.call("getProjectDeploymentById", "app", "d-1")
        by_module = await dhq.call(get_project_deployment_by_id, "app", "d-1")
        by_name = await dhq.call("deployments.get_project_deployment_by_id", project_id="app", id="d-1")
    assert by_id.status == by_module.status == by_name.status == "running"
    assert recorder.count == 4
    assert sleeps == [0.5]


async def test_call_errors_before_sending() -> None:
    recorder = Recorder()
    async with make_client(recorder) as dhq:
        with pytest.raises(UnknownOperationError, match="no operation named 'deployEverything'"):
            await dhq.call("deployEverything")
        with pytest.raises(TypeError):
            await dhq.call("getProjectDeploymentById", "app")  # missing id
        with pytest.raises(TypeError):
            await dhq.call(42)  # type: ignore[arg-type]
    assert recorder.count == 0


async def test_call_raises_the_facade_errors(sleeps: list[float]) -> None:
    async with make_client(Recorder(httpx2.Response(503)), max_retries=1) as dhq:
        with pytest.raises(ServiceUnavailableError) as info:
            await dhq.call("listZones")
    assert info.value.attempts == 2


async def test_call_takes_a_plain_dict_body_as_the_request_model() -> None:
    recorder = Recorder(httpx2.Response(201, json={"identifier": "d-9", "status": "pending"}))
    async with make_client(recorder) as dhq:
        created = await dhq.call(
            "createProjectDeployment",
            "app",
            body={"deployment": {"parent_identifier": "srv", "end_revision": "abc", "not_in_the_document": 1}},
        )
        with pytest.raises(TypeError, match="the body lacks the required field 'deployment'"):
            await dhq.call("createProjectDeployment", "app", body={"parent_identifier": "srv"})
        with pytest.raises(TypeError, match="list_zones takes no JSON body"):
            await dhq.call("listZones", body={"x": 1})
    assert (created.identifier, created.status) == ("d-9", "pending")
    assert recorder.count == 1
    assert recorder.body() == {
        "deployment": {"parent_identifier": "srv", "end_revision": "abc", "not_in_the_document": 1}
    }


async def test_a_delete_answered_without_a_body_is_none_as_its_type_says() -> None:
    import typing

    from deployhq_async.generated.api.projects import delete_project

    assert type(None) in typing.get_args(typing.get_type_hints(delete_project.parse_response)["return"])
    recorder = Recorder(httpx2.Response(200, content=b""), httpx2.Response(200, json={"status": "ok"}))
    async with make_client(recorder) as dhq:
        assert await dhq.call("deleteProject", "app") is None
        assert (await dhq.call("deleteProject", "app")).status == "ok"  # type: ignore[union-attr]


# The operations whose success answer is not JSON (openapi/rules.toml [media_types]).
NOT_JSON = {
    "status_badge_status_badge": ("image/svg+xml", b"<svg xmlns='http://www.w3.org/2000/svg'/>", bytes),
    "status_badge_status_badge_by_identifier": ("image/svg+xml", b"<svg/>", bytes),
    "download_private_key_ssh_key_download_private_key": ("text/plain", b"-----BEGIN KEY-----\nabc\n", str),
}


@pytest.mark.parametrize("name", sorted(NOT_JSON))
async def test_an_operation_answering_other_than_json_asks_for_that_and_returns_it_undecoded(name: str) -> None:
    media, body, kind = NOT_JSON[name]
    recorder = Recorder(httpx2.Response(200, headers={"Content-Type": media}, content=body))
    async with make_client(recorder) as dhq:
        module = importlib.import_module(operation_index()[name])
        positional, keywords = arguments(module)
        result = await dhq.call_untyped(name, *positional, **keywords)
    assert recorder.requests[0].headers["Accept"] == f"{media}, application/json;q=0.5"  # errors stay JSON
    assert type(result) is kind
    assert result == (body if kind is bytes else body.decode())  # not JSON-decoded, not quoted


async def test_every_other_operation_asks_for_json() -> None:
    recorder = Recorder(success)
    async with make_client(recorder) as dhq:
        for name, path in sorted(operation_index().items()):
            if name in NOT_JSON:
                continue
            positional, keywords = arguments(importlib.import_module(path))
            try:
                await dhq.call(name, *positional, **keywords)
            except Exception as exc:
                assert type(exc).__name__ == "ResponseDecodeError", (name, exc)
            assert recorder.requests[-1].headers["Accept"] == "application/json", name
    assert recorder.count == 191 - len(NOT_JSON)
