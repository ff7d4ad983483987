"""Server templates shared across projects."""

from __future__ import annotations

from deployhq_async.generated.api.global_servers import (
    copy_to_project_global_server,
    create_global_server,
    delete_global_server,
    get_global_server,
    list_global_servers,
    update_global_server,
)
from deployhq_async.generated.models import GlobalServerInput, GlobalServerInputServer, Server

from ._base import AccountCollection, Crud, Extra, fields, runs


class GlobalServers(AccountCollection[Server]):
    """Server templates shared across projects."""

    crud = Crud(list=list_global_servers, get=get_global_server, delete=delete_global_server)

    @runs("createGlobalServer")
    async def create(
        self,
        *,
        name: str,
        protocol_type: str,
        server_path: str | None = None,
        environment: str | None = None,
        extra: Extra = None,
    ) -> Server:
        """Add a shared server; protocol settings go in `extra`."""
        body = GlobalServerInput(server=fields(GlobalServerInputServer, locals()))
        return await self._run(create_global_server, create_global_server.build_request(body=body))

    @runs("updateGlobalServer")
    async def update(
        self,
        id: str,
        *,
        name: str | None = None,
        server_path: str | None = None,
        environment: str | None = None,
        extra: Extra = None,
    ) -> Server:
        """Change a shared server; fields left at None are not sent."""
        body = GlobalServerInput(server=fields(GlobalServerInputServer, locals()))
        return await self._run(update_global_server, update_global_server.build_request(id, body=body))

    @runs("copyToProjectGlobalServer")
    async def copy_to_project(self, id: str, project: str) -> Server:
        """Copy a shared server into a project."""
        operation = copy_to_project_global_server
        return await self._run(operation, operation.build_request(id, project_id=project))
