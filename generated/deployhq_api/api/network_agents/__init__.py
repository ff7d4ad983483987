"""Operations tagged network_agents, one module each."""

OPERATIONS = (
    "list_agents",
    "create_agent",
    "replace_agent",
    "delete_agent",
    "update_agent",
    "revoke_agent",
)
