"""Operations tagged global_config_files, one module each."""

OPERATIONS = (
    "list_global_config_files",
    "create_global_config_file",
    "get_global_config_file",
    "replace_global_config_file",
    "delete_global_config_file",
    "update_global_config_file",
)
