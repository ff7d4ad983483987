"""Operations tagged security, one module each."""

OPERATIONS = (
    "create_security_api_key",
    "delete_security_api_key",
)
