"""Operations tagged automatic_deployments, one module each."""

OPERATIONS = (
    "list_project_auto_deployments",
    "create_project_auto_deployment",
)
