"""Connecting to the fake in-process, through an httpx2 transport."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx2

from ._faults import ConnectionDropped

if TYPE_CHECKING:
    from ._fake import FakeDeployHQ


class FakeTransport(httpx2.AsyncBaseTransport):
    """Hands each request to the fake; a dropped connection surfaces as the
    `httpx2.ReadError` a reset socket gives."""

    def __init__(self, fake: FakeDeployHQ) -> None:
        self._fake = fake

    async def handle_async_request(self, request: httpx2.Request) -> httpx2.Response:
        body = await request.aread()
        target = request.url.raw_path.decode("ascii")
        headers = {k.lower(): v for k, v in request.headers.items()}
        try:
            answer = await self._fake.handle(request.method, target, headers, body)
        except ConnectionDropped as exc:
            raise httpx2.ReadError("connection reset by peer", request=request) from exc
        if answer.truncated:
            raise httpx2.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            )
        # As a stream, as a socket's: it is decoded (and may fail to be) when read.
        return httpx2.Response(
            answer.status, headers=list(answer.headers), stream=httpx2.ByteStream(answer.body), request=request
        )
