"""Paths a project never uploads."""

from __future__ import annotations

from deployhq_async.generated.api.excluded_files import (
    create_project_excluded_file,
    delete_project_excluded_file,
    get_project_excluded_file_by_id,
    list_project_excluded_files,
    update_project_excluded_file,
)
from deployhq_async.generated.models import ExcludedFile, ExcludedFileInput, ExcludedFileInputExcludedFile

from ._base import Crud, Extra, ProjectCollection, fields, runs


class ExcludedFiles(ProjectCollection[ExcludedFile]):
    """Paths a project never uploads."""

    crud = Crud(
        list=list_project_excluded_files, get=get_project_excluded_file_by_id, delete=delete_project_excluded_file
    )

    @runs("createProjectExcludedFile")
    async def create(self, project: str, *, path: str, extra: Extra = None) -> ExcludedFile:
        """Exclude `path` (wildcards allowed)."""
        body = ExcludedFileInput(excluded_file=fields(ExcludedFileInputExcludedFile, locals()))
        operation = create_project_excluded_file
        return await self._run(operation, operation.build_request(project, body=body))

    @runs("updateProjectExcludedFile")
    async def update(self, project: str, id: str, *, path: str, extra: Extra = None) -> ExcludedFile:
        """Change an exclusion."""
        body = ExcludedFileInput(excluded_file=fields(ExcludedFileInputExcludedFile, locals()))
        operation = update_project_excluded_file
        return await self._run(operation, operation.build_request(project, id, body=body))
