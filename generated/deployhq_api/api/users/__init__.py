"""Operations tagged users, one module each."""

OPERATIONS = (
    "list_users",
    "create_user",
    "get_user",
    "replace_user",
    "delete_user",
    "update_user",
    "resend_invitation_user_resend_invitation",
)
