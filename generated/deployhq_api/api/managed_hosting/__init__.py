"""Operations tagged managed_hosting, one module each."""

OPERATIONS = (
    "list_managed_hosting_regions",
    "list_managed_hosting_sizes",
)
