"""What bulk runs and rollouts need of DeployHQ, and all they use of it. A
client implements this port (`DeployHQ` through `resources.deployments.ClientPort`);
a fake or a test double could implement it directly. Bulk code imports neither
the client nor its resources."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment, DeploymentSummary

    from .._clock import Clock
    from .._events import Hook
    from .._limiter import RequestLimiter
    from .._revisions import Parent
    from .._tracing import Tracing
    from ._targets import DeployTarget


class DeployHQPort(Protocol):
    """DeployHQ as a bulk run sees it. Each call raises the `DeployHQError`
    of a failed request."""

    @property
    def clock(self) -> Clock:
        """The clock of every wait and deadline."""
        ...

    @property
    def hooks(self) -> tuple[Hook, ...]:
        """Who hears of each target's changes."""
        ...

    @property
    def tracing(self) -> Tracing:
        """Where the run's and each target's spans go."""
        ...

    @property
    def longest_timeout(self) -> float:
        """Seconds: the longest phase of a request's timeout (a create whose
        answer was lost is looked for over twice this)."""
        ...

    def server_time(self) -> float | None:
        """DeployHQ's clock now, from its last dated answer (None before one)."""
        ...

    def limited(self, limiter: RequestLimiter) -> DeployHQPort:
        """The same DeployHQ, every request attempt holding one of `limiter`'s slots."""
        ...

    async def create(self, target: DeployTarget, start_revision: str, overview: str | None) -> Deployment:
        """Create the target's deployment from `start_revision` ("" = the whole branch)."""
        ...

    async def get(self, project: str, id: str) -> Deployment: ...

    async def recent(self, project: str, server: str, count: int) -> list[DeploymentSummary]:
        """The newest `count` deployments of a project to one server or group."""
        ...

    async def abort(self, project: str, id: str) -> None: ...

    async def parents(self, project: str) -> dict[str, Parent]:
        """Every server and group of a project by identifier, with its revisions."""
        ...
