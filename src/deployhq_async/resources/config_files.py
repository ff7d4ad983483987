"""Files DeployHQ writes to the servers on each deployment: a project's own,
and the account's shared ones (one model in the document for both)."""

from __future__ import annotations

from deployhq_async.generated.api.config_files import (
    create_project_config_file,
    delete_project_config_file,
    get_project_config_file_by_id,
    list_project_config_files,
    update_project_config_file,
)
from deployhq_async.generated.api.global_config_files import (
    create_global_config_file,
    delete_global_config_file,
    get_global_config_file,
    list_global_config_files,
    update_global_config_file,
)
from deployhq_async.generated.models import ConfigFile, ConfigFileInput, ConfigFileInputConfigFile

from ._base import AccountCollection, Crud, Extra, ProjectCollection, fields, runs


class ConfigFiles(ProjectCollection[ConfigFile]):
    """Files DeployHQ writes to the servers on each deployment."""

    crud = Crud(list=list_project_config_files, get=get_project_config_file_by_id, delete=delete_project_config_file)

    @runs("createProjectConfigFile")
    async def create(
        self,
        project: str,
        *,
        path: str,
        body: str,
        description: str | None = None,
        build: bool | None = None,
        extra: Extra = None,
    ) -> ConfigFile:
        """Add a config file at `path` with content `body`."""
        request = create_project_config_file.build_request(
            project, body=ConfigFileInput(config_file=fields(ConfigFileInputConfigFile, locals()))
        )
        return await self._run(create_project_config_file, request)

    @runs("updateProjectConfigFile")
    async def update(
        self,
        project: str,
        id: str,
        *,
        path: str | None = None,
        body: str | None = None,
        description: str | None = None,
        build: bool | None = None,
        extra: Extra = None,
    ) -> ConfigFile:
        """Change a config file; fields left at None are not sent."""
        request = update_project_config_file.build_request(
            project, id, body=ConfigFileInput(config_file=fields(ConfigFileInputConfigFile, locals()))
        )
        return await self._run(update_project_config_file, request)


class GlobalConfigFiles(AccountCollection[ConfigFile]):
    """Config file templates shared by every project of the account."""

    crud = Crud(list=list_global_config_files, get=get_global_config_file, delete=delete_global_config_file)

    @runs("createGlobalConfigFile")
    async def create(self, *, path: str, body: str, description: str | None = None, extra: Extra = None) -> ConfigFile:
        """Add a shared config file."""
        values = ConfigFileInput(config_file=fields(ConfigFileInputConfigFile, locals()))
        return await self._run(create_global_config_file, create_global_config_file.build_request(body=values))

    @runs("updateGlobalConfigFile")
    async def update(
        self,
        id: str,
        *,
        path: str | None = None,
        body: str | None = None,
        description: str | None = None,
        extra: Extra = None,
    ) -> ConfigFile:
        """Change a shared config file; fields left at None are not sent."""
        values = ConfigFileInput(config_file=fields(ConfigFileInputConfigFile, locals()))
        return await self._run(update_global_config_file, update_global_config_file.build_request(id, body=values))
