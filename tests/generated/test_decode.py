"""The generated client decodes what DeployHQ really returns (fixtures in tests/fixtures),
including every known divergence from the published document."""

from __future__ import annotations

import datetime
import json
from pathlib import Path
from typing import Any

import httpx2
import pytest
from deployhq_async.generated.api.config_files import get_project_config_file_by_id
from deployhq_async.generated.api.deployments import (
    get_project_deployment_by_id,
    list_project_deployment_step_logs,
    list_project_deployments,
)
from deployhq_async.generated.api.environment_variables import (
    delete_project_environment_variable,
    get_project_environment_variable_by_id,
)
from deployhq_async.generated.api.excluded_files import get_project_excluded_file_by_id
from deployhq_async.generated.api.projects import list_projects, status_badge_status_badge
from deployhq_async.generated.api.servers import list_project_servers
from deployhq_async.generated.api.ssh_commands import get_project_ssh_command_by_id
from deployhq_async.generated.api.ssh_keys import download_private_key_ssh_key_download_private_key
from deployhq_async.generated.models import Agent, AssignedServer, CommandServer, Repository
from deployhq_async.generated.types import UNSET

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"
PLUS_ONE = datetime.timezone(datetime.timedelta(hours=1))


def fixture(name: str) -> Any:
    return json.loads((FIXTURES / name).read_text())


def response(body: Any, status: int = 200) -> httpx2.Response:
    return httpx2.Response(status, json=body)


def test_deployment_with_every_known_divergence() -> None:
    dep = get_project_deployment_by_id.parse_response(response(fixture("deployment.json")))

    assert dep.status == "failed"
    # Objects the document calls non-nullable come back null.
    assert dep.project.repository is None
    assert dep.project.repository_url is None
    assert dep.start_revision is None
    # Timestamps decode to aware datetimes, nulls stay None.
    assert dep.timestamps.queued_at == datetime.datetime(2026, 2, 26, 13, 43, 29, tzinfo=PLUS_ONE)
    assert dep.timestamps.completed_at is None
    assert dep.end_revision.timestamp == datetime.datetime(2026, 2, 26, 12, 0, tzinfo=PLUS_ONE)
    assert dep.steps[0].updated_at == datetime.datetime(2026, 2, 26, 13, 44, 10, tzinfo=datetime.timezone.utc)
    # Integers the document calls strings.
    assert dep.timestamps.duration == 95
    step = dep.steps[0]
    assert (step.server, step.total_items, step.completed_items) == (81, 120, 37)
    # A server's agent is an object when set, null otherwise; its port a string or an int.
    first, second = dep.servers
    assert isinstance(first.agent, Agent)
    assert first.agent.identifier == "agent-7"
    assert first.agent.online is True
    assert second.agent is None
    assert (first.port, second.port) == ("2222", 22)
    assert first.created_at == datetime.datetime(2026, 1, 10, 9, 0, tzinfo=datetime.timezone.utc)
    # The per-server file map is keyed by server identifier.
    files = dep.files.additional_properties["0b1e5a3c-7d2f-4e6a-8c9b-1a2d3e4f5a6b"]
    assert files.changed == ["index.php"]
    # A field the document does not know is kept.
    assert dep.additional_properties == {"rollback_of": "0000-unknown-to-the-document"}


def test_deployment_round_trips_unknown_fields() -> None:
    body = fixture("deployment.json")
    dep = get_project_deployment_by_id.parse_response(response(body))
    again = dep.to_dict()
    assert again["rollback_of"] == body["rollback_of"]
    assert again["steps"][0]["server"] == 81
    assert again["timestamps"]["queued_at"] == "2026-02-26T13:43:29+01:00"


def test_deployment_page() -> None:
    page = list_project_deployments.parse_response(response(fixture("deployment_page.json")))
    assert (page.pagination.current_page, page.pagination.total_pages, page.pagination.total_records) == (2, 5, 47)
    assert [r.identifier for r in page.records] == ["d-11", "d-12"]
    assert page.records[0].timestamps.duration == 12
    assert page.records[1].timestamps.duration is None
    assert page.records[1].timestamps.started_at is None
    assert page.records[1].project is None
    assert page.records[0].servers[0].agent.identifier == "agent-7"


def test_servers_with_object_agents_and_either_kind_of_port() -> None:
    servers = list_project_servers.parse_response(response(fixture("server_list.json")))
    assert [s.name for s in servers] == ["web-1", "web-2"]
    assert isinstance(servers[0].agent, Agent)
    assert servers[0].agent.name == "dc-agent"
    assert servers[1].agent is None
    assert (servers[0].port, servers[1].port) == ("2222", 22)
    assert servers[0].last_revision is None
    assert servers[0].static_hosting is None


def test_projects_without_a_repository() -> None:
    projects = list_projects.parse_response(response(fixture("project_list.json")))
    bare, full = projects
    assert bare.repository is None and bare.repository_url is None and bare.last_deployed_at is None
    assert isinstance(full.repository, Repository)
    assert full.repository.url == "git@example.com:acme/web.git"
    assert full.repository.port is None
    assert full.last_deployed_at == datetime.datetime(2026, 2, 26, 13, 43, 29, tzinfo=PLUS_ONE)


@pytest.mark.parametrize(
    ("key", "module", "model"),
    [
        ("excluded_file", get_project_excluded_file_by_id, AssignedServer),
        ("config_file", get_project_config_file_by_id, AssignedServer),
        ("ssh_command", get_project_ssh_command_by_id, CommandServer),
    ],
)
def test_servers_listed_as_objects(key: str, module: Any, model: type) -> None:
    body = fixture("servers_as_objects.json")[key]
    result = module.parse_response(response(body))
    first = result.servers[0]
    assert isinstance(first, model)
    assert first.identifier == body["servers"][0]["identifier"]
    assert first.name == body["servers"][0]["name"]


def test_a_server_listed_by_identifier_alone_is_kept() -> None:
    body = fixture("servers_as_objects.json")["ssh_command"]
    command = get_project_ssh_command_by_id.parse_response(response(body))
    assert command.servers[1] == "s-legacy"
    assert command.timing == "after"


def test_config_file_server_agent_and_port() -> None:
    body = fixture("servers_as_objects.json")["config_file"]
    config = get_project_config_file_by_id.parse_response(response(body))
    assert config.servers[0].agent.identifier == "agent-7"
    assert config.servers[0].port == "22"


def test_log_entry_ids_are_integers() -> None:
    entries = list_project_deployment_step_logs.parse_response(response(fixture("log_entries.json")))
    assert [e.id for e in entries] == [9001, 9002]
    assert entries[0].detail is None
    assert entries[1].type_ == "error"


def test_environment_variable_has_properties() -> None:
    var = get_project_environment_variable_by_id.parse_response(response(fixture("environment_variable.json")))
    assert (var.identifier, var.name, var.masked_value, var.locked) == (125, "API_KEY", "********", False)
    assert var.created_at == datetime.datetime(2025, 1, 27, 12, 30, tzinfo=datetime.timezone.utc)
    assert var.additional_properties == {}


def test_empty_204_badge_bytes_and_private_key_text() -> None:
    assert delete_project_environment_variable.parse_response(httpx2.Response(204)) is None
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><text>deployed</text></svg>'
    badge = httpx2.Response(200, content=svg, headers={"Content-Type": "image/svg+xml"})
    assert status_badge_status_badge.parse_response(badge) == svg
    key = httpx2.Response(200, text="-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n")
    text = download_private_key_ssh_key_download_private_key.parse_response(key)
    assert text.startswith("-----BEGIN OPENSSH PRIVATE KEY-----")


def test_values_the_published_document_allows_are_read_not_set_aside() -> None:
    """Repairs only widen: the document's number for a duration, its null-or-string
    `atomic` of an SSH command's server, anything in an excluded file's servers,
    and what real bodies add (`notify_email: false`) all read as sent."""
    from deployhq_async.generated.api.servers import get_project_server_by_id
    from deployhq_async.generated.types import decoding

    body = dict(fixture("deployment.json"))
    body["timestamps"] = dict(body["timestamps"], duration=12.5)
    command = dict(fixture("servers_as_objects.json")["ssh_command"])
    command["servers"] = [dict(command["servers"][0], atomic="copy_release")]
    excluded = dict(fixture("servers_as_objects.json")["excluded_file"], servers=[7, {"identifier": "s-1"}])
    with decoding() as current:
        deployment = get_project_deployment_by_id.parse_response(response(body))
        ssh = get_project_ssh_command_by_id.parse_response(response(command))
        files = get_project_excluded_file_by_id.parse_response(response(excluded))
        server = get_project_server_by_id.parse_response(response(dict(fixture("server.json"), notify_email=False)))
    assert deployment.timestamps.duration == 12.5
    assert isinstance(ssh.servers[0], CommandServer) and ssh.servers[0].atomic == "copy_release"
    assert files.servers[0] == 7 and isinstance(files.servers[1], AssignedServer)
    assert server.notify_email is False
    assert current.mismatches == []
