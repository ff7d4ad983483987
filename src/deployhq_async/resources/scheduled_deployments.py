"""Deployments DeployHQ starts on a schedule."""

from __future__ import annotations

from deployhq_async.generated.api.scheduled_deployments import (
    create_project_scheduled_deployment,
    delete_project_scheduled_deployment,
    get_project_scheduled_deployment_by_id,
    list_project_scheduled_deployments,
    update_project_scheduled_deployment,
)
from deployhq_async.generated.models import (
    ScheduledDeployment,
    ScheduledDeploymentCreate,
    ScheduledDeploymentCreateScheduledDeployment,
    ScheduledDeploymentUpdate,
    ScheduledDeploymentUpdateScheduledDeployment,
)

from ._base import Crud, Extra, ProjectCollection, fields, runs


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
        values = fields(ScheduledDeploymentCreateScheduledDeployment, locals())
        operation = create_project_scheduled_deployment
        body = ScheduledDeploymentCreate(scheduled_deployment=values)
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
        values = fields(ScheduledDeploymentUpdateScheduledDeployment, locals())
        operation = update_project_scheduled_deployment
        body = ScheduledDeploymentUpdate(scheduled_deployment=values)
        return await self._run(operation, operation.build_request(project, id, body=body))
