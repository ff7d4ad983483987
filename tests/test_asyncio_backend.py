"""httpcore's network layer on asyncio protocols (the default transport's):
TLS, idle connections the server closed, and failures on the right side of
"may have been processed"."""

from __future__ import annotations

import asyncio
import ssl
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import httpcore
import pytest
import trustme
from helpers import InstantClock

from deployhq_async import APIConnectionError, DeployHQ
from deployhq_async._transports import ShardedTransport
from deployhq_async._transports._asyncio import AsyncioBackend

EMAIL = "ops@example.com"
KEY = "0123456789abcdef0123456789abcdef01234567"
BODY = b'{"identifier": "p1", "name": "Shop", "permalink": "shop"}'
ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY)


@asynccontextmanager
async def answering(
    *, close_after_answer: bool = False, tls: ssl.SSLContext | None = None
) -> AsyncIterator[tuple[int, list[str], asyncio.Event]]:
    """A server answering every request with a project; yields its port, the
    request lines it read, and an event set each time it closes a connection."""
    lines: list[str] = []
    closed = asyncio.Event()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines.append(head.split(b"\r\n", 1)[0].decode())
                writer.write(ANSWER)
                await writer.drain()
                if close_after_answer:
                    break
        except (asyncio.IncompleteReadError, ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()
            closed.set()

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=tls)
    try:
        yield server.sockets[0].getsockname()[1], lines, closed
    finally:
        server.close()


async def eventually(condition: object, what: str) -> None:
    """Let the loop run until `condition()` holds (socket events arrive when they arrive)."""
    for _ in range(2000):
        if condition():  # type: ignore[operator]
            return
        await asyncio.sleep(0.001)
    raise AssertionError(f"never happened: {what}")


def test_the_default_transport_runs_on_the_asyncio_backend() -> None:
    transport = ShardedTransport(8)
    index = transport._pick()
    assert isinstance(transport._shards[index]._pool._network_backend, AsyncioBackend)


async def test_an_idle_connection_the_server_closed_is_not_reused() -> None:
    async with answering(close_after_answer=True) as (port, lines, closed):
        dhq = DeployHQ(email=EMAIL, api_key=KEY, base_url=f"http://127.0.0.1:{port}", transport="httpx")
        async with dhq:
            assert (await dhq.projects.get("shop")).name == "Shop"
            await closed.wait()
            pool = dhq._connection.transport()._shards[0]._pool  # type: ignore[attr-defined]
            await eventually(lambda: all(not c.is_available() for c in pool.connections), "the close is seen")
            project = await dhq.projects.get("shop")
    assert project.permalink == "shop"
    assert lines == ["GET /projects/shop HTTP/1.1"] * 2  # one attempt each: no error, no retry


async def test_a_stream_reports_the_peers_close_as_readable_and_refuses_writes() -> None:
    async with answering(close_after_answer=True) as (port, _lines, closed):
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port, timeout=5)
        assert stream.get_extra_info("is_readable") is False
        await stream.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = b""
        while chunk := await stream.read(7, timeout=5):
            answer += chunk
        assert answer == ANSWER
        await closed.wait()
        assert stream.get_extra_info("is_readable") is True
        with pytest.raises(httpcore.WriteError):
            await stream.write(b"GET / HTTP/1.1\r\n\r\n")
        assert stream.get_extra_info("server_addr") == ("127.0.0.1", port)
        await stream.aclose()


async def test_reads_time_out_and_connects_are_refused_as_httpcore_says() -> None:
    async with answering() as (port, _lines, _closed):
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", port)
        with pytest.raises(httpcore.ReadTimeout):
            await stream.read(100, timeout=0.05)
        await stream.aclose()
    with pytest.raises(httpcore.ConnectError):
        await AsyncioBackend().connect_tcp("127.0.0.1", port)


async def test_tls_with_a_trusted_certificate_and_a_refused_one() -> None:
    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    trusted = ssl.create_default_context()
    authority.configure_trust(trusted)
    async with answering(tls=server_context) as (port, lines, _closed):
        url = f"https://127.0.0.1:{port}"
        async with DeployHQ(
            email=EMAIL, api_key=KEY, base_url=url, transport=ShardedTransport(4, verify=trusted)
        ) as dhq:
            project = await dhq.projects.get("shop")
            stream_ssl = dhq._connection.transport()._shards[0]._pool.connections[0]._connection._network_stream  # type: ignore[attr-defined]
            assert stream_ssl.get_extra_info("ssl_object") is not None
        assert project.identifier == "p1"
        async with DeployHQ(
            email=EMAIL, api_key=KEY, base_url=url, transport="httpx", max_retries=1, clock=InstantClock()
        ) as dhq:
            with pytest.raises(APIConnectionError) as caught:
                await dhq.deployments.create("shop", parent_identifier="s1", end_revision="abc")
        # The handshake failed, so nothing was sent: even a create is retried.
        assert (caught.value.may_have_been_processed, caught.value.attempts) == (False, 2)
        assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value)
    assert lines == ["GET /projects/shop HTTP/1.1"]
