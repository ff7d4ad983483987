"""Operations tagged deployment_checks, one module each."""

OPERATIONS = (
    "list_project_deployment_checks",
    "create_project_deployment_check",
    "get_project_deployment_check_by_id",
    "replace_project_deployment_check",
    "delete_project_deployment_check",
    "update_project_deployment_check",
)
