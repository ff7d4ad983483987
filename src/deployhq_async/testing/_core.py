"""What the fake's parts share: the account's state and its seeding, the
lookups every handler makes, DeployHQ's error bodies, and the wire records."""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from .._clock import Clock
from ._state import Deployment, Json, Project, Server, ServerGroup

if TYPE_CHECKING:
    from ._faults import FaultRule

Handler = Callable[..., Any]

# What a commit the fake's repository does not know changed (an end revision a
# test makes up): one file.
UNKNOWN_COMMIT_FILES = ("index.html",)
# The end revision that means the branch's tip (DeployHQ's MCP server, src/tools.ts).
CURRENT = "__CURRENT__"


@dataclass(frozen=True)
class FakeResponse:
    """One answer of the fake, as a transport sends it."""

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
    """DeployHQ's answer to a request it refuses: a status and its JSON body."""

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


class Account:
    """The fake's state (set by `FakeDeployHQ.__init__`), seeding and lookups."""

    email: str
    account: str
    clock: Clock
    pending_seconds: float
    running_seconds: float
    api_access_restricted: bool
    echo_overview: bool
    projects: dict[str, Project]
    global_environment_variables: dict[str, Json]
    requests: list[RequestRecord]
    _faults: list[FaultRule]
    _rng: random.Random
    _fail_next: int

    # --- seeding ----------------------------------------------------------------------

    def add_project(self, name: str, *, permalink: str | None = None, repository_url: str | None = None) -> Project:
        """Add a project; without `repository_url` it has no repository (`null`)."""
        slug = permalink or re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
        repo = {"scm_type": "git", "url": repository_url, "port": None, "branch": "main"} if repository_url else None
        project = Project(name=name, permalink=slug, repository=repo)
        if repo is not None:
            project.branches["main"] = []
        self.projects[project.permalink] = project
        return project

    def add_commit(
        self, project: str | Project, files: list[str], *, branch: str = "main", revision: str | None = None
    ) -> str:
        """Add a commit that changes `files` on top of `branch` (made when
        missing) of the project's repository; returns its revision."""
        owner = project if isinstance(project, Project) else self._project(project)
        if owner.repository is None:
            raise ValueError(f"project {owner.permalink!r} has no repository: add it with repository_url=")
        ref = revision or f"{self._rng.getrandbits(160):040x}"
        owner.branches.setdefault(branch, []).append(ref)
        owner.commits[ref] = list(files)
        return ref

    def add_server(
        self,
        project: str | Project,
        name: str,
        *,
        group: str | None = None,
        fail_deployments: bool = False,
        agent: Json | None = None,
        branch: str = "main",
    ) -> Server:
        """Add a server to a project (and to server group `group`, by
        identifier); `branch` is its preferred branch."""
        owner = project if isinstance(project, Project) else self._project(project)
        server = Server(name=name, group=group, fail_deployments=fail_deployments, agent=agent, branch=branch)
        server.created_at = self.clock.now()
        owner.servers[server.identifier] = server
        return server

    def add_server_group(self, project: str | Project, name: str, *, branch: str = "main") -> ServerGroup:
        """Add a server group; `branch` is its preferred branch."""
        owner = project if isinstance(project, Project) else self._project(project)
        group = ServerGroup(name=name, branch=branch)
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
        """The fake's records of every deployment created, oldest first (of one
        project, if given): what it knows, such as `aborted_at` and `overview`.
        `deployment_models()` gives them as the client would."""
        owners = [self._project(project)] if project else list(self.projects.values())
        return sorted((d for p in owners for d in p.deployments), key=lambda d: d.queued_at)

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

    @staticmethod
    def _reached(deployment: Deployment, key: str) -> bool:
        """Whether `deployment` went to server or group `key` (a group's reaches its servers)."""
        return deployment.mode != "preview" and (
            deployment.parent_identifier == key or any(key in (s.identifier, str(s.id)) for s in deployment.targets)
        )

    def _revision_of(self, project: Project, key: str) -> str | None:
        """A server's or group's `last_revision`: the end revision of the latest
        deployment to it that completed (previews do not count), as DeployHQ
        keeps it."""
        now = self.clock.now()
        latest: tuple[float, str] | None = None
        for deployment in project.deployments:
            if not self._reached(deployment, key):
                continue
            status, _started, completed = deployment.phase(now, self.pending_seconds, self.running_seconds)
            if status.succeeded and completed is not None and (latest is None or completed >= latest[0]):
                latest = (completed, deployment.end_revision)
        return latest[1] if latest is not None else None

    def _is_parent(self, project: Project, key: str, start_revision: str) -> bool:
        """DeployHQ's rule for a start revision: the end revision of an earlier
        deployment to the same server or group (else 422 `parent must exist`;
        DeployHQ's CLI, internal/commands/deploy.go, translateParentMustExistError)."""
        return any(d.end_revision == start_revision and self._reached(d, key) for d in project.deployments)

    def _files(self, project: Project, branch: str, start_revision: str, end_revision: str) -> list[str]:
        """What a deployment transfers: with no start revision (a full
        deployment) every file of the branch up to the end revision; else the
        files the commits after the start changed. An end revision the
        repository does not have counts as one more commit on the branch."""
        commits: list[str] = [*project.branches.get(branch, []), end_revision]
        for refs in (project.branches.get(branch, []), *project.branches.values()):
            if end_revision in refs:
                commits = refs[: refs.index(end_revision) + 1]
                break
        if start_revision:
            after = commits.index(start_revision) + 1 if start_revision in commits else len(commits) - 1
            commits = commits[after:]
        return sorted({name for ref in commits for name in project.commits.get(ref, UNKNOWN_COMMIT_FILES)})

    def _last_deployed(self, project: Project) -> float | None:
        return max((d.queued_at for d in project.deployments), default=None)

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
        targets = _parent_servers(project, parent)
        fails = any(s.fail_deployments for s in targets)
        if self._fail_next > 0:
            self._fail_next -= 1
            fails = True
        group = project.server_groups.get(parent)
        branch = branch or (group.branch if group is not None else targets[0].branch)
        if end_revision == CURRENT and project.branches.get(branch):
            end_revision = project.branches[branch][-1]
        deployment = Deployment(
            project=project,
            targets=targets,
            parent_identifier=parent,
            end_revision=end_revision,
            start_revision=start_revision,
            branch=branch,
            mode=mode,
            queued_at=self.clock.now(),
            deployer=self.email,
            fails=fails,
            copy_config_files=copy_config_files,
            files=self._files(project, branch, start_revision, end_revision),
        )
        project.deployments.append(deployment)
        return deployment


def _parent_servers(project: Project, parent: str) -> list[Server]:
    """The servers a deployment to `parent` (a group, or a server by identifier or id) reaches."""
    if parent in project.server_groups:
        targets = [s for s in project.servers.values() if s.group == parent]
    else:
        targets = [s for s in project.servers.values() if parent in (s.identifier, str(s.id))]
    if not targets:
        raise _invalid({"parent_identifier": ["is not a server or server group of this project"]})
    return targets
