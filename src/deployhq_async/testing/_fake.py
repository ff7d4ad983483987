"""FakeDeployHQ: an in-memory DeployHQ account that speaks the API's JSON."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import fnmatch
import importlib
import json
import random
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote

import httpx2

from .._clock import SYSTEM_CLOCK, Clock
from .._status import DEPLOYMENT_MODES
from .._status import DeploymentStatus as Status
from ._faults import ConnectionDropped, Fault, FaultRule
from ._schema import body_errors
from ._state import Deployment, Json, Project, Server, ServerGroup, new_uuid, timestamp

if TYPE_CHECKING:
    from .._client import DeployHQ
    from ..resources._base import Collection

__all__ = ["FakeDeployHQ", "FakeResponse", "RequestRecord"]

LOG_PAGE = 50
LOG_ENTRIES_PER_STEP = 120


@dataclass(frozen=True)
class FakeResponse:
    status: int
    body: bytes
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json; charset=utf-8"),)
    truncated: bool = False  # the connection breaks halfway through the body


@dataclass(frozen=True)
class RequestRecord:
    """One request the fake received: what it answered, or the fault it met."""

    method: str
    path: str
    status: int | None
    fault: str | None = None
    operation: str | None = None  # the generated operation it was routed to
    body: bytes = b""  # what the fake answered
    at: float = 0.0  # when it arrived, on the fake's clock


class _Error(Exception):
    def __init__(self, status: int, body: Json) -> None:
        self.status = status
        self.body = body


def _not_found(what: str) -> _Error:
    return _Error(
        404,
        {
            "error": f"{what} not found",
            "error_code": "record_not_found",
            "hint": "Check the permalink or identifier; list the records to see what exists.",
        },
    )


def _invalid(errors: dict[str, list[str]]) -> _Error:
    return _Error(422, dict(errors))


Handler = Callable[..., Any]


class FakeDeployHQ:
    """A stateful, in-memory DeployHQ account for tests.

    Connect in-process with `DeployHQ(..., transport=fake.transport())`, or over a
    real loopback socket with `async with fake.serve() as base_url:`; or let
    `fake.client()` make a client wired to it. Deployments go pending -> running
    -> completed (or failed) as the clock moves: pass a virtual clock from
    `deployhq_async.testing` (`AutojumpClock()`, or `ManualClock()` and
    `advance()`), which `fake.client()` shares, or keep real time with short
    `pending_seconds` / `running_seconds`.
    """

    def __init__(
        self,
        *,
        email: str = "test@example.com",
        api_key: str = "0123456789abcdef0123456789abcdef01234567",
        account: str = "test",
        clock: Clock | None = None,
        pending_seconds: float = 1.0,
        running_seconds: float = 5.0,
        seed: int = 0,
    ) -> None:
        self.email = email
        self.account = account
        self._api_key = api_key
        self._authorization = "Basic " + base64.b64encode(f"{email}:{api_key}".encode()).decode()
        self.clock: Clock = clock if clock is not None else SYSTEM_CLOCK
        self.pending_seconds = pending_seconds
        self.running_seconds = running_seconds
        self.api_access_restricted = False
        # DeployHQ gives a deployment's `deployment_overview` back as its
        # `overview`; False models a server (or proxy) that drops it.
        self.echo_overview = True
        self.projects: dict[str, Project] = {}
        self.global_environment_variables: dict[str, Json] = {}
        self.requests: list[RequestRecord] = []
        self._faults: list[FaultRule] = []
        self._rng = random.Random(seed)
        self._fail_next = 0
        self._handlers = self._handler_table()
        self._routes = self._route_table()

    # --- seeding ----------------------------------------------------------------------

    def add_project(self, name: str, *, permalink: str | None = None, repository_url: str | None = None) -> Project:
        """Add a project; without `repository_url` it has no repository (`null`)."""
        slug = permalink or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        repo = {"scm_type": "git", "url": repository_url, "port": None, "branch": "main"} if repository_url else None
        project = Project(name=name, permalink=slug, repository=repo)
        self.projects[project.permalink] = project
        return project

    def add_server(
        self,
        project: str | Project,
        name: str,
        *,
        group: str | None = None,
        fail_deployments: bool = False,
        agent: Json | None = None,
    ) -> Server:
        """Add a server to a project (and to server group `group`, by identifier)."""
        owner = project if isinstance(project, Project) else self._project(project)
        server = Server(name=name, group=group, fail_deployments=fail_deployments, agent=agent)
        server.created_at = self.clock.now()
        owner.servers[server.identifier] = server
        return server

    def add_server_group(self, project: str | Project, name: str) -> ServerGroup:
        owner = project if isinstance(project, Project) else self._project(project)
        group = ServerGroup(name=name)
        owner.server_groups[group.identifier] = group
        return group

    def add_deployment(
        self, project: str | Project, server: Server | ServerGroup, end_revision: str, *, overview: str | None = None
    ) -> Deployment:
        """Record a deployment as if it had been made now (it then runs on the clock)."""
        owner = project if isinstance(project, Project) else self._project(project)
        deployment = self._new_deployment(owner, server.identifier, end_revision)
        deployment.overview = overview
        return deployment

    def fail_next_deployments(self, count: int = 1) -> None:
        """The next `count` deployments created end in `failed`."""
        self._fail_next += count

    def deployments(self, project: str | None = None) -> list[Deployment]:
        """Every deployment created, oldest first (of one project, if given)."""
        owners = [self._project(project)] if project else list(self.projects.values())
        return sorted((d for p in owners for d in p.deployments), key=lambda d: d.queued_at)

    # --- faults and counts ------------------------------------------------------------

    def inject(
        self,
        fault: Fault,
        *,
        method: str | None = None,
        path: str = "*",
        times: int | None = 1,
        rate: float = 1.0,
    ) -> None:
        """Apply `fault` to requests matching `method` and the glob `path`: the next
        `times` of them (None: no limit), or a share `rate` of them, drawn from the
        fake's seeded random numbers."""
        self._faults.append(FaultRule(fault, method.upper() if method else None, path, times, rate, self._rng))

    def clear_faults(self) -> None:
        self._faults.clear()

    def count(self, method: str | None = None, path: str = "*", *, fault: str | None = None) -> int:
        """How many requests matched `method` and the glob `path` (and met `fault`)."""
        return sum(
            1
            for r in self.requests
            if (method is None or r.method == method.upper())
            and fnmatch.fnmatchcase(r.path, path)
            and (fault is None or r.fault == fault)
        )

    # --- connecting -------------------------------------------------------------------

    @property
    def api_key(self) -> str:
        """The API key the fake accepts (a test value, not a secret)."""
        return self._api_key

    def client(self, *, base_url: str | None = None, **options: Any) -> DeployHQ:
        """A `DeployHQ` client of this fake, on the fake's clock: answered
        in-process, or over the socket at `base_url` (from `serve()`). Other
        `options` go to the constructor."""
        from .._client import DeployHQ

        if base_url is None:
            options.setdefault("transport", self.transport())
        options.setdefault("clock", self.clock)
        return DeployHQ(self.account, self.email, self._api_key, base_url=base_url, **options)

    def transport(self) -> httpx2.AsyncBaseTransport:
        """An httpx2 transport that answers in-process."""
        from ._transport import FakeTransport

        return FakeTransport(self)

    @asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve the fake over HTTP on a loopback port; yields its base URL."""
        from ._server import serve

        async with serve(self, host, port) as base_url:
            yield base_url

    # --- handling ---------------------------------------------------------------------

    async def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> FakeResponse:
        """Answer one request (`target` is the path with its query string), dated
        by the fake's clock as DeployHQ dates its answers by its own.
        Raises `ConnectionDropped` when a fault drops the connection."""
        import email.utils

        answer = await self._answer_request(method, target, headers, body)
        dated = (*answer.headers, ("Date", email.utils.formatdate(self.clock.now(), usegmt=True)))
        return dataclasses.replace(answer, headers=dated)

    async def _answer_request(self, method: str, target: str, headers: dict[str, str], body: bytes) -> FakeResponse:
        path, _, query = target.partition("?")
        operation, params = self._route(method, path)
        arrived = self.clock.now()
        rules = [rule for rule in self._faults if rule.matches(method, path)]
        for rule in rules:
            rule.fired += 1
        limited = next((r.fault for r in rules if r.fault.kind == "rate_limit" and r.over_limit(arrived)), None)
        others = (r.fault for r in rules if not r.fault.kind.startswith("latency") and r.fault.kind != "rate_limit")
        fault = limited or next(others, None)
        for rule in rules:
            if rule.fault.kind == "latency":
                await asyncio.sleep(rule.fault.seconds)
        if fault is not None and fault.kind in ("status", "rate_limit"):
            self.requests.append(RequestRecord(method, path, fault.status, fault.kind, operation, at=arrived))
            return FakeResponse(
                fault.status,
                fault.body.encode(),
                (("Content-Type", fault.content_type), *fault.headers),
            )
        if fault is not None and fault.kind == "reset_before":
            self.requests.append(RequestRecord(method, path, None, "reset_before", operation, at=arrived))
            raise ConnectionDropped(processed=False)
        response = self._answer(method, path, operation, params, parse_qs(query), headers, body)
        for rule in rules:
            if rule.fault.kind == "latency_after":
                await asyncio.sleep(rule.fault.seconds)
        if fault is not None and fault.kind == "reset_after":
            self.requests.append(RequestRecord(method, path, None, "reset_after", operation, at=arrived))
            raise ConnectionDropped(processed=True)
        if fault is not None and fault.kind == "status_after":
            self.requests.append(RequestRecord(method, path, fault.status, "status_after", operation, at=arrived))
            return FakeResponse(fault.status, fault.body.encode(), (("Content-Type", fault.content_type),))
        if fault is not None and fault.kind == "corrupt_after":
            self.requests.append(RequestRecord(method, path, response.status, "corrupt_after", operation, at=arrived))
            mangled = (*response.headers, ("Content-Encoding", "gzip"))
            return dataclasses.replace(response, body=b"\x1f\x8b\x08\x00" + b"not gzip" * 4, headers=mangled)
        if fault is not None and fault.kind == "truncate_after":
            self.requests.append(RequestRecord(method, path, response.status, "truncate_after", operation, at=arrived))
            return dataclasses.replace(response, truncated=True)
        self.requests.append(RequestRecord(method, path, response.status, None, operation, response.body, at=arrived))
        return response

    def _answer(
        self,
        method: str,
        path: str,
        operation: str | None,
        params: dict[str, str],
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: bytes,
    ) -> FakeResponse:
        try:
            if headers.get("authorization") != self._authorization:
                raise _Error(401, {"status": 401, "error": "You must be authenticated to access this resource."})
            if self.api_access_restricted:
                raise _Error(
                    403,
                    {
                        "error": "API access is restricted for this account",
                        "error_code": "api_access_restricted",
                        "hint": "An account administrator can allow API access in Settings > Security.",
                    },
                )
            if operation is None:
                raise _Error(
                    404,
                    {
                        "error": f"No API method {method} {path}",
                        "error_code": "invalid_api_method",
                        "hint": "See https://api.deployhq.com/docs for the available endpoints.",
                    },
                )
            payload = self._json_body(body) if method in ("POST", "PUT", "PATCH") else None
            errors = body_errors(operation, payload)
            if errors:
                raise _invalid(errors)
            status, result = self._handlers[operation](payload=payload, query=query, **params)
        except _Error as exc:
            return FakeResponse(exc.status, json.dumps(exc.body).encode())
        if status == 204:
            return FakeResponse(204, b"", ())
        return FakeResponse(status, json.dumps(result).encode())

    def _route(self, method: str, path: str) -> tuple[str | None, dict[str, str]]:
        """The operation of the document (one the fake implements) that `method`
        and `path` name, with its path parameters."""
        for route_method, pattern, operation in self._routes:
            match = pattern.fullmatch(path) if route_method == method else None
            if match:
                return operation, {k: unquote(v) for k, v in match.groupdict().items()}
        return None, {}

    @staticmethod
    def _json_body(body: bytes) -> Any:
        if not body:
            return None
        try:
            return json.loads(body)
        except ValueError:
            raise _Error(
                400,
                {
                    "error": "The request body is not valid JSON",
                    "error_code": "invalid_json",
                    "hint": "Send a JSON document with Content-Type: application/json.",
                },
            ) from None

    def _handler_table(self) -> dict[str, Handler]:
        """The operations the fake implements, by generated module name. Their
        methods and paths come from the generated package."""
        handlers: dict[str, Handler] = {
            "list_projects": self._list_projects,
            "create_project": self._create_project,
            "get_project": self._get_project,
            "update_project": self._update_project,
            "replace_project": self._update_project,
            "delete_project": self._delete_project,
            "list_project_servers": self._list_servers,
            "create_project_server": self._create_server,
            "get_project_server_by_id": self._get_server,
            "update_project_server": self._update_server,
            "replace_project_server": self._update_server,
            "delete_project_server": self._delete_server,
            "list_project_server_groups": self._list_groups,
            "create_project_server_group": self._create_group,
            "get_project_server_group_by_id": self._get_group,
            "delete_project_server_group": self._delete_group,
            "list_project_deployments": self._list_deployments,
            "create_project_deployment": self._create_deployment,
            "get_project_deployment_by_id": self._get_deployment,
            "abort_project_deployment": self._abort_deployment,
            "retry_project_deployment_retry": self._retry_deployment,
            "rollback_project_deployment": self._rollback_deployment,
            "list_project_deployment_step_logs": self._step_logs,
        }
        for kind in _record_kinds():
            for verb in ("list", "create", "get", "update", "replace", "delete"):
                handlers[kind.collection.operation(verb)] = self._record_handler(kind, verb)
        return handlers

    def _route_table(self) -> list[tuple[str, re.Pattern[str], str]]:
        from .._operations import operation_index

        index = operation_index()
        routes = []
        for operation in sorted(self._handlers):
            module = importlib.import_module(index[operation])
            pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(module.PATH))
            routes.append((module.METHOD, re.compile(pattern), operation))
        return routes

    # --- lookups ----------------------------------------------------------------------

    def _project(self, key: str) -> Project:
        if key in self.projects:
            return self.projects[key]
        for project in self.projects.values():
            if project.identifier == key:
                return project
        raise _not_found("Project")

    def _server(self, project: Project, key: str) -> Server:
        for server in project.servers.values():
            if key in (server.identifier, str(server.id)):
                return server
        raise _not_found("Server")

    def _deployment(self, project: Project, key: str) -> Deployment:
        for deployment in project.deployments:
            if deployment.identifier == key:
                return deployment
        raise _not_found("Deployment")

    # --- projects ---------------------------------------------------------------------

    def _last_deployed(self, project: Project) -> float | None:
        return max((d.queued_at for d in project.deployments), default=None)

    def _list_projects(self, **_: Any) -> tuple[int, Any]:
        return 200, [p.summary(self._last_deployed(p)) for p in self.projects.values()]

    def _get_project(self, id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(id)
        capabilities = [{"name": name, "enabled": True, "url": None} for name in ("deploy", "preview")]
        return 200, {**found.summary(self._last_deployed(found)), "capabilities": capabilities}

    def _create_project(self, payload: Any, **_: Any) -> tuple[int, Any]:
        values = _values(payload, "project", "name")
        if any(p.name == values["name"] for p in self.projects.values()):
            raise _invalid({"name": ["has already been taken"]})
        project = self.add_project(values["name"])
        return 200, project.summary(None)

    def _update_project(self, id: str, payload: Any, **_: Any) -> tuple[int, Any]:
        found = self._project(id)
        values = _values(payload, "project")
        if "permalink" in values and values["permalink"] != found.permalink:
            if values["permalink"] in self.projects:
                raise _invalid({"permalink": ["has already been taken"]})
            self.projects[values["permalink"]] = self.projects.pop(found.permalink)
            found.permalink = values["permalink"]
        found.name = values.get("name", found.name)
        return 200, found.summary(self._last_deployed(found))

    def _delete_project(self, id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(id)
        del self.projects[found.permalink]
        return 200, {"status": "ok"}

    # --- servers and groups -----------------------------------------------------------

    def _list_servers(self, project_id: str, **_: Any) -> tuple[int, Any]:
        return 200, [s.to_json() for s in self._project(project_id).servers.values()]

    def _get_server(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        return 200, self._server(self._project(project_id), id).to_json()

    def _create_server(self, project_id: str, payload: Any, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        values = _values(payload, "server", "name", "protocol_type")
        group = values.get("server_group_identifier")
        if group is not None and group not in found.server_groups:
            raise _invalid({"server_group_identifier": ["is not a server group of this project"]})
        server = self.add_server(found, values["name"], group=group)
        server.protocol_type = values["protocol_type"]
        server.server_path = values.get("server_path", server.server_path)
        server.environment = values.get("environment", server.environment)
        return 200, server.to_json()

    def _update_server(self, project_id: str, id: str, payload: Any, **_: Any) -> tuple[int, Any]:
        server = self._server(self._project(project_id), id)
        values = _values(payload, "server")
        server.name = values.get("name", server.name)
        server.server_path = values.get("server_path", server.server_path)
        server.environment = values.get("environment", server.environment)
        return 200, server.to_json()

    def _delete_server(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        del found.servers[self._server(found, id).identifier]
        return 200, {"status": "ok"}

    def _group_json(self, project: Project, group: ServerGroup) -> Json:
        members = [s.to_json() for s in project.servers.values() if s.group == group.identifier]
        return {
            "identifier": group.identifier,
            "name": group.name,
            "servers": members,
            "preferred_branch": group.branch,
            "last_revision": None,
            "environment": group.environment,
        }

    def _list_groups(self, project_id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        return 200, [self._group_json(found, g) for g in found.server_groups.values()]

    def _get_group(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        if id not in found.server_groups:
            raise _not_found("Server group")
        return 200, self._group_json(found, found.server_groups[id])

    def _create_group(self, project_id: str, payload: Any, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        values = _values(payload, "server_group", "name")
        group = self.add_server_group(found, values["name"])
        group.branch = values.get("branch", group.branch)
        return 200, self._group_json(found, group)

    def _delete_group(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        if found.server_groups.pop(id, None) is None:
            raise _not_found("Server group")
        return 200, {"status": "ok"}

    # --- deployments ------------------------------------------------------------------

    def _deployment_json(self, deployment: Deployment, *, steps: bool) -> Json:
        now = self.clock.now()
        status, started, completed = deployment.phase(now, self.pending_seconds, self.running_seconds)
        duration = round(completed - started) if completed is not None and started is not None else None
        project = deployment.project
        body: Json = {
            "identifier": deployment.identifier,
            "servers": [s.to_json() for s in deployment.targets],
            "project": project.summary(self._last_deployed(project)),
            "deployer": self.email,
            "deployer_avatar": "https://www.gravatar.com/avatar/0",
            "branch": deployment.branch,
            "start_revision": {"ref": deployment.start_revision} if deployment.start_revision else None,
            "end_revision": {
                "ref": deployment.end_revision,
                "author": "Fake Author",
                "email": "author@example.com",
                "timestamp": timestamp(deployment.queued_at - 60),
                "message": f"Commit {deployment.end_revision}",
                "short_message": f"Commit {deployment.end_revision}",
                "tags": [],
            },
            "status": status,
            "timestamps": {
                "queued_at": timestamp(deployment.queued_at),
                "started_at": timestamp(started),
                "completed_at": timestamp(completed),
                "duration": duration,
                "runs_at": None,
            },
            "files": {s.identifier: {"changed": ["index.html"], "removed": []} for s in deployment.targets},
            "configuration": {
                "copy_config_files": deployment.copy_config_files,
                "notification_addresses": None,
                "skip_project_files": False,
            },
            "legacy": False,
            "deferred": False,
            "config_files_deployment": False,
            "overview": deployment.overview if self.echo_overview else None,
            "archived": False,
            "archived_at": None,
            "log_summary": None,
        }
        if steps:
            body["steps"] = self._steps(deployment, status, started, now)
        return body

    def _steps(self, deployment: Deployment, status: Status, started: float | None, now: float) -> list[Json]:
        def step(name: str, server: Server | None, done: bool, index: int) -> Json:
            total = 12 if server else None
            progress = min(12, int(max(0.0, now - (started or now)) * 12 / max(self.running_seconds, 1e-9)))
            return {
                "step": name,
                "stage": name,
                "identifier": f"{deployment.identifier}-{index}",
                "server": server.id if server else None,
                "total_items": total,
                "completed_items": (12 if done else progress) if server else None,
                "description": f"{name.title()} {server.name if server else ''}".strip(),
                "status": Status.COMPLETED
                if done
                else (Status.RUNNING if status == Status.RUNNING else Status.PENDING),
                "logs": True,
                "deployment_started_at": timestamp(started),
                "updated_at": timestamp(now),
            }

        done = status.finished
        return [step("preparing", None, done or status == Status.RUNNING, 0)] + [
            step("transfer", s, done, i + 1) for i, s in enumerate(deployment.targets)
        ]

    def _list_deployments(self, project_id: str, query: dict[str, list[str]], **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        page = _positive(query, "page", 1)
        per_page = min(_positive(query, "per_page", 10), 100)
        # Newest first; among equal times, the one created last first.
        records = sorted(found.deployments, key=lambda d: d.queued_at)[::-1]
        to = query.get("to", [None])[0]
        if to:
            records = [d for d in records if d.parent_identifier == to or any(s.identifier == to for s in d.targets)]
        if query.get("currently_running", ["false"])[0] in ("true", "1"):
            now = self.clock.now()
            records = [d for d in records if not d.phase(now, self.pending_seconds, self.running_seconds)[0].finished]
        total_pages = max(1, -(-len(records) // per_page))
        chunk = records[(page - 1) * per_page : page * per_page]
        return 200, {
            "pagination": {
                "current_page": page,
                "total_pages": total_pages,
                "offset": (page - 1) * per_page,
                "total_records": len(records),
            },
            "records": [self._deployment_json(d, steps=False) for d in chunk],
        }

    def _get_deployment(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        return 200, self._deployment_json(self._deployment(self._project(project_id), id), steps=True)

    def _create_deployment(self, project_id: str, payload: Any, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        values = _values(payload, "deployment", "parent_identifier", "end_revision")
        mode = values.get("mode", "queue")
        if mode not in DEPLOYMENT_MODES:
            raise _invalid({"mode": ["is not included in the list"]})
        deployment = self._new_deployment(
            found,
            values["parent_identifier"],
            values["end_revision"],
            start_revision=values.get("start_revision", ""),
            branch=values.get("branch"),
            mode=mode,
            copy_config_files=values.get("copy_config_files", True),
        )
        overview = payload.get("deployment_overview") if isinstance(payload, dict) else None
        deployment.overview = overview if isinstance(overview, str) else None
        return 201, self._deployment_json(deployment, steps=True)

    def _new_deployment(
        self,
        project: Project,
        parent: str,
        end_revision: str,
        *,
        start_revision: str = "",
        branch: str | None = None,
        mode: str = "queue",
        copy_config_files: bool = True,
    ) -> Deployment:
        if parent in project.server_groups:
            targets = [s for s in project.servers.values() if s.group == parent]
        else:
            targets = [s for s in project.servers.values() if parent in (s.identifier, str(s.id))]
        if not targets:
            raise _invalid({"parent_identifier": ["is not a server or server group of this project"]})
        fails = any(s.fail_deployments for s in targets)
        if self._fail_next > 0:
            self._fail_next -= 1
            fails = True
        deployment = Deployment(
            project=project,
            targets=targets,
            parent_identifier=parent,
            end_revision=end_revision,
            start_revision=start_revision,
            branch=branch or targets[0].branch,
            mode=mode,
            queued_at=self.clock.now(),
            deployer=self.email,
            fails=fails,
            copy_config_files=copy_config_files,
        )
        project.deployments.append(deployment)
        return deployment

    def _abort_deployment(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        deployment = self._deployment(self._project(project_id), id)
        status = deployment.phase(self.clock.now(), self.pending_seconds, self.running_seconds)[0]
        if status.finished:
            raise _invalid({"base": [f"A {status} deployment cannot be aborted"]})
        deployment.aborted_at = self.clock.now()
        return 200, {"status": "aborted"}

    def _retry_deployment(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        old = self._deployment(found, id)
        status = old.phase(self.clock.now(), self.pending_seconds, self.running_seconds)[0]
        if not status.finished or status.succeeded:
            raise _invalid({"base": ["Only failed deployments can be retried"]})
        new = self._new_deployment(
            found, old.parent_identifier, old.end_revision, start_revision=old.start_revision, branch=old.branch
        )
        return 200, self._deployment_json(new, steps=True)

    def _rollback_deployment(self, project_id: str, id: str, payload: Any, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        old = self._deployment(found, id)
        values = payload or {}
        new = self._new_deployment(
            found,
            old.parent_identifier,
            old.start_revision or old.end_revision,
            branch=old.branch,
            mode=values.get("mode", "queue"),
        )
        return 200, self._deployment_json(new, steps=True)

    def _step_logs(
        self, project_id: str, deployment_id: str, step_id: str, query: dict[str, list[str]], **_: Any
    ) -> tuple[int, Any]:
        deployment = self._deployment(self._project(project_id), deployment_id)
        index = step_id.rsplit("-", 1)[-1]
        if not step_id.startswith(deployment.identifier) or not index.isdigit():
            raise _not_found("Step")
        first = int(index) * 1000 + 1
        ids = list(range(first, first + LOG_ENTRIES_PER_STEP))
        before = query.get("before", [None])[0]
        if before is not None:
            if not before.isdigit():
                raise _invalid({"before": ["must be a log entry id"]})
            ids = [i for i in ids if i < int(before)]
        return 200, [
            {"id": i, "step": step_id, "message": f"line {i - first + 1}", "detail": None, "type": "info"}
            for i in ids[-LOG_PAGE:]
        ]

    # --- config files, environment variables ------------------------------------------

    def _record_handler(self, kind: _RecordKind, verb: str) -> Handler:
        def handle(
            payload: Any = None, project_id: str | None = None, id: str | None = None, **_: Any
        ) -> tuple[int, Any]:
            store = self._store(kind, project_id)
            if verb == "list":
                return 200, [kind.render(r) for r in store.values()]
            if verb == "create":
                values = _values(payload, kind.wrapper, *kind.required)
                record = {**kind.defaults, **values, "identifier": new_uuid(), "created_at": self.clock.now()}
                record["updated_at"] = record["created_at"]
                store[record["identifier"]] = record
                return kind.created_status, kind.render(record)
            if id not in store:
                raise _not_found(kind.name)
            if verb == "get":
                return 200, kind.render(store[id])
            if verb == "update":
                values = _values(payload, kind.wrapper)
                if store[id].get("locked") and ({"name", "value"} & set(values)):
                    raise _invalid({"base": ["A locked variable cannot be changed"]})
                store[id].update(values, updated_at=self.clock.now())
                return 200, kind.render(store[id])
            del store[id]
            return (204, None) if kind.empty_delete else (200, {"status": "ok"})

        return handle

    def _store(self, kind: _RecordKind, project_id: str | None) -> dict[str, Json]:
        if project_id is None:
            return self.global_environment_variables
        found = self._project(project_id)
        return found.config_files if kind.name == "Config file" else found.environment_variables


@dataclass(frozen=True)
class _RecordKind:
    """A simple record collection the fake keeps: the facade's table row names its
    operations; the rest is behaviour."""

    name: str
    collection: Collection
    wrapper: str
    required: tuple[str, ...]
    render: Callable[[Json], Json]
    defaults: Json
    created_status: int = 201
    empty_delete: bool = False


def _render_config_file(record: Json) -> Json:
    return {
        "identifier": record["identifier"],
        "description": record.get("description"),
        "path": record["path"],
        "body": record["body"],
        "build": record.get("build", False),
        "servers": [],
    }


def _render_variable(record: Json) -> Json:
    return {
        "identifier": record["identifier"],
        "name": record["name"],
        "masked_value": "********",
        "locked": record.get("locked", False),
        "build_pipeline": record.get("build_pipeline", True),
        "created_at": timestamp(record["created_at"]),
        "updated_at": timestamp(record["updated_at"]),
    }


@cache
def _record_kinds() -> tuple[_RecordKind, ...]:
    from ..resources.collections import ConfigFiles, EnvironmentVariables, GlobalEnvironmentVariables

    variables = _RecordKind(
        "Environment variable",
        EnvironmentVariables.collection,
        "environment_variable",
        ("name", "value"),
        _render_variable,
        {"locked": False, "build_pipeline": True},
        empty_delete=True,
    )
    return (
        _RecordKind(
            "Config file", ConfigFiles.collection, "config_file", ("path", "body"), _render_config_file, {}, 200
        ),
        variables,
        dataclasses.replace(variables, collection=GlobalEnvironmentVariables.collection),
    )


def _values(payload: Any, wrapper: str, *required: str) -> Json:
    """The fields under `wrapper`: the document has checked their types; DeployHQ
    also insists on `required` (answering 422, as it does)."""
    values = payload.get(wrapper) if isinstance(payload, dict) else None
    if not isinstance(values, dict):
        raise _invalid({wrapper: ["is missing: send the fields inside a JSON object under this key"]})
    blank = [name for name in required if values.get(name) in (None, "") or str(values[name]).isspace()]
    if blank:
        raise _invalid({name: ["can't be blank"] for name in blank})
    return values


def _positive(query: dict[str, list[str]], name: str, default: int) -> int:
    raw = query.get(name, [str(default)])[0]
    if not raw.isdigit() or int(raw) < 1:
        raise _invalid({name: ["must be a positive integer"]})
    return int(raw)
