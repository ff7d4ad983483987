"""httpcore2's network layer written on asyncio's protocols.

httpcore2 reaches asyncio through anyio, which wraps every read and write in a
cancel scope and answers each "is this idle connection still open?" through a
chain of typed-attribute lookups: together about a third of the default
transport's CPU per request. This backend does the same work on an
`asyncio.Protocol`: a read waits on one future (with one timer for its timeout),
a write goes straight to the transport, and an idle connection is known closed
when its protocol has seen the end of the stream.

Failures are httpcore2's, raised where anyio's backend raises them: connect
errors and timeouts while connecting, read and write errors after. One more
connect error: a request whose first bytes could not be written because the
server had already closed the connection (a keep-alive connection closed by a
restart) was never sent, and says so.
"""

from __future__ import annotations

import asyncio
import select
import ssl
from collections.abc import Iterable
from typing import Any

import httpcore2

from ._deadline import bounded


class _Protocol(asyncio.Protocol):
    def __init__(self) -> None:
        self.buffer = bytearray()
        self.eof = False
        self.error: BaseException | None = None
        self.waiter: asyncio.Future[None] | None = None
        self.drained: asyncio.Future[None] | None = None

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        self._wake()

    def eof_received(self) -> bool:
        self.eof = True
        self._wake()
        return False  # close the transport

    def connection_lost(self, exc: Exception | None) -> None:
        self.eof = True
        self.error = exc
        self._wake()
        if self.drained is not None and not self.drained.done():
            self.drained.set_result(None)

    def pause_writing(self) -> None:
        if self.drained is None or self.drained.done():
            self.drained = asyncio.get_running_loop().create_future()

    def resume_writing(self) -> None:
        if self.drained is not None and not self.drained.done():
            self.drained.set_result(None)

    def _wake(self) -> None:
        waiter = self.waiter
        if waiter is not None and not waiter.done():
            waiter.set_result(None)


def _expire(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_exception(TimeoutError())


async def _wait(future: asyncio.Future[None], timeout: float | None) -> None:
    """Wait for `future`, raising TimeoutError after `timeout` seconds."""
    if timeout is None:
        await future
        return
    timer = asyncio.get_running_loop().call_later(timeout, _expire, future)
    try:
        await future
    finally:
        timer.cancel()


class AsyncioStream(httpcore2.AsyncNetworkStream):
    def __init__(self, transport: asyncio.Transport, protocol: _Protocol) -> None:
        self._transport = transport
        self._protocol = protocol
        # True until the next request's first bytes are written: a new
        # connection, or one whose last answer has been read.
        self._between_requests = True

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        protocol = self._protocol
        if not protocol.buffer and not protocol.eof:
            protocol.waiter = asyncio.get_running_loop().create_future()
            try:
                await _wait(protocol.waiter, bounded(timeout))
            except TimeoutError:
                raise httpcore2.ReadTimeout("timed out reading the response") from None
            finally:
                protocol.waiter = None
        if protocol.buffer:
            self._between_requests = True
            data = bytes(protocol.buffer[:max_bytes])
            del protocol.buffer[:max_bytes]
            return data
        if protocol.error is not None:
            raise httpcore2.ReadError(str(protocol.error) or type(protocol.error).__name__)
        return b""  # the peer closed the connection: httpcore2 decides what that means

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if not buffer:
            return
        protocol = self._protocol
        first, self._between_requests = self._between_requests, False
        if protocol.eof or self._transport.is_closing():
            raise _unsent(first, str(protocol.error or "the server had closed the connection"))
        self._transport.write(buffer)
        if first and self._transport.is_closing():  # the socket refused it: not a byte left
            raise _unsent(first, "the server had closed the connection")
        drained = protocol.drained
        if drained is not None and not drained.done():
            try:
                await _wait(drained, bounded(timeout))
            except TimeoutError:
                raise httpcore2.WriteTimeout("timed out sending the request") from None
            if protocol.error is not None:
                raise httpcore2.WriteError(str(protocol.error))

    async def aclose(self) -> None:
        self._transport.close()

    async def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        try:
            upgrade = loop.start_tls(self._transport, self._protocol, ssl_context, server_hostname=server_hostname)
            transport = await asyncio.wait_for(upgrade, bounded(timeout))
        except TimeoutError:
            self._transport.close()
            raise httpcore2.ConnectTimeout("timed out during the TLS handshake") from None
        except (OSError, ssl.SSLError, ConnectionError, RuntimeError) as exc:
            self._transport.close()
            raise httpcore2.ConnectError(str(exc) or type(exc).__name__) from exc
        if transport is None:  # the loop closed the connection during the handshake
            raise httpcore2.ConnectError("the connection closed during the TLS handshake")
        return AsyncioStream(transport, self._protocol)

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            # Asked of idle connections only: anything to read means the server
            # closed it (or broke the protocol), so it must not be reused. The
            # socket itself is asked too: its close may not have reached the
            # protocol yet (the loop has not polled since).
            if self._protocol.buffer or self._protocol.eof:
                return True
            sock = self._transport.get_extra_info("socket")
            return sock is not None and bool(select.select([sock], [], [], 0)[0])
        if info == "ssl_object":
            return self._transport.get_extra_info("ssl_object")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        if info == "socket":
            return self._transport.get_extra_info("socket")
        return None


def _unsent(first: bool, reason: str) -> httpcore2.NetworkError:
    """A write that failed: before a request's first byte it was never sent (a
    connect-side error, retried for every method), else it may have been."""
    return httpcore2.ConnectError(f"{reason}; nothing was sent") if first else httpcore2.WriteError(reason)


class AsyncioBackend(httpcore2.AsyncNetworkBackend):
    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore2.AsyncNetworkStream:
        loop = asyncio.get_running_loop()
        local = None if local_address is None else (local_address, 0)
        try:
            connecting = loop.create_connection(_Protocol, host, port, local_addr=local)
            transport, protocol = await asyncio.wait_for(connecting, bounded(timeout))
        except TimeoutError:
            raise httpcore2.ConnectTimeout(f"timed out connecting to {host}:{port}") from None
        except OSError as exc:
            raise httpcore2.ConnectError(str(exc) or type(exc).__name__) from exc
        sock = transport.get_extra_info("socket")
        for option in socket_options or ():
            sock.setsockopt(*option)
        # No isinstance check of the transport: uvloop's are not asyncio.Transport subclasses.
        return AsyncioStream(transport, protocol)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)
