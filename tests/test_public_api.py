"""The names the package exports are a contract: changing them is a decision."""

from __future__ import annotations

import deployhq_async
from deployhq_async import errors

EXPORTED = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AiohttpTransport",
    "AsyncPaginator",
    "AuthenticationError",
    "BadRequestError",
    "BulkCallbackError",
    "BulkOptions",
    "BulkRun",
    "ClientClosedError",
    "Clock",
    "ConfigurationError",
    "DeployHQ",
    "DeployHQError",
    "DeployResult",
    "DeployTarget",
    "DeploymentFailedError",
    "DeploymentPlan",
    "DeploymentStatus",
    "DeploymentTimeoutError",
    "Event",
    "Hook",
    "InternalServerError",
    "NotFoundError",
    "NotInListingError",
    "Page",
    "Parent",
    "PermissionDeniedError",
    "RateLimitError",
    "RateStoreUnavailable",
    "RedisRateStore",
    "RequestFinished",
    "RequestLimiter",
    "RequestStarted",
    "ResponseDecodeError",
    "RetryScheduled",
    "RolloutOptions",
    "RolloutResult",
    "RolloutRun",
    "ServiceUnavailableError",
    "SystemClock",
    "TargetChanged",
    "Throttle",
    "UnknownOperationError",
    "ValidationError",
    "WebhookVerificationError",
    "__version__",
]

RESOURCES = [
    "account",
    "auto_deployments",
    "build_commands",
    "config_files",
    "deployments",
    "environment_variables",
    "excluded_files",
    "global_config_files",
    "global_environment_variables",
    "global_servers",
    "integrations",
    "profile",
    "projects",
    "repository",
    "scheduled_deployments",
    "server_groups",
    "servers",
    "ssh_commands",
    "ssh_keys",
    "teams",
    "templates",
    "users",
    "zones",
]


def test_exported_names() -> None:
    assert sorted(deployhq_async.__all__) == EXPORTED
    for name in EXPORTED:
        assert hasattr(deployhq_async, name)


def test_errors_module_exports_the_hierarchy() -> None:
    assert sorted(errors.__all__) == sorted(n for n in EXPORTED if n.endswith("Error"))
    assert "UnknownOperationError" in errors.__all__
    assert issubclass(errors.ValidationError, errors.APIStatusError)
    assert issubclass(errors.APITimeoutError, errors.APIConnectionError)
    assert issubclass(errors.ConfigurationError, ValueError)
    for name in errors.__all__:
        assert issubclass(getattr(errors, name), errors.DeployHQError)


def test_resources() -> None:
    names = sorted(n for n, v in vars(deployhq_async.DeployHQ).items() if type(v).__name__ == "_LazyResource")
    assert names == RESOURCES
