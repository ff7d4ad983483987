"""What the library logs, on the standard `logging` module, and how a user turns
it on without writing logging code: `DEPLOYHQ_LOG=info|debug` (as openai-python
reads `OPENAI_LOG`), or the CLI's `-v` and `-vv`.

- `deployhq_async` at INFO: retries (reason and delay), a learned rate going
  down, a hook that raised; at DEBUG: every attempt (method, path template,
  status, seconds, attempt number).
- `deployhq_async.http` at DEBUG: each attempt's request and response headers,
  credentials redacted.

Never logged: the email and API key (Authorization, cookies and proxy
credentials are redacted), request or response bodies, query strings, and the
identifiers in paths (templates are logged: `/projects/{project_id}/...`).
"""

from __future__ import annotations

import logging
import os
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    import httpx2

logger = logging.getLogger("deployhq_async")
http_logger = logging.getLogger("deployhq_async.http")
# Headers are opt-in (DEPLOYHQ_LOG=debug, -vv, or this logger's level set to
# DEBUG): a service logging DEBUG for the library sees requests, not headers.
http_logger.setLevel(logging.WARNING)

LEVELS = {"info": logging.INFO, "debug": logging.DEBUG}
ENVIRONMENT = "DEPLOYHQ_LOG"
CREDENTIAL_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
FORMAT = "%(asctime)s %(name)s %(levelname)s %(message)s"


_handler: logging.Handler | None = None  # the one this module added


def configure(level: int, *, headers: bool = False, stream: TextIO | None = None) -> logging.Handler:
    """Print the library's log lines from `level` on (and the headers of each
    attempt with `headers`) to `stream` (stderr); a second call replaces what
    the first set up. Returns the handler."""
    global _handler
    if _handler is not None:
        logger.removeHandler(_handler)
    _handler = logging.StreamHandler(stream if stream is not None else sys.stderr)
    _handler.setFormatter(logging.Formatter(FORMAT))
    logger.addHandler(_handler)
    logger.setLevel(level)
    http_logger.setLevel(logging.DEBUG if headers else logging.WARNING)
    return _handler


def configure_from_environment() -> None:
    """`DEPLOYHQ_LOG=info` or `debug` (debug: headers too) turns the log on;
    another value is named in one warning and ignored."""
    value = os.environ.get(ENVIRONMENT, "").strip().lower()
    if not value:
        return
    level = LEVELS.get(value)
    if level is None:
        logger.warning("%s=%r is not one of %s: ignored", ENVIRONMENT, value, ", ".join(LEVELS))
        return
    configure(level, headers=level == logging.DEBUG)


def log_headers(request: httpx2.Request, response: httpx2.Response, template: str) -> None:
    """An attempt's headers, credentials redacted (when `deployhq_async.http`
    logs DEBUG)."""
    if not http_logger.isEnabledFor(logging.DEBUG):
        return
    http_logger.debug(
        "%s %s request headers: %s; response %d headers: %s",
        request.method,
        template,
        _shown(request.headers.multi_items()),
        response.status_code,
        _shown(response.headers.multi_items()),
    )


def _shown(headers: list[tuple[str, str]]) -> str:
    shown = (f"{name}: {'[redacted]' if name.lower() in CREDENTIAL_HEADERS else value}" for name, value in headers)
    return ", ".join(shown)
