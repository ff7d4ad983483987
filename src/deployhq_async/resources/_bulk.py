"""Bulk deployments: many targets, bounded concurrency, and no duplicates.

The dangerous moment is a create whose answer was lost (a reset after DeployHQ
processed it, a 5xx from a proxy): repeating it could deploy twice. The run then
reconciles: it lists the deployments to that server and adopts the one the lost
request made (same end revision, queued since the request was sent, not already
claimed by another target of this run). Only when none exists is the create sent
again.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from deployhq_api.models import DeploymentSummaryTimestamps, Revision

from .. import _retry
from ..errors import (
    APIConnectionError,
    APIStatusError,
    DeployHQError,
    DeploymentFailedError,
    DeploymentTimeoutError,
)

if TYPE_CHECKING:
    from deployhq_api.models import Deployment, DeploymentSummary

    from .deployments import Deployments

# Allowed difference between this machine's clock and DeployHQ's when matching a
# lost create to the deployment it made.
CLOCK_SKEW = 120.0
MAX_CREATE_ATTEMPTS = 3
RECONCILE_PAGE = 50


@dataclass(frozen=True)
class DeployTarget:
    """One deployment to make: a revision of a project to a server or group."""

    project: str
    parent_identifier: str
    end_revision: str
    branch: str | None = None
    start_revision: str = ""
    mode: str = "queue"
    copy_config_files: bool | None = None
    run_build_commands: bool | None = None
    use_build_cache: bool | None = None


@dataclass
class DeployResult:
    """What happened to one target. `status` is the last state seen ("creating",
    a DeployHQ status, "error" or "cancelled"); `adopted` is True when the
    deployment was found by reconciliation after its create lost its answer."""

    target: DeployTarget
    deployment: Deployment | None = None
    error: BaseException | None = None
    status: str = "queued"
    create_attempts: int = 0
    adopted: bool = False
    started_at: float | None = None
    finished_at: float | None = None
    history: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.error is None and self.deployment is not None

    @property
    def elapsed(self) -> float | None:
        if self.started_at is None or self.finished_at is None:
            return None
        return self.finished_at - self.started_at


class BulkRun:
    def __init__(
        self,
        deployments: Deployments,
        *,
        concurrency: int,
        wait: bool,
        on_progress: Callable[[DeployResult], object] | None,
        timeout: float,
        poll_interval: float,
    ) -> None:
        if isinstance(concurrency, bool) or not isinstance(concurrency, int) or concurrency < 1:
            raise ValueError(f"concurrency must be a positive integer, got {concurrency!r}")
        # Every request of the run, retries included, holds one of `concurrency` slots;
        # waits between attempts and polls do not.
        self._deployments = type(deployments)(deployments._client._with_budget(asyncio.Semaphore(concurrency)))
        self._clock = deployments._client.clock
        self._wait = wait
        self._on_progress = on_progress
        self._timeout = timeout
        self._poll_interval = poll_interval
        self._claimed: set[str] = set()

    async def execute(self, targets: list[DeployTarget], *, fail_fast: bool) -> list[DeployResult]:
        for target in targets:
            if not isinstance(target, DeployTarget):
                raise TypeError(f"targets must be DeployTarget objects, not {type(target).__name__}")
        results = [DeployResult(target) for target in targets]
        tasks = [asyncio.create_task(self._one(result)) for result in results]
        try:
            if fail_fast:
                await self._until_first_failure(tasks, results)
            else:
                await asyncio.gather(*tasks)
        finally:
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        return results

    async def _until_first_failure(self, tasks: list[asyncio.Task[None]], results: list[DeployResult]) -> None:
        pending: set[asyncio.Task[None]] = set(tasks)
        while pending:
            done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
            if any(results[tasks.index(t)].error is not None for t in done):
                return

    def _progress(self, result: DeployResult, status: str) -> None:
        if status == result.status:
            return
        result.status = status
        result.history.append(status)
        if self._on_progress is not None:
            self._on_progress(result)

    async def _one(self, result: DeployResult) -> None:
        result.started_at = self._clock.monotonic()
        try:
            self._progress(result, "creating")
            deployment = await self._create(result)
            result.deployment = deployment
            self._progress(result, _status(deployment))
            if self._wait:
                result.deployment = await self._deployments._follow(
                    result.target.project,
                    _identifier(deployment),
                    timeout=self._timeout,
                    poll_interval=self._poll_interval,
                    first=deployment,
                    on_change=lambda d: self._progress(result, _status(d)),
                )
        except asyncio.CancelledError:
            self._progress(result, "cancelled")
            raise
        except (DeploymentFailedError, DeploymentTimeoutError) as exc:
            result.deployment = exc.deployment
            result.error = exc
            self._progress(result, exc.status or "error")
        except Exception as exc:
            result.error = exc
            self._progress(result, "error")
        finally:
            result.finished_at = self._clock.monotonic()

    async def _create(self, result: DeployResult) -> Deployment:
        target = result.target
        since = self._clock.now() - CLOCK_SKEW
        while True:
            result.create_attempts += 1
            try:
                deployment = await self._deployments.create(
                    target.project,
                    parent_identifier=target.parent_identifier,
                    end_revision=target.end_revision,
                    start_revision=target.start_revision,
                    branch=target.branch,
                    mode=target.mode,
                    copy_config_files=target.copy_config_files,
                    run_build_commands=target.run_build_commands,
                    use_build_cache=target.use_build_cache,
                )
            except (APIConnectionError, APIStatusError) as exc:
                if not exc.may_have_been_processed:
                    raise
                found = await self._reconcile(target, since)
                if found is not None:
                    result.adopted = True
                    return found
                if result.create_attempts >= MAX_CREATE_ATTEMPTS:
                    raise
                # The lost request provably made nothing: sending it again is safe.
                await self._clock.sleep(_retry.backoff(result.create_attempts))
                continue
            self._claimed.add(_identifier(deployment))
            return deployment

    async def _reconcile(self, target: DeployTarget, since: float) -> Deployment | None:
        """The unclaimed deployment a lost create for `target` made, if any."""
        listing = self._deployments.list(target.project, server=target.parent_identifier, per_page=RECONCILE_PAGE)
        page = await anext(aiter(listing.pages()))
        for summary in page.items:
            identifier = getattr(summary, "identifier", None)
            if not isinstance(identifier, str) or identifier in self._claimed:
                continue
            if _revision(summary) != target.end_revision or _queued(summary) < since:
                continue
            self._claimed.add(identifier)
            return await self._deployments.get(target.project, identifier)
        return None


def _identifier(deployment: Deployment) -> str:
    if not deployment.identifier:
        raise DeployHQError("DeployHQ answered the create with an empty deployment identifier")
    return deployment.identifier


def _status(deployment: Deployment) -> str:
    return deployment.status


def _revision(summary: DeploymentSummary) -> str | None:
    revision = summary.end_revision
    return revision.ref if isinstance(revision, Revision) and isinstance(revision.ref, str) else None


def _queued(summary: DeploymentSummary) -> float:
    timestamps = summary.timestamps
    if not isinstance(timestamps, DeploymentSummaryTimestamps):
        return float("-inf")
    with contextlib.suppress(ValueError, OverflowError, OSError):
        return timestamps.queued_at.timestamp()
    return float("-inf")
