"""The CRUD collections: each is a table row (`Collection`) plus create/update
methods that build the document's request models from their typed arguments."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from deployhq_api.api.build_commands import (
    create_project_build_command,
    delete_project_build_command,
    list_project_build_commands,
    update_project_build_command,
)
from deployhq_api.api.config_files import (
    create_project_config_file,
    delete_project_config_file,
    get_project_config_file_by_id,
    list_project_config_files,
    update_project_config_file,
)
from deployhq_api.api.environment_variables import (
    create_project_environment_variable,
    delete_project_environment_variable,
    get_project_environment_variable_by_id,
    list_project_environment_variables,
    update_project_environment_variable,
)
from deployhq_api.api.excluded_files import (
    create_project_excluded_file,
    delete_project_excluded_file,
    get_project_excluded_file_by_id,
    list_project_excluded_files,
    update_project_excluded_file,
)
from deployhq_api.api.global_config_files import (
    create_global_config_file,
    delete_global_config_file,
    get_global_config_file,
    list_global_config_files,
    update_global_config_file,
)
from deployhq_api.api.global_environment_variables import (
    create_global_environment_variable,
    delete_global_environment_variable,
    get_global_environment_variable,
    list_global_environment_variables,
    update_global_environment_variable,
)
from deployhq_api.api.global_servers import (
    copy_to_project_global_server,
    create_global_server,
    delete_global_server,
    get_global_server,
    list_global_servers,
    update_global_server,
)
from deployhq_api.api.integrations import (
    create_project_integration,
    delete_project_integration,
    get_project_integration_by_id,
    list_project_integrations,
    update_project_integration,
)
from deployhq_api.api.scheduled_deployments import (
    create_project_scheduled_deployment,
    delete_project_scheduled_deployment,
    get_project_scheduled_deployment_by_id,
    list_project_scheduled_deployments,
    update_project_scheduled_deployment,
)
from deployhq_api.api.server_groups import (
    create_project_server_group,
    delete_project_server_group,
    get_project_server_group_by_id,
    list_project_server_groups,
    update_project_server_group,
)
from deployhq_api.api.servers import (
    create_project_server,
    delete_project_server,
    get_project_server_by_id,
    list_project_servers,
    update_project_server,
)
from deployhq_api.api.ssh_commands import (
    create_project_ssh_command,
    delete_project_ssh_command,
    get_project_ssh_command_by_id,
    list_project_ssh_commands,
    update_project_ssh_command,
)
from deployhq_api.api.ssh_keys import create_ssh_key, delete_ssh_key, list_ssh_keys
from deployhq_api.api.teams import create_team, delete_team, get_team, list_teams, update_team
from deployhq_api.api.templates import create_template, delete_template, list_templates, update_template
from deployhq_api.api.users import create_user, delete_user, get_user, list_users, update_user
from deployhq_api.api.zones import list_zones
from deployhq_api.models import (
    BuildCommand,
    BuildCommandInput,
    BuildCommandInputBuildCommand,
    Command,
    CommandCreate,
    CommandCreateCommand,
    CommandUpdate,
    CommandUpdateCommand,
    ConfigFile,
    ConfigFileInput,
    ConfigFileInputConfigFile,
    EnvironmentVariable,
    EnvironmentVariableCreate,
    EnvironmentVariableCreateEnvironmentVariable,
    EnvironmentVariableUpdate,
    EnvironmentVariableUpdateEnvironmentVariable,
    ExcludedFile,
    ExcludedFileInput,
    ExcludedFileInputExcludedFile,
    GlobalEnvironmentVariableCreate,
    GlobalEnvironmentVariableCreateEnvironmentVariable,
    GlobalEnvironmentVariableUpdate,
    GlobalEnvironmentVariableUpdateEnvironmentVariable,
    GlobalServerInput,
    GlobalServerInputServer,
    Integration,
    IntegrationCreate,
    IntegrationCreateIntegration,
    IntegrationCreateIntegrationProperties,
    IntegrationUpdate,
    IntegrationUpdateIntegration,
    IntegrationUpdateIntegrationProperties,
    ScheduledDeployment,
    ScheduledDeploymentCreate,
    ScheduledDeploymentCreateScheduledDeployment,
    ScheduledDeploymentUpdate,
    ScheduledDeploymentUpdateScheduledDeployment,
    Server,
    ServerCreate,
    ServerCreateServer,
    ServerGroup,
    ServerGroupInput,
    ServerGroupInputServerGroup,
    ServerUpdate,
    ServerUpdateServer,
    SshKey,
    SshKeyCreate,
    SshKeyCreateKeyPair,
    Team,
    TeamCreate,
    TeamCreateTeam,
    TeamUpdate,
    TeamUpdateTeam,
    Template,
    TemplateCreate,
    TemplateCreateTemplate,
    TemplateUpdate,
    TemplateUpdateTemplate,
    User,
    UserCreate,
    UserCreateUser,
    UserSummary,
    UserUpdate,
    UserUpdateUser,
    Zone,
)

from .._pagination import AsyncPaginator
from ..errors import NotInListingError
from ._base import AccountCollection, Crud, Extra, ProjectCollection, Resource, given, runs, with_extra


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
        values = ServerCreateServer(
            name=name,
            protocol_type=protocol_type,
            server_path=given(server_path),
            environment=given(environment),
            branch=given(branch),
            server_group_identifier=given(server_group_identifier),
            enabled=given(enabled),
            agent_id=given(agent_id),
        )
        body = ServerCreate(server=with_extra(values, extra))
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
        values = ServerUpdateServer(
            name=given(name),
            server_path=given(server_path),
            environment=given(environment),
            branch=given(branch),
            server_group_identifier=given(server_group_identifier),
            enabled=given(enabled),
        )
        body = ServerUpdate(server=with_extra(values, extra))
        return await self._run(update_project_server, update_project_server.build_request(project, id, body=body))


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
        body = _server_group(name, branch, environment, auto_deploy, transfer_order, extra)
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
        body = _server_group(name, branch, environment, auto_deploy, transfer_order, extra)
        operation = update_project_server_group
        return await self._run(operation, operation.build_request(project, id, body=body))


def _server_group(
    name: str | None,
    branch: str | None,
    environment: str | None,
    auto_deploy: bool | None,
    transfer_order: str | None,
    extra: Extra,
) -> ServerGroupInput:
    values = ServerGroupInputServerGroup(
        name=given(name),
        branch=given(branch),
        environment=given(environment),
        auto_deploy=given(auto_deploy),
        transfer_order=given(transfer_order),
    )
    return ServerGroupInput(server_group=with_extra(values, extra))


def _config_file(
    path: str | None, body: str | None, description: str | None, build: bool | None, extra: Extra
) -> ConfigFileInput:
    values = ConfigFileInputConfigFile(
        path=given(path), body=given(body), description=given(description), build=given(build)
    )
    return ConfigFileInput(config_file=with_extra(values, extra))


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
            project, body=_config_file(path, body, description, build, extra)
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
            project, id, body=_config_file(path, body, description, build, extra)
        )
        return await self._run(update_project_config_file, request)


class GlobalConfigFiles(AccountCollection[ConfigFile]):
    """Config file templates shared by every project of the account."""

    crud = Crud(list=list_global_config_files, get=get_global_config_file, delete=delete_global_config_file)

    @runs("createGlobalConfigFile")
    async def create(self, *, path: str, body: str, description: str | None = None, extra: Extra = None) -> ConfigFile:
        """Add a shared config file."""
        request = create_global_config_file.build_request(body=_config_file(path, body, description, None, extra))
        return await self._run(create_global_config_file, request)

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
        request = update_global_config_file.build_request(id, body=_config_file(path, body, description, None, extra))
        return await self._run(update_global_config_file, request)


class EnvironmentVariables(ProjectCollection[EnvironmentVariable]):
    """Variables available to a project's deployments and builds. Values are
    write-only: responses carry `masked_value`."""

    crud = Crud(
        list=list_project_environment_variables,
        get=get_project_environment_variable_by_id,
        delete=delete_project_environment_variable,
    )

    @runs("createProjectEnvironmentVariable")
    async def create(
        self,
        project: str,
        *,
        name: str,
        value: str,
        locked: bool | None = None,
        build_pipeline: bool | None = None,
    ) -> EnvironmentVariable:
        """Add a variable. A locked variable can never be changed or unlocked."""
        values = EnvironmentVariableCreateEnvironmentVariable(
            name=name, value=value, locked=given(locked), build_pipeline=given(build_pipeline)
        )
        operation = create_project_environment_variable
        body = EnvironmentVariableCreate(environment_variable=values)
        return await self._run(operation, operation.build_request(project, body=body))

    @runs("updateProjectEnvironmentVariable")
    async def update(
        self,
        project: str,
        id: str,
        *,
        name: str | None = None,
        value: str | None = None,
        locked: bool | None = None,
        build_pipeline: bool | None = None,
    ) -> EnvironmentVariable:
        """Change a variable; fields left at None are not sent."""
        values = EnvironmentVariableUpdateEnvironmentVariable(
            name=given(name), value=given(value), locked=given(locked), build_pipeline=given(build_pipeline)
        )
        operation = update_project_environment_variable
        body = EnvironmentVariableUpdate(environment_variable=values)
        return await self._run(operation, operation.build_request(project, id, body=body))


class GlobalEnvironmentVariables(AccountCollection[EnvironmentVariable]):
    """Secrets shared by every project of the account; a project variable of the
    same name overrides one of these."""

    crud = Crud(
        list=list_global_environment_variables,
        get=get_global_environment_variable,
        delete=delete_global_environment_variable,
    )

    @runs("createGlobalEnvironmentVariable")
    async def create(self, *, name: str, value: str, locked: bool | None = None) -> EnvironmentVariable:
        """Add a shared variable."""
        values = GlobalEnvironmentVariableCreateEnvironmentVariable(name=name, value=value, locked=given(locked))
        operation = create_global_environment_variable
        body = GlobalEnvironmentVariableCreate(environment_variable=values)
        return await self._run(operation, operation.build_request(body=body))

    @runs("updateGlobalEnvironmentVariable")
    async def update(
        self, id: str, *, name: str | None = None, value: str | None = None, locked: bool | None = None
    ) -> EnvironmentVariable:
        """Change a shared variable; fields left at None are not sent."""
        values = GlobalEnvironmentVariableUpdateEnvironmentVariable(
            name=given(name), value=given(value), locked=given(locked)
        )
        operation = update_global_environment_variable
        body = GlobalEnvironmentVariableUpdate(environment_variable=values)
        return await self._run(operation, operation.build_request(id, body=body))


class ExcludedFiles(ProjectCollection[ExcludedFile]):
    """Paths a project never uploads."""

    crud = Crud(
        list=list_project_excluded_files, get=get_project_excluded_file_by_id, delete=delete_project_excluded_file
    )

    @runs("createProjectExcludedFile")
    async def create(self, project: str, *, path: str, extra: Extra = None) -> ExcludedFile:
        """Exclude `path` (wildcards allowed)."""
        body = ExcludedFileInput(excluded_file=with_extra(ExcludedFileInputExcludedFile(path=path), extra))
        operation = create_project_excluded_file
        return await self._run(operation, operation.build_request(project, body=body))

    @runs("updateProjectExcludedFile")
    async def update(self, project: str, id: str, *, path: str, extra: Extra = None) -> ExcludedFile:
        """Change an exclusion."""
        body = ExcludedFileInput(excluded_file=with_extra(ExcludedFileInputExcludedFile(path=path), extra))
        operation = update_project_excluded_file
        return await self._run(operation, operation.build_request(project, id, body=body))


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
        values = CommandCreateCommand(
            command=command,
            description=given(description),
            timing=given(timing),
            halt_on_error=given(halt_on_error),
            timeout=given(timeout),
            enabled=given(enabled),
        )
        operation = create_project_ssh_command
        body = CommandCreate(command=with_extra(values, extra))
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
        values = CommandUpdateCommand(
            command=given(command),
            description=given(description),
            timing=given(timing),
            halt_on_error=given(halt_on_error),
            timeout=given(timeout),
            enabled=given(enabled),
        )
        operation = update_project_ssh_command
        body = CommandUpdate(command=with_extra(values, extra))
        return await self._run(operation, operation.build_request(project, id, body=body))


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
        body = _build_command(command, description, halt_on_error, enabled, extra)
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
        body = _build_command(command, description, halt_on_error, enabled, extra)
        operation = update_project_build_command
        return await self._run(operation, operation.build_request(project, id, body=body))

    @runs("listProjectBuildCommands")
    async def get(self, project: str, id: str) -> BuildCommand:
        """DeployHQ has no endpoint for one build command: find it in the listing."""
        async for command in self.list(project):
            if str(command.id) == str(id):
                return command
        raise NotInListingError(f"no build command {id!r} in project {project!r}: see build_commands.list()")


def _build_command(
    command: str, description: str | None, halt_on_error: bool | None, enabled: bool | None, extra: Extra
) -> BuildCommandInput:
    """The body of a build command's create and update (the document gives both one model)."""
    values = BuildCommandInputBuildCommand(
        command=command, description=given(description), halt_on_error=given(halt_on_error), enabled=given(enabled)
    )
    return BuildCommandInput(build_command=with_extra(values, extra))


class ScheduledDeployments(ProjectCollection[ScheduledDeployment]):
    """Deployments DeployHQ starts on a schedule."""

    crud = Crud(
        list=list_project_scheduled_deployments,
        get=get_project_scheduled_deployment_by_id,
        delete=delete_project_scheduled_deployment,
    )

    @runs("createProjectScheduledDeployment")
    async def create(
        self,
        project: str,
        *,
        server_identifier: str,
        frequency: str,
        at: str | None = None,
        start_revision: str | None = None,
        end_revision: str | None = None,
        use_latest: bool | None = None,
        extra: Extra = None,
    ) -> ScheduledDeployment:
        """Schedule deployments to a server or group; `frequency` is DeployHQ's
        ("future", "daily", "weekly", "monthly"), with its fields in `extra`."""
        values = ScheduledDeploymentCreateScheduledDeployment(
            server_identifier=server_identifier,
            frequency=frequency,
            at=given(at),
            start_revision=given(start_revision),
            end_revision=given(end_revision),
            use_latest=given(use_latest),
        )
        operation = create_project_scheduled_deployment
        body = ScheduledDeploymentCreate(scheduled_deployment=with_extra(values, extra))
        return await self._run(operation, operation.build_request(project, body=body))

    @runs("updateProjectScheduledDeployment")
    async def update(
        self,
        project: str,
        id: str,
        *,
        frequency: str | None = None,
        at: str | None = None,
        extra: Extra = None,
    ) -> ScheduledDeployment:
        """Change a schedule; fields left at None are not sent."""
        values = ScheduledDeploymentUpdateScheduledDeployment(frequency=given(frequency), at=given(at))
        operation = update_project_scheduled_deployment
        body = ScheduledDeploymentUpdate(scheduled_deployment=with_extra(values, extra))
        return await self._run(operation, operation.build_request(project, id, body=body))


class Integrations(ProjectCollection[Integration]):
    """Notifications about deployments to other services (Slack, email, webhooks)."""

    crud = Crud(list=list_project_integrations, get=get_project_integration_by_id, delete=delete_project_integration)

    @runs("createProjectIntegration")
    async def create(
        self,
        project: str,
        *,
        hook_type: str,
        name: str | None = None,
        properties: Mapping[str, Any] | None = None,
        send_on_start: bool | None = None,
        send_on_completion: bool | None = None,
        send_on_failure: bool | None = None,
    ) -> Integration:
        """Add an integration of `hook_type` configured by `properties`."""
        values = IntegrationCreateIntegration(
            hook_type=hook_type,
            name=given(name),
            properties=given(
                None if properties is None else IntegrationCreateIntegrationProperties.from_dict(properties)
            ),
            send_on_start=given(send_on_start),
            send_on_completion=given(send_on_completion),
            send_on_failure=given(send_on_failure),
        )
        operation = create_project_integration
        return await self._run(operation, operation.build_request(project, body=IntegrationCreate(integration=values)))

    @runs("updateProjectIntegration")
    async def update(
        self,
        project: str,
        id: str,
        *,
        name: str | None = None,
        properties: Mapping[str, Any] | None = None,
        send_on_start: bool | None = None,
        send_on_completion: bool | None = None,
        send_on_failure: bool | None = None,
    ) -> Integration:
        """Change an integration; fields left at None are not sent."""
        values = IntegrationUpdateIntegration(
            name=given(name),
            properties=given(
                None if properties is None else IntegrationUpdateIntegrationProperties.from_dict(properties)
            ),
            send_on_start=given(send_on_start),
            send_on_completion=given(send_on_completion),
            send_on_failure=given(send_on_failure),
        )
        operation = update_project_integration
        body = IntegrationUpdate(integration=values)
        return await self._run(operation, operation.build_request(project, id, body=body))


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
        body = _global_server(name, protocol_type, server_path, environment, extra)
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
        body = _global_server(name, None, server_path, environment, extra)
        return await self._run(update_global_server, update_global_server.build_request(id, body=body))

    @runs("copyToProjectGlobalServer")
    async def copy_to_project(self, id: str, project: str) -> Server:
        """Copy a shared server into a project."""
        operation = copy_to_project_global_server
        return await self._run(operation, operation.build_request(id, project_id=project))


def _global_server(
    name: str | None, protocol_type: str | None, server_path: str | None, environment: str | None, extra: Extra
) -> GlobalServerInput:
    values = GlobalServerInputServer(
        name=given(name),
        protocol_type=given(protocol_type),
        server_path=given(server_path),
        environment=given(environment),
    )
    return GlobalServerInput(server=with_extra(values, extra))


class Users(AccountCollection[User]):
    """The people of the account."""

    crud = Crud(list=list_users, get=get_user, delete=delete_user)

    @runs("createUser")
    async def create(
        self,
        *,
        first_name: str,
        email_address: str,
        last_name: str | None = None,
        time_zone: str | None = None,
        account_administrator: bool | None = None,
        extra: Extra = None,
    ) -> UserSummary:
        """Invite a user."""
        values = UserCreateUser(
            first_name=first_name,
            email_address=email_address,
            last_name=given(last_name),
            time_zone=given(time_zone),
            account_administrator=given(account_administrator),
        )
        body = UserCreate(user=with_extra(values, extra))
        return await self._run(create_user, create_user.build_request(body=body))

    @runs("updateUser")
    async def update(
        self,
        id: str,
        *,
        first_name: str | None = None,
        last_name: str | None = None,
        email_address: str | None = None,
        time_zone: str | None = None,
        account_administrator: bool | None = None,
        extra: Extra = None,
    ) -> UserSummary:
        """Change a user; fields left at None are not sent."""
        values = UserUpdateUser(
            first_name=given(first_name),
            last_name=given(last_name),
            email_address=given(email_address),
            time_zone=given(time_zone),
            account_administrator=given(account_administrator),
        )
        body = UserUpdate(user=with_extra(values, extra))
        return await self._run(update_user, update_user.build_request(id, body=body))


class Teams(AccountCollection[Team]):
    """Teams of users and what they may do."""

    crud = Crud(list=list_teams, get=get_team, delete=delete_team)

    @runs("createTeam")
    async def create(
        self,
        *,
        name: str,
        is_admin: bool | None = None,
        user_ids: Sequence[int] | None = None,
        extra: Extra = None,
    ) -> Team:
        """Add a team."""
        values = TeamCreateTeam(
            name=name, is_admin=given(is_admin), user_ids=given(None if user_ids is None else list(user_ids))
        )
        return await self._run(create_team, create_team.build_request(body=TeamCreate(team=with_extra(values, extra))))

    @runs("updateTeam")
    async def update(
        self,
        id: str,
        *,
        name: str | None = None,
        is_admin: bool | None = None,
        user_ids: Sequence[int] | None = None,
        extra: Extra = None,
    ) -> Team:
        """Change a team; fields left at None are not sent."""
        values = TeamUpdateTeam(
            name=given(name), is_admin=given(is_admin), user_ids=given(None if user_ids is None else list(user_ids))
        )
        body = TeamUpdate(team=with_extra(values, extra))
        return await self._run(update_team, update_team.build_request(id, body=body))


class Templates(AccountCollection[Template]):
    """Project templates of the account."""

    crud = Crud(list=list_templates, get=None, delete=delete_template)

    @runs("createTemplate")
    async def create(
        self, *, name: str, project_id: str | None = None, description: str | None = None, extra: Extra = None
    ) -> Template:
        """Add a template, optionally copied from a project."""
        values = TemplateCreateTemplate(name=name, project_id=given(project_id), description=given(description))
        body = TemplateCreate(template=with_extra(values, extra))
        return await self._run(create_template, create_template.build_request(body=body))

    @runs("updateTemplate")
    async def update(
        self, id: str, *, name: str | None = None, description: str | None = None, extra: Extra = None
    ) -> Template:
        """Change a template; fields left at None are not sent."""
        values = TemplateUpdateTemplate(name=given(name), description=given(description))
        body = TemplateUpdate(template=with_extra(values, extra))
        return await self._run(update_template, update_template.build_request(id, body=body))

    @runs("listTemplates")
    async def get(self, id: str) -> Template:
        """DeployHQ has no endpoint for one template: find it in the listing."""
        async for template in self.list():
            if id in (template.permalink, template.name):
                return template
        raise NotInListingError(f"no template {id!r} (by permalink or name): see templates.list()")


class SshKeys(Resource):
    """SSH key pairs of the account."""

    @runs("listSshKeys")
    def list(self) -> AsyncPaginator[SshKey]:
        """All key pairs."""
        return self._unpaged(list_ssh_keys, list_ssh_keys.build_request())

    @runs("createSshKey")
    async def create(self, *, title: str, key_type: str | None = None, custom_private_key: str | None = None) -> SshKey:
        """Create a key pair (or import `custom_private_key`)."""
        values = SshKeyCreateKeyPair(
            title=title,
            key_type=given(key_type),
            use_custom_key=True if custom_private_key else given(None),
            custom_private_key=given(custom_private_key),
        )
        return await self._run(create_ssh_key, create_ssh_key.build_request(body=SshKeyCreate(key_pair=values)))

    @runs("deleteSshKey")
    async def delete(self, id: str) -> None:
        """Delete a key pair."""
        await self._run(delete_ssh_key, delete_ssh_key.build_request(id))


class Zones(Resource):
    """The regions DeployHQ deploys from."""

    @runs("listZones")
    def list(self) -> AsyncPaginator[Zone]:
        """All zones."""
        return self._unpaged(list_zones, list_zones.build_request())
