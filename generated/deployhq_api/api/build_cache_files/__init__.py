"""Operations tagged build_cache_files, one module each."""

OPERATIONS = (
    "list_project_build_cache_files",
    "create_project_build_cache_file",
    "replace_project_build_cache_file",
    "delete_project_build_cache_file",
    "update_project_build_cache_file",
)
