"""Operations tagged build_commands, one module each."""

OPERATIONS = (
    "list_project_build_commands",
    "create_project_build_command",
    "replace_project_build_command",
    "delete_project_build_command",
    "update_project_build_command",
)
