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
        deployment, fresh = _shown(deployment, fresh, on_poll, hub, identifier), False
        if deployment.status != last:
            last, interval = deployment.status, poll_interval
            if on_change is not None:
                on_change(deployment)
        if _succeeded(deployment, what):
            return deployment
        left = _left(deadline, clock, deployment, what, timeout)
        nap = (clock.sleep if sleep is None else sleep)(min(interval if hub is None else hub.fallback_interval, left))
        slept = await _pause(nap, hub, identifier)
        if slept is None:
            continue  # a notification further along stands for a poll
        if not slept:
            return deployment
        interval = min(interval * 1.5, max(poll_interval, MAX_POLL_INTERVAL))
        deployment = None


def _shown(
    deployment: Deployment,
    fresh: bool,
    on_poll: Callable[[Deployment], object] | None,
    hub: NotificationHub | None,
    identifier: str | None,
) -> Deployment:
    """`on_poll` sees a fresh answer; the deployment with the hub's status of it, when further along."""
    if fresh and on_poll is not None:
        on_poll(deployment)
    if hub is not None and identifier is not None:
        return _later(deployment, hub.latest(identifier))
    return deployment


def _succeeded(deployment: Deployment, what: str) -> bool:
    """Whether the deployment finished and succeeded.

    Raises `DeploymentFailedError` when it failed or was aborted."""
    status = deployment.status
    state = DeploymentStatus.of(status)
    if state is None:
        return False
    if state.succeeded:
        return True
    if state.finished:
        raise DeploymentFailedError(f"{what} ended {status}", deployment=deployment, status=status)
    return False


def _left(deadline: float, clock: Clock, deployment: Deployment, what: str, timeout: float) -> float:
    """Seconds until `deadline`.

    Raises `DeploymentTimeoutError` when it has passed."""
    left = deadline - clock.monotonic()
    if left <= 0:
        status = deployment.status
        raise DeploymentTimeoutError(f"{what} still {status} after {timeout:g}s", deployment=deployment, status=status)
    return left


async def _pause(nap: Awaitable[object], hub: NotificationHub | None, identifier: str | None) -> bool | None:
    """Wait out `nap` (a poll interval's sleep), or, with a hub, until the
    notification of `identifier` comes. None: it came; False: `nap` ended the
    loop (the caller's sleep returned False); True: time for the next poll."""
    if hub is not None and identifier is not None:
        notified, slept = await hub.until(identifier, nap)
        return None if notified else slept is not False
    return (await nap) is not False


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
