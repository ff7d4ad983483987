"""Commands of a project's build pipeline."""

from __future__ import annotations

from deployhq_async.generated.api.build_commands import (
    create_project_build_command,
    delete_project_build_command,
    list_project_build_commands,
    update_project_build_command,
)
from deployhq_async.generated.models import BuildCommand, BuildCommandInput, BuildCommandInputBuildCommand

from ..errors import NotInListingError
from ._base import Crud, Extra, ProjectCollection, fields, runs


class BuildCommands(ProjectCollection[BuildCommand]):
    """Commands of a project's build pipeline."""

    crud = Crud(list=list_project_build_commands, get=None, delete=delete_project_build_command)

    @runs("createProjectBuildCommand")
    async def create(
        self,
        project: str,
        *,
        command: str,
        description: str | None = None,
        halt_on_error: bool | None = None,
        enabled: bool | None = None,
        extra: Extra = None,
    ) -> BuildCommand:
        """Add a build command."""
        body = BuildCommandInput(build_command=fields(BuildCommandInputBuildCommand, locals()))
        operation = create_project_build_command
        return await self._run(operation, operation.build_request(project, body=body))

    @runs("updateProjectBuildCommand")
    async def update(
        self,
        project: str,
        id: str,
        *,
        command: str,
        description: str | None = None,
        halt_on_error: bool | None = None,
        enabled: bool | None = None,
        extra: Extra = None,
    ) -> BuildCommand:
        """Change a build command (the document requires `command` on every update)."""
        body = BuildCommandInput(build_command=fields(BuildCommandInputBuildCommand, locals()))
        operation = update_project_build_command
        return await self._run(operation, operation.build_request(project, id, body=body))

    @runs("listProjectBuildCommands")
    async def get(self, project: str, id: str) -> BuildCommand:
        """DeployHQ has no endpoint for one build command: find it in the listing.

        Raises `NotInListingError` when no command of the listing has `id`."""
        async for command in self.list(project):
            if str(command.id) == str(id):
                return command
        raise NotInListingError(f"no build command {id!r} in project {project!r}: see build_commands.list()")
