"""Operations tagged hosted_resources, one module each."""

OPERATIONS = (
    "list_hosted_resources",
    "get_hosted_resource",
    "retry_provision_hosted_resource_retry_provision",
    "sync_hosted_resource_sync",
)
