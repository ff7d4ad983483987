"""What a bulk run is given and gives back: its targets, its options and one
result per target; and the checks they pass before anything is sent."""

from __future__ import annotations

import inspect
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .._config import check_choice, check_count, check_hub, check_seconds, check_text
from .._revisions import check_start
from .._status import DEPLOYMENT_MODES, DeploymentStatus
from ..errors import ConfigurationError

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment, DeploymentSummary

    from ..webhooks import NotificationHub

__all__ = ["BulkOptions", "Callback", "DeployResult", "DeployTarget", "check_targets", "first_repeat"]


@dataclass(frozen=True)
class DeployTarget:
    """One deployment to make: a revision of a project to a server or group.
    Without `start_revision` it is incremental from the target's
    `last_revision` (the run lists each project's servers and groups once);
    `full=True` deploys the whole branch, as `deployments.create` does.
    `overview` is the deployment's overview text in DeployHQ; the run adds a
    line that marks the deployment as its own."""

    project: str
    parent_identifier: str
    end_revision: str
    branch: str | None = None
    start_revision: str | None = None
    mode: str = "queue"
    copy_config_files: bool | None = None
    run_build_commands: bool | None = None
    use_build_cache: bool | None = None
    overview: str | None = None
    full: bool = False


@dataclass
class DeployResult:
    """What happened to one target. `status` is a `DeploymentStatus` (the run's
    own states, or the deployment's DeployHQ status; a DeployHQ status this
    library does not know stays the string DeployHQ sent); `adopted` is True
    when the deployment was found by a look-up after its create lost its
    answer; `duplicates` lists any second deployment the final sweep found that
    follows from one of this run's creates (aborted while pending unless told
    otherwise); `others` lists matching deployments made since the run began
    that the run cannot show are its own (another run's, say): reported, never
    touched."""

    target: DeployTarget
    deployment: Deployment | None = None
    error: BaseException | None = None
    status: DeploymentStatus | str = DeploymentStatus.WAITING
    create_attempts: int = 0
    adopted: bool = False
    started_at: float | None = None
    finished_at: float | None = None
    history: list[DeploymentStatus | str] = field(default_factory=list)
    duplicates: list[DeploymentSummary] = field(default_factory=list)
    others: list[DeploymentSummary] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """A deployment exists, and nothing went wrong with it."""
        state = DeploymentStatus.of(self.status)
        return (
            self.error is None
            and self.deployment is not None
            and (state is None or not state.finished or state.succeeded)
        )

    @property
    def sent(self) -> bool:
        """A create for this target was sent (or an earlier run's was found)."""
        return self.create_attempts > 0 or self.deployment is not None or self.status == DeploymentStatus.UNKNOWN

    @property
    def elapsed(self) -> float | None:
        if self.started_at is None or self.finished_at is None:
            return None
        return self.finished_at - self.started_at


@dataclass(frozen=True)
class BulkOptions:
    """The run's settings, checked before anything is sent. With a `hub`
    (`webhooks.NotificationHub`), each deployment followed ends as its
    notification arrives, and is polled every `hub.fallback_interval` seconds
    meanwhile instead of every `poll_interval` and more."""

    concurrency: int = 8
    wait: bool = True
    fail_fast: bool = False
    max_unfinished: int | None = None
    timeout: float = 900.0
    poll_interval: float = 2.0
    settle_window: float | None = None
    abort_duplicates: bool = True
    journal: str | os.PathLike[str] | None = None
    hub: NotificationHub | None = None

    def check(self) -> None:
        """Raises `ConfigurationError` naming the first option that is wrong."""
        check_count("concurrency", self.concurrency)
        if self.max_unfinished is not None:
            check_count("max_unfinished", self.max_unfinished)
        check_seconds("timeout", self.timeout)
        check_seconds("poll_interval", self.poll_interval)
        if self.settle_window is not None:
            check_seconds("settle_window", self.settle_window, allow_zero=True)
        check_journal(self.journal)
        check_hub(self.hub)


# A run's callbacks: plain functions, called on the loop between requests.
Callback = Callable[[DeployResult], None]


def check_callback(name: str, callback: object) -> None:
    """Raises `TypeError` for a callback that is not a plain function."""
    if callback is None:
        return
    if not callable(callback):
        raise TypeError(f"{name} must be a function taking a result, not {type(callback).__name__}")
    if inspect.iscoroutinefunction(callback) or inspect.iscoroutinefunction(type(callback).__call__):
        raise TypeError(
            f"{name} must be a plain function: the run calls it between requests and would never await an "
            "async one (start a task from it, or read run.results, to do async work)"
        )


def check_targets(targets: list[DeployTarget]) -> None:
    """Raises `TypeError`, `ValueError` or `ConfigurationError` (identical
    targets) for the first target that cannot be sent, naming its position."""
    for number, target in enumerate(targets, start=1):
        _check_target(number, target)
    repeat = first_repeat(targets)
    if repeat is not None:
        earlier, index = repeat
        target = targets[index]
        raise ConfigurationError(
            f"targets {earlier + 1} and {index + 1} are the same deployment (project {target.project!r}, "
            f"server {target.parent_identifier!r}, revision {target.end_revision!r}): a run cannot tell "
            "their deployments apart; list each once"
        )


def _same_deployment(target: DeployTarget) -> tuple[str, str, str]:
    """What tells a target's deployment apart in DeployHQ's listing: the
    project, the server (or group) and the end revision."""
    return (target.project, target.parent_identifier, target.end_revision)


def first_repeat(targets: list[DeployTarget]) -> tuple[int, int] | None:
    """The positions (from 0) of the first target that repeats an earlier one's
    deployment, and of that earlier one; None when all differ."""
    first: dict[tuple[str, str, str], int] = {}
    for index, target in enumerate(targets):
        earlier = first.setdefault(_same_deployment(target), index)
        if earlier != index:
            return earlier, index
    return None


def _check_target(number: int, target: object) -> None:
    if not isinstance(target, DeployTarget):
        raise TypeError(f"targets must be DeployTarget objects, not {type(target).__name__} (target {number})")
    for name in ("project", "parent_identifier", "end_revision"):
        value = getattr(target, name)
        if not isinstance(value, str) or not value.strip():
            raise ValueError(f"target {number}: {name} must be a non-empty string, got {value!r}")
    check_choice(f"target {number}: mode", target.mode, DEPLOYMENT_MODES)
    check_start(target.start_revision, target.full, where=f"target {number}: ")
    if target.overview is not None:
        check_text(f"target {number}: overview", target.overview)


def check_journal(journal: object) -> None:
    """A journal is a file's path, or a Redis journal's location (`redis://host:6379/0/<name>`).
    Raises `ConfigurationError` for anything else."""
    if journal is not None and not isinstance(journal, (str, os.PathLike)):
        raise ConfigurationError(f"journal must be a path or a redis:// location, not {type(journal).__name__}")
    from ._redis_log import is_redis, split

    if is_redis(journal):
        split(str(journal))
