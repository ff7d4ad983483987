"""The one vocabulary of deployment states, for waits, bulk runs, the command
line and the fake."""

from __future__ import annotations

import enum

# How a deployment runs: deployed, or a preview of what it would change.
DEPLOYMENT_MODES = ("queue", "preview")


class DeploymentStatus(enum.StrEnum):
    """A deployment's state as DeployHQ names it. Members equal their strings
    (`DeploymentStatus.COMPLETED == "completed"`)."""

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
