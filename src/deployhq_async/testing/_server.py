"""Serving the fake over HTTP/1.1 on a loopback socket.

A small asyncio server rather than an ASGI stack: a fault must be able to reset
the TCP connection at a chosen moment (before or after the request is processed),
which an ASGI server does not let an application do.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import struct
from collections.abc import AsyncIterator
from http import HTTPStatus
from typing import TYPE_CHECKING

from ._faults import ConnectionDropped

if TYPE_CHECKING:
    from ._fake import FakeDeployHQ

MAX_HEADER_BYTES = 64 * 1024
MAX_BODY_BYTES = 16 * 1024 * 1024


@contextlib.asynccontextmanager
async def serve(fake: FakeDeployHQ, host: str, port: int) -> AsyncIterator[str]:
    if host not in ("127.0.0.1", "localhost", "::1"):
        raise ValueError("the fake only listens on loopback addresses")
    connections: dict[asyncio.Task[None], asyncio.StreamWriter] = {}

    async def on_connect(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        task = asyncio.current_task()
        assert task is not None
        connections[task] = writer
        try:
            await _serve_connection(fake, reader, writer)
        finally:
            connections.pop(task, None)

    server = await asyncio.start_server(on_connect, host, port, limit=MAX_HEADER_BYTES)
    bound = server.sockets[0].getsockname()
    try:
        yield f"http://{host}:{bound[1]}"
    finally:
        server.close()
        # Closing the sockets lets each connection's task see EOF and end by itself.
        for writer in list(connections.values()):
            writer.transport.abort()
        await asyncio.gather(*connections, return_exceptions=True)
        await server.wait_closed()


async def _serve_connection(fake: FakeDeployHQ, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    try:
        while True:
            request = await _read_request(reader)
            if request is None:
                break
            method, target, headers, body = request
            try:
                answer = await fake.handle(method, target, headers, body)
            except ConnectionDropped:
                _reset(writer)
                return
            keep_alive = headers.get("connection", "").lower() != "close"
            reason = HTTPStatus(answer.status).phrase if answer.status in HTTPStatus._value2member_map_ else ""
            head = [f"HTTP/1.1 {answer.status} {reason}"]
            head += [f"{k}: {v}" for k, v in answer.headers]
            head += [f"Content-Length: {len(answer.body)}", f"Connection: {'keep-alive' if keep_alive else 'close'}"]
            body = answer.body[: len(answer.body) // 2] if answer.truncated else answer.body
            writer.write(("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + body)
            await writer.drain()
            if answer.truncated:
                _reset(writer)
                return
            if not keep_alive:
                break
    except (ConnectionError, asyncio.IncompleteReadError, ValueError):
        pass
    finally:
        if not writer.is_closing():
            writer.close()
        with contextlib.suppress(ConnectionError, OSError):
            await writer.wait_closed()


async def _read_request(reader: asyncio.StreamReader) -> tuple[str, str, dict[str, str], bytes] | None:
    try:
        head = await reader.readuntil(b"\r\n\r\n")
    except asyncio.IncompleteReadError as exc:
        if exc.partial:
            raise
        return None
    lines = head.decode("latin-1").split("\r\n")
    method, target, _version = lines[0].split(" ", 2)
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    length = int(headers.get("content-length", "0"))
    if length < 0 or length > MAX_BODY_BYTES:
        raise ValueError("bad Content-Length")
    body = await reader.readexactly(length) if length else b""
    return method, target, headers, body


def _reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP RST, as a crashed server or a middlebox would."""
    sock = writer.get_extra_info("socket")
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()
