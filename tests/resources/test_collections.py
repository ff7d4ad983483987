"""The table-driven CRUD collections: paths, bodies and results, one row per resource."""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType
from typing import Any

import httpx2
import pytest
from helpers import Recorder, make_client

import deployhq_async.resources
from deployhq_async import DeployHQError, NotInListingError
from deployhq_async._operations import operation_index
from deployhq_async.resources._base import AccountCollection, ProjectCollection

# attribute, URL prefix, create kwargs, create body, update kwargs, update body
PROJECT_ROWS = [
    (
        "servers",
        "/projects/app/servers",
        {"name": "web", "protocol_type": "ssh", "extra": {"hostname": "web.example", "port": 22}},
        {"server": {"name": "web", "protocol_type": "ssh", "hostname": "web.example", "port": 22}},
        {"enabled": False},
        {"server": {"enabled": False}},
    ),
    (
        "server_groups",
        "/projects/app/server_groups",
        {"name": "prod", "branch": "main"},
        {"server_group": {"name": "prod", "branch": "main"}},
        {"transfer_order": "parallel"},
        {"server_group": {"transfer_order": "parallel"}},
    ),
    (
        "config_files",
        "/projects/app/config_files",
        {"path": ".env", "body": "A=1", "build": True},
        {"config_file": {"path": ".env", "body": "A=1", "build": True}},
        {"body": "A=2"},
        {"config_file": {"body": "A=2"}},
    ),
    (
        "environment_variables",
        "/projects/app/environment_variables",
        {"name": "TOKEN", "value": "s3cret", "locked": True},
        {"environment_variable": {"name": "TOKEN", "value": "s3cret", "locked": True}},
        {"build_pipeline": False},
        {"environment_variable": {"build_pipeline": False}},
    ),
    (
        "excluded_files",
        "/projects/app/excluded_files",
        {"path": "node_modules/*"},
        {"excluded_file": {"path": "node_modules/*"}},
        {"path": "tmp/*"},
        {"excluded_file": {"path": "tmp/*"}},
    ),
    (
        "ssh_commands",
        "/projects/app/ssh_commands",
        {"command": "make restart", "timing": "after", "halt_on_error": True},
        {"command": {"command": "make restart", "timing": "after", "halt_on_error": True}},
        {"enabled": False},
        {"command": {"enabled": False}},
    ),
    (
        "build_commands",
        "/projects/app/build_commands",
        {"command": "npm ci", "description": "deps"},
        {"build_command": {"command": "npm ci", "description": "deps"}},
        {"command": "npm install"},
        {"build_command": {"command": "npm install"}},
    ),
    (
        "scheduled_deployments",
        "/projects/app/scheduled_deployments",
        {"server_identifier": "srv", "frequency": "daily", "extra": {"hour": 3}},
        {"scheduled_deployment": {"server_identifier": "srv", "frequency": "daily", "hour": 3}},
        {"at": "03:00", "extra": {"use_latest": True}},
        {"scheduled_deployment": {"at": "03:00", "use_latest": True}},
    ),
    (
        "integrations",
        "/projects/app/integrations",
        {"hook_type": "slack", "properties": {"channel": "#ops"}, "send_on_failure": True},
        {"integration": {"hook_type": "slack", "properties": {"channel": "#ops"}, "send_on_failure": True}},
        {"name": "ops"},
        {"integration": {"name": "ops"}},
    ),
]

ACCOUNT_ROWS = [
    (
        "global_config_files",
        "/global_config_files",
        {"path": "robots.txt", "body": "User-agent: *"},
        {"config_file": {"path": "robots.txt", "body": "User-agent: *"}},
        {"description": "robots"},
        {"config_file": {"description": "robots"}},
    ),
    (
        "global_environment_variables",
        "/global_environment_variables",
        {"name": "SHARED", "value": "v"},
        {"environment_variable": {"name": "SHARED", "value": "v"}},
        {"locked": True},
        {"environment_variable": {"locked": True}},
    ),
    (
        "global_servers",
        "/global_servers",
        {"name": "cdn", "protocol_type": "s3", "extra": {"bucket_name": "assets"}},
        {"server": {"name": "cdn", "protocol_type": "s3", "bucket_name": "assets"}},
        {"environment": "production"},
        {"server": {"environment": "production"}},
    ),
    (
        "users",
        "/users",
        {"first_name": "Ada", "email_address": "ada@acme.example"},
        {"user": {"first_name": "Ada", "email_address": "ada@acme.example"}},
        {"time_zone": "UTC"},
        {"user": {"time_zone": "UTC"}},
    ),
    (
        "teams",
        "/teams",
        {"name": "Ops", "user_ids": [3, 4]},
        {"team": {"name": "Ops", "user_ids": [3, 4]}},
        {"is_admin": True},
        {"team": {"is_admin": True}},
    ),
    (
        "templates",
        "/templates",
        {"name": "Laravel", "project_id": "app"},
        {"template": {"name": "Laravel", "project_id": "app"}},
        {"description": "PHP"},
        {"template": {"description": "PHP"}},
    ),
]

RECORD = {"identifier": "r-1", "name": "record", "id": 7}


def created(request: httpx2.Request) -> httpx2.Response:
    status = {"GET": 200, "POST": 201, "PATCH": 200, "DELETE": 200}[request.method]
    body: Any = [RECORD] if request.method == "GET" and not request.url.path.endswith("/r-1") else RECORD
    if request.method == "DELETE":
        body = {"status": "ok"}
    return httpx2.Response(status, json=body)


@pytest.mark.parametrize(("attr", "prefix", "create", "create_body", "update", "update_body"), PROJECT_ROWS)
async def test_project_collection(
    attr: str, prefix: str, create: dict[str, Any], create_body: Any, update: dict[str, Any], update_body: Any
) -> None:
    recorder = Recorder(created)
    async with make_client(recorder) as dhq:
        resource = getattr(dhq, attr)
        listed = await resource.list("app").collect()
        made = await resource.create("app", **create)
        changed = await resource.update("app", "r-1", **update)
        if attr != "build_commands":
            fetched = await resource.get("app", "r-1")
            assert fetched.additional_properties.get("name", getattr(fetched, "name", None)) == "record"
        assert await resource.delete("app", "r-1") is None
    assert len(listed) == 1
    assert type(made).__name__ == type(changed).__name__
    calls = [(r.method, r.url.path) for r in recorder.requests]
    expected = [("GET", prefix), ("POST", prefix), ("PATCH", f"{prefix}/r-1")]
    expected += [("GET", f"{prefix}/r-1")] if attr != "build_commands" else []
    assert calls == [*expected, ("DELETE", f"{prefix}/r-1")]
    assert recorder.body(1) == create_body
    assert recorder.body(2) == update_body


@pytest.mark.parametrize(("attr", "prefix", "create", "create_body", "update", "update_body"), ACCOUNT_ROWS)
async def test_account_collection(
    attr: str, prefix: str, create: dict[str, Any], create_body: Any, update: dict[str, Any], update_body: Any
) -> None:
    recorder = Recorder(created)
    async with make_client(recorder) as dhq:
        resource = getattr(dhq, attr)
        listed = await resource.list().collect()
        await resource.create(**create)
        await resource.update("r-1", **update)
        await resource.delete("r-1")
    assert len(listed) == 1
    calls = [(r.method, r.url.path) for r in recorder.requests]
    assert calls == [("GET", prefix), ("POST", prefix), ("PATCH", f"{prefix}/r-1"), ("DELETE", f"{prefix}/r-1")]
    assert recorder.body(1) == create_body
    assert recorder.body(2) == update_body


def test_every_collection_declares_generated_operations_of_its_verbs() -> None:
    index = operation_index()
    classes = {
        c
        for module in resource_modules()
        for c in vars(module).values()
        if isinstance(c, type) and issubclass(c, (ProjectCollection, AccountCollection)) and hasattr(c, "crud")
    }
    assert len(classes) == 15
    for cls in classes:
        for verb in ("list", "get", "delete"):
            module = getattr(cls.crud, verb)
            overridden = verb == "get" and cls.get is not cls.__mro__[1].get
            assert (module is None) == overridden, f"{cls.__name__}.{verb}"  # no get endpoint: found in the listing
            if module is not None:
                assert index[module.OPERATION] == module.__name__ and module.OPERATION.startswith(verb)


def resource_modules() -> list[ModuleType]:
    """Every module of the resources package (one per resource)."""
    package = deployhq_async.resources
    return [
        importlib.import_module(f"{package.__name__}.{info.name}") for info in pkgutil.iter_modules(package.__path__)
    ]


async def test_build_command_get_finds_it_in_the_listing() -> None:
    recorder = Recorder(httpx2.Response(200, json=[{"id": 3, "command": "a"}, {"id": 7, "command": "b"}]))
    async with make_client(recorder) as dhq:
        found = await dhq.build_commands.get("app", "7")
        with pytest.raises(NotInListingError, match="no build command '99'") as info:
            await dhq.build_commands.get("app", "99")
    assert found.command == "b"
    assert isinstance(info.value, DeployHQError) and isinstance(info.value, LookupError)
    assert info.value.may_have_been_processed is False


async def test_template_get_not_in_the_listing_is_a_deployhq_error() -> None:
    recorder = Recorder(httpx2.Response(200, json=[{"permalink": "php", "name": "PHP"}]))
    async with make_client(recorder) as dhq:
        assert (await dhq.templates.get("PHP")).permalink == "php"
        with pytest.raises(NotInListingError, match="no template 'go'"):
            await dhq.templates.get("go")


async def test_ssh_keys_zones_and_copy_to_project() -> None:
    recorder = Recorder(
        httpx2.Response(201, json={"identifier": "k-1", "title": "deploy", "public_key": "ssh-ed25519 AAAA"}),
        httpx2.Response(200, json=[{"identifier": "eu", "description": "Europe"}]),
        httpx2.Response(201, json={"identifier": "s-9", "name": "cdn"}),
        httpx2.Response(200, json={"status": "ok"}),
    )
    async with make_client(recorder) as dhq:
        key = await dhq.ssh_keys.create(title="deploy", key_type="ed25519")
        zones = await dhq.zones.list().collect()
        copied = await dhq.global_servers.copy_to_project("s-1", "app")
        await dhq.ssh_keys.delete("k-1")
    assert key.public_key == "ssh-ed25519 AAAA"
    assert zones[0].description == "Europe"
    assert copied.identifier == "s-9"
    assert recorder.body(0) == {"key_pair": {"title": "deploy", "key_type": "ed25519"}}
    assert (
        str(recorder.requests[2].url) == "https://acme.deployhq.com/global_servers/s-1/copy_to_project?project_id=app"
    )
    assert (recorder.requests[3].method, recorder.requests[3].url.path) == ("DELETE", "/ssh_keys/k-1")
