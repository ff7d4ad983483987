"""The one reach past a library's public API (`_transports/_private.py`) gives
what the public way gives, on the versions it was checked on."""

from __future__ import annotations

import importlib.metadata
import importlib.util

import httpx2

from deployhq_async._transports._private import FIRST_CONNECTION_MODULES, copy_request, read_response

# The releases `_private.py` was checked on; a release where a test below fails
# needs it looked at again.
CHECKED_ON = ("2.16.0", "2.17.0")  # httpx2 and httpcore2
ANYIO_CHECKED_ON = ("4.14.2", "4.16.0")
BODY = b'{"identifier": "p1", "name": "Sh\\u00f6p"}'


async def test_a_response_read_through_the_shortcut_is_the_one_the_public_way_reads() -> None:
    headers = [(b"Content-Type", b"application/json; charset=utf-8"), (b"Content-Length", b"%d" % len(BODY))]
    request = httpx2.Request("GET", "https://acme.deployhq.com/projects/p1")
    public = httpx2.Response(200, headers=headers, stream=httpx2.ByteStream(BODY), request=request)
    await public.aread()
    shortcut = read_response(
        httpx2.Response(200, headers=headers, stream=httpx2.ByteStream(BODY), request=request), BODY
    )
    seen = f"(checked on httpx2 {', '.join(CHECKED_ON)}; this is {httpx2.__version__})"
    assert shortcut.content == public.content == BODY, seen
    assert shortcut.text == public.text and shortcut.json() == public.json(), seen
    assert await shortcut.aread() == BODY, seen
    assert [part async for part in shortcut.aiter_bytes()] == [BODY], seen
    assert shortcut.headers == public.headers and shortcut.encoding == public.encoding, seen


def test_the_modules_a_first_connection_needs_are_where_they_were() -> None:
    versions = {name: importlib.metadata.version(name) for name in ("httpcore2", "anyio")}
    seen = f"(checked on httpcore2 {', '.join(CHECKED_ON)}, anyio {', '.join(ANYIO_CHECKED_ON)}; this is {versions})"
    assert [m for m in FIRST_CONNECTION_MODULES if importlib.util.find_spec(m) is None] == [], seen


async def test_a_copied_request_is_the_one_the_public_way_builds_with_headers_of_its_own() -> None:
    url, headers = "https://acme.deployhq.com/projects/p1?x=1", {"Accept": "application/json", "X-Mark": "1"}
    template = httpx2.Request("GET", url, headers=headers)
    copy = copy_request(template, {"timeout": {"read": 5.0}})
    public = httpx2.Request("GET", url, headers=headers, extensions={"timeout": {"read": 5.0}})
    seen = f"(checked on httpx2 {', '.join(CHECKED_ON)}; this is {httpx2.__version__})"
    assert (copy.method, copy.url, copy.headers, copy.extensions) == (
        public.method,
        public.url,
        public.headers,
        public.extensions,
    ), seen
    assert await copy.aread() == public.content == b"", seen
    streamed = [[part async for part in request.stream] for request in (copy, public)]  # type: ignore[union-attr]
    assert streamed[0] == streamed[1], seen
    copy.headers["Authorization"] = "Basic x"  # its own headers: the template keeps its own
    assert "Authorization" not in template.headers and template.extensions == {}, seen
