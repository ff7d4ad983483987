"""Commands run on the servers before or after a deployment."""

from __future__ import annotations

from deployhq_async.generated.api.ssh_commands import (
    create_project_ssh_command,
    delete_project_ssh_command,
    get_project_ssh_command_by_id,
    list_project_ssh_commands,
    update_project_ssh_command,
)
from deployhq_async.generated.models import (
    Command,
    CommandCreate,
    CommandCreateCommand,
    CommandUpdate,
    CommandUpdateCommand,
)

from ._base import Crud, Extra, ProjectCollection, fields, runs


class SshCommands(ProjectCollection[Command]):
    """Commands run on the servers before or after a deployment."""

    crud = Crud(list=list_project_ssh_commands, get=get_project_ssh_command_by_id, delete=delete_project_ssh_command)

    @runs("createProjectSshCommand")
    async def create(
        self,
        project: str,
        *,
        command: str,
        description: str | None = None,
        timing: str | None = None,
        halt_on_error: bool | None = None,
        timeout: int | None = None,
        enabled: bool | None = None,
        extra: Extra = None,
    ) -> Command:
        """Add a command; `timing` is when it runs (e.g. "before" or "after")."""
        body = CommandCreate(command=fields(CommandCreateCommand, locals()))
        operation = create_project_ssh_command
        return await self._run(operation, operation.build_request(project, body=body))

    @runs("updateProjectSshCommand")
    async def update(
        self,
        project: str,
        id: str,
        *,
        command: str | None = None,
        description: str | None = None,
        timing: str | None = None,
        halt_on_error: bool | None = None,
        timeout: int | None = None,
        enabled: bool | None = None,
        extra: Extra = None,
    ) -> Command:
        """Change a command; fields left at None are not sent."""
        body = CommandUpdate(command=fields(CommandUpdateCommand, locals()))
        operation = update_project_ssh_command
        return await self._run(operation, operation.build_request(project, id, body=body))
