"""FakeDeployHQ: an in-memory DeployHQ account that speaks the API's JSON."""

from __future__ import annotations

import base64
import contextlib
import dataclasses
import fnmatch
import json
import random
import re
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal
from urllib.parse import parse_qs, unquote

import httpx2

from .._clock import SYSTEM_CLOCK, Clock
from ._auto_deploy import AutoDeployHandlers
from ._core import FakeResponse, Handler, RequestRecord, _Error, _invalid
from ._deployments import DeploymentHandlers
from ._faults import ConnectionDropped, Fault, FaultRule
from ._generic import GenericHandlers, Route, invalid_body, required_query
from ._projects import ProjectHandlers
from ._records import RecordHandlers
from ._schema import body_errors, request_schemas
from ._state import Json, Project

if TYPE_CHECKING:
    from .._client import DeployHQ
    from ..webhooks import DeploymentNotification, NotificationHub

__all__ = ["FakeDeployHQ", "FakeResponse", "RequestRecord"]

# What routes a request: a generated operation module, or a `_generic.Route`.
Operation = ModuleType | Route


class FakeDeployHQ(ProjectHandlers, DeploymentHandlers, RecordHandlers, AutoDeployHandlers, GenericHandlers):
    """A stateful, in-memory DeployHQ account for tests.

    Connect in-process with `DeployHQ(..., transport=fake.transport())`, or over a
    real loopback socket with `async with fake.serve() as base_url:`; or let
    `fake.client()` make a client wired to it. Deployments go pending -> running
    -> completed (or failed) as the clock moves: pass a virtual clock from
    `deployhq_async.testing` (`AutojumpClock()`, or `ManualClock()` and
    `advance()`), which `fake.client()` shares, or keep real time with short
    `pending_seconds` / `running_seconds`.
    """

    def __init__(
        self,
        *,
        email: str = "test@example.com",
        api_key: str = "0123456789abcdef0123456789abcdef01234567",
        account: str = "test",
        clock: Clock | None = None,
        pending_seconds: float = 1.0,
        running_seconds: float = 5.0,
        seed: int = 0,
    ) -> None:
        self.email = email
        self.account = account
        self._api_key = api_key
        self._authorization = "Basic " + base64.b64encode(f"{email}:{api_key}".encode()).decode()
        self.clock: Clock = clock if clock is not None else SYSTEM_CLOCK
        self.pending_seconds = pending_seconds
        self.running_seconds = running_seconds
        self.api_access_restricted = False
        # DeployHQ gives a deployment's `deployment_overview` back as its
        # `overview`; False models a server (or proxy) that drops it.
        self.echo_overview = True
        self.projects: dict[str, Project] = {}
        self.global_environment_variables: dict[str, Json] = {}
        self.requests: list[RequestRecord] = []
        self._faults: list[FaultRule] = []
        self._rng = random.Random(seed)
        self._fail_next = 0
        self._handlers = self._handler_table()
        self._routes = self._route_table()

    # --- faults and counts ------------------------------------------------------------

    def inject(
        self,
        fault: Fault,
        *,
        method: str | None = None,
        path: str = "*",
        times: int | Literal["always"] | None = 1,
        rate: float = 1.0,
    ) -> None:
        """Apply `fault` to requests matching `method` and the glob `path`.

        Args:
            fault: what happens to a matching request (`Fault.http_status(...)`, ...).
            method: only requests of this method (default: any).
            path: a glob over the request's path (`/projects/*/deployments`).
            times: how many matching requests it hits, then it is spent (default
                1: the next one); `"always"` (or None) for no limit.
            rate: the share of matching requests it hits (drawn from the fake's
                seeded random numbers); `rate=0.1, times="always"` hits about one
                in ten, for as long as the test runs.

        Raises:
            ValueError: `times` below 1 or `rate` outside (0, 1].
        """
        limit = None if times in (None, "always") else times
        if limit is not None and (isinstance(limit, bool) or not isinstance(limit, int) or limit < 1):
            raise ValueError(f'times must be a count of 1 or more, or "always", not {times!r}')
        if not 0 < rate <= 1:
            raise ValueError(f"rate must be a share above 0 and at most 1, not {rate!r}")
        self._faults.append(FaultRule(fault, method.upper() if method else None, path, limit, rate, self._rng))

    def clear_faults(self) -> None:
        self._faults.clear()

    def count(self, method: str | None = None, path: str = "*", *, fault: str | None = None) -> int:
        """How many requests matched `method` and the glob `path` (and met `fault`)."""
        return sum(
            1
            for r in self.requests
            if (method is None or r.method == method.upper())
            and fnmatch.fnmatchcase(r.path, path)
            and (fault is None or r.fault == fault)
        )

    @property
    def api_key(self) -> str:
        """The API key the fake accepts (a test value, not a secret)."""
        return self._api_key

    def client(self, *, base_url: str | None = None, **options: Any) -> DeployHQ:
        """A `DeployHQ` client of this fake, on the fake's clock: answered
        in-process, or over the socket at `base_url` (from `serve()`). Other
        `options` go to the constructor."""
        from .._client import DeployHQ

        if base_url is None:
            options.setdefault("transport", self.transport())
        options.setdefault("clock", self.clock)
        return DeployHQ(self.account, self.email, self._api_key, base_url=base_url, **options)

    def transport(self) -> httpx2.AsyncBaseTransport:
        """An httpx2 transport that answers in-process."""
        from ._transport import FakeTransport

        return FakeTransport(self)

    @asynccontextmanager
    async def serve(self, host: str = "127.0.0.1", port: int = 0) -> AsyncIterator[str]:
        """Serve the fake over HTTP on a loopback port; yields its base URL."""
        from ._server import serve

        async with serve(self, host, port) as base_url:
            yield base_url

    def notifying(
        self,
        hub: NotificationHub | None = None,
        *,
        url: str | None = None,
        every: float = 1.0,
        lose: Callable[[DeploymentNotification], bool] | None = None,
        duplicate: bool = False,
        reorder: bool = False,
    ) -> contextlib.AbstractAsyncContextManager[None]:
        """`async with fake.notifying(hub):` tells `hub` of each change of a
        deployment's status (looked at every `every` seconds of the fake's
        clock), as a project's HTTP integration notifies. With `url=`, each is
        posted there, signed; with neither, posted to each HTTP integration of
        the deployment's project (made through the API: `integrations.
        create_http`) that asked for the event (a start, completion or
        failure). Posts verify with `webhooks.verify(..., key=fake.
        notification_key)`; one the receiver fails is lost. Faults: `lose`
        drops the notifications it returns True for, `duplicate` sends each
        twice, `reorder` sends each batch one look late and newest first.

        Raises ValueError given both `hub` and `url`."""
        from ._notifier import notifying

        if hub is not None and url is not None:
            raise ValueError("notify a hub or post to a url, not both: pass one of hub and url=")
        return notifying(self, hub, url, every=every, lose=lose, duplicate=duplicate, reorder=reorder)

    @property
    def notification_key(self) -> str:
        """The public key (PEM) of the test key pair the fake signs its posted
        notifications with: `webhooks.verify(body, headers, key=fake.notification_key)`."""
        from ._notifier import key_pair

        return key_pair()[1]

    # --- handling ---------------------------------------------------------------------

    async def handle(self, method: str, target: str, headers: dict[str, str], body: bytes) -> FakeResponse:
        """Answer one request (`target` is the path with its query string), dated
        by the fake's clock as DeployHQ dates its answers by its own.
        Raises `ConnectionDropped` when a fault drops the connection."""
        import email.utils

        answer = await self._answer_request(method, target, headers, body)
        dated = (*answer.headers, ("Date", email.utils.formatdate(self.clock.now(), usegmt=True)))
        return dataclasses.replace(answer, headers=dated)

    async def _answer_request(self, method: str, target: str, headers: dict[str, str], body: bytes) -> FakeResponse:
        path, _, query = target.partition("?")
        operation, params = self._route(method, path)
        name = operation.OPERATION if operation is not None else None
        arrived = self.clock.now()
        rules = [rule for rule in self._faults if rule.matches(method, path)]
        for rule in rules:
            rule.fired += 1
        fault = FaultRule.deciding(rules, arrived)

        def record(status: int | None, kind: str | None, sent: bytes = b"") -> None:
            self.requests.append(RequestRecord(method, path, status, kind, name, sent, at=arrived))

        for rule in rules:
            await rule.fault.delay_before()
        early = _before(fault, record)
        if early is not None:
            return early
        response = self._answer(method, path, operation, params, parse_qs(query), headers, body)
        for rule in rules:
            await rule.fault.delay_after()
        return _after(fault, response, record)

    def _answer(
        self,
        method: str,
        path: str,
        operation: Operation | None,
        params: dict[str, str],
        query: dict[str, list[str]],
        headers: dict[str, str],
        body: bytes,
    ) -> FakeResponse:
        self._answering_host = headers.get("host", "")
        hooked = self._hook(method, path, body) if operation is None else None
        if hooked is not None:
            return hooked
        try:
            operation = self._admit(method, path, operation, headers)
            payload = self._json_body(body) if method in ("POST", "PUT", "PATCH") else None
            _check_request(operation.OPERATION, payload, body, query)
            status, result = self._handlers[operation](payload=payload, query=query, **params)
        except _Error as exc:
            answer: Json | list[str] = exc.body
            if exc.status == 422 and operation is not None:
                answer = invalid_body(operation.OPERATION, exc.body)
            return FakeResponse(exc.status, json.dumps(answer).encode())
        if isinstance(result, FakeResponse):
            return result
        if status == 204:
            return FakeResponse(204, b"", ())
        return FakeResponse(status, json.dumps(result).encode())

    def _admit(self, method: str, path: str, operation: Operation | None, headers: dict[str, str]) -> Operation:
        """The operation, for a request DeployHQ would take up: signed in, API
        access allowed, an operation it has (else its 401, 403 or 404)."""
        if headers.get("authorization") != self._authorization:
            raise _Error(401, {"status": 401, "error": "You must be authenticated to access this resource."})
        if self.api_access_restricted:
            raise _Error(
                403,
                {
                    "error": "API access is restricted for this account",
                    "error_code": "api_access_restricted",
                    "hint": "An account administrator can allow API access in Settings > Security.",
                },
            )
        if operation is None:
            raise _Error(
                404,
                {
                    "error": f"No API method {method} {path}",
                    "error_code": "invalid_api_method",
                    "hint": "See https://api.deployhq.com/docs for the available endpoints.",
                },
            )
        return operation

    def _route(self, method: str, path: str) -> tuple[Operation | None, dict[str, str]]:
        """The operation of the document (one the fake implements) that `method`
        and `path` name, with its path parameters."""
        for route_method, pattern, operation in self._routes:
            match = pattern.fullmatch(path) if route_method == method else None
            if match:
                return operation, {k: unquote(v) for k, v in match.groupdict().items()}
        return None, {}

    @staticmethod
    def _json_body(body: bytes) -> Any:
        if not body:
            return None
        try:
            return json.loads(body)
        except ValueError:
            raise _Error(
                400,
                {
                    "error": "The request body is not valid JSON",
                    "error_code": "invalid_json",
                    "hint": "Send a JSON document with Content-Type: application/json.",
                },
            ) from None

    def _handler_table(self) -> dict[Operation, Handler]:
        """The operations the fake answers: those with behaviour of their own
        (generated operation modules), then every other operation of the
        document, answered generically (`_generic.py`); their methods and paths
        route the requests."""
        own: dict[Operation, Handler] = {}
        tables = (
            self._project_handlers(),
            self._deployment_handlers(),
            self._record_handlers(),
            self._auto_deploy_handlers(),
        )
        for handlers in tables:
            for operation, handler in handlers.items():
                own[operation] = handler
        return {**own, **self._generic_handlers({operation.OPERATION for operation in own})}

    def _route_table(self) -> list[tuple[str, re.Pattern[str], Operation]]:
        routes = []
        # A path with fewer placeholders first: /projects/{p}/repository/branches
        # before anything a placeholder there would also match.
        for operation in sorted(self._handlers, key=lambda op: (op.PATH.count("{"), op.PATH, op.METHOD)):
            pattern = re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(operation.PATH))
            routes.append((operation.METHOD, re.compile(pattern), operation))
        return routes


def _check_request(operation: str, payload: Any, body: bytes, query: dict[str, list[str]]) -> None:
    """The body against the document's schema, and its required query parameters: a 422 for what is wrong."""
    errors = body_errors(operation, payload)
    if payload is None and body.strip() and operation in request_schemas():
        errors = {"base": ["must be an object"]}  # a literal null, where a body is an object
    blank = [name for name in required_query(operation) if not query.get(name, [""])[0].strip()]
    errors.update({name: ["can't be blank"] for name in blank})
    if errors:
        raise _invalid(errors)


def _before(fault: Fault | None, record: Callable[..., None]) -> FakeResponse | None:
    """A fault's answer instead of the fake's (or a dropped connection), recorded; None to go on."""
    if fault is None:
        return None
    try:
        early = fault.before()
    except ConnectionDropped:
        record(None, fault.kind)
        raise
    if early is not None:
        record(early.status, fault.kind)
    return early


def _after(fault: Fault | None, response: FakeResponse, record: Callable[..., None]) -> FakeResponse:
    """The fake's answer, or what a fault made of it (or a dropped connection), recorded."""
    if fault is None or not fault.acts_after:
        record(response.status, None, response.body)
        return response
    try:
        answer = fault.after(response)
    except ConnectionDropped:
        record(None, fault.kind)
        raise
    record(answer.status if fault.kind == "status_after" else response.status, fault.kind)
    return answer
