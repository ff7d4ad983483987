"""Asyncio client for the DeployHQ REST API.

>>> from deployhq_async import DeployHQ
>>> async with DeployHQ(account="acme", email="ops@acme.com", api_key="...") as dhq:
...     dep = await dhq.deployments.create("my-app", parent_identifier=server, end_revision="abc123")
...     dep = await dhq.deployments.wait("my-app", dep.identifier)

The generated models (`Deployment`, `Project`, ...) live in `deployhq_async.generated.models`
and are imported only when a resource first needs them.
"""

from typing import TYPE_CHECKING, Any

from ._client import DeployHQ
from ._clock import Clock, SystemClock
from ._events import Event, Hook, RequestFinished, RequestStarted, RetryScheduled, TargetChanged
from ._limiter import RequestLimiter
from ._logging import configure_from_environment as _configure_logging
from ._pagination import AsyncPaginator, Page
from ._redis import RedisRateStore
from ._revisions import DeploymentPlan, Parent
from ._status import DeploymentStatus
from ._throttle import Throttle
from ._transports import AiohttpTransport
from ._version import __version__
from .errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    BadRequestError,
    BulkCallbackError,
    ClientClosedError,
    ConfigurationError,
    DeployHQError,
    DeploymentFailedError,
    DeploymentTimeoutError,
    InternalServerError,
    NotFoundError,
    NotInListingError,
    PermissionDeniedError,
    RateLimitError,
    RateStoreUnavailable,
    ResponseDecodeError,
    ServiceUnavailableError,
    UnknownOperationError,
    ValidationError,
    WebhookVerificationError,
)

if TYPE_CHECKING:
    from .bulk import BulkOptions, BulkRun, DeployResult, DeployTarget, RolloutOptions, RolloutResult, RolloutRun

__all__ = [
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


_configure_logging()  # DEPLOYHQ_LOG=info|debug: the library's log on stderr, without logging code


def __getattr__(name: str) -> Any:
    # The bulk-deployment types load with their machinery, on first use.
    if name in (
        "BulkOptions",
        "BulkRun",
        "DeployResult",
        "DeployTarget",
        "RolloutOptions",
        "RolloutResult",
        "RolloutRun",
    ):
        from . import bulk

        return getattr(bulk, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
