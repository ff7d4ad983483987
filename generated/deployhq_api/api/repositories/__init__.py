"""Operations tagged repositories, one module each."""

OPERATIONS = (
    "get_project_repository",
    "replace_project_repository",
    "create_project_repository",
    "update_project_repository",
    "branches_project_repository",
    "commit_info_project_repository",
    "latest_revision_project_repository",
    "recent_commits_project_repository",
)
