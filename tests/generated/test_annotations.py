"""Every decoded value matches its annotation: realistic bodies of the main
resources, decoded, then walked with typing.get_type_hints."""

from __future__ import annotations

import datetime
import json
import types
import typing
from pathlib import Path
from typing import Any

import attrs
import httpx2
import pytest
from deployhq_async.generated.api.config_files import get_project_config_file_by_id
from deployhq_async.generated.api.deployments import (
    get_project_deployment_by_id,
    list_project_deployment_step_logs,
    list_project_deployments,
)
from deployhq_async.generated.api.environment_variables import get_project_environment_variable_by_id
from deployhq_async.generated.api.excluded_files import get_project_excluded_file_by_id
from deployhq_async.generated.api.projects import list_projects
from deployhq_async.generated.api.server_groups import get_project_server_group_by_id
from deployhq_async.generated.api.servers import get_project_server_by_id, list_project_servers
from deployhq_async.generated.api.ssh_commands import get_project_ssh_command_by_id
from deployhq_async.generated.types import Unset

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def fixture(name: str, key: str | None = None) -> Any:
    body = json.loads((FIXTURES / name).read_text())
    return body if key is None else body[key]


def conforms(value: object, hint: Any, where: str, seen: list[str]) -> None:
    """Fail unless `value` is an instance of `hint`; recurse into models and lists."""
    seen.append(where)
    origin = typing.get_origin(hint)
    if hint is Any:
        return
    if origin in (typing.Union, types.UnionType):
        members = typing.get_args(hint)
        errors = []
        for member in members:
            try:
                conforms(value, member, where, [])
            except AssertionError as exc:
                errors.append(str(exc))
            else:
                conforms(value, member, where, seen)
                return
        raise AssertionError(f"{where}: {value!r} fits none of {hint}: {errors}")
    if origin is list:
        assert isinstance(value, list), f"{where}: {type(value).__name__} is not a list"
        (item,) = typing.get_args(hint)
        for i, element in enumerate(value):
            conforms(element, item, f"{where}[{i}]", seen)
        return
    if origin is dict:
        assert isinstance(value, dict), f"{where}: {type(value).__name__} is not a dict"
        _, item = typing.get_args(hint)
        for key, element in value.items():
            conforms(element, item, f"{where}[{key!r}]", seen)
        return
    if hint is type(None):
        assert value is None, f"{where}: {value!r} is not None"
        return
    if hint is float:
        assert isinstance(value, (int, float)) and not isinstance(value, bool), f"{where}: {value!r} is not a number"
        return
    if hint is int:
        assert isinstance(value, int) and not isinstance(value, bool), f"{where}: {value!r} is not an int"
        return
    assert isinstance(hint, type), f"{where}: cannot check {hint}"
    assert isinstance(value, hint), f"{where}: {type(value).__name__} {value!r} is not {hint.__name__}"
    if attrs.has(hint):
        for name, field_hint in typing.get_type_hints(hint).items():
            conforms(getattr(value, name), field_hint, f"{where}.{name}", seen)


def decoded(module: Any, body: Any) -> Any:
    return module.parse_response(httpx2.Response(200, json=body))


CASES = [
    (get_project_deployment_by_id, "deployment.json", None),
    (get_project_deployment_by_id, "deployment_string_counters.json", None),
    (list_project_deployments, "deployment_page.json", None),
    (list_projects, "project_list.json", None),
    (list_project_servers, "server_list.json", None),
    (get_project_server_by_id, "server.json", None),
    (get_project_server_group_by_id, "server_group.json", None),
    (get_project_excluded_file_by_id, "servers_as_objects.json", "excluded_file"),
    (get_project_config_file_by_id, "servers_as_objects.json", "config_file"),
    (get_project_ssh_command_by_id, "servers_as_objects.json", "ssh_command"),
    (list_project_deployment_step_logs, "log_entries.json", None),
    (get_project_environment_variable_by_id, "environment_variable.json", None),
]


@pytest.mark.parametrize(("module", "name", "key"), CASES, ids=[f"{c[1]}:{c[2] or ''}" for c in CASES])
def test_decoded_values_match_their_annotations(module: Any, name: str, key: str | None) -> None:
    result = decoded(module, fixture(name, key))
    seen: list[str] = []
    conforms(result, typing.get_type_hints(module.parse_response)["return"], "result", seen)
    assert len(seen) > 5


def test_string_counters_are_typed_as_sent() -> None:
    dep = decoded(get_project_deployment_by_id, fixture("deployment_string_counters.json"))
    assert dep.timestamps.duration == "29"
    step = dep.steps[0]
    assert (step.server, step.total_items, step.completed_items) == ("srv-001", "15", "15")
    assert typing.get_type_hints(type(step))["total_items"] == int | None | str
    assert dep.timestamps.queued_at == datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)


def test_servers_get_is_the_full_server_and_deployment_servers_have_a_port() -> None:
    server = decoded(get_project_server_by_id, fixture("server.json"))
    assert type(server).__name__ == "Server"
    assert (server.atomic_strategy, server.position, server.port) == ("copy_release", 1, "22")
    assert server.additional_properties == {
        "hostname": "web.example.com",
        "username": "deploy",
        "use_ssh_keys": True,
        "host_key": "ssh-ed25519 AAAA",
        "unlink_before_upload": False,
    }
    dep = decoded(get_project_deployment_by_id, fixture("deployment_string_counters.json"))
    assert dep.servers[0].port == 22
    assert "port" not in dep.servers[0].additional_properties


def test_the_check_catches_a_value_that_contradicts_its_annotation() -> None:
    from deployhq_async.generated.models import Deployment, DeploymentTimestamps

    lying = Deployment(identifier="d-1", status="running", timestamps=DeploymentTimestamps(queued_at="yesterday"))  # type: ignore[arg-type]
    with pytest.raises(AssertionError, match=r"result.timestamps.queued_at: str 'yesterday' is not datetime"):
        conforms(lying, Deployment, "result", [])


@pytest.mark.parametrize(("module", "name", "key"), CASES, ids=[f"{c[1]}:{c[2] or ''}" for c in CASES])
def test_real_bodies_decode_with_no_value_set_aside_but_odd_times(module: Any, name: str, key: str | None) -> None:
    """What DeployHQ really sends fits the repaired document: nothing reads as
    None for want of a type (a time that is not ISO 8601 may; `*_at` and
    `timestamp` are refined to date-times, openapi/rules.toml [timestamps])."""
    from deployhq_async.generated.types import decoding

    with decoding() as current:
        decoded(module, fixture(name, key))
    set_aside = [m for m in current.mismatches if not (m[1].endswith("_at") or m[1] == "timestamp")]
    assert set_aside == []
