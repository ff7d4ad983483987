"""Operations tagged excluded_files, one module each."""

OPERATIONS = (
    "list_project_excluded_files",
    "create_project_excluded_file",
    "get_project_excluded_file_by_id",
    "replace_project_excluded_file",
    "delete_project_excluded_file",
    "update_project_excluded_file",
)
