"""Operations tagged zones, one module each."""

OPERATIONS = ("list_zones",)
