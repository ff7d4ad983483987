"""The fake's automatic deployments: which servers and groups a push deploys
to, and the project's hook that starts them.

The hook is outside DeployHQ's document; DeployHQ's support article "How to set
up automatic deployments from a custom trigger" gives its request: a JSON POST
of `{"payload": {"new_ref", "branch", "email", "clone_url"}}`, `new_ref:
"latest"` for the branch's tip, with no credentials (the URL's token is its
authority). What DeployHQ answers it is not documented: the fake answers 200
`{"status": "ok"}`. Each server or group with `auto_deploy` on whose branch is
the pushed one gets a deployment from its last deployed revision (a first one:
the whole branch): the fake's model of a push, which no DeployHQ client shows.
Switching targets touches only those named: DeployHQ's CLI switches one server
at a time with the same operation (deployhq-cli internal/commands/auto_deploys.go)."""

from __future__ import annotations

import json
import re
from types import ModuleType
from typing import Any

from ..errors import HOOK_PREFIX
from ._core import CURRENT, Account, FakeResponse, Handler, _Error
from ._state import Json, Project, Server, ServerGroup

_HOOK = re.compile(re.escape(HOOK_PREFIX) + r"(?P<project>[^/]+)/(?P<token>[^/]+)")


class AutoDeployHandlers(Account):
    """Automatic deployments, as DeployHQ answers for them, and the hook."""

    # The host the request being answered came to (its Host header): the hook
    # URL the fake gives is on it, so a client reaches the fake it talks to.
    _answering_host: str = ""

    def _auto_deploy_handlers(self) -> dict[ModuleType, Handler]:
        from deployhq_async.generated.api.automatic_deployments import (
            create_project_auto_deployment,
            list_project_auto_deployments,
        )

        return {
            list_project_auto_deployments: self._auto_deployments,
            create_project_auto_deployment: self._switch_auto_deploy,
        }

    def hook_url(self, project: str | Project, host: str | None = None) -> str:
        """The project's automatic-deployment hook URL, on `host` (default: the
        account's DeployHQ host; HTTP for a loopback one)."""
        owner = project if isinstance(project, Project) else self._project(project)
        host = host or self._answering_host or f"{self.account}.deployhq.com"
        scheme = "http" if host.startswith(("127.0.0.1", "localhost", "[::1]")) else "https"
        return f"{scheme}://{host}{HOOK_PREFIX}{owner.permalink}/{owner.hook_token}"

    def _deployables(self, project: Project) -> list[Json]:
        targets: list[tuple[str, Server | ServerGroup]] = [("server", s) for s in project.servers.values()]
        targets += [("server_group", g) for g in project.server_groups.values()]
        keys = ("identifier", "name", "type", "auto_deploy", "preferred_branch")
        rows = [(t.identifier, t.name, kind, t.auto_deploy, t.branch) for kind, t in targets]
        return [dict(zip(keys, row, strict=True)) for row in rows]

    def _auto_deployments(self, project_id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        return 200, {"webhook_url": self.hook_url(found), "deployables": self._deployables(found)}

    def _switch_auto_deploy(self, project_id: str, payload: Any, **_: Any) -> tuple[int, Any]:
        """Both shapes: the Go SDK's list of {identifier, auto_deploy}, and the
        document's hash ({identifier: true} or {identifier: {auto_deploy: true}}).
        An identifier the project does not have is passed over (DeployHQ's
        answer to one is not known); the answer lists every target as it is."""
        found = self._project(project_id)
        given = payload.get("deployables")
        if isinstance(given, dict):
            given = [
                {"identifier": key, "auto_deploy": value.get("auto_deploy") if isinstance(value, dict) else value}
                for key, value in given.items()
            ]
        for item in given if isinstance(given, list) else []:
            key = item.get("identifier") if isinstance(item, dict) else None
            target = (found.servers.get(key) or found.server_groups.get(key)) if isinstance(key, str) else None
            if target is not None:
                target.auto_deploy = bool(item.get("auto_deploy"))
        return 200, {"deployables": self._deployables(found)}

    def _hook(self, method: str, path: str, body: bytes) -> FakeResponse | None:
        """The hook's answer to a request for its path (None for any other path)."""
        match = _HOOK.fullmatch(path)
        if match is None:
            return None
        found = self.projects.get(match["project"])
        if found is None or match["token"] != found.hook_token or method != "POST":
            return FakeResponse(404, b'{"status": "not_found"}')
        try:
            payload = json.loads(body)["payload"]
            new_ref = payload["new_ref"]
        except (ValueError, KeyError, TypeError):
            return FakeResponse(400, b'{"error": "a JSON payload with new_ref is required"}')
        branch = payload.get("branch") or None
        try:
            for key, target_branch in self._auto_targets(found, branch):
                end = CURRENT if new_ref == "latest" else str(new_ref)
                start = self._revision_of(found, key) or ""
                self._new_deployment(found, key, end, start_revision=start, branch=target_branch)
        except _Error as exc:
            return FakeResponse(exc.status, json.dumps(exc.body).encode())
        return FakeResponse(200, b'{"status": "ok"}')

    @staticmethod
    def _auto_targets(project: Project, branch: str | None) -> list[tuple[str, str]]:
        """The servers and groups with `auto_deploy` on that a push to `branch` (None: any) deploys."""
        groups = [(g.identifier, g.branch) for g in project.server_groups.values() if g.auto_deploy]
        servers = [(s.identifier, s.branch) for s in project.servers.values() if s.auto_deploy]
        return [(key, own) for key, own in groups + servers if branch is None or own == branch]
