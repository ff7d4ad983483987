"""The one vocabulary of deployment states, for waits, bulk runs, the command
line and the fake."""

from __future__ import annotations

import enum

# How a deployment runs: deployed, or a preview of what it would change.
DEPLOYMENT_MODES = ("queue", "preview")


class DeploymentStatus(enum.StrEnum):
    """A deployment's state as DeployHQ names it, and the states a bulk run's
    target has before (or instead of) a deployment: `WAITING` (not sent yet),
    `CREATING` (its create is on the wire), `SKIPPED` (never sent: the run
    stopped launching), `CANCELLED` (never sent: the caller cancelled the run;
    DeployHQ's own cancelled when the target has a deployment), `UNKNOWN` (a
    deployment may exist: see the target's error) and `ERROR` (refused: nothing
    was made). Members equal their strings (`DeploymentStatus.COMPLETED ==
    "completed"`)."""

    WAITING = "waiting"
    CREATING = "creating"
    SKIPPED = "skipped"
    UNKNOWN = "unknown"
    ERROR = "error"
    PENDING = "pending"
    QUEUED = "queued"
    RUNNING = "running"
    COMPLETED = "completed"
    FAILED = "failed"
    ABORTED = "aborted"
    CANCELLED = "cancelled"
    PREVIEW_PENDING = "preview_pending"
    PREVIEW_READY = "preview_ready"
    PREVIEW_FAILED = "preview_failed"

    def __str__(self) -> str:
        return self.value

    @classmethod
    def of(cls, value: object) -> DeploymentStatus | None:
        """The member `value` names (either spelling of cancelled), or None for a
        state this library does not know yet."""
        if isinstance(value, cls):
            return value
        if not isinstance(value, str):
            return None
        try:
            return cls(_SPELLINGS.get(value, value))
        except ValueError:
            return None

    @property
    def succeeded(self) -> bool:
        """The deployment finished and did what was asked."""
        return self in _SUCCEEDED

    @property
    def finished(self) -> bool:
        """The deployment will not change state again."""
        return self in _SUCCEEDED or self in _UNSUCCESSFUL

    @property
    def progress(self) -> int:
        """Where the state stands in DeployHQ's order: 0 before running (pending,
        queued), 1 running, 2 finished. Of two reports of one deployment, the
        one further along is the later."""
        if self.finished:
            return 2
        return 1 if self is DeploymentStatus.RUNNING else 0

    @property
    def deployhq(self) -> bool:
        """DeployHQ names this state (the others are a bulk run's own)."""
        return self not in _RUN_ONLY


_SPELLINGS = {"canceled": "cancelled"}
_SUCCEEDED = frozenset({DeploymentStatus.COMPLETED, DeploymentStatus.PREVIEW_READY})
_UNSUCCESSFUL = frozenset(
    {
        DeploymentStatus.FAILED,
        DeploymentStatus.ABORTED,
        DeploymentStatus.CANCELLED,
        DeploymentStatus.PREVIEW_FAILED,
    }
)
# A bulk run's states of a target that DeployHQ never reports.
_RUN_ONLY = frozenset(
    {
        DeploymentStatus.WAITING,
        DeploymentStatus.CREATING,
        DeploymentStatus.SKIPPED,
        DeploymentStatus.UNKNOWN,
        DeploymentStatus.ERROR,
    }
)
