"""What a client tells its hooks (`DeployHQ(hooks=[...])`): each request attempt
about to be sent and how it ended, each retry it decided, and each status change
of a bulk run's or rollout's target. Events carry no credentials, bodies or
query strings: operation names, methods, path templates, statuses and times."""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ._logging import logger

if TYPE_CHECKING:
    from .bulk import DeployTarget


@dataclass(frozen=True)
class RequestStarted:
    """A request attempt is about to be sent."""

    operation: str | None  # the operationId's module name (`get_project_deployment_by_id`)
    method: str
    path: str  # the path template (`/projects/{project_id}/deployments/{id}`)
    attempt: int


@dataclass(frozen=True)
class RequestFinished:
    """A request attempt ended: with an answer (`status`) or a failure (`error`,
    the exception's type name)."""

    operation: str | None
    method: str
    path: str
    attempt: int
    status: int | None
    seconds: float
    error: str | None = None
    may_have_been_processed: bool = False


@dataclass(frozen=True)
class RetryScheduled:
    """The client will send the request again after `delay` seconds."""

    operation: str | None
    method: str
    path: str
    attempt: int  # the attempt that failed
    reason: str  # the status, or the failure's type name
    delay: float


@dataclass(frozen=True)
class TargetChanged:
    """A bulk run's (or rollout's) target changed status."""

    target: DeployTarget
    status: str
    deployment: str | None  # the deployment's identifier, once it exists


Event = RequestStarted | RequestFinished | RetryScheduled | TargetChanged
Hook = Callable[[Event], Awaitable[None] | None]

_running: set[Any] = set()  # the tasks of async hooks still running (kept from the collector)


def check_hooks(hooks: object) -> tuple[Hook, ...]:
    """The hooks as a tuple; anything that is not a list of callables is a TypeError."""
    if hooks is None:
        return ()
    if callable(hooks) or isinstance(hooks, (str, bytes)) or not isinstance(hooks, Sequence):
        raise TypeError("hooks must be a list of functions, each taking an event")
    for hook in hooks:
        if not callable(hook):
            raise TypeError(f"hooks must be functions taking an event, not {type(hook).__name__}")
    return tuple(hooks)


def deliver(hooks: tuple[Hook, ...], event: Event) -> None:
    """Tell every hook, in order. A plain hook runs now; an async one is started
    as a task, so that no hook holds a request back. A hook that raises is
    logged and changes nothing."""
    for hook in hooks:
        try:
            outcome = hook(event)
        except Exception:
            logger.warning("a hook raised on %s (ignored)", type(event).__name__, exc_info=True)
            continue
        if outcome is not None and hasattr(outcome, "__await__"):
            import asyncio  # here: `import deployhq_async` stays light

            task = asyncio.ensure_future(_guarded(outcome, type(event).__name__))
            _running.add(task)
            task.add_done_callback(_running.discard)


async def _guarded(outcome: Awaitable[None], name: str) -> None:
    try:
        await outcome
    except Exception:
        logger.warning("an async hook raised on %s (ignored)", name, exc_info=True)
