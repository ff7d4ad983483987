"""Operations tagged servers, one module each."""

OPERATIONS = (
    "list_project_servers",
    "create_project_server",
    "get_project_server_by_id",
    "replace_project_server",
    "delete_project_server",
    "update_project_server",
    "reset_host_key_project_server",
    "server_metrics_project_server_server_metric",
)
