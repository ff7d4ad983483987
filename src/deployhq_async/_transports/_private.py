"""The one place this package reaches past a public API of the libraries beneath it.

What httpcore2 imports at a first connection (its HTTP/1.1 and proxy code, and
anyio's asyncio backend for its pool's events) lives in modules of theirs that
no public API names; `warm_imports` imports them off the event loop, so the
first request does not stall it. A release that moves one only leaves it to be
imported on the loop again.

httpx2 has no public way to copy a request either: `copy_request` copies one
built once for a bodiless method and URL (building it again, parsing and
checking its URL and headers, costs more than a tenth of a request's CPU).

httpx2 has no public way to make a response whose body is already read without
running its read pipeline (iterators, decoder, chunker: a tenth of a request on
the aiohttp transport). `read_response` sets the content the pipeline would
have set. tests/transports/test_private.py checks that each result is what the
public way gives, and that each module named here exists, naming the versions
this was checked on: a release that changes them fails that test, not a user's call.
"""

from __future__ import annotations

import contextlib
import importlib
from typing import Any

import httpx2

FIRST_CONNECTION_MODULES = ("httpcore2._async.http11", "httpcore2._async.http_proxy", "anyio._backends._asyncio")


def warm_imports() -> None:
    """Import what a first connection needs (in a worker thread: see `ShardedTransport.warm_up`)."""
    for module in FIRST_CONNECTION_MODULES:
        with contextlib.suppress(ImportError):
            importlib.import_module(module)


def read_response(response: httpx2.Response, content: bytes) -> httpx2.Response:
    """`response` (with no Content-Encoding) as if its body, `content`, had been read."""
    response._content = content
    return response


def copy_request(template: httpx2.Request, extensions: dict[str, Any]) -> httpx2.Request:
    """A bodiless `template` again, with headers of its own and `extensions`
    (its URL and empty body are immutable, so they are shared)."""
    request: httpx2.Request = object.__new__(httpx2.Request)
    request.__dict__.update(template.__dict__)
    request.headers = httpx2.Headers(template.headers)
    request.extensions = extensions
    return request
