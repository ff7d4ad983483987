"""Operations tagged build_configurations, one module each."""

OPERATIONS = (
    "get_project_build_configuration",
    "list_project_build_configurations",
    "create_project_build_configuration",
    "get_project_build_configuration_by_id",
    "replace_project_build_configuration",
    "delete_project_build_configuration",
    "update_project_build_configuration",
)
