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

# The integration that posts JSON deployment notifications, signed in a header
# (DeployHQ support, "Creating an integration via API": `http_req`, its one
# property `url`); `webhooks.verify` reads what it sends.
HTTP_HOOK_TYPE = "http_req"
# The legacy form-encoded kind ("HTTP POST"), which `verify` reads too.
LEGACY_HTTP_HOOK_TYPE = "http_post"
HTTP_HOOK_TYPES = frozenset({HTTP_HOOK_TYPE, LEGACY_HTTP_HOOK_TYPE})


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

    @runs("createProjectIntegration")
    async def create_http(
        self,
        project: str,
        url: str,
        *,
        name: str = "deployhq-async notifications",
        on_start: bool = True,
        on_completion: bool = True,
        on_failure: bool = True,
    ) -> Integration:
        """Have DeployHQ post a signed notification to `url` when a deployment
        of `project` starts, completes or fails (what `webhooks.verify` and a
        `NotificationHub` take). DeployHQ's API has no way to limit one to some
        servers: it notifies for all of the project's. DeployHQ checks `url`
        (a `ValidationError` names what it refuses)."""
        return await self.create(
            project,
            hook_type=HTTP_HOOK_TYPE,
            name=name,
            properties={"url": url},
            send_on_start=on_start,
            send_on_completion=on_completion,
            send_on_failure=on_failure,
        )

    @runs("listProjectIntegrations")
    async def list_http(self, project: str) -> list[Integration]:
        """The project's integrations that post notifications over HTTP (both kinds)."""
        return [integration async for integration in self.list(project) if integration.hook_type in HTTP_HOOK_TYPES]
