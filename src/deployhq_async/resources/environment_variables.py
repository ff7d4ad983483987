"""Variables available to deployments and builds: a project's own, and the
account's shared ones (a project variable of the same name overrides one of
these). Values are write-only: responses carry `masked_value`."""

from __future__ import annotations

from deployhq_async.generated.api.environment_variables import (
    create_project_environment_variable,
    delete_project_environment_variable,
    get_project_environment_variable_by_id,
    list_project_environment_variables,
    update_project_environment_variable,
)
from deployhq_async.generated.api.global_environment_variables import (
    create_global_environment_variable,
    delete_global_environment_variable,
    get_global_environment_variable,
    list_global_environment_variables,
    update_global_environment_variable,
)
from deployhq_async.generated.models import (
    EnvironmentVariable,
    EnvironmentVariableCreate,
    EnvironmentVariableCreateEnvironmentVariable,
    EnvironmentVariableUpdate,
    EnvironmentVariableUpdateEnvironmentVariable,
    GlobalEnvironmentVariableCreate,
    GlobalEnvironmentVariableCreateEnvironmentVariable,
    GlobalEnvironmentVariableUpdate,
    GlobalEnvironmentVariableUpdateEnvironmentVariable,
)

from ._base import AccountCollection, Crud, ProjectCollection, fields, runs


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
        values = fields(EnvironmentVariableCreateEnvironmentVariable, locals())
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
        values = fields(EnvironmentVariableUpdateEnvironmentVariable, locals())
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
        values = fields(GlobalEnvironmentVariableCreateEnvironmentVariable, locals())
        operation = create_global_environment_variable
        body = GlobalEnvironmentVariableCreate(environment_variable=values)
        return await self._run(operation, operation.build_request(body=body))

    @runs("updateGlobalEnvironmentVariable")
    async def update(
        self, id: str, *, name: str | None = None, value: str | None = None, locked: bool | None = None
    ) -> EnvironmentVariable:
        """Change a shared variable; fields left at None are not sent."""
        values = fields(GlobalEnvironmentVariableUpdateEnvironmentVariable, locals())
        operation = update_global_environment_variable
        body = GlobalEnvironmentVariableUpdate(environment_variable=values)
        return await self._run(operation, operation.build_request(id, body=body))
