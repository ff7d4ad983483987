"""The fake's HTTP integration: every change of a deployment's status told to
a `webhooks.NotificationHub`, as DeployHQ posts a notification when a
deployment starts, completes or fails; with the faults delivery has (lost,
duplicated, late and out of order)."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..webhooks import DeploymentNotification, NotificationHub
    from ._fake import FakeDeployHQ

Lose = Callable[["DeploymentNotification"], bool]


@contextlib.asynccontextmanager
async def notifying(
    fake: FakeDeployHQ,
    hub: NotificationHub,
    *,
    every: float,
    lose: Lose | None,
    duplicate: bool,
    reorder: bool,
) -> AsyncIterator[None]:
    task = asyncio.ensure_future(_watch(fake, hub, every, lose, duplicate, reorder))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


async def _watch(
    fake: FakeDeployHQ, hub: NotificationHub, every: float, lose: Lose | None, duplicate: bool, reorder: bool
) -> None:
    told: dict[str, str] = {}
    held: list[DeploymentNotification] = []  # with reorder: sent after the next batch, newest first
    while True:
        batch = [n for n in _changes(fake, told) if lose is None or not lose(n)]
        if reorder:
            batch, held = held, batch
            batch.reverse()
        for notification in batch:
            for _ in range(2 if duplicate else 1):
                hub.feed(notification)
        await fake.clock.sleep(every)


def _changes(fake: FakeDeployHQ, told: dict[str, str]) -> list[DeploymentNotification]:
    """A notification for each deployment whose status changed since the last look."""
    from ..webhooks import DeploymentNotification

    now, found = fake.clock.now(), []
    for project in fake.projects.values():
        for deployment in project.deployments:
            status = str(deployment.phase(now, fake.pending_seconds, fake.running_seconds)[0])
            if told.get(deployment.identifier) == status:
                continue
            told[deployment.identifier] = status
            body: dict[str, Any] = {
                "identifier": deployment.identifier,
                "status": status,
                "project": {"name": project.name, "permalink": project.permalink},
                "servers": [{"identifier": deployment.parent_identifier}],
                "end_revision": {"ref": deployment.end_revision},
            }
            found.append(DeploymentNotification.from_dict(body))
    return found
