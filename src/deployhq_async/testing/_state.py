"""The fake account's records and how they turn into DeployHQ-shaped JSON."""

from __future__ import annotations

import datetime
import itertools
import uuid
from dataclasses import dataclass, field
from typing import Any

from .._status import DeploymentStatus

Json = dict[str, Any]


def timestamp(epoch: float | None) -> str | None:
    """DeployHQ's format: milliseconds and an explicit offset."""
    if epoch is None:
        return None
    moment = datetime.datetime.fromtimestamp(epoch, datetime.UTC)
    return moment.isoformat(timespec="milliseconds")


_ids = itertools.count(1)


def new_uuid() -> str:
    return str(uuid.uuid4())


@dataclass
class Server:
    name: str
    protocol_type: str = "ssh"
    server_path: str = "/var/www"
    environment: str = "production"
    branch: str = "main"
    group: str | None = None
    fail_deployments: bool = False
    agent: Json | None = None
    auto_deploy: bool = False
    id: int = field(default_factory=lambda: next(_ids))
    identifier: str = field(default_factory=new_uuid)
    created_at: float = 0.0
    extra: Json = field(default_factory=dict)

    def to_json(self, last_revision: str | None = None) -> Json:
        return {
            "id": self.id,
            "identifier": self.identifier,
            "name": self.name,
            "protocol_type": self.protocol_type,
            "server_path": self.server_path,
            "last_revision": last_revision,
            "preferred_branch": self.branch,
            "branch": self.branch,
            "server_group_identifier": self.group,
            "auto_deploy": self.auto_deploy,
            "environment": self.environment,
            "enabled": True,
            # Quirks of the real API: an agent object (or null), the port as a string.
            "agent": self.agent,
            "port": "22",
            "created_at": timestamp(self.created_at),
            "updated_at": timestamp(self.created_at),
            **self.extra,
        }


@dataclass
class ServerGroup:
    name: str
    branch: str = "main"
    environment: str = "production"
    auto_deploy: bool = False
    identifier: str = field(default_factory=new_uuid)
    extra: Json = field(default_factory=dict)


@dataclass
class Deployment:
    project: Project
    targets: list[Server]
    parent_identifier: str
    end_revision: str
    start_revision: str
    branch: str
    mode: str
    queued_at: float
    deployer: str
    fails: bool
    identifier: str = field(default_factory=new_uuid)
    aborted_at: float | None = None
    copy_config_files: bool = True
    overview: str | None = None
    # What it transfers to each server: a full deployment (no start revision)
    # every file of the branch up to the end revision, else the files the
    # commits after the start revision changed.
    files: list[str] = field(default_factory=list)

    def phase(self, now: float, pending: float, running: float) -> tuple[DeploymentStatus, float | None, float | None]:
        """(status, started_at, completed_at) at time `now`."""
        started = self.queued_at + pending
        finished = started + running
        if self.aborted_at is not None and self.aborted_at < finished:
            return DeploymentStatus.ABORTED, started if self.aborted_at >= started else None, self.aborted_at
        preview = self.mode == "preview"
        if now < started:
            return (DeploymentStatus.PREVIEW_PENDING if preview else DeploymentStatus.PENDING), None, None
        if now < finished:
            return (DeploymentStatus.PREVIEW_PENDING if preview else DeploymentStatus.RUNNING), started, None
        if self.fails:
            return (DeploymentStatus.PREVIEW_FAILED if preview else DeploymentStatus.FAILED), started, finished
        return (DeploymentStatus.PREVIEW_READY if preview else DeploymentStatus.COMPLETED), started, finished


@dataclass
class Project:
    name: str
    permalink: str
    identifier: str = field(default_factory=new_uuid)
    repository: Json | None = None
    servers: dict[str, Server] = field(default_factory=dict)
    server_groups: dict[str, ServerGroup] = field(default_factory=dict)
    config_files: dict[str, Json] = field(default_factory=dict)
    environment_variables: dict[str, Json] = field(default_factory=dict)
    deployments: list[Deployment] = field(default_factory=list)
    # The repository's history: each branch's commits, oldest first, and the
    # files each commit changed.
    branches: dict[str, list[str]] = field(default_factory=dict)
    commits: dict[str, list[str]] = field(default_factory=dict)
    # The secret part of the project's automatic-deployment hook URL.
    hook_token: str = field(default_factory=lambda: uuid.uuid4().hex[:12])

    def summary(self, last_deployed_at: float | None) -> Json:
        return {
            "name": self.name,
            "permalink": self.permalink,
            "identifier": self.identifier,
            "public_key": "ssh-rsa AAAAB3NzaC1yc2E fake@deployhq",
            # A project with no repository has null here, as on the real API.
            "repository": self.repository,
            "repository_url": self.repository.get("url") if self.repository else None,
            "zone": "eu-west",
            "last_deployed_at": timestamp(last_deployed_at),
            "starred": False,
        }
