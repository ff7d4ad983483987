"""A project's repository: where DeployHQ fetches the code."""

from __future__ import annotations

from deployhq_async.generated.api.repositories import (
    branches_project_repository,
    commit_info_project_repository,
    create_project_repository,
    get_project_repository,
    latest_revision_project_repository,
    recent_commits_project_repository,
    update_project_repository,
)
from deployhq_async.generated.models import (
    CommitInfo,
    RecentCommits,
    RepositoryBranches,
    RepositoryCreate,
    RepositoryCreateRepository,
    RepositoryUpdate,
    RepositoryUpdateRepository,
)
from deployhq_async.generated.models import Repository as RepositoryModel

from ._base import Extra, Resource, given, runs, with_extra


class Repository(Resource):
    """The repository of a project (one per project)."""

    @runs("getProjectRepository")
    async def get(self, project: str) -> RepositoryModel:
        """The project's repository settings."""
        return await self._run(get_project_repository, get_project_repository.build_request(project))

    @runs("createProjectRepository")
    async def create(
        self,
        project: str,
        *,
        url: str,
        scm_type: str = "git",
        branch: str | None = None,
        username: str | None = None,
        password: str | None = None,
        port: int | None = None,
        extra: Extra = None,
    ) -> RepositoryModel:
        """Connect a repository to the project."""
        values = RepositoryCreateRepository(
            url=url,
            scm_type=scm_type,
            branch=given(branch),
            username=given(username),
            password=given(password),
            port=given(port),
        )
        body = RepositoryCreate(repository=with_extra(values, extra))
        return await self._run(create_project_repository, create_project_repository.build_request(project, body=body))

    @runs("updateProjectRepository")
    async def update(
        self, project: str, *, branch: str | None = None, root_path: str | None = None, extra: Extra = None
    ) -> RepositoryModel:
        """Change the default branch or the subdirectory deployed."""
        values = RepositoryUpdateRepository(branch=given(branch), root_path=given(root_path))
        body = RepositoryUpdate(repository=with_extra(values, extra))
        return await self._run(update_project_repository, update_project_repository.build_request(project, body=body))

    @runs("branchesProjectRepository")
    async def branches(self, project: str) -> RepositoryBranches:
        """Branch names and their latest revisions (in `additional_properties`)."""
        return await self._run(branches_project_repository, branches_project_repository.build_request(project))

    @runs("recentCommitsProjectRepository")
    async def recent_commits(self, project: str, branch: str) -> RecentCommits:
        """The latest commits, tags and releases on `branch`."""
        operation = recent_commits_project_repository
        return await self._run(operation, operation.build_request(project, branch=branch))

    @runs("latestRevisionProjectRepository")
    async def latest_revision(self, project: str, branch: str) -> str | None:
        """The revision at the tip of `branch`."""
        operation = latest_revision_project_repository
        result = await self._run(operation, operation.build_request(project, branch=branch))
        return result.ref if isinstance(result.ref, str) else None

    @runs("commitInfoProjectRepository")
    async def commit_info(self, project: str, commit: str) -> CommitInfo:
        """Author, message and time of one commit."""
        operation = commit_info_project_repository
        return await self._run(operation, operation.build_request(project, commit=commit))
