"""Following a deployment to its end: the poll loop of `wait()` and of bulk runs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from ._clock import Clock
from ._config import check_seconds
from ._status import DeploymentStatus
from .errors import DeploymentFailedError, DeploymentTimeoutError

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment

MAX_POLL_INTERVAL = 30.0


async def follow(
    fetch: Callable[[], Awaitable[Deployment]],
    *,
    what: str,
    clock: Clock,
    timeout: float,
    poll_interval: float,
    on_change: Callable[[Deployment], object] | None = None,
    on_poll: Callable[[Deployment], object] | None = None,
    first: Deployment | None = None,
    sleep: Callable[[float], Awaitable[bool]] | None = None,
) -> Deployment:
    """Poll `fetch` until the deployment finishes and return it, starting from
    `first` when it was already fetched. Polls start `poll_interval` apart and
    slow down (up to 30 s) while nothing changes; `on_change` sees every new
    status, `on_poll` every deployment fetched (its steps move between two
    statuses). `sleep` waits between polls; when it returns False the loop ends,
    returning the last deployment seen.

    Raises `DeploymentFailedError` if it failed or was aborted,
    `DeploymentTimeoutError` after `timeout` seconds (both name it as `what`)."""
    check_seconds("timeout", timeout)
    check_seconds("poll_interval", poll_interval)
    deadline = clock.monotonic() + timeout
    interval = poll_interval
    last: str | None = None
    deployment = first
    while True:
        if deployment is None:
            deployment = await fetch()
        if on_poll is not None:
            on_poll(deployment)
        status = deployment.status
        if status != last:
            last, interval = status, poll_interval
            if on_change is not None:
                on_change(deployment)
        state = DeploymentStatus.of(status)
        if state is not None and state.succeeded:
            return deployment
        if state is not None and state.finished:
            raise DeploymentFailedError(f"{what} ended {status}", deployment=deployment, status=status)
        remaining = deadline - clock.monotonic()
        if remaining <= 0:
            raise DeploymentTimeoutError(
                f"{what} still {status} after {timeout:g}s", deployment=deployment, status=status
            )
        if sleep is None:
            await clock.sleep(min(interval, remaining))
        elif not await sleep(min(interval, remaining)):
            return deployment
        interval = min(interval * 1.5, max(poll_interval, MAX_POLL_INTERVAL))
        deployment = None
