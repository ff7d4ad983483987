"""The aiohttp extra: chosen by name, sized to the concurrency limit, and its
failures reported on the right side of "may have been processed", shown for
both transports against loopback servers that fail in each way."""

from __future__ import annotations

import asyncio
import gzip
import socket
import struct
import sys
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

import aiohttp
import httpx
import pytest
from aiohttp import client_exceptions

from deployhq_async import AiohttpTransport, APIConnectionError, APITimeoutError, DeployHQ
from deployhq_async._retry import NOT_SENT
from deployhq_async._transports._aiohttp import _ErrorMap
from deployhq_async.errors import ConfigurationError
from deployhq_async.testing import FakeDeployHQ

EMAIL = "ops@example.com"
KEY = "0123456789abcdef0123456789abcdef01234567"
TRANSPORTS = ["httpx", "aiohttp"]
Handler = Callable[[asyncio.StreamReader, asyncio.StreamWriter], Awaitable[None]]


async def read_request(reader: asyncio.StreamReader) -> bytes:
    """One request read off the connection; its head (request line and headers)."""
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.lower().split(b"\r\n")
    length = next((int(line.split(b":")[1]) for line in lines if line.startswith(b"content-length:")), 0)
    await reader.readexactly(length)
    return head


@asynccontextmanager
async def loopback(handler: Handler) -> AsyncIterator[tuple[str, list[bytes]]]:
    """A server that reads each request and hands the connection to `handler`;
    yields its URL and the heads of the requests it read."""
    heads: list[bytes] = []

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                heads.append(await read_request(reader))
                await handler(reader, writer)
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", heads
    finally:
        server.close()


def reset(writer: asyncio.StreamWriter) -> None:
    """Close with a TCP reset rather than a clean close."""
    sock = writer.get_extra_info("socket")
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    writer.transport.abort()


def client(url: str, transport: str, **options: object) -> DeployHQ:
    return DeployHQ(email=EMAIL, api_key=KEY, base_url=url, transport=transport, **options)  # type: ignore[arg-type]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_refused_connection_was_never_sent_so_even_a_create_is_retried(transport: str) -> None:
    async with client(f"http://127.0.0.1:{closed_port()}", transport, max_retries=2, max_retry_wait=0) as dhq:
        with pytest.raises(APIConnectionError) as caught:
            await dhq.deployments.create("shop", parent_identifier="s1", end_revision="abc")
    assert caught.value.attempts == 3
    assert caught.value.may_have_been_processed is False
    assert "could not connect to 127.0.0.1" in str(caught.value)


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize("ending", ["close", "reset"])
async def test_a_connection_lost_after_the_request_was_read_may_have_been_processed(
    transport: str, ending: str
) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if ending == "reset":
            reset(writer)
        else:
            writer.close()
        raise ConnectionError

    async with loopback(handler) as (url, heads), client(url, transport, max_retries=2, max_retry_wait=0) as dhq:
        with pytest.raises(APIConnectionError) as caught:
            await dhq.deployments.create("shop", parent_identifier="s1", end_revision="abc")
        assert len(heads) == 1  # a create that may have been processed is never replayed
        assert caught.value.attempts == 1
        assert caught.value.may_have_been_processed is True
        heads.clear()
        with pytest.raises(APIConnectionError) as caught:
            await dhq.projects.get("shop")
        assert caught.value.attempts == 3  # a GET is
        assert caught.value.may_have_been_processed is True
        assert len(heads) >= 3


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_body_cut_short_may_have_been_processed(transport: str) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b'HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id')
        await writer.drain()
        raise ConnectionError

    async with loopback(handler) as (url, heads), client(url, transport, max_retry_wait=0) as dhq:
        with pytest.raises(APIConnectionError) as caught:
            await dhq.deployments.create("shop", parent_identifier="s1", end_revision="abc")
    assert (len(heads), caught.value.attempts, caught.value.may_have_been_processed) == (1, 1, True)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_no_answer_in_time_is_a_read_timeout(transport: str) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)

    async with loopback(handler) as (url, heads), client(url, transport, timeout=0.2) as dhq:
        with pytest.raises(APITimeoutError) as caught:
            await dhq.deployments.create("shop", parent_identifier="s1", end_revision="abc")
    assert (len(heads), caught.value.attempts, caught.value.may_have_been_processed) == (1, 1, True)
    assert "timed out after 0.2 s waiting for the response from 127.0.0.1" in str(caught.value)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_compressed_bodies_are_decoded_and_headers_arrive(transport: str) -> None:
    body = gzip.compress(b'{"name": "Shop", "permalink": "shop", "identifier": "p1", "extra": 1}')

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )
        await writer.drain()

    async with loopback(handler) as (url, heads), client(url, transport) as dhq:
        project = await dhq.projects.get("shop")
        await dhq.projects.get("shop")
    assert (project.name, project.permalink, project.additional_properties) == ("Shop", "shop", {"extra": 1})
    assert len(heads) == 2
    head = heads[0].decode().lower()
    assert head.startswith("get /projects/shop http/1.1\r\n")
    assert "accept-encoding: gzip, deflate" in head
    assert "authorization: basic " in head
    assert KEY not in heads[0].decode()


async def test_the_aiohttp_pool_is_sized_to_max_concurrency() -> None:
    fake = FakeDeployHQ()
    fake.add_project("Shop")
    async with fake.serve() as url:
        async with fake.client(base_url=url, transport="aiohttp", max_concurrency=7) as dhq:
            await asyncio.gather(*(dhq.projects.get("shop") for _ in range(30)))
            transport = dhq._connection.transport()
            assert isinstance(transport, AiohttpTransport)
            session = transport._session
            assert session is not None
            assert session.connector is not None
            assert session.connector.limit == 7
        assert session.closed  # closed with the client
    assert fake.count("GET", "/projects/shop") == 30


def test_every_aiohttp_failure_lands_on_the_right_side() -> None:
    """Connector failures (nothing written) are httpx's "not sent" errors; every
    other aiohttp error is one the retry rules treat as possibly processed."""
    errors = _ErrorMap(aiohttp)
    never_written = (
        aiohttp.ClientConnectorError,
        aiohttp.ConnectionTimeoutError,
        aiohttp.ClientHttpProxyError,
        aiohttp.ServerFingerprintMismatch,
    )
    classes = [getattr(client_exceptions, name) for name in client_exceptions.__all__]
    assert len(classes) > 20
    for cls in classes:
        if not issubclass(cls, aiohttp.ClientError):
            continue
        target = errors.target(cls)
        assert target is not None, cls
        assert issubclass(target, NOT_SENT) == issubclass(cls, never_written), (cls, target)
    assert errors.target(aiohttp.SocketTimeoutError) is httpx.ReadTimeout
    assert errors.target(aiohttp.ConnectionTimeoutError) is httpx.ConnectTimeout
    assert errors.target(aiohttp.ServerDisconnectedError) is httpx.RemoteProtocolError
    assert errors.target(ValueError) is None


def test_without_aiohttp_the_error_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "aiohttp", None)
    with pytest.raises(ConfigurationError, match=r"pip install 'deployhq-async\[aiohttp\]'"):
        DeployHQ("acme", EMAIL, KEY, transport="aiohttp")
    with pytest.raises(ConfigurationError, match="aiohttp, which is not installed"):
        AiohttpTransport()
    DeployHQ("acme", EMAIL, KEY)  # the default needs nothing more


def test_an_unknown_transport_name_is_refused() -> None:
    with pytest.raises(
        ConfigurationError, match=r"one of 'httpx', 'aiohttp' or an httpx.AsyncBaseTransport, not 'curl'"
    ):
        DeployHQ("acme", EMAIL, KEY, transport="curl")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="not 3"):
        DeployHQ("acme", EMAIL, KEY, transport=3)  # type: ignore[arg-type]


async def test_tls_with_a_trusted_certificate_and_a_refused_one() -> None:
    import ssl

    import trustme
    from helpers import InstantClock

    authority = trustme.CA()
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("127.0.0.1").configure_cert(server_context)
    trusted = ssl.create_default_context()
    authority.configure_trust(trusted)
    body = b'{"identifier": "p1", "name": "Shop", "permalink": "shop"}'

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await read_request(reader)
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body))
            await writer.drain()
        except (ConnectionError, ssl.SSLError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0, ssl=server_context)
    url = f"https://127.0.0.1:{server.sockets[0].getsockname()[1]}"
    try:
        async with DeployHQ(email=EMAIL, api_key=KEY, base_url=url, transport=AiohttpTransport(verify=trusted)) as dhq:
            assert (await dhq.projects.get("shop")).identifier == "p1"
        async with client(url, "aiohttp", max_retries=1, clock=InstantClock()) as dhq:
            with pytest.raises(APIConnectionError) as caught:
                await dhq.deployments.create("shop", parent_identifier="s1", end_revision="abc")
    finally:
        server.close()
    # The handshake failed, so nothing was sent: even a create is retried.
    assert (caught.value.may_have_been_processed, caught.value.attempts) == (False, 2)
    assert "certificate verify failed" in str(caught.value).lower()
