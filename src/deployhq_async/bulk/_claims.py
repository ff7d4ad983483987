"""Which deployments a bulk run may adopt or abort: only those it can show are
its own.

A run marks every deployment it creates with a line in its overview naming the
run (`deployhq-async run <token>`; a resumed run keeps its journal's token).
Where DeployHQ echoes that line back, a deployment is the run's exactly when it
carries the run's token. Where it does not (a server that drops the overview),
a deployment the run did not see created is the run's only if it can follow
from one of the run's creates whose answer was lost: queued no earlier than
that create was sent (on DeployHQ's clock), and no more of them than such
creates.
"""

from __future__ import annotations

import contextlib
import re
import secrets
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from deployhq_async.generated.models import DeploymentSummaryTimestamps, Revision
from deployhq_async.generated.types import Unset

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment, DeploymentSummary

_MARK = re.compile(r"\(deployhq-async run ([0-9a-f]{16})\)")


def new_token() -> str:
    return secrets.token_hex(8)


def marked(overview: str | None, token: str) -> str:
    """The overview a run sends: the target's own text, then the run's mark."""
    mark = f"(deployhq-async run {token})"
    return f"{overview.rstrip()}\n\n{mark}" if overview and overview.strip() else mark


def mark_of(deployment: Deployment | DeploymentSummary) -> str | None:
    """The token of the run that marked this deployment, if it carries one."""
    overview: Any = deployment.overview
    if isinstance(overview, Unset) or not isinstance(overview, str):
        return None
    found = _MARK.search(overview)
    return found.group(1) if found else None


def revision(summary: DeploymentSummary) -> str | None:
    ref = summary.end_revision
    return ref.ref if isinstance(ref, Revision) and isinstance(ref.ref, str) else None


def queued(summary: DeploymentSummary) -> float:
    """When DeployHQ queued it (its clock, epoch seconds); -inf if it does not say."""
    timestamps = summary.timestamps
    if not isinstance(timestamps, DeploymentSummaryTimestamps):
        return float("-inf")
    with contextlib.suppress(ValueError, OverflowError, OSError, AttributeError):
        return timestamps.queued_at.timestamp()
    return float("-inf")


class Claims:
    """One run's deployments: those it claimed, and what can still be its own."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.echoed = False  # DeployHQ gave this run's mark back on a deployment it made
        self._claimed: set[str] = set()
        # Per target: the earliest `queued_at` of each create of this run whose
        # answer was lost, and how many of those a claimed deployment accounts for.
        self._lost: dict[int, list[Callable[[], float]]] = {}
        self._accounted: dict[int, int] = {}

    def claim(self, identifier: str) -> None:
        self._claimed.add(identifier)

    def claimed(self, identifier: str) -> bool:
        return identifier in self._claimed

    def made(self, deployment: Deployment | DeploymentSummary) -> None:
        """A create of this run answered with `deployment`."""
        self.claim(deployment.identifier)
        if mark_of(deployment) == self.token:
            self.echoed = True

    def lost(self, index: int, since: Callable[[], float]) -> Callable[[], float]:
        """Record a create of target `index` whose answer was lost; `since` gives
        the earliest `queued_at` its deployment can have."""
        self._lost.setdefault(index, []).append(since)
        return since

    def account(self, index: int) -> None:
        """A deployment claimed for target `index` is one of its lost creates."""
        self._accounted[index] = self._accounted.get(index, 0) + 1

    def may_follow(self, summary: DeploymentSummary, since: float) -> bool:
        """Whether an unclaimed deployment can be the one a lost create queued
        no earlier than `since` made."""
        mark = self._mark(summary)
        if mark is not None:
            return mark
        return queued(summary) >= since

    def owns(self, index: int, summary: DeploymentSummary) -> bool:
        """Whether an unclaimed deployment can follow from one of target
        `index`'s lost creates not accounted for yet."""
        mark = self._mark(summary)
        if mark is not None:
            return mark
        at = queued(summary)
        could = sum(1 for since in self._lost.get(index, ()) if since() <= at)
        return could > self._accounted.get(index, 0)

    def _mark(self, summary: DeploymentSummary) -> bool | None:
        """True for this run's mark, False for another run's (or none where
        DeployHQ echoes marks), None where the mark cannot tell."""
        token = mark_of(summary)
        if token is not None:
            return token == self.token
        return False if self.echoed else None
