"""Projects: a repository and the servers it deploys to."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from .._pagination import AsyncPaginator
from ._base import Extra, Resource, arguments

if TYPE_CHECKING:
    from deployhq_api.models import Project, ProjectDetail, ProjectSummary


class Projects(Resource):
    """The account's projects. A project argument is its permalink or identifier."""

    def list(self) -> AsyncPaginator[ProjectSummary]:
        """All projects."""
        return self._unpaged("projects", "list_projects")

    async def get(self, project: str) -> ProjectDetail:
        """One project, with its capabilities."""
        return cast("ProjectDetail", await self._run("projects", "get_project", {"id": project}))

    async def create(
        self,
        name: str,
        *,
        zone_id: str | None = None,
        template_id: str | None = None,
        keypair_identifier: str | None = None,
    ) -> Project:
        """Create a project (connect its repository with `dhq.repository.create`)."""
        values = arguments(locals())
        return cast("Project", await self._run("projects", "create_project", body={"project": values}))

    async def update(
        self,
        project: str,
        *,
        name: str | None = None,
        permalink: str | None = None,
        zone_id: str | None = None,
        notification_email: str | None = None,
        email_notify_on: str | None = None,
        extra: Extra = None,
    ) -> Project:
        """Change a project; fields left at None are not sent."""
        values = arguments(locals())
        return cast("Project", await self._run("projects", "update_project", {"id": project}, body={"project": values}))

    async def delete(self, project: str) -> None:
        """Delete a project and everything in it."""
        await self._run("projects", "delete_project", {"id": project})
