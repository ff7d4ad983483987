"""Operations tagged config_files, one module each."""

OPERATIONS = (
    "list_project_config_files",
    "create_project_config_file",
    "get_project_config_file_by_id",
    "replace_project_config_file",
    "delete_project_config_file",
    "update_project_config_file",
)
