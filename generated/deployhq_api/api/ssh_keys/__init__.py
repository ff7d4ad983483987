"""Operations tagged ssh_keys, one module each."""

OPERATIONS = (
    "list_ssh_keys",
    "create_ssh_key",
    "delete_ssh_key",
    "download_private_key_ssh_key_download_private_key",
)
