"""Operations tagged server_groups, one module each."""

OPERATIONS = (
    "list_project_server_groups",
    "create_project_server_group",
    "get_project_server_group_by_id",
    "replace_project_server_group",
    "delete_project_server_group",
    "update_project_server_group",
)
