"""Operations tagged account, one module each."""

OPERATIONS = (
    "get_account",
    "replace_account",
    "update_account",
    "billing_status_account_billing_status",
    "reset_password_submit_reset",
)
