"""Operations tagged deployments, one module each."""

OPERATIONS = (
    "list_project_deployments",
    "create_project_deployment",
    "list_project_deployment_step_logs",
    "get_project_deployment_by_id",
    "abort_project_deployment",
    "retry_project_deployment_retry",
    "rollback_project_deployment",
)
