"""The one place this package reaches past a public API of a library beneath it.

httpx2 has no public way to make a response whose body is already read without
running its read pipeline (iterators, decoder, chunker: a tenth of a request on
the aiohttp transport). `read_response` sets the content the pipeline would
have set. tests/transports/test_private.py checks that the result is what the
public way gives, and names the httpx2 versions this was checked on: a release
that changes it fails that test, not a user's call.
"""

from __future__ import annotations

import httpx2


def read_response(response: httpx2.Response, content: bytes) -> httpx2.Response:
    """`response` (with no Content-Encoding) as if its body, `content`, had been read."""
    response._content = content
    return response
