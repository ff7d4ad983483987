"""How one request travels, a concern a layer:

    Pipeline.execute      a call's span, and the typed result decoded
      → Pipeline.send     the attempt loop over `_retry`'s decisions
        → _Admission      when an attempt may go: a group's limiter, the
                          throttle, the connection's bound, a stopped bulk run
          → Connection.send

What hooks, trace events and log lines hear of each attempt is one `_Watch`
(each `RequestStarted` gets one `RequestFinished`, whatever ended the
attempt); the exception a failed request raises is built in one place
(`_failure`). `DeployHQ` holds the options and the resources; resources hold
the pipeline."""

from __future__ import annotations

import contextlib
import functools
import logging
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

import httpx2

from . import _events, _retry
from ._connection import CLOSED, Connection
from ._limiter import RequestLimiter, Withheld, admitted
from ._logging import log_headers, logger
from ._operations import Operation, camel_case, parse
from ._throttle import REFUSED, Throttle
from ._tracing import Tracing
from .errors import APIConnectionError, APITimeoutError, ClientClosedError, DeployHQError, status_error

if TYPE_CHECKING:
    import asyncio

    from ._clock import Clock

R = TypeVar("R")


class RequestOptions(NamedTuple):
    """How a client's requests are sent (`with_options` replaces some)."""

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


class Pipeline:
    """Sends requests over a connection with one set of options."""

    def __init__(self, connection: Connection, options: RequestOptions) -> None:
        self.connection = connection
        self.options = options
        self._admission = _Admission(connection, options)

    def replaced(self, **changes: Any) -> Pipeline:
        """The same connection with some options changed."""
        return Pipeline(self.connection, self.options._replace(**changes))

    async def execute(
        self, operation: Operation[R], request: Mapping[str, Any], *, max_retries: int | None = None
    ) -> tuple[R, httpx2.Response]:
        """Send a request made by `operation.build_request`, with retries; the typed
        result and the 2xx response it was decoded from. Raises the
        `DeployHQError` of a failed request or an undecodable answer."""
        tracing, strict = self.options.tracing, self.options.strict
        if tracing.tracer() is None:
            response = await self._send_built(operation, request, max_retries)
            return parse(operation, response, strict=strict), response
        name, attributes = _span_of(operation.OPERATION, operation.METHOD, operation.PATH, self.connection.host)
        with tracing.span(name, attributes, client=True) as span:
            try:
                response = await self._send_built(operation, request, max_retries)
                result = parse(operation, response, strict=strict)
            except DeployHQError as exc:
                span.set_attribute("error.type", type(exc).__name__)
                status = getattr(exc, "status_code", None)
                if isinstance(status, int):
                    span.set_attribute("http.response.status_code", status)
                raise
            span.set_attribute("http.response.status_code", response.status_code)
            return result, response

    async def _send_built(
        self, operation: Operation[R], request: Mapping[str, Any], max_retries: int | None
    ) -> httpx2.Response:
        return await self.send(
            request["method"],
            request["url"],
            params=request.get("params"),
            json=request.get("json"),
            content=request.get("content"),
            headers=request.get("headers"),
            max_retries=max_retries,
            operation=operation,
        )

    async def send(
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
        options, connection = self.options, self.connection
        retries = options.max_retries if max_retries is None else max_retries
        request = connection.build_request(
            method, url, params=params, json=json, content=content, headers=headers, timeout=options.timeout
        )
        watch = _Watch(options, connection.clock, method, url.split("?", 1)[0], operation, retries)
        while True:
            watch.start()
            try:
                response, sent = await self._admission.attempt(request, watch)
            except httpx2.TransportError as exc:
                decision = self._after_failure(exc, request, watch)
                cause = type(exc).__name__
            except BaseException as exc:  # cancelled, closed under it, an undecodable body: no retry
                # Cancelled while it waited its turn, it was not sent; on the wire, it may have been processed.
                watch.end(None, type(exc).__name__, getattr(exc, "may_have_been_processed", watch.sending))
                raise
            else:
                if response.is_success:
                    watch.end(response.status_code, None, True)
                    return response
                decision = self._after_answer(response, sent, watch)
                cause = str(response.status_code)
            watch.retrying(decision, cause)
            await connection.sleep(request, decision.delay, decision.may_have_been_processed)

    def _after_failure(self, exc: httpx2.TransportError, request: httpx2.Request, watch: _Watch) -> _retry.Decision:
        """An attempt that got no answer: the retry decided, or the error raised."""
        if self.connection.closed:  # the client was closed under it: no retry
            watch.end(None, "ClientClosedError", True)
            raise ClientClosedError(CLOSED, request=request, may_have_been_processed=True) from exc
        wait = self.options.max_retry_wait
        decision = _retry.after_exception(exc, request.method, watch.attempt, watch.retries, wait)
        watch.end(None, type(exc).__name__, decision.may_have_been_processed, decision)
        if not decision.retry:
            raise _failure(decision, watch.attempt, request=request, exc=exc) from exc
        return decision

    def _after_answer(self, response: httpx2.Response, sent: float, watch: _Watch) -> _retry.Decision:
        """An error answer: the retry decided (every request held for its
        Retry-After where it says so), or the error raised."""
        options, clock = self.options, self.connection.clock
        decision = _retry.after_response(
            response, response.request.method, watch.attempt, watch.retries, options.max_retry_wait, clock.now()
        )
        watch.end(response.status_code, None, decision.may_have_been_processed, decision)
        self._admission.answered(response, sent, decision)
        if not decision.retry:
            raise _failure(decision, watch.attempt, response=response)
        return decision


class _Admission:
    """When an attempt may go, and what its answer teaches: the group's
    limiter (held for the attempt, not its retry waits), the client's
    throttle, the connection's bound on requests at once, and a bulk run that
    stopped launching while the attempt waited its turn."""

    def __init__(self, connection: Connection, options: RequestOptions) -> None:
        self._connection = connection
        self._limiter = options.limiter
        self._throttle = options.throttle
        self._tracing = options.tracing
        self._max_wait = options.max_retry_wait

    async def attempt(self, request: httpx2.Request, watch: _Watch) -> tuple[httpx2.Response, float]:
        """One attempt; its response and when it was sent (monotonic)."""
        connection, throttle = self._connection, self._throttle
        clock = connection.clock
        group = self._limiter.attempt(clock) if self._limiter is not None else contextlib.nullcontext()
        # Closing the client ends every wait here (nothing sent) and cancels the attempt.
        with connection.waiting(request):
            async with group:
                asked = clock.monotonic()
                sent = await throttle.acquire(clock)
                if sent > asked:
                    self._tracing.event("deployhq.throttled", {"seconds": sent - asked})
                status = None
                try:
                    async with _holding(connection.semaphore()):
                        if not admitted():
                            raise Withheld("not sent: the bulk run stopped launching while it waited its turn")
                        watch.sending = True
                        response = await connection.send(request, watch.total)
                    status = response.status_code
                finally:
                    throttle.release(clock, sent, status)
        connection.observe_date(response.headers.get("date"))
        watch.answered(response)
        return response, sent

    def answered(self, response: httpx2.Response, sent: float, decision: _retry.Decision) -> None:
        """An error answer: a 429 teaches the throttle; a Retry-After the
        request will wait out holds the group's other requests too (a longer
        one is this call's error only)."""
        held = self._refused(sent, decision) if response.status_code == REFUSED else True
        if (
            self._limiter is not None
            and held
            and decision.retry_after is not None
            and decision.retry_after <= self._max_wait
            and response.status_code in _retry.ALWAYS_RETRIED_STATUSES
        ):
            self._limiter.retry_after(self._connection.clock.monotonic() + decision.retry_after)

    def _refused(self, sent: float, decision: _retry.Decision) -> bool:
        """A 429: the throttle learns from it, and holds every request for its
        Retry-After when this attempt is retried after it (a longer one is the
        caller's to see, on the error). The 429 of an upward probe holds
        nobody: the rate going back down is enough. Returns whether every
        request (a bulk run's included) is held."""
        throttle = self._throttle
        probe = throttle.answers_probe(sent)
        pause = decision.retry_after if decision.retry and not probe else None
        if throttle.refused(sent, self._connection.clock.monotonic(), pause):
            logger.info("DeployHQ refused a request (429): now sending at most %g requests/s", throttle.rate)
        return not probe


class _Watch:
    """What hooks, trace events and log lines hear of one request's attempts;
    nothing is built for hooks when there are none."""

    def __init__(
        self,
        options: RequestOptions,
        clock: Clock,
        method: str,
        path: str,
        operation: Operation[Any] | None,
        retries: int,
    ) -> None:
        self.total = options.total
        self.retries = retries
        self.attempt = 0
        self._hooks = options.hooks
        self._tracing = options.tracing
        self._clock = clock
        self._method = method
        self._operation = None if operation is None else operation.OPERATION
        self._template = path if operation is None else operation.PATH
        self._started = 0.0
        self.sending = False  # the attempt went to the connection (past its turn in the line)

    def start(self) -> None:
        self.attempt += 1
        self.sending = False
        if self._hooks:
            started = _events.RequestStarted(self._operation, self._method, self._template, self.attempt)
            _events.deliver(self._hooks, started)
        self._started = self._clock.monotonic()

    def answered(self, response: httpx2.Response) -> None:
        """The attempt got an answer: its log line (DEBUG; the path's template,
        never its identifiers or query) and headers (`deployhq_async.http`)."""
        if logger.isEnabledFor(logging.DEBUG):
            seconds = self._clock.monotonic() - self._started
            line = "%s %s -> %d (attempt %d, %.3fs)"
            logger.debug(line, self._method, self._template, response.status_code, self.attempt, seconds)
        log_headers(response.request, response, self._template)

    def end(self, status: int | None, error: str | None, maybe: bool, decision: _retry.Decision | None = None) -> None:
        """The attempt ended (once per attempt), and the retry decided, if any."""
        if status is None and logger.isEnabledFor(logging.DEBUG):
            seconds = self._clock.monotonic() - self._started
            line = "%s %s -> %s, no answer (attempt %d, %.3fs)"
            logger.debug(line, self._method, self._template, error, self.attempt, seconds)
        if not self._hooks:
            return
        seconds = self._clock.monotonic() - self._started
        ended = _events.RequestFinished(
            self._operation, self._method, self._template, self.attempt, status, seconds, error, maybe
        )
        _events.deliver(self._hooks, ended)
        if decision is not None and decision.retry:
            reason = error or str(status)
            retry = _events.RetryScheduled(
                self._operation, self._method, self._template, self.attempt, reason, decision.delay
            )
            _events.deliver(self._hooks, retry)

    def retrying(self, decision: _retry.Decision, cause: str) -> None:
        self._tracing.event("deployhq.retry", {"attempt": self.attempt, "reason": cause, "delay": decision.delay})
        logger.info(
            "%s %s: %s, retrying in %.2fs (retry %d of %d)",
            self._method,
            self._template,
            cause,
            decision.delay,
            self.attempt,
            self.retries,
        )


def _failure(
    decision: _retry.Decision,
    attempts: int,
    *,
    request: httpx2.Request | None = None,
    exc: httpx2.TransportError | None = None,
    response: httpx2.Response | None = None,
) -> DeployHQError:
    """The exception of a request that will not be retried: from its error
    answer, or from the failure that left it without one."""
    if response is not None:
        return status_error(
            response,
            attempts=attempts,
            retry_after=decision.retry_after,
            may_have_been_processed=decision.may_have_been_processed,
        )
    assert exc is not None and request is not None
    cls = APITimeoutError if isinstance(exc, httpx2.TimeoutException) else APIConnectionError
    return cls(
        f"{_describe_failure(exc, request)} ({attempts} attempt{'s' if attempts > 1 else ''})",
        request=request,
        may_have_been_processed=decision.may_have_been_processed,
        attempts=attempts,
    )


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
