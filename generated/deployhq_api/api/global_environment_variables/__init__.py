"""Operations tagged global_environment_variables, one module each."""

OPERATIONS = (
    "list_global_environment_variables",
    "create_global_environment_variable",
    "get_global_environment_variable",
    "replace_global_environment_variable",
    "delete_global_environment_variable",
    "update_global_environment_variable",
)
