"""The fake's projects, servers and server groups."""

from __future__ import annotations

from types import ModuleType
from typing import Any

from ._core import Account, Handler, _invalid, _not_found, _values
from ._state import Json, Project, ServerGroup


class ProjectHandlers(Account):
    """Projects, their servers and server groups, as DeployHQ answers for them."""

    def _project_handlers(self) -> dict[ModuleType, Handler]:
        from deployhq_async.generated.api.projects import (
            create_project,
            delete_project,
            get_project,
            list_projects,
            replace_project,
            update_project,
        )
        from deployhq_async.generated.api.repositories import (
            branches_project_repository,
            get_project_repository,
            latest_revision_project_repository,
        )
        from deployhq_async.generated.api.server_groups import (
            create_project_server_group,
            delete_project_server_group,
            get_project_server_group_by_id,
            list_project_server_groups,
            replace_project_server_group,
            update_project_server_group,
        )
        from deployhq_async.generated.api.servers import (
            create_project_server,
            delete_project_server,
            get_project_server_by_id,
            list_project_servers,
            replace_project_server,
            update_project_server,
        )

        return {
            list_projects: self._list_projects,
            create_project: self._create_project,
            get_project: self._get_project,
            update_project: self._update_project,
            replace_project: self._update_project,
            delete_project: self._delete_project,
            list_project_servers: self._list_servers,
            create_project_server: self._create_server,
            get_project_server_by_id: self._get_server,
            update_project_server: self._update_server,
            replace_project_server: self._update_server,
            delete_project_server: self._delete_server,
            list_project_server_groups: self._list_groups,
            create_project_server_group: self._create_group,
            get_project_server_group_by_id: self._get_group,
            update_project_server_group: self._update_group,
            replace_project_server_group: self._update_group,
            delete_project_server_group: self._delete_group,
            get_project_repository: self._get_repository,
            branches_project_repository: self._branches,
            latest_revision_project_repository: self._latest_revision,
        }

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

    def _list_servers(self, project_id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        return 200, [s.to_json(self._revision_of(found, s.identifier)) for s in found.servers.values()]

    def _get_server(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        server = self._server(found, id)
        return 200, server.to_json(self._revision_of(found, server.identifier))

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
        members = [
            s.to_json(self._revision_of(project, s.identifier))
            for s in project.servers.values()
            if s.group == group.identifier
        ]
        return {
            "identifier": group.identifier,
            "name": group.name,
            "servers": members,
            "preferred_branch": group.branch,
            "last_revision": self._revision_of(project, group.identifier),
            "environment": group.environment,
            "auto_deploy": group.auto_deploy,
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

    def _update_group(self, project_id: str, id: str, payload: Any, **_: Any) -> tuple[int, Any]:
        """A PATCH or a PUT: the name and branch it sends (a group's servers are set on the servers)."""
        found = self._project(project_id)
        if id not in found.server_groups:
            raise _not_found("Server group")
        group = found.server_groups[id]
        values = _values(payload, "server_group")
        if "name" in values:
            if not str(values["name"] or "").strip():
                raise _invalid({"name": ["can't be blank"]})
            group.name = values["name"]
        group.branch = values.get("branch") or group.branch
        return 200, self._group_json(found, group)

    def _delete_group(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        if found.server_groups.pop(id, None) is None:
            raise _not_found("Server group")
        return 200, {"status": "ok"}

    # --- the repository ---------------------------------------------------------------

    def _repository(self, project_id: str) -> Project:
        found = self._project(project_id)
        if found.repository is None:
            # DeployHQ's CLI reads a 404 here as a repository not configured yet.
            raise _not_found("Repository")
        return found

    def _get_repository(self, project_id: str, **_: Any) -> tuple[int, Any]:
        found = self._repository(project_id)
        assert found.repository is not None
        return 200, {**found.repository, "cached": True}

    def _branches(self, project_id: str, **_: Any) -> tuple[int, Any]:
        """Each branch with a commit, and its tip."""
        found = self._repository(project_id)
        return 200, {name: refs[-1] for name, refs in found.branches.items() if refs}

    def _latest_revision(self, project_id: str, **_: Any) -> tuple[int, Any]:
        """The default branch's tip, whatever `branch` asks: DeployHQ's CLI found
        this answer ignores the branch (internal/commands/deploy.go,
        resolveBranchAndRevision), so it reads tips from the branch listing."""
        found = self._repository(project_id)
        assert found.repository is not None
        refs = found.branches.get(found.repository["branch"], [])
        if not refs:
            raise _not_found("Revision")
        return 200, {"ref": refs[-1]}
