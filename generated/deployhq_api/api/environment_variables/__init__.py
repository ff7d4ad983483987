"""Operations tagged environment_variables, one module each."""

OPERATIONS = (
    "list_project_environment_variables",
    "create_project_environment_variable",
    "get_project_environment_variable_by_id",
    "replace_project_environment_variable",
    "delete_project_environment_variable",
    "update_project_environment_variable",
)
