"""The fake's HTTP integration: every change of a deployment's status told to
a `webhooks.NotificationHub`, or posted signed over HTTP (to a URL, or to the
project's HTTP integrations), as DeployHQ posts a notification when a
deployment starts, completes or fails; with the faults delivery has (lost,
duplicated, late and out of order).

Posts are signed as `webhooks.verify` checks them (its module says what is
documented and what inferred), with a test key pair the fake holds: its public
half is `FakeDeployHQ.notification_key`, which `verify(..., key=)` takes. An
integration of the "HTTP Request" kind (`http_req`) gets the JSON with the
signature in a header; the legacy "HTTP POST" kind (`http_post`) the form of
`payload` and `signature`, as DeployHQ's support pages describe them."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import functools
import json
import logging
from collections.abc import AsyncIterator, Callable
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode

if TYPE_CHECKING:
    import httpx2

    from ..webhooks import DeploymentNotification, NotificationHub
    from ._fake import FakeDeployHQ
    from ._state import Json

Lose = Callable[["DeploymentNotification"], bool]
logger = logging.getLogger("deployhq_async.testing")

# Which statuses an integration's `send_on_*` switches cover (DeployHQ notifies
# when a deployment starts, completes or fails).
_EVENTS = {"running": "send_on_start", "completed": "send_on_completion", "failed": "send_on_failure"}
_INTEGRATIONS = "/projects/{project_id}/integrations"


@functools.cache
def key_pair() -> tuple[Any, str]:
    """The fake's signing key and its public half (PEM), made once a process."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa

    private = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public = private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    return private, public.decode()


def signed(body: Json, form: bool) -> tuple[bytes, dict[str, str]]:
    """A notification's request body and headers: the JSON signed in a header,
    or (`form`) the legacy form of `payload` and `signature`."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    from ..webhooks import SIGNATURE_HEADERS

    text = json.dumps(body).encode()
    signature = base64.b64encode(key_pair()[0].sign(text, padding.PKCS1v15(), hashes.SHA1())).decode()
    if form:
        fields = urlencode({"payload": text.decode(), "signature": signature}).encode()
        return fields, {"Content-Type": "application/x-www-form-urlencoded"}
    return text, {"Content-Type": "application/json", SIGNATURE_HEADERS[0]: signature}


@contextlib.asynccontextmanager
async def notifying(
    fake: FakeDeployHQ,
    hub: NotificationHub | None,
    url: str | None,
    *,
    every: float,
    lose: Lose | None,
    duplicate: bool,
    reorder: bool,
) -> AsyncIterator[None]:
    import httpx2

    if hub is None:
        await asyncio.to_thread(key_pair)  # cryptography's import and the key, off the loop
    async with httpx2.AsyncClient(timeout=10) as http:
        send = _Sender(fake, hub, url, http)
        task = asyncio.ensure_future(_watch(fake, send, every, lose, duplicate, reorder))
        try:
            yield
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task


class _Sender:
    """Where notifications go: the hub, the URL, or each HTTP integration of
    the deployment's project that asked for the event."""

    def __init__(self, fake: FakeDeployHQ, hub: NotificationHub | None, url: str | None, http: httpx2.AsyncClient):
        self._fake, self._hub, self._url, self._http = fake, hub, url, http

    async def __call__(self, notification: DeploymentNotification) -> None:
        if self._hub is not None:
            self._hub.feed(notification)
            return
        body = dict(notification.raw)
        if self._url is not None:
            await self._post(self._url, body, form=False)
            return
        from ..resources.integrations import LEGACY_HTTP_HOOK_TYPE

        event = _EVENTS.get(str(notification.status))
        if event is None:
            return
        for integration in self._integrations(notification):
            url = (integration.get("properties") or {}).get("url")
            if integration.get(event) and isinstance(url, str):
                await self._post(url, body, form=integration.get("hook_type") == LEGACY_HTTP_HOOK_TYPE)

    def _integrations(self, notification: DeploymentNotification) -> list[Json]:
        """The HTTP integrations of the notification's project, as created through the API."""
        from ..resources.integrations import HTTP_HOOK_TYPES

        project = self._fake.projects.get(notification.project or "")
        if project is None:
            return []
        kept = self._fake.generic_records(_INTEGRATIONS, project.permalink, project.identifier)
        return [i for i in kept if i.get("hook_type") in HTTP_HOOK_TYPES]

    async def _post(self, url: str, body: Json, *, form: bool) -> None:
        """One delivery; a receiver that fails it loses it (DeployHQ promises no delivery)."""
        content, headers = signed(body, form)
        try:
            await self._http.post(url, content=content, headers=headers)
        except Exception as exc:  # any failure of the receiver's: the notification is lost
            logger.info("the fake's notification to %s was lost: %s", url, type(exc).__name__)


async def _watch(
    fake: FakeDeployHQ,
    send: Callable[[DeploymentNotification], Any],
    every: float,
    lose: Lose | None,
    duplicate: bool,
    reorder: bool,
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
                await send(notification)
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
