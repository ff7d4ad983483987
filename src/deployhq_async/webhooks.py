"""DeployHQ's deployment notifications, verified: `verify(body, headers)` checks
the RSA signature DeployHQ puts on what a project's HTTP integration sends and
returns the notification, decoded leniently (the `webhooks` extra:
`pip install 'deployhq-async[webhooks]'`, on the cryptography package);
`handle()` does it off the event loop for any framework, and `asgi_app()` is
an ASGI app to mount where DeployHQ posts.

What DeployHQ documents ("HTTP POST" integration, deployhq.com/support/
integrations/http-post): the legacy integration posts a form of two fields,
`payload` (the notification as a JSON string) and `signature` (base64); the
current "HTTP Request" integration posts the JSON itself with the signature in
a header; both are signed with DeployHQ's RSA key, published on that page
(`DEPLOYHQ_PUBLIC_KEY` below).

What is inferred, because the page shows no verifying code: the signature is
RSA PKCS#1 v1.5 over SHA-1 of the `payload` field's text (as the published
Pipedream DeployHQ source verifies it, `createVerify("sha1")`, and as PHP's
`openssl_verify` defaults to); for the JSON form, over the body's bytes, in a
header whose name the page does not give: `SIGNATURE_HEADERS` are the names
looked at unless `signature_header=` names it. A SHA-256 signature is accepted
too. The base64 may be wrapped in lines (Ruby's `Base64.encode64` writes one
every 60 characters)."""

from __future__ import annotations

import base64
import binascii
import datetime
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from .errors import WebhookVerificationError

if TYPE_CHECKING:
    import asyncio

__all__ = [
    "DEPLOYHQ_PUBLIC_KEY",
    "MAX_BODY",
    "SIGNATURE_HEADERS",
    "DeploymentNotification",
    "NotificationHub",
    "NotificationServer",
    "WebhookResponse",
    "WebhookVerificationError",
    "asgi_app",
    "handle",
    "verify",
]

# DeployHQ's notification key, as deployhq.com/support/integrations/http-post publishes it.
DEPLOYHQ_PUBLIC_KEY = """-----BEGIN PUBLIC KEY-----
MIGfMA0GCSqGSIb3DQEBAQUAA4GNADCBiQKBgQDXJcP2N6NtcN26Q8nVaidXOA0w
RxWK2HQTblIaQdGRDjqTvhrSlFuV5N4jz7w/w8uskP20G7ZQ+CkHwIXrWk76KZJn
pdoOHPO6AqRmEFgV5Q6Y1CR77mvnT9O21hTnfzfyyiAdQC2oO8M9/jeLRPTAqmkG
xdQa8iepUz4BwrrHmwIDAQAB
-----END PUBLIC KEY-----
"""

# Where the JSON form's signature is looked for (inferred: DeployHQ's page names no header).
SIGNATURE_HEADERS = ("x-deployhq-signature", "x-signature", "signature")


@dataclass(frozen=True)
class NotificationServer:
    """A server the deployment went to, as the notification describes it."""

    identifier: str | None
    name: str | None
    last_revision: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False)


@dataclass(frozen=True)
class DeploymentNotification:
    """What DeployHQ said about a deployment. Fields the document of the
    notification did not foresee stay in `raw`; a field of an unexpected type
    is None here and kept in `raw`, never an error."""

    identifier: str | None
    status: str | None
    project: str | None  # the project's permalink
    project_name: str | None
    servers: list[NotificationServer]
    start_revision: str | None
    end_revision: str | None
    branch: str | None
    queued_at: datetime.datetime | None
    started_at: datetime.datetime | None
    completed_at: datetime.datetime | None
    raw: Mapping[str, Any] = field(repr=False)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> DeploymentNotification:
        project = _mapping(data.get("project"))
        repository = _mapping(project.get("repository"))
        times = _mapping(data.get("timestamps"))
        servers = [
            NotificationServer(_text(s.get("identifier")), _text(s.get("name")), _text(s.get("last_revision")), s)
            for s in (_mapping(entry) for entry in _list(data.get("servers")))
        ]
        return cls(
            identifier=_text(data.get("identifier")),
            status=_text(data.get("status")),
            project=_text(project.get("permalink")),
            project_name=_text(project.get("name")),
            servers=servers,
            start_revision=_revision(data.get("start_revision")),
            end_revision=_revision(data.get("end_revision")),
            branch=_text(repository.get("branch")),
            queued_at=_time(times.get("queued_at")),
            started_at=_time(times.get("started_at")),
            completed_at=_time(times.get("completed_at")),
            raw=data,
        )


def verify(
    body: bytes,
    headers: Mapping[str, str] | None = None,
    *,
    key: str | bytes | None = None,
    signature_header: str | None = None,
    unverified: bool = False,
) -> DeploymentNotification:
    """The notification in `body` (the request's raw bytes, as received), once
    its signature checks out against DeployHQ's key (or `key`, a PEM public key,
    for a rotation or the fake's test key). `unverified=True` skips the check
    (never for what arrives from outside).

    Raises `WebhookVerificationError` (its `reason`: "missing", "malformed",
    "mismatch" or "not_json") and `ConfigurationError` without the `webhooks`
    extra or for a `key` that is not a PEM public key."""
    lowered = {k.lower(): v for k, v in (headers or {}).items()}
    signed, signature = _signed_part(body, lowered, signature_header)
    if not unverified:
        if signature is None:
            where = signature_header or "a signature header (" + ", ".join(SIGNATURE_HEADERS) + ")"
            raise WebhookVerificationError(
                "missing", f"the notification has no signature: neither a `signature` form field nor {where}"
            )
        _check(signed, _decoded(signature), key)
    from .generated.types import loads  # one JSON reading, whichever parser is installed

    try:
        data = loads(signed)
    except ValueError as exc:
        raise WebhookVerificationError("not_json", f"the notification is not JSON: {exc}") from None
    if not isinstance(data, dict):
        raise WebhookVerificationError("not_json", f"the notification is JSON {type(data).__name__}, not an object")
    return DeploymentNotification.from_dict(data)


def _signed_part(body: bytes, headers: Mapping[str, str], header: str | None) -> tuple[bytes, str | None]:
    """What was signed and its signature: the legacy form's `payload` field and
    `signature` field, or the whole body and its signature header."""
    content_type = headers.get("content-type", "")
    if "application/x-www-form-urlencoded" in content_type or (not content_type and body[:8] == b"payload="):
        # Latin-1 both ways keeps each byte: the payload comes back exactly as it was signed.
        fields = parse_qs(body.decode("latin-1"), keep_blank_values=True, encoding="latin-1")
        payload, signature = fields.get("payload"), fields.get("signature")
        if payload is None:
            raise WebhookVerificationError("malformed", "the notification form has no `payload` field")
        return payload[0].encode("latin-1"), signature[0] if signature else None
    names = (header.lower(),) if header else SIGNATURE_HEADERS
    return body, next((headers[name] for name in names if name in headers), None)


def _decoded(signature: str) -> bytes:
    try:
        raw = base64.b64decode("".join(signature.split()), validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError("malformed", "the notification's signature is not base64") from None
    if not raw:
        raise WebhookVerificationError("malformed", "the notification's signature is empty")
    return raw


def _check(signed: bytes, signature: bytes, key: str | bytes | None) -> None:
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    public = _public_key(key if key is not None else DEPLOYHQ_PUBLIC_KEY)
    for digest in (hashes.SHA1(), hashes.SHA256()):  # DeployHQ signs with SHA-1 (see the module)
        try:
            public.verify(signature, signed, padding.PKCS1v15(), digest)
            return
        except InvalidSignature:
            continue
    raise WebhookVerificationError(
        "mismatch", "the notification's signature does not match its body under DeployHQ's key (or the key given)"
    )


@cache
def _public_key(pem: str | bytes) -> Any:
    from .errors import ConfigurationError

    try:
        from cryptography.hazmat.primitives.asymmetric.rsa import RSAPublicKey
        from cryptography.hazmat.primitives.serialization import load_pem_public_key
    except ImportError:
        raise ConfigurationError(
            "verifying DeployHQ's notifications needs cryptography: pip install 'deployhq-async[webhooks]'"
        ) from None
    try:
        loaded = load_pem_public_key(pem.encode() if isinstance(pem, str) else pem)
    except ValueError as exc:
        raise ConfigurationError(f"key must be a PEM public key: {exc}") from None
    if not isinstance(loaded, RSAPublicKey):
        raise ConfigurationError(f"key must be an RSA public key, not {type(loaded).__name__}")
    return loaded


def _mapping(value: object) -> Mapping[str, Any]:
    return value if isinstance(value, Mapping) else {}


def _list(value: object) -> list[Any]:
    return value if isinstance(value, list) else []


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _revision(value: object) -> str | None:
    """A revision: `{"ref": ...}` in notifications, or the ref itself."""
    return _text(value.get("ref")) if isinstance(value, Mapping) else _text(value)


def _time(value: object) -> datetime.datetime | None:
    if not isinstance(value, str):
        return None
    from .generated.types import parse_datetime

    try:
        return parse_datetime(value)
    except (ValueError, OverflowError):
        return None


# --- receiving ---------------------------------------------------------------------

MAX_BODY = 1 << 20  # a notification is a few kilobytes; more is not DeployHQ's


@dataclass(frozen=True)
class WebhookResponse:
    """What to answer DeployHQ (`status`, `body`), and the notification when it verified."""

    status: int
    body: bytes
    notification: DeploymentNotification | None = None


async def handle(
    body: bytes,
    headers: Mapping[str, str],
    *,
    key: str | bytes | None = None,
    signature_header: str | None = None,
) -> WebhookResponse:
    """`verify` for any framework, off the event loop (the first call imports
    cryptography): 204 with the notification, or 400 naming what was wrong."""
    import asyncio

    try:
        note = await asyncio.to_thread(verify, body, headers, key=key, signature_header=signature_header)
    except WebhookVerificationError as exc:
        return WebhookResponse(400, f"{exc.reason}: {exc}".encode())
    return WebhookResponse(204, b"", note)


Receiver = Callable[[DeploymentNotification], Awaitable[object]]


def asgi_app(
    on_notification: Receiver | asyncio.Queue[DeploymentNotification],
    *,
    key: str | bytes | None = None,
    signature_header: str | None = None,
) -> Callable[[dict[str, Any], Any, Any], Awaitable[None]]:
    """An ASGI app to mount (Starlette's `Mount`, FastAPI's `app.mount`) where
    DeployHQ posts: it answers as soon as the notification verified, and
    hands it to `on_notification` (an async function, run as a task: one that
    raises is logged) or puts it on a queue. A non-POST answers 405, a body
    over 1 MiB 413, a notification that does not verify 400."""
    import asyncio

    running: set[asyncio.Task[object]] = set()  # the callbacks under way, kept from the collector

    async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return  # lifespan and websockets: nothing to do
        if scope["method"] != "POST":
            await _answer(send, 405, b"DeployHQ posts its notifications", [(b"allow", b"POST")])
            return
        body = await _body(receive)
        if body is None:
            await _answer(send, 413, b"a notification is at most 1 MiB")
            return
        headers = {k.decode("latin-1"): v.decode("latin-1") for k, v in scope.get("headers", [])}
        answer = await handle(body, headers, key=key, signature_header=signature_header)
        if answer.notification is not None:
            if isinstance(on_notification, asyncio.Queue):
                on_notification.put_nowait(answer.notification)
            else:
                task = asyncio.ensure_future(on_notification(answer.notification))
                running.add(task)
                task.add_done_callback(_finished(running))
        await _answer(send, answer.status, answer.body)

    return app


async def _body(receive: Any) -> bytes | None:
    chunks: list[bytes] = []
    size = 0
    while True:
        message = await receive()
        if message["type"] != "http.request":
            return b"".join(chunks)
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > MAX_BODY:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def _answer(send: Any, status: int, body: bytes, headers: list[tuple[bytes, bytes]] | None = None) -> None:
    head = [(b"content-type", b"text/plain; charset=utf-8"), (b"content-length", str(len(body)).encode())]
    await send({"type": "http.response.start", "status": status, "headers": head + (headers or [])})
    await send({"type": "http.response.body", "body": body})


def _finished(running: set[Any]) -> Callable[[Any], None]:
    def done(task: Any) -> None:
        running.discard(task)
        if not task.cancelled() and task.exception() is not None:
            from ._logging import logger

            error = task.exception()
            logger.error("on_notification raised %s: %s", type(error).__name__, error)

    return done


# --- waiting by push ---------------------------------------------------------------


class NotificationHub:
    """Where a service's verified notifications meet its waits: `feed()` each
    notification (from `asgi_app`'s callback, say); `wait()` and bulk runs
    given the hub (`hub=`, `BulkOptions(hub=...)`) then finish a deployment
    when its notification says it finished, without polling for it, and poll
    every `fallback_interval` seconds meanwhile, since DeployHQ does not
    promise delivery. Of a notification and an answer to a `get`, the one
    further along DeployHQ's order of states wins. Holds the latest
    notification of the last `capacity` deployments."""

    def __init__(self, *, fallback_interval: float = 60.0, capacity: int = 10_000) -> None:
        from ._config import check_count, check_seconds

        check_seconds("fallback_interval", fallback_interval)
        check_count("capacity", capacity)
        self.fallback_interval = fallback_interval
        self._capacity = capacity
        self._latest: dict[str, DeploymentNotification] = {}  # insertion order: the oldest first
        self._waiting: dict[str, list[Any]] = {}  # futures of the waits on each deployment

    def feed(self, notification: DeploymentNotification) -> None:
        """Take a verified notification (a duplicate, or one older than what the
        hub holds for that deployment, changes nothing)."""
        identifier = notification.identifier
        if identifier is None:
            return
        held = self._latest.get(identifier)
        if held is not None and _progress(held.status) >= _progress(notification.status):
            return
        self._latest.pop(identifier, None)
        self._latest[identifier] = notification
        while len(self._latest) > self._capacity:
            del self._latest[next(iter(self._latest))]
        for waiter in self._waiting.pop(identifier, []):
            if not waiter.done():
                waiter.set_result(None)

    async def receive(self, notification: DeploymentNotification) -> None:
        """`feed`, as the callback of `asgi_app`: `asgi_app(hub.receive)`."""
        self.feed(notification)

    def latest(self, identifier: str) -> DeploymentNotification | None:
        """The notification furthest along DeployHQ's order for a deployment, if any came."""
        return self._latest.get(identifier)

    async def until(self, identifier: str, sleep: Awaitable[object]) -> tuple[bool, object]:
        """Wait for `sleep` or a notification of `identifier`, whichever comes
        first: `(True, None)` for a notification, else `(False, what sleep returned)`."""
        import asyncio

        arrived = asyncio.get_running_loop().create_future()
        self._waiting.setdefault(identifier, []).append(arrived)
        sleeping = asyncio.ensure_future(sleep)
        try:
            await asyncio.wait({arrived, sleeping}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeping.cancel()
            waiters = self._waiting.get(identifier)
            if waiters is not None and arrived in waiters:
                waiters.remove(arrived)
                if not waiters:
                    del self._waiting[identifier]
        if arrived.done():
            return True, None
        return False, sleeping.result()


def _progress(status: str | None) -> int:
    from ._status import DeploymentStatus

    state = DeploymentStatus.of(status)
    return -1 if state is None else state.progress
