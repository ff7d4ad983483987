"""Real DeployHQ bodies that disagree with the document still decode: a value
that fits none of an optional field's types reads as None, stays reachable
under its name in `additional_properties`, and is logged once per field;
`strict=True` makes each an error naming the field. Fields the facade works
with (rules.toml [required]) always fail the call."""

from __future__ import annotations

import copy
import json
import logging
from pathlib import Path
from typing import Any

import attrs
import httpx2
import pytest
from helpers import Recorder, make_client, normalised

from deployhq_async import ResponseDecodeError

FIXTURES = Path(__file__).parent / "fixtures"
LOGGER = "deployhq_async"


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


async def server_get(dhq: Any) -> Any:
    return await dhq.servers.get("app", "srv1")


async def group_get(dhq: Any) -> Any:
    return await dhq.server_groups.get("app", "g-1")


async def deployment_get(dhq: Any) -> Any:
    return await dhq.deployments.get("app", "d-1")


async def undeployed(dhq: Any) -> Any:
    return await dhq.call("undeployedChangesProjectUndeployedChange", "app")


GROUP = {
    "identifier": "g-1",
    "name": "Web",
    "servers": [dict(fixture("server.json"), notify_email=7)],
}
UNDEPLOYED = {
    "count": 1,
    "commits": [{"ref": "abc", "author": "A", "message": "Fix", "timestamp": "Tuesday, two o'clock"}],
}

# (call, body, where the odd value is, the value, the model and field it lands in,
#  how to read the field, its JSON type)
CASES = [
    ("bool for string", server_get, fixture("server.json"), "server_path", True, "Server", "server_path", "boolean"),
    (
        "list for string",
        deployment_get,
        fixture("deployment.json"),
        "configuration.notification_addresses",
        ["ops@example.com", "dev@example.com"],
        "DeploymentConfiguration",
        "configuration.notification_addresses",
        "array",
    ),
    ("object for string", deployment_get, fixture("deployment.json"), "branch", {"name": "main"}, "Deployment",
     "branch", "object"),
    ("string for integer", server_get, fixture("server.json"), "position", "first", "Server", "position", "string"),
    ("non-ISO date", undeployed, UNDEPLOYED, "commits.0.timestamp", "Tuesday, two o'clock",
     "UndeployedChangesCommitsItem", "commits.0.timestamp", "string"),
    ("a nested server's number for string", group_get, GROUP, "servers.0.notify_email", 7, "ServerGroupServersItem",
     "servers.0.notify_email", "number"),
]  # fmt: skip


@pytest.fixture
def fresh_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    """Warnings are once per process: each test starts as a fresh process would."""
    from deployhq_async import _operations

    monkeypatch.setattr(_operations, "_warned", set())


def read(result: Any, path: str) -> tuple[Any, Any]:
    """The model holding the last part of `path`, and the field's value."""
    *parents, last = path.split(".")
    node = result
    for part in parents:
        node = node[int(part)] if part.isdigit() else getattr(node, part)
    return node, getattr(node, last)


def apply(body: Any, path: str, value: object) -> Any:
    changed = copy.deepcopy(body)
    *parents, last = path.split(".")
    node = changed
    for part in parents:
        node = node[int(part)] if part.isdigit() else node[part]
    node[last] = value
    return changed


@pytest.mark.parametrize(
    ("call", "body", "path", "value", "model", "field", "kind"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
async def test_an_odd_value_reads_as_none_and_is_kept_under_its_name(
    caplog: pytest.LogCaptureFixture,
    fresh_warnings: None,
    call: Any,
    body: Any,
    path: str,
    value: object,
    model: str,
    field: str,
    kind: str,
) -> None:
    sent = apply(body, path, value)
    caplog.set_level(logging.WARNING, logger=LOGGER)
    recorder = Recorder(httpx2.Response(200, json=sent))
    async with make_client(recorder) as dhq:
        result = await call(dhq)
        again = await call(dhq)
    holder, read_value = read(result, field)
    name = field.rsplit(".", 1)[-1]
    assert read_value is None
    assert type(holder).__name__ == model
    assert holder.additional_properties[name] == value  # unchanged, under its name
    assert normalised(result.to_dict()) == normalised(sent)
    assert again == result
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1  # once per field and process, not per call
    message = warnings[0].getMessage()
    assert f"{model}.{name} is a JSON {kind}" in message and f"additional_properties[{name!r}]" in message
    assert json.dumps(value) not in message  # types, never values


@pytest.mark.parametrize(
    ("call", "body", "path", "value", "model", "field", "kind"),
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
async def test_in_strict_mode_an_odd_value_is_a_decode_error_naming_the_field(
    call: Any, body: Any, path: str, value: object, model: str, field: str, kind: str
) -> None:
    recorder = Recorder(httpx2.Response(200, json=apply(body, path, value)))
    name = field.rsplit(".", 1)[-1]
    async with make_client(recorder, strict=True) as dhq:
        assert dhq.strict and not dhq.with_options(strict=False).strict
        with pytest.raises(ResponseDecodeError, match=f"field '{name}' is {type(value).__name__}"):
            await call(dhq)
    async with make_client(recorder) as lenient:
        with pytest.raises(ResponseDecodeError, match=f"field '{name}'"):
            await call(lenient.with_options(strict=True))


async def test_a_missing_optional_object_reads_as_none_and_is_not_invented() -> None:
    body = fixture("deployment.json")
    del body["configuration"], body["project"]
    async with make_client(Recorder(httpx2.Response(200, json=body))) as dhq:
        deployment = await dhq.deployments.get("app", "d-1")
    assert deployment.configuration is None and deployment.project is None
    assert "configuration" not in deployment.to_dict() and "project" not in deployment.to_dict()
    assert deployment.to_dict()["start_revision"] is None  # a null the body sent stays a null


ODD_REQUIRED = [
    # body, (identifier, status) as read, what stays in additional_properties, the strict error
    ({"identifier": "d-1", "status": ["running"]}, ("d-1", None), {"status": ["running"]}, "field 'status' is list"),
    ({"identifier": 987, "status": "running"}, ("987", "running"), {}, "field 'identifier' is int, expected str"),
    ({"identifier": {"id": 1}, "status": "running"}, (None, "running"), {"identifier": {"id": 1}}, "is dict"),
    ({"status": "running"}, (None, "running"), {}, "required field 'identifier' is missing"),
]


@pytest.mark.parametrize(("body", "read", "kept", "reason"), ODD_REQUIRED, ids=["list", "int", "object", "missing"])
async def test_an_odd_field_the_facade_works_with_reads_like_an_optional_one_and_fails_only_when_strict(
    body: dict[str, Any],
    read: tuple[Any, Any],
    kept: dict[str, Any],
    reason: str,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from deployhq_async import _operations

    monkeypatch.setattr(_operations, "_warned", set())  # each oddity is told once a process
    async with make_client(Recorder(httpx2.Response(200, json=body))) as dhq:
        deployment = await dhq.deployments.get("app", "d-1")
    assert (deployment.identifier, deployment.status) == read  # converted where nothing is lost, else None
    assert deployment.additional_properties == kept  # the value that fit nothing is kept
    if read.count(None):
        assert "reads as None" in caplog.text
    # A listing returns every record it received, odd ones included.
    page = {"records": [body, {"identifier": "d-2", "status": "completed"}], "pagination": {"total_pages": 1}}
    async with make_client(Recorder(httpx2.Response(200, json=page))) as dhq:
        records = await dhq.deployments.list("app").collect()
    assert [(r.identifier, r.status) for r in records] == [read, ("d-2", "completed")]
    async with make_client(Recorder(httpx2.Response(200, json=body)), strict=True) as dhq:
        with pytest.raises(ResponseDecodeError, match=reason):
            await dhq.deployments.get("app", "d-1")


async def test_a_number_in_a_string_of_digits_reads_as_the_number_and_other_strings_do_not() -> None:
    from deployhq_async.generated.types import decoding, required_value

    with decoding(strict=False) as current:
        assert required_value({"n": "3"}, "M", "n", int) == 3
        assert required_value({"n": "-12"}, "M", "n", int) == -12
        kept: dict[str, Any] = {"n": "007"}
        assert required_value(kept, "M", "n", int) is None  # "007" -> 7 -> "7": not the same text
        assert kept == {"n": "007"}
        assert required_value({"n": True}, "M", "n", str) is None  # a boolean is no identifier
        assert required_value({"n": 2}, "M", "n", float) == 2.0
    assert [m[1:] for m in current.mismatches] == [("n", "string"), ("n", "boolean")]
    with pytest.raises(KeyError):  # outside decoding (a request body): as strict
        required_value({}, "M", "n", str)


async def test_a_page_whose_records_are_not_a_list_is_a_decode_error_not_an_empty_listing() -> None:
    for records in ("not a list", None):
        page = {"records": records, "pagination": {"total_pages": 1}}
        async with make_client(Recorder(httpx2.Response(200, json=page))) as dhq:
            with pytest.raises(ResponseDecodeError, match="records"):
                await dhq.deployments.list("app").collect()


async def test_a_deployment_timestamps_without_queued_at_keeps_the_rest_of_the_object() -> None:
    # queued_at is required inside the timestamps object: it alone reads as None.
    body = {"identifier": "d-1", "status": "running", "timestamps": {"started_at": "2026-12-07T10:00:00Z"}}
    async with make_client(Recorder(httpx2.Response(200, json=body))) as dhq:
        deployment = await dhq.deployments.get("app", "d-1")
    assert deployment.timestamps is not None
    assert deployment.timestamps.queued_at is None
    assert deployment.timestamps.started_at is not None and deployment.timestamps.started_at.hour == 10
    assert deployment.additional_properties == {}


async def test_response_models_are_immutable_and_print_what_they_hold() -> None:
    body = {"identifier": "d-1", "status": "running", "branch": None, "ticket": "OPS-1"}
    async with make_client(Recorder(httpx2.Response(200, json=body))) as dhq:
        deployment = await dhq.deployments.get("app", "d-1")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        deployment.status = "completed"  # type: ignore[misc]
    assert (
        repr(deployment) == "Deployment(identifier='d-1', status='running', additional_properties={'ticket': 'OPS-1'})"
    )
    assert "Unset" not in repr(deployment) and deployment.to_dict() == body
