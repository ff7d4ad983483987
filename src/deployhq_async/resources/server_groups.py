"""Groups of servers deployed together."""

from __future__ import annotations

from deployhq_async.generated.api.server_groups import (
    create_project_server_group,
    delete_project_server_group,
    get_project_server_group_by_id,
    list_project_server_groups,
    update_project_server_group,
)
from deployhq_async.generated.models import ServerGroup, ServerGroupInput, ServerGroupInputServerGroup

from ._base import Crud, Extra, ProjectCollection, fields, runs


class ServerGroups(ProjectCollection[ServerGroup]):
    """Groups of servers deployed together."""

    crud = Crud(list=list_project_server_groups, get=get_project_server_group_by_id, delete=delete_project_server_group)

    @runs("createProjectServerGroup")
    async def create(
        self,
        project: str,
        *,
        name: str,
        branch: str | None = None,
        environment: str | None = None,
        auto_deploy: bool | None = None,
        transfer_order: str | None = None,
        extra: Extra = None,
    ) -> ServerGroup:
        """Add a server group."""
        body = ServerGroupInput(server_group=fields(ServerGroupInputServerGroup, locals()))
        operation = create_project_server_group
        return await self._run(operation, operation.build_request(project, body=body))

    @runs("updateProjectServerGroup")
    async def update(
        self,
        project: str,
        id: str,
        *,
        name: str | None = None,
        branch: str | None = None,
        environment: str | None = None,
        auto_deploy: bool | None = None,
        transfer_order: str | None = None,
        extra: Extra = None,
    ) -> ServerGroup:
        """Change a server group; fields left at None are not sent."""
        body = ServerGroupInput(server_group=fields(ServerGroupInputServerGroup, locals()))
        operation = update_project_server_group
        return await self._run(operation, operation.build_request(project, id, body=body))
