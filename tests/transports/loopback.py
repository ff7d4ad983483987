"""Loopback servers for the transport tests: each reads requests and hands the
connection to a handler that answers, stalls or breaks it; optionally over TLS
with a certificate from a test authority."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import trustme

Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]
BODY = b'{"identifier": "p1", "name": "Shop", "permalink": "shop"}'
ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY)


@dataclass
class Loopback:
    url: str
    port: int
    heads: list[bytes] = field(default_factory=list)  # the head of every request read
    bodies: list[bytes] = field(default_factory=list)  # and its body
    peers: set[tuple[str, int]] = field(default_factory=set)  # every connection's client address
    closed: asyncio.Event = field(default_factory=asyncio.Event)  # set when a connection ends

    @property
    def request_lines(self) -> list[str]:
        return [head.split(b"\r\n", 1)[0].decode() for head in self.heads]


async def read_request(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    """One request read off the connection: its head (request line and headers) and body."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.lower().split(b"\r\n")
    length = next((int(line.split(b":")[1]) for line in lines if line.startswith(b"content-length:")), 0)
    return head, await reader.readexactly(length)


async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(ANSWER)
    await writer.drain()


@asynccontextmanager
async def loopback(handler: Handler = answer, tls: ssl.SSLContext | None = None) -> AsyncIterator[Loopback]:
    """A server on 127.0.0.1 running `handler` after each request it reads (the
    handler ends the connection by raising ConnectionError)."""
    server: Loopback | None = None

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        assert server is not None
        server.peers.add(writer.get_extra_info("peername"))
        try:
            while True:
                head, body = await read_request(reader)
                server.heads.append(head)
                server.bodies.append(body)
                await handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError, ssl.SSLError):
            pass
        finally:
            writer.close()
            server.closed.set()

    listening = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=tls)
    port = listening.sockets[0].getsockname()[1]
    server = Loopback(f"{'https' if tls else 'http'}://127.0.0.1:{port}", port)
    try:
        yield server
    finally:
        listening.close()


def tls_contexts() -> tuple[ssl.SSLContext, ssl.SSLContext]:
    """A server context with a certificate for 127.0.0.1, and a client context
    that trusts its authority (no other client trusts it)."""
    authority = trustme.CA()
    server = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server)
    client = ssl.create_default_context()
    authority.configure_trust(client)
    return server, client
