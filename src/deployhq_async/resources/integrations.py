"""Notifications about deployments to other services (Slack, email, webhooks)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from deployhq_async.generated.api.integrations import (
    create_project_integration,
    delete_project_integration,
    get_project_integration_by_id,
    list_project_integrations,
    update_project_integration,
)
from deployhq_async.generated.models import (
    Integration,
    IntegrationCreate,
    IntegrationCreateIntegration,
    IntegrationCreateIntegrationProperties,
    IntegrationUpdate,
    IntegrationUpdateIntegration,
    IntegrationUpdateIntegrationProperties,
)

from ._base import Crud, ProjectCollection, fields, runs


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
        values = fields(
            IntegrationCreateIntegration,
            locals(),
            properties=None if properties is None else IntegrationCreateIntegrationProperties.from_dict(properties),
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
        values = fields(
            IntegrationUpdateIntegration,
            locals(),
            properties=None if properties is None else IntegrationUpdateIntegrationProperties.from_dict(properties),
        )
        operation = update_project_integration
        return await self._run(
            operation, operation.build_request(project, id, body=IntegrationUpdate(integration=values))
        )
