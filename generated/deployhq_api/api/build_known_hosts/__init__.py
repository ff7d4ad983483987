"""Operations tagged build_known_hosts, one module each."""

OPERATIONS = (
    "list_project_build_known_hosts",
    "create_project_build_known_host",
    "delete_project_build_known_host",
)
