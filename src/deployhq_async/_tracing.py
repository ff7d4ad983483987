"""OpenTelemetry spans (the `otel` extra: opentelemetry-api): one client span per
call, named after its operation (`GET /projects/{project_id}/deployments/{id}`)
with the HTTP client attributes of the semantic conventions, its retries as
span events; a bulk run (and a rollout) as a parent span with one child per
target. opentelemetry is imported only when a client that traces first needs it."""

from __future__ import annotations

import contextlib
import importlib.util
from typing import Any

from ._version import __version__
from .errors import ConfigurationError

NAME = "deployhq_async"


class Tracing:
    """Where a client's spans go: `setting` is None (the global tracer provider,
    whenever opentelemetry-api is installed), False (no spans) or a
    `TracerProvider`."""

    def __init__(self, setting: object) -> None:
        if setting is not None and not isinstance(setting, bool) and not hasattr(setting, "get_tracer"):
            raise ConfigurationError(
                f"tracing must be True, False or an OpenTelemetry TracerProvider, not {type(setting).__name__}"
            )
        if setting is True and importlib.util.find_spec("opentelemetry") is None:
            raise ConfigurationError("tracing=True needs opentelemetry-api: pip install 'deployhq-async[otel]'")
        self._setting = setting
        self._tracer: Any = None
        self._trace: Any = None
        self._context: Any = None
        self._resolved = setting is False
        # A provider of the caller's, or the global one once an SDK set it: spans are kept.
        self._provided = setting not in (None, True)

    def tracer(self) -> Any:
        """The OpenTelemetry tracer, or None when this client does not trace."""
        if not self._resolved:
            self._resolved = True
            if self._setting is None and importlib.util.find_spec("opentelemetry") is None:
                return None
            from opentelemetry import context, trace

            self._trace, self._context = trace, context
            provider = trace.get_tracer_provider() if self._setting in (None, True) else self._setting
            self._tracer = provider.get_tracer(NAME, __version__)
        if self._tracer is not None and not self._provided and self._stand_in():
            return None
        return self._tracer

    def _stand_in(self) -> bool:
        """The global provider is still OpenTelemetry's stand-in (no SDK set
        up): its spans record nothing and cost a tenth of a request, so none
        is made; a provider set later is seen at the next call (and, as
        OpenTelemetry sets one only once, never looked for again)."""
        trace = self._trace
        if isinstance(trace.get_tracer_provider(), (trace.ProxyTracerProvider, trace.NoOpTracerProvider)):
            return True
        self._provided = True
        return False

    def span(
        self, name: str, attributes: dict[str, Any], *, client: bool = False
    ) -> contextlib.AbstractContextManager[Any]:
        """A span (current while the block runs), or nothing when not tracing."""
        tracer = self.tracer()
        if tracer is None:
            return contextlib.nullcontext()
        trace = self._trace
        span = tracer.start_span(
            name, kind=trace.SpanKind.CLIENT if client else trace.SpanKind.INTERNAL, attributes=attributes
        )
        return _Current(span, self._context.attach(trace.set_span_in_context(span)), self._context, trace)

    def event(self, name: str, attributes: dict[str, Any]) -> None:
        """An event on the current span (a retry of the call it is in)."""
        if self._tracer is not None:
            self._trace.get_current_span().add_event(name, attributes)


class _Current:
    """A span made current for a block, then ended: what `start_as_current_span`
    does (an exception recorded, the status set to ERROR), in a plain class
    rather than its layers of generator context managers, once per call."""

    __slots__ = ("_context", "_span", "_token", "_trace")

    def __init__(self, span: Any, token: object, context: Any, trace: Any) -> None:
        self._span, self._token, self._context, self._trace = span, token, context, trace

    def __enter__(self) -> Any:
        return self._span

    def __exit__(self, kind: object, exc: BaseException | None, traceback: object) -> None:
        span = self._span
        try:
            if isinstance(exc, Exception) and span.is_recording():
                span.record_exception(exc)
                status = self._trace.Status(self._trace.StatusCode.ERROR, f"{type(exc).__name__}: {exc}")
                span.set_status(status)
        finally:
            self._context.detach(self._token)
            span.end()
