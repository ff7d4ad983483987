"""The `DeployHQ` client: its options, the one request path (retries, errors,
logging) and the resources hung off it. Connections and requests are
`_connection.py`'s; argument checks `_config.py`'s; decoding `_operations.py`'s."""

from __future__ import annotations

import base64
import contextlib
import functools
import importlib
import logging
import os
import sys
from collections.abc import Mapping, Sequence
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, NamedTuple, TypeVar, overload

import httpx2

from . import _config, _events, _retry
from ._clock import SYSTEM_CLOCK, Clock
from ._connection import CLOSED, TRANSPORT_NAMES, Connection, TransportName
from ._events import Hook
from ._limiter import RequestLimiter, Withheld, admitted
from ._operations import Operation, camel_case, parse, request_model, resolve_operation
from ._throttle import REFUSED, Throttle
from ._tracing import Tracing
from ._version import __version__
from .errors import (
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    ConfigurationError,
    DeployHQError,
    status_error,
)

if TYPE_CHECKING:
    import asyncio
    from typing import Self

    from deployhq_api.call_signatures import Call

    from .resources.account import Account
    from .resources.collections import (
        BuildCommands,
        ConfigFiles,
        EnvironmentVariables,
        ExcludedFiles,
        GlobalConfigFiles,
        GlobalEnvironmentVariables,
        GlobalServers,
        Integrations,
        ScheduledDeployments,
        ServerGroups,
        Servers,
        SshCommands,
        SshKeys,
        Teams,
        Templates,
        Users,
        Zones,
    )
    from .resources.deployments import Deployments
    from .resources.profile import Profile
    from .resources.projects import Projects
    from .resources.repository import Repository

logger = logging.getLogger("deployhq_async")

R = TypeVar("R")
DEFAULT_TIMEOUT = 30.0
__all__ = ["TRANSPORT_NAMES", "DeployHQ", "TransportName"]


class _Options(NamedTuple):
    timeout: httpx2.Timeout
    # The bound of each whole attempt (a number given as `timeout`), or None.
    total: float | None
    max_retries: int
    max_retry_wait: float
    # The client's request rate, shared by every copy `with_options` makes.
    throttle: Throttle
    strict: bool = False
    hooks: tuple[_events.Hook, ...] = ()
    tracing: Tracing = Tracing(False)
    # A group's budget (a bulk run's, say), held for each attempt, not during retry waits.
    limiter: RequestLimiter | None = None


class _LazyResource(Generic[R]):
    """A client attribute whose resource class is imported on first access."""

    def __init__(self, path: str) -> None:
        module, _, self._class = path.rpartition(".")
        self.module = "deployhq_async" + module
        self._name = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self._name = name

    def resource_class(self) -> type[R]:
        cls: type[R] = getattr(importlib.import_module(self.module), self._class)
        return cls

    def __repr__(self) -> str:
        # What help(DeployHQ) shows for each resource (importing it: help is not a hot path).
        # pydoc cuts a long repr in its middle: the class and the first sentence.
        words = (self.resource_class().__doc__ or "").split()
        sentence = " ".join(words).split(". ")[0].split("; ")[0].rstrip(".")
        return f"{self._class}: {sentence}"

    @overload
    def __get__(self, obj: None, owner: type) -> _LazyResource[R]: ...
    @overload
    def __get__(self, obj: DeployHQ, owner: type) -> R: ...
    def __get__(self, obj: DeployHQ | None, owner: type) -> _LazyResource[R] | R:
        if obj is None:
            return self
        resource: R = self.resource_class()(obj)  # type: ignore[call-arg]
        obj.__dict__[self._name] = resource  # later lookups skip this descriptor
        return resource


class DeployHQ:
    """Async client for one DeployHQ account.

    >>> async with DeployHQ(account="acme", email="ops@acme.com", api_key="...") as dhq:
    ...     async for project in dhq.projects.list():
    ...         print(project.name)
    """

    projects: _LazyResource[Projects] = _LazyResource(".resources.projects.Projects")
    deployments: _LazyResource[Deployments] = _LazyResource(".resources.deployments.Deployments")
    servers: _LazyResource[Servers] = _LazyResource(".resources.collections.Servers")
    server_groups: _LazyResource[ServerGroups] = _LazyResource(".resources.collections.ServerGroups")
    config_files: _LazyResource[ConfigFiles] = _LazyResource(".resources.collections.ConfigFiles")
    environment_variables: _LazyResource[EnvironmentVariables] = _LazyResource(
        ".resources.collections.EnvironmentVariables"
    )
    excluded_files: _LazyResource[ExcludedFiles] = _LazyResource(".resources.collections.ExcludedFiles")
    ssh_commands: _LazyResource[SshCommands] = _LazyResource(".resources.collections.SshCommands")
    build_commands: _LazyResource[BuildCommands] = _LazyResource(".resources.collections.BuildCommands")
    scheduled_deployments: _LazyResource[ScheduledDeployments] = _LazyResource(
        ".resources.collections.ScheduledDeployments"
    )
    integrations: _LazyResource[Integrations] = _LazyResource(".resources.collections.Integrations")
    global_config_files: _LazyResource[GlobalConfigFiles] = _LazyResource(".resources.collections.GlobalConfigFiles")
    global_environment_variables: _LazyResource[GlobalEnvironmentVariables] = _LazyResource(
        ".resources.collections.GlobalEnvironmentVariables"
    )
    global_servers: _LazyResource[GlobalServers] = _LazyResource(".resources.collections.GlobalServers")
    users: _LazyResource[Users] = _LazyResource(".resources.collections.Users")
    teams: _LazyResource[Teams] = _LazyResource(".resources.collections.Teams")
    ssh_keys: _LazyResource[SshKeys] = _LazyResource(".resources.collections.SshKeys")
    templates: _LazyResource[Templates] = _LazyResource(".resources.collections.Templates")
    zones: _LazyResource[Zones] = _LazyResource(".resources.collections.Zones")
    repository: _LazyResource[Repository] = _LazyResource(".resources.repository.Repository")
    account: _LazyResource[Account] = _LazyResource(".resources.account.Account")
    profile: _LazyResource[Profile] = _LazyResource(".resources.profile.Profile")

    def __init__(
        self,
        account: str | None = None,
        email: str | None = None,
        api_key: str | None = None,
        *,
        base_url: str | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retries: int = 3,
        max_retry_wait: float = 60.0,
        max_concurrency: int | None = None,
        http_client: httpx2.AsyncClient | None = None,
        transport: httpx2.AsyncBaseTransport | Literal["httpx2", "aiohttp"] | None = None,
        user_agent: str | None = None,
        clock: Clock | None = None,
        proxy: str | httpx2.Proxy | None = None,
        strict: bool = False,
        hooks: Sequence[Hook] | None = None,
        tracing: bool | Any | None = None,
        max_rate: float | None = None,
        adaptive_rate: bool = True,
    ) -> None:
        """A client for one account; nothing is sent until the first call.

        Args:
            account: the account's name, as in `https://<account>.deployhq.com/`.
            email: the user's email address (HTTP Basic user name).
            api_key: the user's 40-character API key (Settings, Security).
            base_url: instead of `account`, the whole root URL (a proxy, a fake).
            timeout: seconds a whole request attempt may take, connect to last
                byte (default 30); an `httpx2.Timeout` bounds its phases instead.
            max_retries: retries of a request that failed in a way worth
                retrying (default 3); a request that may have created something
                is never sent again.
            max_retry_wait: the longest wait before a retry, also when
                `Retry-After` asks for more (default 60 s).
            max_concurrency: the most requests on the wire at once, and the
                most connections (default 100; a caller's `http_client` keeps
                its own limits).
            http_client: an `httpx2.AsyncClient` of yours to send with (its
                timeout applies unless `timeout` is given; you close it).
            transport: `"httpx2"` (default), `"aiohttp"` (the `aiohttp` extra),
                or an `httpx2.AsyncBaseTransport`.
            user_agent: text put before the library's own User-Agent.
            clock: the clock of every wait and deadline (tests pass a virtual one).
            proxy: an HTTP(S) proxy URL or `httpx2.Proxy` (not with `http_client`).
            strict: make a response value that fits none of its field's types a
                `ResponseDecodeError` (default: the field reads as None, the
                value is kept in `additional_properties`, a warning is logged).
            hooks: functions given each event (`RequestStarted`,
                `RequestFinished`, `RetryScheduled`, `TargetChanged`); plain ones
                run at once, async ones as tasks; one that raises is logged and
                changes nothing.
            tracing: OpenTelemetry spans (one per call, one per bulk run and
                target): by default whenever opentelemetry-api is installed, on
                its global tracer provider; False for none, or a
                `TracerProvider` to use.
            max_rate: the most requests sent in any second (default: no bound
                of the client's own), for this client and its `with_options`
                copies together.
            adaptive_rate: learn DeployHQ's rate limit from its 429 answers and
                send below it, pausing every request for a 429's `Retry-After`
                (default True); False leaves each request to its own retries.

        Raises:
            ConfigurationError: a missing or malformed argument (saying which and
                what to pass). Credentials never appear in its message.
        """
        root = _config.base_url_for(account, base_url)
        login, key = _config.check_credentials(email, api_key)
        _config.check_seconds("max_retry_wait", max_retry_wait, allow_zero=True)
        _config.check_count("max_retries", max_retries, allow_zero=True)
        if max_concurrency is not None:
            _config.check_count("max_concurrency", max_concurrency)
        _config.check_connection(http_client, transport, proxy, TRANSPORT_NAMES)
        _config.check_clock(clock)
        if user_agent is not None:
            _config.check_header_value("user_agent", user_agent)
        token = base64.b64encode(f"{login}:{key}".encode()).decode("ascii")
        python = "{}.{}.{}".format(*sys.version_info[:3])
        agent = f"deployhq-async/{__version__} httpx2/{httpx2.__version__} python/{python}"
        self._connection = Connection(
            base_url=root,
            authorization=f"Basic {token}",
            user_agent=f"{user_agent} {agent}" if user_agent else agent,
            http_client=http_client,
            transport=transport if transport is not None or http_client is not None else _default_transport(),
            max_concurrency=max_concurrency,
            clock=SYSTEM_CLOCK if clock is None else clock,
            proxy=proxy,
            warm_modules=_resource_modules(),
        )
        # A caller's http_client keeps its own timeout unless one is passed here.
        if timeout is None and http_client is not None:
            phases, total = http_client.timeout, None
        else:
            phases, total = _config.check_timeout(DEFAULT_TIMEOUT if timeout is None else timeout)
        throttle = Throttle(max_rate, adaptive=adaptive_rate, concurrency=self._connection.concurrency)
        self._owner = True
        self._options = _Options(
            timeout=phases,
            total=total,
            max_retries=max_retries,
            max_retry_wait=max_retry_wait,
            throttle=throttle,
            strict=_config.check_flag("strict", strict),
            hooks=_events.check_hooks(hooks),
            tracing=Tracing(tracing),
        )

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> DeployHQ:
        """A client configured from DEPLOYHQ_ACCOUNT, DEPLOYHQ_EMAIL, DEPLOYHQ_API_KEY
        and optionally DEPLOYHQ_BASE_URL; keyword arguments go to the constructor."""
        env = os.environ if environ is None else environ
        return cls(
            env.get("DEPLOYHQ_ACCOUNT"),
            env.get("DEPLOYHQ_EMAIL"),
            env.get("DEPLOYHQ_API_KEY"),
            base_url=env.get("DEPLOYHQ_BASE_URL") or None,
            **kwargs,
        )

    def with_options(
        self,
        *,
        max_retries: int | None = None,
        timeout: float | httpx2.Timeout | None = None,
        max_retry_wait: float | None = None,
        limiter: RequestLimiter | None = None,
        strict: bool | None = None,
        hooks: Sequence[Hook] | None = None,
        tracing: bool | Any | None = None,
    ) -> DeployHQ:
        """A client sharing this one's connection, with other request options.
        Every request attempt of a copy given a `limiter` holds one of its slots
        and waits out its pause. Closing the copy (`async with
        dhq.with_options(...)`) leaves the connection open: the client it was
        made from owns it. Raises `ConfigurationError` for a bad option."""
        if limiter is not None and not isinstance(limiter, RequestLimiter):
            raise ConfigurationError(f"limiter must be a RequestLimiter, not {type(limiter).__name__}")
        if max_retries is not None:
            _config.check_count("max_retries", max_retries, allow_zero=True)
        _config.check_seconds("max_retry_wait", max_retry_wait, allow_zero=True)
        clone = object.__new__(DeployHQ)
        clone._connection = self._connection
        clone._owner = False
        options = self._options
        phases, total = (options.timeout, options.total) if timeout is None else _config.check_timeout(timeout)
        clone._options = options._replace(
            timeout=phases,
            total=total,
            max_retries=options.max_retries if max_retries is None else max_retries,
            max_retry_wait=options.max_retry_wait if max_retry_wait is None else max_retry_wait,
            limiter=options.limiter if limiter is None else limiter,
            strict=options.strict if strict is None else _config.check_flag("strict", strict),
            hooks=options.hooks if hooks is None else _events.check_hooks(hooks),
            tracing=options.tracing if tracing is None else Tracing(tracing),
        )
        return clone

    @property
    def base_url(self) -> str:
        return self._connection.base_url

    @property
    def clock(self) -> Clock:
        """The clock of every wait, deadline and time comparison of this client."""
        return self._connection.clock

    def server_time(self) -> float | None:
        """DeployHQ's clock now (epoch seconds), as the `Date` of its latest answer
        shows it against this client's clock; None before any dated answer. Its
        timestamps (`queued_at`) are compared with this, not with the local clock."""
        return self._connection.server_now()

    @property
    def timeout(self) -> httpx2.Timeout:
        """How long each phase of a request attempt may take (connect, write, read, pool)."""
        return self._options.timeout

    @property
    def attempt_timeout(self) -> float | None:
        """How long a whole request attempt may take, connect to last byte: the
        `timeout` given as a number (None for an `httpx2.Timeout`)."""
        return self._options.total

    @property
    def max_retries(self) -> int:
        return self._options.max_retries

    @property
    def throttle(self) -> Throttle:
        """The client's request rate: its `max_rate`, the rate learned from
        DeployHQ's 429s (`.rate`) and how many it has met (`.refusals`)."""
        return self._options.throttle

    @property
    def tracing(self) -> Tracing:
        """Where this client's OpenTelemetry spans go (its bulk runs' too)."""
        return self._options.tracing

    @property
    def hooks(self) -> tuple[Hook, ...]:
        """The functions this client tells of its requests (and its bulk runs of their targets)."""
        return self._options.hooks

    @property
    def strict(self) -> bool:
        """Whether a response value that fits none of its field's types is a
        `ResponseDecodeError` (else the field reads as None, the value is kept in
        the model's `additional_properties` and a warning is logged)."""
        return self._options.strict

    def __repr__(self) -> str:
        return f"DeployHQ(base_url={self.base_url!r})"

    async def __aenter__(self) -> Self:
        """Import what requests need and build the TLS context off the event loop
        (entering is where a service pays for it, not its first caller)."""
        await self._connection.warm_up()
        import asyncio

        await asyncio.to_thread(self._options.tracing.tracer)  # imports opentelemetry, when it traces
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connection pool (a caller-owned http_client is left open; a
        copy from `with_options` leaves it to the client it came from)."""
        if self._owner:
            await self._connection.aclose()

    async def call_untyped(
        self, operation: str | ModuleType, /, *args: Any, max_retries: int | None = None, **arguments: Any
    ) -> Any:
        """`call()` for an operation whose name is known only at run time: the
        same request and result, typed `Any`.

        Raises `UnknownOperationError` for a name DeployHQ's document does not
        have (naming the closest operationIds), `TypeError` for arguments the
        operation does not take, and the `DeployHQError` of a failed request.
        """
        module = resolve_operation(operation)
        if isinstance(arguments.get("body"), Mapping):
            arguments["body"] = request_model(module, arguments["body"])
        result, _ = await self._execute(module, module.build_request(*args, **arguments), max_retries=max_retries)
        return result

    if TYPE_CHECKING:
        # One typed signature per operationId, generated from the document: a
        # name it does not have is a type error.
        call: Call
    else:

        async def call(
            self, operation: str | ModuleType, /, *args: Any, max_retries: int | None = None, **arguments: Any
        ) -> Any:
            """Run any operation of DeployHQ's document with this client's auth,
            retries and errors; returns its decoded 2xx result.

            `operation` is an operationId (`"getProjectDeploymentById"`), a module
            name under `deployhq_api.api`, or the module itself; the other
            arguments are that module's `build_request` arguments, where `body`
            may also be a plain dict (made into the operation's request model;
            fields the document does not name are kept). Type checkers know each
            operation's arguments and result; `call_untyped` takes any name.

            Raises `UnknownOperationError` for a name the document does not have
            (naming the closest operationIds), `TypeError` for arguments the
            operation does not take, and the `DeployHQError` of a failed request.
            """
            return await self.call_untyped(operation, *args, max_retries=max_retries, **arguments)

    async def _execute(
        self, operation: Operation[R], request: Mapping[str, Any], *, max_retries: int | None = None
    ) -> tuple[R, httpx2.Response]:
        """Send a request made by `operation.build_request`, with retries; the typed
        result and the 2xx response it was decoded from."""
        tracing = self._options.tracing
        if tracing.tracer() is None:
            response = await self._send_request(operation, request, max_retries)
            return parse(operation, response, strict=self._options.strict), response
        name, attributes = _span_of(operation.OPERATION, operation.METHOD, operation.PATH, self._connection.host)
        with tracing.span(name, attributes, client=True) as span:
            try:
                response = await self._send_request(operation, request, max_retries)
                result = parse(operation, response, strict=self._options.strict)
            except DeployHQError as exc:
                span.set_attribute("error.type", type(exc).__name__)
                status = getattr(exc, "status_code", None)
                if isinstance(status, int):
                    span.set_attribute("http.response.status_code", status)
                raise
            span.set_attribute("http.response.status_code", response.status_code)
            return result, response

    async def _send_request(
        self, operation: Operation[R], request: Mapping[str, Any], max_retries: int | None
    ) -> httpx2.Response:
        return await self._send(
            request["method"],
            request["url"],
            params=request.get("params"),
            json=request.get("json"),
            content=request.get("content"),
            headers=request.get("headers"),
            max_retries=max_retries,
            operation=operation,
        )

    async def _send(
        self,
        method: str,
        url: str,
        *,
        params: Mapping[str, Any] | None = None,
        json: Any = None,
        content: bytes | str | None = None,
        headers: Mapping[str, str] | None = None,
        max_retries: int | None = None,
        operation: Operation[Any] | None = None,
    ) -> httpx2.Response:
        """Send one request with retries; return a 2xx response or raise."""
        connection = self._connection
        retries = self._options.max_retries if max_retries is None else max_retries
        request = connection.build_request(
            method, url, params=params, json=json, content=content, headers=headers, timeout=self._options.timeout
        )
        path = url.split("?", 1)[0]
        clock = connection.clock
        limiter = self._options.limiter
        hooks = self._options.hooks
        name, template = (operation.OPERATION, operation.PATH) if operation is not None else (None, path)
        attempt = 0

        def finished(status: int | None, error: str | None, maybe: bool, retry_in: float | None = None) -> None:
            if hooks:  # each RequestStarted gets one RequestFinished, whatever ended the attempt
                ended = _events.RequestFinished(
                    name, method, template, attempt, status, clock.monotonic() - started, error, maybe
                )
                _tell(hooks, ended, retry_in)

        while True:
            attempt += 1
            if hooks:
                _events.deliver(hooks, _events.RequestStarted(name, method, template, attempt))
            started = clock.monotonic()
            try:
                response, sent = await self._send_once(request)
            except httpx2.TransportError as exc:
                if connection.closed:  # the client was closed under it: no retry
                    finished(None, "ClientClosedError", True)
                    raise ClientClosedError(CLOSED, request=request, may_have_been_processed=True) from exc
                decision = _retry.after_exception(exc, method, attempt, retries, self._options.max_retry_wait)
                finished(None, type(exc).__name__, decision.may_have_been_processed, _retry_in(decision))
                if not decision.retry:
                    raise _connection_error(exc, request, decision, attempt) from exc
                self._options.tracing.event(
                    "deployhq.retry", {"attempt": attempt, "reason": type(exc).__name__, "delay": decision.delay}
                )
                _log_retry(method, path, type(exc).__name__, decision.delay, attempt, retries)
                await connection.sleep(request, decision.delay, decision.may_have_been_processed)
                continue
            except BaseException as exc:  # cancelled, closed under it, an undecodable body: no retry
                finished(None, type(exc).__name__, getattr(exc, "may_have_been_processed", True))
                raise
            connection.observe_date(response.headers.get("date"))
            logger.debug(
                "%s %s -> %d (attempt %d, %.3fs)",
                method,
                path,
                response.status_code,
                attempt,
                clock.monotonic() - started,
            )
            if response.is_success:
                finished(response.status_code, None, True)
                return response
            decision = _retry.after_response(
                response, method, attempt, retries, self._options.max_retry_wait, clock.now()
            )
            finished(response.status_code, None, decision.may_have_been_processed, _retry_in(decision))
            held = self._refused(sent, decision) if response.status_code == REFUSED else True
            if (
                limiter is not None
                and held
                and decision.retry_after is not None
                and decision.retry_after <= self._options.max_retry_wait  # a longer one is this call's error only
                and response.status_code in _retry.ALWAYS_RETRIED_STATUSES
            ):
                limiter.retry_after(clock.monotonic() + decision.retry_after)
            if not decision.retry:
                raise status_error(
                    response,
                    attempts=attempt,
                    retry_after=decision.retry_after,
                    may_have_been_processed=decision.may_have_been_processed,
                )
            self._options.tracing.event(
                "deployhq.retry", {"attempt": attempt, "reason": str(response.status_code), "delay": decision.delay}
            )
            _log_retry(method, path, str(response.status_code), decision.delay, attempt, retries)
            await connection.sleep(request, decision.delay, decision.may_have_been_processed)

    async def _send_once(self, request: httpx2.Request) -> tuple[httpx2.Response, float]:
        """One attempt, within the group's limiter, the throttle and the
        connection's bound; its response and when it was sent (monotonic)."""
        connection = self._connection
        clock = connection.clock
        limiter, throttle = self._options.limiter, self._options.throttle
        group = limiter.attempt(clock) if limiter is not None else contextlib.nullcontext()
        # Closing the client ends every wait here (nothing sent) and cancels the attempt.
        with connection.waiting(request):
            async with group:
                asked = clock.monotonic()
                sent = await throttle.acquire(clock)
                if sent > asked:
                    self._options.tracing.event("deployhq.throttled", {"seconds": sent - asked})
                status = None
                try:
                    async with _holding(connection.semaphore()):
                        if not admitted():
                            raise Withheld("not sent: the bulk run stopped launching while it waited its turn")
                        response = await connection.send(request, self._options.total)
                    status = response.status_code
                finally:
                    throttle.release(clock, sent, status)
        return response, sent

    def _refused(self, sent: float, decision: _retry.Decision) -> bool:
        """A 429: the throttle learns from it, and holds every request for its
        Retry-After when this attempt is retried after it (a longer one is the
        caller's to see, on the error). The 429 of an upward probe holds
        nobody: the rate going back down is enough. Returns whether every
        request (a bulk run's included) is held."""
        throttle = self._options.throttle
        clock = self._connection.clock
        probe = throttle.answers_probe(sent)
        pause = decision.retry_after if decision.retry and not probe else None
        if throttle.refused(sent, clock.monotonic(), pause):
            logger.info("DeployHQ refused a request (429): now sending at most %g requests/s", throttle.rate)
        return not probe


@functools.cache
def _span_of(operation: str, method: str, path: str, host: str) -> tuple[str, dict[str, Any]]:
    """The name and attributes of an operation's call spans (the same for every call)."""
    attributes = {
        "http.request.method": method,
        "url.template": path,
        "server.address": host,
        "deployhq.operation_id": camel_case(operation),
    }
    return f"{method} {path}", attributes


def _retry_in(decision: _retry.Decision) -> float | None:
    return decision.delay if decision.retry else None


def _tell(hooks: tuple[Hook, ...], ended: _events.RequestFinished, retry_in: float | None) -> None:
    """Tell the hooks how an attempt ended, and of the retry decided (after `retry_in` seconds)."""
    _events.deliver(hooks, ended)
    if retry_in is not None:
        reason = ended.error or str(ended.status)
        _events.deliver(
            hooks, _events.RetryScheduled(ended.operation, ended.method, ended.path, ended.attempt, reason, retry_in)
        )


def _resource_modules() -> tuple[str, ...]:
    """Every resource module (which imports its generated operations)."""
    names = {d.module for d in vars(DeployHQ).values() if isinstance(d, _LazyResource)}
    return tuple(sorted(names))


def _default_transport() -> TransportName:
    from . import _connection  # read when a client is made: tests run the suite on each transport

    return _connection.DEFAULT_TRANSPORT


def _holding(semaphore: asyncio.Semaphore | None) -> contextlib.AbstractAsyncContextManager[Any]:
    return semaphore if semaphore is not None else contextlib.nullcontext()


# What each kind of timeout was waiting for, and which phase of httpx2.Timeout bounds it.
_TIMED_OUT = {
    httpx2.ConnectTimeout: ("connecting to", "connect"),
    httpx2.WriteTimeout: ("sending the request to", "write"),
    httpx2.ReadTimeout: ("waiting for the response from", "read"),
    httpx2.PoolTimeout: ("waiting for a free connection to", "pool"),
}
_UNRESOLVED = ("name or service not known", "nodename nor servname", "name resolution", "no address associated")


def _describe_failure(exc: httpx2.TransportError, request: httpx2.Request) -> str:
    """What happened, in words: the kind of failure, the host, the time it took."""
    host = request.url.host
    for kind, (waiting, phase) in _TIMED_OUT.items():
        if isinstance(exc, kind):
            seconds = request.extensions.get("timeout", {}).get(phase)
            limit = f" after {seconds:g} s" if isinstance(seconds, (int, float)) else ""
            return f"timed out{limit} {waiting} {host}"
    text = str(exc)
    if isinstance(exc, httpx2.ConnectError) and any(s in text.lower() for s in _UNRESOLVED):
        return f"could not resolve {host}"
    if isinstance(exc, httpx2.ConnectError):
        return f"could not connect to {host}: {text or type(exc).__name__}"
    return f"the connection to {host} broke ({text or type(exc).__name__})"


def _connection_error(
    exc: httpx2.TransportError, request: httpx2.Request, decision: _retry.Decision, attempts: int
) -> APIConnectionError:
    cls = APITimeoutError if isinstance(exc, httpx2.TimeoutException) else APIConnectionError
    return cls(
        f"{_describe_failure(exc, request)} ({attempts} attempt{'s' if attempts > 1 else ''})",
        request=request,
        may_have_been_processed=decision.may_have_been_processed,
        attempts=attempts,
    )


def _log_retry(method: str, path: str, cause: str, delay: float, attempt: int, retries: int) -> None:
    logger.info("%s %s: %s, retrying in %.2fs (retry %d of %d)", method, path, cause, delay, attempt, retries)
