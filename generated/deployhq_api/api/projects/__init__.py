"""Operations tagged projects, one module each."""

OPERATIONS = (
    "list_projects",
    "create_project",
    "get_project",
    "replace_project",
    "delete_project",
    "update_project",
    "ai_deployment_overview_project",
    "list_project_insights",
    "regenerate_key_project_regenerate_key",
    "star_project",
    "undeployed_changes_project_undeployed_change",
    "upload_key_project",
    "status_badge_status_badge",
    "status_badge_status_badge_by_identifier",
)
