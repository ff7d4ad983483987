"""Operations tagged global_servers, one module each."""

OPERATIONS = (
    "list_global_servers",
    "create_global_server",
    "get_global_server",
    "replace_global_server",
    "delete_global_server",
    "update_global_server",
    "copy_to_project_global_server",
)
