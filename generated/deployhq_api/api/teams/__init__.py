"""Operations tagged teams, one module each."""

OPERATIONS = (
    "list_teams",
    "create_team",
    "get_team",
    "replace_team",
    "delete_team",
    "update_team",
)
