"""Operations tagged integrations, one module each."""

OPERATIONS = (
    "list_project_integrations",
    "create_project_integration",
    "get_project_integration_by_id",
    "replace_project_integration",
    "delete_project_integration",
    "update_project_integration",
)
