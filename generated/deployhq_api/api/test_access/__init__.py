"""Operations tagged test_access, one module each."""

OPERATIONS = (
    "create_project_server_test_access",
    "create_project_test_access",
    "get_project_test_access",
)
