"""Operations tagged scheduled_deployments, one module each."""

OPERATIONS = (
    "list_project_scheduled_deployments",
    "create_project_scheduled_deployment",
    "get_project_scheduled_deployment_by_id",
    "replace_project_scheduled_deployment",
    "delete_project_scheduled_deployment",
    "update_project_scheduled_deployment",
)
