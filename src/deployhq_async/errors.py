"""Exceptions raised by deployhq_async.

Every exception derives from `DeployHQError`. HTTP errors carry what DeployHQ said
(`error_code`, `hint`, field errors on 422) and never the credentials: messages
name the method and path, not headers or bodies.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import httpx2

from ._error_bodies import credentials_in, decode_body, describe, without_credentials

# Where DeployHQ's automatic-deployment hooks live (`https://<account>.deployhq.com/deploy/...`):
# the rest of such a path is the hook's token, which no message shows.
HOOK_PREFIX = "/deploy/"

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "BulkCallbackError",
    "ClientClosedError",
    "ConfigurationError",
    "DeployHQError",
    "DeploymentFailedError",
    "DeploymentTimeoutError",
    "InternalServerError",
    "NotFoundError",
    "NotInListingError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseDecodeError",
    "ServiceUnavailableError",
    "UnknownOperationError",
    "ValidationError",
    "WebhookVerificationError",
]


class DeployHQError(Exception):
    """Base class of every error this library raises.

    Errors pickle and copy (for process pools and task queues) with every
    attribute; the request and response they hold travel without credentials.
    `may_have_been_processed` is True when the request may have reached
    DeployHQ, and so must not be sent again before looking.
    """

    may_have_been_processed: bool = False

    def __reduce__(self) -> tuple[Any, ...]:
        state = dict(self.__dict__)
        secrets = credentials_in(state.get("request") or getattr(state.get("response"), "request", None))
        for name in ("request", "response"):
            if state.get(name) is not None:
                state[name] = without_credentials(state[name], secrets)
        # The body as read again from the redacted response.
        if isinstance(self, APIStatusError):
            state["body"] = decode_body(state["response"])
        elif isinstance(self, ResponseDecodeError):
            state["body"] = state["response"].content
        return _rebuild, (type(self), self.args, state)


def _rebuild(cls: type[DeployHQError], args: tuple[Any, ...], state: dict[str, Any]) -> DeployHQError:
    error = cls.__new__(cls)
    Exception.__init__(error, *args)
    error.__dict__.update(state)
    return error


class ConfigurationError(DeployHQError, ValueError):
    """The client was given a missing or invalid account, email, key or base URL."""


def _where(request: httpx2.Request | None) -> str:
    if request is None:
        return ""
    path = request.url.raw_path.decode("ascii", "replace").split("?", 1)[0]
    if path.startswith(HOOK_PREFIX):  # an automatic-deployment hook: its path is its secret token
        path = HOOK_PREFIX + "…"
    return f"{request.method} {path}"


class UnknownOperationError(DeployHQError, LookupError):
    """`call()` was given a name that is no operation of DeployHQ's document."""


class NotInListingError(DeployHQError, LookupError):
    """A record DeployHQ has no endpoint of its own for (a build command, a
    template) was looked up in its listing, and the listing does not have it."""


class APIConnectionError(DeployHQError):
    """The request did not get a response: connection refused or reset, DNS, TLS...

    `may_have_been_processed` is True when the request may have reached DeployHQ
    (the connection broke after it was sent): a POST in that state is never
    replayed automatically, so check before trying again.
    """

    def __init__(
        self,
        message: str,
        *,
        request: httpx2.Request | None = None,
        may_have_been_processed: bool = False,
        attempts: int = 1,
    ) -> None:
        self.request = request
        self.may_have_been_processed = may_have_been_processed
        self.attempts = attempts
        super().__init__(_line(message, request, may_have_been_processed))


class APITimeoutError(APIConnectionError):
    """The request timed out."""


class ClientClosedError(DeployHQError):
    """The client was closed before this request was sent (nothing was sent), or
    while it was on the wire (it was cancelled; `may_have_been_processed`)."""

    def __init__(
        self, message: str, *, request: httpx2.Request | None = None, may_have_been_processed: bool = False
    ) -> None:
        self.request = request
        self.may_have_been_processed = may_have_been_processed
        super().__init__(_line(message, request, may_have_been_processed))


def _line(message: str, request: httpx2.Request | None, may_have_been_processed: bool) -> str:
    """`METHOD /path: message`, saying when the request may have been processed."""
    where = _where(request)
    note = " (the request may have been processed)" if may_have_been_processed else ""
    return f"{where}: {message}{note}" if where else f"{message}{note}"


class APIStatusError(DeployHQError):
    """DeployHQ answered with an error status."""

    status_code: int

    def __init__(
        self,
        message: str,
        *,
        response: httpx2.Response,
        body: object = None,
        error_code: str | None = None,
        hint: str | None = None,
        attempts: int = 1,
        retry_after: float | None = None,
        may_have_been_processed: bool = False,
    ) -> None:
        self.response = response
        self.status_code = response.status_code
        self.message = message
        self.body = body
        self.error_code = error_code
        self.hint = hint
        self.attempts = attempts
        self.retry_after = retry_after
        self.may_have_been_processed = may_have_been_processed
        super().__init__(self._line())

    @property
    def request(self) -> httpx2.Request:
        return self.response.request

    def _line(self) -> str:
        parts = [f"{_where(self.response.request)}: {self.status_code}"]
        if self.error_code:
            parts.append(f"[{self.error_code}]")
        parts.append(self.message)
        line = " ".join(parts)
        if self.hint:
            line += f" (hint: {self.hint})"
        if self.retry_after is not None:
            line += f" (retry after {self.retry_after:g}s)"
        return line


class BadRequestError(APIStatusError):
    """400: the request body was not valid JSON (`invalid_json`) or was malformed."""


class AuthenticationError(APIStatusError):
    """401: the email or API key was not accepted."""


class PermissionDeniedError(APIStatusError):
    """403: the user may not do this, or API access is restricted (`api_access_restricted`)."""


class NotFoundError(APIStatusError):
    """404: no such record (`record_not_found`) or no such endpoint (`invalid_api_method`)."""


class ValidationError(APIStatusError):
    """422: DeployHQ rejected the values. `errors` maps field names to messages;
    `base` holds the messages that concern the record as a whole, and those of
    the operations whose 422 is a list of messages or one `error`."""

    def __init__(
        self,
        message: str,
        *,
        errors: dict[str, list[str]] | None = None,
        base: list[str] | None = None,
        **kwargs: Any,
    ) -> None:
        self.errors = errors or {}
        self.base = base or []
        super().__init__(message, **kwargs)


class RateLimitError(APIStatusError):
    """429: too many requests; `retry_after` says when to try again, if DeployHQ said."""


class ServiceUnavailableError(APIStatusError):
    """503: DeployHQ is unavailable (maintenance or overload)."""


class InternalServerError(APIStatusError):
    """500 or another 5xx."""


class ResponseDecodeError(DeployHQError):
    """A response whose body cannot be decoded (corrupt compression, not JSON, or
    not the shape the client expects). `may_have_been_processed` is True for a
    request that is not idempotent: look before sending it again."""

    def __init__(self, message: str, *, response: httpx2.Response, may_have_been_processed: bool = False) -> None:
        self.response = response
        self.body = response.content
        self.may_have_been_processed = may_have_been_processed
        super().__init__(f"{_where(response.request)}: {response.status_code} {message}")

    @property
    def request(self) -> httpx2.Request:
        return self.response.request


class RateStoreUnavailable(DeployHQError):
    """The shared rate store (`RedisRateStore`) could not be reached, and the
    client was told to stop rather than fall back (`fail_closed=True`): nothing
    was sent."""


class BulkCallbackError(DeployHQError):
    """A bulk run's `on_progress` or `on_result` raised (its exception is the
    `__cause__`). The run then launched nothing more, let the requests on the
    wire finish and recorded their outcomes (in the journal too): `results`
    holds every target's result, as `await run` would have returned them."""

    def __init__(self, message: str, *, results: list[Any]) -> None:
        self.results = results
        super().__init__(message)


class DeploymentFailedError(DeployHQError):
    """`deployments.wait()` saw the deployment end in a state other than success."""

    def __init__(self, message: str, *, deployment: Deployment, status: str) -> None:
        self.deployment = deployment
        self.status = status
        super().__init__(message)


class DeploymentTimeoutError(DeployHQError):
    """`deployments.wait()` gave up before the deployment finished."""

    def __init__(self, message: str, *, deployment: Deployment, status: str) -> None:
        self.deployment = deployment
        self.status = status
        super().__init__(message)


_STATUS_CLASSES: dict[int, type[APIStatusError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: ValidationError,
    429: RateLimitError,
    503: ServiceUnavailableError,
}


def status_error(
    response: httpx2.Response,
    *,
    attempts: int = 1,
    retry_after: float | None = None,
    may_have_been_processed: bool = False,
) -> APIStatusError:
    """Build the exception for an error response from whatever body DeployHQ sent."""
    body = decode_body(response)
    said = describe(response, body).redacted(credentials_in(response.request))
    cls = _STATUS_CLASSES.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else APIStatusError
    common: dict[str, Any] = {
        "response": response,
        "body": body,
        "error_code": said.error_code,
        "hint": said.hint,
        "attempts": attempts,
        "retry_after": retry_after,
        "may_have_been_processed": may_have_been_processed,
    }
    if cls is ValidationError:
        return ValidationError(said.message, errors=said.errors, base=said.base, **common)
    return cls(said.message, **common)


class WebhookVerificationError(DeployHQError):
    """A notification that did not come from DeployHQ, or cannot be read:
    `reason` is "missing" (no signature), "malformed" (a signature or form
    that cannot be read), "mismatch" (the signature does not match the body
    under the key) or "not_json" (signed, but not a JSON object)."""

    def __init__(self, reason: str, message: str) -> None:
        self.reason = reason
        super().__init__(message)
