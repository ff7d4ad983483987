"""A project's repository: where DeployHQ fetches the code."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ._base import Extra, Resource, arguments

if TYPE_CHECKING:
    from deployhq_api.models import CommitInfo, RecentCommits, RepositoryBranches
    from deployhq_api.models import Repository as RepositoryModel

TAG = "repositories"


class Repository(Resource):
    """The repository of a project (one per project)."""

    async def get(self, project: str) -> RepositoryModel:
        """The project's repository settings."""
        return cast("RepositoryModel", await self._run(TAG, "get_project_repository", {"project_id": project}))

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
        values = arguments(locals())
        result = await self._run(TAG, "create_project_repository", {"project_id": project}, body={"repository": values})
        return cast("RepositoryModel", result)

    async def update(
        self, project: str, *, branch: str | None = None, root_path: str | None = None, extra: Extra = None
    ) -> RepositoryModel:
        """Change the default branch or the subdirectory deployed."""
        values = arguments(locals())
        result = await self._run(TAG, "update_project_repository", {"project_id": project}, body={"repository": values})
        return cast("RepositoryModel", result)

    async def branches(self, project: str) -> RepositoryBranches:
        """Branch names and their latest revisions (in `additional_properties`)."""
        return cast("RepositoryBranches", await self._run(TAG, "branches_project_repository", {"project_id": project}))

    async def recent_commits(self, project: str, branch: str) -> RecentCommits:
        """The latest commits, tags and releases on `branch`."""
        path = {"project_id": project}
        result = await self._run(TAG, "recent_commits_project_repository", path, params={"branch": branch})
        return cast("RecentCommits", result)

    async def latest_revision(self, project: str, branch: str) -> str | None:
        """The revision at the tip of `branch`."""
        path = {"project_id": project}
        result = await self._run(TAG, "latest_revision_project_repository", path, params={"branch": branch})
        ref = result.ref
        return ref if isinstance(ref, str) else None

    async def commit_info(self, project: str, commit: str) -> CommitInfo:
        """Author, message and time of one commit."""
        path = {"project_id": project}
        return cast(
            "CommitInfo", await self._run(TAG, "commit_info_project_repository", path, params={"commit": commit})
        )
