"""Operations tagged ssh_commands, one module each."""

OPERATIONS = (
    "list_project_commands",
    "create_project_command",
    "get_project_command_by_id",
    "replace_project_command",
    "delete_project_command",
    "update_project_command",
    "list_project_ssh_commands",
    "create_project_ssh_command",
    "get_project_ssh_command_by_id",
    "replace_project_ssh_command",
    "delete_project_ssh_command",
    "update_project_ssh_command",
)
