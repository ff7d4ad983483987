"""Following a deployment to its end: the poll loop of `wait()` and of bulk runs."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from ._clock import Clock
from ._config import check_hub, check_seconds
from ._status import DeploymentStatus
from .errors import DeploymentFailedError, DeploymentTimeoutError

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment

    from .webhooks import DeploymentNotification, NotificationHub

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
    hub: NotificationHub | None = None,
    identifier: str | None = None,
) -> Deployment:
    """Poll `fetch` until the deployment finishes and return it, starting from
    `first` when it was already fetched. Polls start `poll_interval` apart and
    slow down (up to 30 s) while nothing changes; `on_change` sees every new
    status, `on_poll` every deployment fetched (its steps move between two
    statuses). `sleep` waits between polls; when it returns False the loop ends,
    returning the last deployment seen. With a `hub`, the notification of
    deployment `identifier` ends a wait as it arrives, and one further along
    than the last answer stands for a poll; polls come every
    `hub.fallback_interval` meanwhile.

    Raises `DeploymentFailedError` if it failed or was aborted,
    `DeploymentTimeoutError` after `timeout` seconds (both name it as `what`)."""
    check_seconds("timeout", timeout)
    check_seconds("poll_interval", poll_interval)
    check_hub(hub)
    deadline = clock.monotonic() + timeout
    interval = poll_interval
    last: str | None = None
    deployment = first
    fresh = True  # `deployment` is an answer not yet shown to on_poll
    while True:
        if deployment is None:
            deployment, fresh = await fetch(), True
        if fresh and on_poll is not None:
            on_poll(deployment)
        fresh = False
        if hub is not None and identifier is not None:
            deployment = _later(deployment, hub.latest(identifier))
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
        nap = (clock.sleep if sleep is None else sleep)(
            min(interval if hub is None else hub.fallback_interval, remaining)
        )
        if hub is not None and identifier is not None:
            notified, slept = await hub.until(identifier, nap)
            if notified:
                continue  # the notification stands for a poll, when it is further along
        else:
            slept = await nap
        if slept is False:
            return deployment
        interval = min(interval * 1.5, max(poll_interval, MAX_POLL_INTERVAL))
        deployment = None


def _later(deployment: Deployment, notification: DeploymentNotification | None) -> Deployment:
    """The deployment as last fetched, with the notification's status when that
    is further along DeployHQ's order (a notification never undoes an answer)."""
    if notification is None or notification.status is None:
        return deployment
    pushed, fetched = DeploymentStatus.of(notification.status), DeploymentStatus.of(deployment.status)
    if pushed is None or (fetched is not None and fetched.progress >= pushed.progress):
        return deployment
    # The model is frozen: rebuilt from its own fields (and those it kept unnamed).
    return type(deployment).from_dict({**deployment.to_dict(), "status": notification.status})
