"""The CRUD collections: each is a table row (`Collection`) plus typed create/update."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from .._pagination import AsyncPaginator
from ._base import AccountCollection, Collection, Extra, ProjectCollection, Resource, arguments, fields

if TYPE_CHECKING:
    from deployhq_api.models import (
        BuildCommand,
        Command,
        ConfigFile,
        EnvironmentVariable,
        ExcludedFile,
        Integration,
        ScheduledDeployment,
        Server,
        ServerDetail,
        ServerGroup,
        SshKey,
        Team,
        Template,
        User,  # noqa: F401 (named only in a base-class subscript)
        UserSummary,
        Zone,
    )


class Servers(ProjectCollection["Server"]):
    """The servers a project deploys to."""

    collection = Collection("servers", "server", "servers", "project")

    async def get(self, project: str, id: str) -> ServerDetail:  # type: ignore[override]
        """One server (DeployHQ returns a shorter record here than in listings)."""
        return cast("ServerDetail", await super().get(project, id))

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
        return await self._create(project, arguments(locals()))

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
        return await self._update(project, id, arguments(locals()))


class ServerGroups(ProjectCollection["ServerGroup"]):
    """Groups of servers deployed together."""

    collection = Collection("server_groups", "server_group", "server_groups", "project")

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
        return await self._create(project, arguments(locals()))

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
        return await self._update(project, id, arguments(locals()))


class ConfigFiles(ProjectCollection["ConfigFile"]):
    """Files DeployHQ writes to the servers on each deployment."""

    collection = Collection("config_files", "config_file", "config_files", "project")

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
        return await self._create(project, arguments(locals()))

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
        return await self._update(project, id, arguments(locals()))


class GlobalConfigFiles(AccountCollection["ConfigFile"]):
    """Config file templates shared by every project of the account."""

    collection = Collection("global_config_files", "config_file", "config_files", "global")

    async def create(self, *, path: str, body: str, description: str | None = None, extra: Extra = None) -> ConfigFile:
        """Add a shared config file."""
        return await self._create(arguments(locals()))

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
        return await self._update(id, arguments(locals()))


class EnvironmentVariables(ProjectCollection["EnvironmentVariable"]):
    """Variables available to a project's deployments and builds. Values are
    write-only: responses carry `masked_value`."""

    collection = Collection("environment_variables", "environment_variable", "environment_variables", "project")

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
        return await self._create(project, arguments(locals()))

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
        return await self._update(project, id, arguments(locals()))


class GlobalEnvironmentVariables(AccountCollection["EnvironmentVariable"]):
    """Secrets shared by every project of the account; a project variable of the
    same name overrides one of these."""

    collection = Collection("global_environment_variables", "environment_variable", "environment_variables", "global")

    async def create(self, *, name: str, value: str, locked: bool | None = None) -> EnvironmentVariable:
        """Add a shared variable."""
        return await self._create(arguments(locals()))

    async def update(
        self, id: str, *, name: str | None = None, value: str | None = None, locked: bool | None = None
    ) -> EnvironmentVariable:
        """Change a shared variable; fields left at None are not sent."""
        return await self._update(id, arguments(locals()))


class ExcludedFiles(ProjectCollection["ExcludedFile"]):
    """Paths a project never uploads."""

    collection = Collection("excluded_files", "excluded_file", "excluded_files", "project")

    async def create(self, project: str, *, path: str, extra: Extra = None) -> ExcludedFile:
        """Exclude `path` (wildcards allowed)."""
        return await self._create(project, arguments(locals()))

    async def update(self, project: str, id: str, *, path: str | None = None, extra: Extra = None) -> ExcludedFile:
        """Change an exclusion."""
        return await self._update(project, id, arguments(locals()))


class SshCommands(ProjectCollection["Command"]):
    """Commands run on the servers before or after a deployment."""

    collection = Collection("ssh_commands", "ssh_command", "ssh_commands", "project", body_key="command")

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
        return await self._create(project, arguments(locals()))

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
        return await self._update(project, id, arguments(locals()))


class BuildCommands(ProjectCollection["BuildCommand"]):
    """Commands of a project's build pipeline."""

    collection = Collection("build_commands", "build_command", "build_commands", "project")

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
        return await self._create(project, arguments(locals()))

    async def update(
        self,
        project: str,
        id: str,
        *,
        command: str | None = None,
        description: str | None = None,
        halt_on_error: bool | None = None,
        enabled: bool | None = None,
        extra: Extra = None,
    ) -> BuildCommand:
        """Change a build command; fields left at None are not sent."""
        return await self._update(project, id, arguments(locals()))

    async def get(self, project: str, id: str) -> BuildCommand:
        """DeployHQ has no endpoint for one build command: find it in the listing."""
        async for command in self.list(project):
            if str(command.id) == str(id):
                return command
        raise LookupError(f"no build command {id!r} in project {project!r}")


class ScheduledDeployments(ProjectCollection["ScheduledDeployment"]):
    """Deployments DeployHQ starts on a schedule."""

    collection = Collection("scheduled_deployments", "scheduled_deployment", "scheduled_deployments", "project")

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
        return await self._create(project, arguments(locals()))

    async def update(
        self,
        project: str,
        id: str,
        *,
        frequency: str | None = None,
        at: str | None = None,
        end_revision: str | None = None,
        use_latest: bool | None = None,
        extra: Extra = None,
    ) -> ScheduledDeployment:
        """Change a schedule; fields left at None are not sent."""
        return await self._update(project, id, arguments(locals()))


class Integrations(ProjectCollection["Integration"]):
    """Notifications to other services (Slack, webhooks...) about deployments."""

    collection = Collection("integrations", "integration", "integrations", "project")

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
        return await self._create(project, arguments(locals()))

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
        return await self._update(project, id, arguments(locals()))


class GlobalServers(AccountCollection["Server"]):
    """Server templates shared across projects."""

    collection = Collection("global_servers", "server", "servers", "global")

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
        return await self._create(arguments(locals()))

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
        return await self._update(id, arguments(locals()))

    async def copy_to_project(self, id: str, project: str) -> Server:
        """Copy a shared server into a project."""
        result = await self._run(
            "global_servers", "copy_to_project_global_server", {"id": id}, params={"project_id": project}
        )
        return cast("Server", result)


class Users(AccountCollection["User"]):
    """The people of the account."""

    collection = Collection("users", "user", "users", "account")

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
        values = arguments(locals())
        return cast("UserSummary", await self._create(values))

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
        values = arguments(locals())
        return cast("UserSummary", await self._update(id, values))


class Teams(AccountCollection["Team"]):
    """Teams of users and what they may do."""

    collection = Collection("teams", "team", "teams", "account")

    async def create(
        self,
        *,
        name: str,
        is_admin: bool | None = None,
        user_ids: Sequence[str] | None = None,
        extra: Extra = None,
    ) -> Team:
        """Add a team."""
        return await self._create(arguments(locals()))

    async def update(
        self,
        id: str,
        *,
        name: str | None = None,
        is_admin: bool | None = None,
        user_ids: Sequence[str] | None = None,
        extra: Extra = None,
    ) -> Team:
        """Change a team; fields left at None are not sent."""
        return await self._update(id, arguments(locals()))


class Templates(AccountCollection["Template"]):
    """Project templates of the account."""

    collection = Collection("templates", "template", "templates", "account")

    async def create(
        self, *, name: str, project_id: str | None = None, description: str | None = None, extra: Extra = None
    ) -> Template:
        """Add a template, optionally copied from a project."""
        return await self._create(arguments(locals()))

    async def update(
        self, id: str, *, name: str | None = None, description: str | None = None, extra: Extra = None
    ) -> Template:
        """Change a template; fields left at None are not sent."""
        return await self._update(id, arguments(locals()))

    async def get(self, id: str) -> Template:
        """DeployHQ has no endpoint for one template: find it in the listing."""
        async for template in self.list():
            if id in (template.permalink, template.name):
                return template
        raise LookupError(f"no template {id!r}")


class SshKeys(Resource):
    """SSH key pairs of the account."""

    def list(self) -> AsyncPaginator[SshKey]:
        """All key pairs."""
        return self._unpaged("ssh_keys", "list_ssh_keys")

    async def create(self, *, title: str, key_type: str | None = None, custom_private_key: str | None = None) -> SshKey:
        """Create a key pair (or import `custom_private_key`)."""
        values = fields(
            {
                "title": title,
                "key_type": key_type,
                "use_custom_key": True if custom_private_key else None,
                "custom_private_key": custom_private_key,
            }
        )
        return cast("SshKey", await self._run("ssh_keys", "create_ssh_key", body={"key_pair": values}))

    async def delete(self, id: str) -> None:
        """Delete a key pair."""
        await self._run("ssh_keys", "delete_ssh_key", {"id": id})


class Zones(Resource):
    """The regions DeployHQ deploys from."""

    def list(self) -> AsyncPaginator[Zone]:
        """All zones."""
        return self._unpaged("zones", "list_zones")
