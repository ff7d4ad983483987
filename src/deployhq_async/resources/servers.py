"""The servers a project deploys to."""

from __future__ import annotations

from deployhq_async.generated.api.servers import (
    create_project_server,
    delete_project_server,
    get_project_server_by_id,
    list_project_servers,
    update_project_server,
)
from deployhq_async.generated.models import Server, ServerCreate, ServerCreateServer, ServerUpdate, ServerUpdateServer

from ._base import Crud, Extra, ProjectCollection, fields, runs


class Servers(ProjectCollection[Server]):
    """The servers a project deploys to."""

    crud = Crud(list=list_project_servers, get=get_project_server_by_id, delete=delete_project_server)

    @runs("createProjectServer")
    async def create(
        self,
        project: str,
        *,
        name: str,
        protocol_type: str,
        server_path: str | None = None,
        environment: str | None = None,
        branch: str | None = None,
        server_group_identifier: str | None = None,
        enabled: bool | None = None,
        agent_id: str | None = None,
        extra: Extra = None,
    ) -> Server:
        """Add a server. Connection settings of the protocol (hostname, username...)
        go in `extra`, as DeployHQ names them."""
        body = ServerCreate(server=fields(ServerCreateServer, locals()))
        return await self._run(create_project_server, create_project_server.build_request(project, body=body))

    @runs("updateProjectServer")
    async def update(
        self,
        project: str,
        id: str,
        *,
        name: str | None = None,
        server_path: str | None = None,
        environment: str | None = None,
        branch: str | None = None,
        server_group_identifier: str | None = None,
        enabled: bool | None = None,
        extra: Extra = None,
    ) -> Server:
        """Change a server; fields left at None are not sent."""
        body = ServerUpdate(server=fields(ServerUpdateServer, locals()))
        return await self._run(update_project_server, update_project_server.build_request(project, id, body=body))
