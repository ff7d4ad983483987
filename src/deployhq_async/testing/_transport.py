"""Connecting to the fake in-process, through an httpx transport."""

from __future__ import annotations

from typing import TYPE_CHECKING

import httpx

from ._faults import ConnectionDropped

if TYPE_CHECKING:
    from ._fake import FakeDeployHQ


class FakeTransport(httpx.AsyncBaseTransport):
    """Hands each request to the fake; a dropped connection surfaces as the
    `httpx.ReadError` a reset socket gives."""

    def __init__(self, fake: FakeDeployHQ) -> None:
        self._fake = fake

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        body = await request.aread()
        target = request.url.raw_path.decode("ascii")
        headers = {k.lower(): v for k, v in request.headers.items()}
        try:
            answer = await self._fake.handle(request.method, target, headers, body)
        except ConnectionDropped as exc:
            raise httpx.ReadError("connection reset by peer", request=request) from exc
        if answer.truncated:
            raise httpx.RemoteProtocolError(
                "peer closed connection without sending complete message body", request=request
            )
        return httpx.Response(answer.status, headers=list(answer.headers), content=answer.body, request=request)
