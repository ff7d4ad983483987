"""The `DeployHQ` client: its options, its resources and `call()`. How a
request travels is `_pipeline.py`'s; connections are `_connection.py`'s;
argument checks `_config.py`'s; decoding `_operations.py`'s."""

from __future__ import annotations

import base64
import importlib
import os
import sys
from collections.abc import Mapping, Sequence
from types import ModuleType, TracebackType
from typing import TYPE_CHECKING, Any, Generic, Literal, TypeVar, overload

import httpx2

from . import _config, _events
from ._clock import SYSTEM_CLOCK, Clock
from ._connection import TRANSPORT_NAMES, Connection, TransportName
from ._events import Hook
from ._limiter import RequestLimiter
from ._operations import request_model, resolve_operation
from ._pipeline import Pipeline, RequestOptions
from ._redis import RedisRateStore, account_key
from ._shared_throttle import SharedThrottle
from ._throttle import Throttle
from ._tracing import Tracing
from ._version import __version__
from .errors import (
    ConfigurationError,
)

if TYPE_CHECKING:
    from typing import Self

    from deployhq_async.generated.call_signatures import Call

    from .resources.account import Account
    from .resources.auto_deployments import AutoDeployments
    from .resources.build_commands import BuildCommands
    from .resources.config_files import ConfigFiles, GlobalConfigFiles
    from .resources.deployments import Deployments
    from .resources.environment_variables import EnvironmentVariables, GlobalEnvironmentVariables
    from .resources.excluded_files import ExcludedFiles
    from .resources.global_servers import GlobalServers
    from .resources.integrations import Integrations
    from .resources.profile import Profile
    from .resources.projects import Projects
    from .resources.repository import Repository
    from .resources.scheduled_deployments import ScheduledDeployments
    from .resources.server_groups import ServerGroups
    from .resources.servers import Servers
    from .resources.ssh_commands import SshCommands
    from .resources.ssh_keys import SshKeys
    from .resources.teams import Teams
    from .resources.templates import Templates
    from .resources.users import Users
    from .resources.zones import Zones


R = TypeVar("R")
DEFAULT_TIMEOUT = 30.0
__all__ = ["TRANSPORT_NAMES", "DeployHQ", "TransportName"]


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
        resource: R = self.resource_class()(obj, obj._pipeline)  # type: ignore[call-arg]
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
    servers: _LazyResource[Servers] = _LazyResource(".resources.servers.Servers")
    server_groups: _LazyResource[ServerGroups] = _LazyResource(".resources.server_groups.ServerGroups")
    config_files: _LazyResource[ConfigFiles] = _LazyResource(".resources.config_files.ConfigFiles")
    environment_variables: _LazyResource[EnvironmentVariables] = _LazyResource(
        ".resources.environment_variables.EnvironmentVariables"
    )
    excluded_files: _LazyResource[ExcludedFiles] = _LazyResource(".resources.excluded_files.ExcludedFiles")
    ssh_commands: _LazyResource[SshCommands] = _LazyResource(".resources.ssh_commands.SshCommands")
    build_commands: _LazyResource[BuildCommands] = _LazyResource(".resources.build_commands.BuildCommands")
    scheduled_deployments: _LazyResource[ScheduledDeployments] = _LazyResource(
        ".resources.scheduled_deployments.ScheduledDeployments"
    )
    integrations: _LazyResource[Integrations] = _LazyResource(".resources.integrations.Integrations")
    auto_deployments: _LazyResource[AutoDeployments] = _LazyResource(".resources.auto_deployments.AutoDeployments")
    global_config_files: _LazyResource[GlobalConfigFiles] = _LazyResource(".resources.config_files.GlobalConfigFiles")
    global_environment_variables: _LazyResource[GlobalEnvironmentVariables] = _LazyResource(
        ".resources.environment_variables.GlobalEnvironmentVariables"
    )
    global_servers: _LazyResource[GlobalServers] = _LazyResource(".resources.global_servers.GlobalServers")
    users: _LazyResource[Users] = _LazyResource(".resources.users.Users")
    teams: _LazyResource[Teams] = _LazyResource(".resources.teams.Teams")
    ssh_keys: _LazyResource[SshKeys] = _LazyResource(".resources.ssh_keys.SshKeys")
    templates: _LazyResource[Templates] = _LazyResource(".resources.templates.Templates")
    zones: _LazyResource[Zones] = _LazyResource(".resources.zones.Zones")
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
        rate_store: RedisRateStore | str | None = None,
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
            rate_store: a `RedisRateStore` (yours to close), or its URL (the
                client's: closed with it): every client given one on the same
                Redis shares the account's rate (learned, paused and counted
                there) with the others, on any machine (the `redis` extra).

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
        connection = Connection(
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
        throttle = _throttle(rate_store, connection, login, max_rate, adaptive_rate)
        pipeline = Pipeline(
            connection,
            RequestOptions(
                timeout=phases,
                total=total,
                max_retries=max_retries,
                max_retry_wait=max_retry_wait,
                throttle=throttle,
                strict=_config.check_flag("strict", strict),
                hooks=_events.check_hooks(hooks),
                tracing=Tracing(tracing),
            ),
        )
        self._adopt(pipeline, owner=True)

    def _adopt(self, pipeline: Pipeline, *, owner: bool) -> None:
        """Every field of a client: its pipeline (the connection and the options),
        and whether closing it closes the connection (not for a copy)."""
        self._pipeline = pipeline
        self._owner = owner

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None, **kwargs: Any) -> DeployHQ:
        """A client configured from DEPLOYHQ_ACCOUNT, DEPLOYHQ_EMAIL, DEPLOYHQ_API_KEY
        and optionally DEPLOYHQ_BASE_URL and DEPLOYHQ_RATE_STORE (a Redis URL: see
        `rate_store`); keyword arguments go to the constructor."""
        env = os.environ if environ is None else environ
        if env.get("DEPLOYHQ_RATE_STORE") and "rate_store" not in kwargs:
            kwargs["rate_store"] = env["DEPLOYHQ_RATE_STORE"]
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
        options = self._options
        phases, total = (options.timeout, options.total) if timeout is None else _config.check_timeout(timeout)
        pipeline = self._pipeline.replaced(
            timeout=phases,
            total=total,
            max_retries=options.max_retries if max_retries is None else max_retries,
            max_retry_wait=options.max_retry_wait if max_retry_wait is None else max_retry_wait,
            limiter=options.limiter if limiter is None else limiter,
            strict=options.strict if strict is None else _config.check_flag("strict", strict),
            hooks=options.hooks if hooks is None else _events.check_hooks(hooks),
            tracing=options.tracing if tracing is None else Tracing(tracing),
        )
        clone = object.__new__(type(self))  # its one field set as __init__ sets it
        clone._adopt(pipeline, owner=False)
        return clone

    @property
    def _options(self) -> RequestOptions:
        return self._pipeline.options

    @property
    def _connection(self) -> Connection:
        return self._pipeline.connection

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
            throttle = self._options.throttle
            if isinstance(throttle, SharedThrottle):
                await throttle.aclose()
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
        request = module.build_request(*args, **arguments)
        result, _ = await self._pipeline.execute(module, request, max_retries=max_retries)
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
            name under `deployhq_async.generated.api`, or the module itself; the other
            arguments are that module's `build_request` arguments, where `body`
            may also be a plain dict (made into the operation's request model;
            fields the document does not name are kept). Type checkers know each
            operation's arguments and result; `call_untyped` takes any name.

            Raises `UnknownOperationError` for a name the document does not have
            (naming the closest operationIds), `TypeError` for arguments the
            operation does not take, and the `DeployHQError` of a failed request.
            """
            return await self.call_untyped(operation, *args, max_retries=max_retries, **arguments)


def facade_operations() -> dict[str, set[str]]:
    """The generated operation modules each public facade method (`resource.method`)
    declares it runs (by operationId, or through its collection's table)."""
    result: dict[str, set[str]] = {}
    for attribute, descriptor in vars(DeployHQ).items():
        if not isinstance(descriptor, _LazyResource):
            continue
        cls = descriptor.resource_class()
        for name in dir(cls):
            member = getattr(cls, name)
            if not name.startswith("_") and callable(member):
                result[f"{attribute}.{name}"] = set(cls._operations_of(name))
    return result


def _resource_modules() -> tuple[str, ...]:
    """Every resource module (which imports its generated operations)."""
    names = {d.module for d in vars(DeployHQ).values() if isinstance(d, _LazyResource)}
    return tuple(sorted(names))


def _default_transport() -> TransportName:
    from . import _connection  # read when a client is made: tests run the suite on each transport

    return _connection.DEFAULT_TRANSPORT


def _throttle(
    store: RedisRateStore | str | None, connection: Connection, login: str, max_rate: float | None, adaptive: bool
) -> Throttle:
    """The client's own throttle, or one shared through `store` by the account's clients."""
    if store is None:
        return Throttle(max_rate, adaptive=adaptive, concurrency=connection.concurrency)
    if not isinstance(store, (RedisRateStore, str)):
        raise ConfigurationError(f"rate_store must be a RedisRateStore or its URL, not {type(store).__name__}")
    if not _config.check_flag("adaptive_rate", adaptive):
        raise ConfigurationError(
            "rate_store shares the rate learned from DeployHQ's 429s: it needs adaptive_rate=True "
            "(or leave rate_store out)"
        )
    key = account_key(connection.host, login)
    owned = isinstance(store, str)
    shared = RedisRateStore(store) if isinstance(store, str) else store
    return SharedThrottle(shared, key, max_rate, concurrency=connection.concurrency, owns_store=owned)
