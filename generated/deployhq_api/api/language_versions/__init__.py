"""Operations tagged language_versions, one module each."""

OPERATIONS = (
    "list_language_versions",
    "replace_project_build_configuration_build_language",
    "update_project_build_configuration_build_language",
    "replace_project_build_language",
    "update_project_build_language",
    "list_project_language_versions",
)
