"""Operations tagged profile, one module each."""

OPERATIONS = (
    "get_profile",
    "replace_profile",
    "update_profile",
)
