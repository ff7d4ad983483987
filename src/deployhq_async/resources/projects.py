"""Projects: a repository and the servers it deploys to."""

from __future__ import annotations

from deployhq_async.generated.api.projects import (
    create_project,
    delete_project,
    get_project,
    list_projects,
    update_project,
)
from deployhq_async.generated.models import (
    Project,
    ProjectCreate,
    ProjectCreateProject,
    ProjectDetail,
    ProjectSummary,
    ProjectUpdate,
    ProjectUpdateProject,
)

from .._pagination import AsyncPaginator
from ._base import Extra, Resource, given, runs, with_extra


class Projects(Resource):
    """The account's projects. A project argument is its permalink or identifier."""

    @runs("listProjects")
    def list(self) -> AsyncPaginator[ProjectSummary]:
        """All projects."""
        return self._unpaged(list_projects, list_projects.build_request())

    @runs("getProject")
    async def get(self, project: str) -> ProjectDetail:
        """One project, with its capabilities."""
        return await self._run(get_project, get_project.build_request(project))

    @runs("createProject")
    async def create(
        self,
        name: str,
        *,
        zone_id: str | None = None,
        template_id: str | None = None,
        keypair_identifier: str | None = None,
    ) -> Project:
        """Create a project (connect its repository with `dhq.repository.create`)."""
        values = ProjectCreateProject(
            name=name,
            zone_id=given(zone_id),
            template_id=given(template_id),
            keypair_identifier=given(keypair_identifier),
        )
        return await self._run(create_project, create_project.build_request(body=ProjectCreate(project=values)))

    @runs("updateProject")
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
        values = ProjectUpdateProject(
            name=given(name),
            permalink=given(permalink),
            zone_id=given(zone_id),
            notification_email=given(notification_email),
            email_notify_on=given(email_notify_on),
        )
        body = ProjectUpdate(project=with_extra(values, extra))
        return await self._run(update_project, update_project.build_request(project, body=body))

    @runs("deleteProject")
    async def delete(self, project: str) -> None:
        """Delete a project and everything in it."""
        await self._run(delete_project, delete_project.build_request(project))
