"""Operations tagged templates, one module each."""

OPERATIONS = (
    "list_templates",
    "create_template",
    "public_templates_template",
    "replace_template",
    "delete_template",
    "update_template",
    "show_public_template_template_public",
)
