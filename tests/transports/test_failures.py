"""Failures over real loopback sockets, on both transports, each on the right
side of "may have been processed": what the retry rules and bulk runs stand on."""

from __future__ import annotations

import asyncio
import gzip
import socket
import struct

import pytest
from helpers import InstantClock
from loopback import BODY, loopback, tls_contexts

from deployhq_async import (
    AiohttpTransport,
    APIConnectionError,
    APITimeoutError,
    ClientClosedError,
    DeployHQ,
    ResponseDecodeError,
)
from deployhq_async._transports import ShardedTransport

EMAIL = "ops@example.com"
KEY = "0123456789abcdef0123456789abcdef01234567"
TRANSPORTS = ["httpx2", "aiohttp"]


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
            await dhq.deployments.create("shop", parent_identifier="s1", end_revision="abc", start_revision="9f1c2e0")
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

    async with loopback(handler) as server, client(server.url, transport, max_retries=2, max_retry_wait=0) as dhq:
        with pytest.raises(APIConnectionError) as caught:
            await dhq.deployments.create("shop", parent_identifier="s1", end_revision="abc", start_revision="9f1c2e0")
        assert len(server.heads) == 1  # a create that may have been processed is never replayed
        assert caught.value.attempts == 1
        assert caught.value.may_have_been_processed is True
        server.heads.clear()
        with pytest.raises(APIConnectionError) as caught:
            await dhq.projects.get("shop")
        assert caught.value.attempts == 3  # a GET is
        assert caught.value.may_have_been_processed is True
        assert len(server.heads) >= 3


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_a_body_cut_short_may_have_been_processed(transport: str) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b'HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{"id')
        await writer.drain()
        raise ConnectionError

    async with loopback(handler) as server, client(server.url, transport, max_retry_wait=0) as dhq:
        with pytest.raises(APIConnectionError) as caught:
            await dhq.deployments.create("shop", parent_identifier="s1", end_revision="abc", start_revision="9f1c2e0")
    assert (len(server.heads), caught.value.attempts, caught.value.may_have_been_processed) == (1, 1, True)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_no_answer_in_time_is_a_read_timeout(transport: str) -> None:
    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(5)

    async with loopback(handler) as server, client(server.url, transport, timeout=0.2) as dhq:
        with pytest.raises(APITimeoutError) as caught:
            await dhq.deployments.create("shop", parent_identifier="s1", end_revision="abc", start_revision="9f1c2e0")
    assert (len(server.heads), caught.value.attempts, caught.value.may_have_been_processed) == (1, 1, True)
    assert "timed out after 0.2 s waiting for the response from 127.0.0.1" in str(caught.value)


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_compressed_bodies_are_decoded_and_headers_arrive(transport: str) -> None:
    body = gzip.compress(BODY[:-1] + b', "extra": 1}')

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body
        )
        await writer.drain()

    async with loopback(handler) as server, client(server.url, transport) as dhq:
        project = await dhq.projects.get("shop")
        await dhq.projects.get("shop")
    assert (project.name, project.permalink, project.additional_properties) == ("Shop", "shop", {"extra": 1})
    assert len(server.heads) == 2
    head = server.heads[0].decode().lower()
    assert head.startswith("get /projects/shop http/1.1\r\n")
    assert "accept-encoding: gzip, deflate" in head
    assert "authorization: basic " in head
    assert KEY not in server.heads[0].decode()


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_tls_with_a_trusted_certificate_and_a_refused_one(transport: str) -> None:
    server_context, trusted = tls_contexts()
    verified = AiohttpTransport(verify=trusted) if transport == "aiohttp" else ShardedTransport(4, verify=trusted)
    async with loopback(tls=server_context) as server:
        async with DeployHQ(email=EMAIL, api_key=KEY, base_url=server.url, transport=verified) as dhq:
            assert (await dhq.projects.get("shop")).identifier == "p1"
        async with client(server.url, transport, max_retries=1, clock=InstantClock()) as dhq:
            with pytest.raises(APIConnectionError) as caught:
                await dhq.deployments.create(
                    "shop", parent_identifier="s1", end_revision="abc", start_revision="9f1c2e0"
                )
    # The handshake failed, so nothing was sent: even a create is retried.
    assert (caught.value.may_have_been_processed, caught.value.attempts) == (False, 2)
    assert "certificate verify failed" in str(caught.value).lower()
    assert server.request_lines == ["GET /projects/shop HTTP/1.1"]


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_cancelled_requests_give_back_their_slots_and_connections(transport: str) -> None:
    """Requests cancelled while the server holds them leave the client usable:
    the concurrency slots come back and no broken connection is reused."""
    stalled = asyncio.Event()

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        if not stalled.is_set():
            await asyncio.sleep(30)  # the first requests are never answered
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY))
        await writer.drain()

    async with loopback(handler) as server, client(server.url, transport, max_concurrency=2) as dhq:
        hanging = [asyncio.create_task(dhq.projects.get("shop")) for _ in range(2)]
        while len(server.heads) < 2:
            await asyncio.sleep(0.01)
        for task in hanging:
            task.cancel()
        results = await asyncio.gather(*hanging, return_exceptions=True)
        assert all(isinstance(r, asyncio.CancelledError) for r in results)
        stalled.set()
        projects = await asyncio.wait_for(asyncio.gather(*(dhq.projects.get("shop") for _ in range(4))), 10)
    assert [p.identifier for p in projects] == ["p1"] * 4
    assert len(server.heads) == 6


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_pooled_connections_the_server_closed_were_never_sent_on_so_creates_go_through(transport: str) -> None:
    """A graceful restart: the server answered with keep-alive, then closed every
    idle connection. The creates that meet those connections before the client
    has seen the closes were never sent: each reaches the server exactly once."""
    writers: list[asyncio.StreamWriter] = []
    body = b'{"identifier": "d1", "status": "pending", "name": "Shop", "permalink": "shop"}'

    async def keep_alive(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(
            b"HTTP/1.1 201 Created\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (len(body), body)
        )
        await writer.drain()
        writers.append(writer)

    async with loopback(keep_alive) as server, client(server.url, transport, max_retry_wait=0) as dhq:
        await asyncio.gather(*(dhq.projects.get("shop") for _ in range(30)))  # 30 pooled connections
        for writer in writers:
            writer.close()  # the restart
        await asyncio.sleep(0)  # the closes are on the wire, not yet seen by the client
        server.heads.clear()
        created = await asyncio.gather(
            *(
                dhq.deployments.create("shop", parent_identifier=f"s{i}", end_revision="abc", start_revision="9f1c2e0")
                for i in range(30)
            )
        )
    assert [d.identifier for d in created] == ["d1"] * 30
    assert server.request_lines == ["POST /projects/shop/deployments HTTP/1.1"] * 30


@pytest.mark.parametrize("transport", TRANSPORTS)
@pytest.mark.parametrize(("status", "method"), [(200, "GET"), (404, "GET"), (201, "POST")])
async def test_a_corrupt_gzip_body_is_a_decode_error_on_the_right_side_of_processed(
    transport: str, status: int, method: str
) -> None:
    async def corrupt(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        body = b"\x1f\x8b\x08\x00garbage that is not deflate"
        writer.write(
            b"HTTP/1.1 %d X\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\n"
            b"Content-Length: %d\r\n\r\n%s" % (status, len(body), body)
        )
        await writer.drain()

    async with loopback(corrupt) as server, client(server.url, transport, max_retries=2, max_retry_wait=0) as dhq:
        with pytest.raises(ResponseDecodeError) as caught:
            if method == "GET":
                await dhq.projects.get("shop")
            else:
                await dhq.deployments.create(
                    "shop", parent_identifier="s1", end_revision="abc", start_revision="9f1c2e0"
                )
    error = caught.value
    assert len(server.heads) == 1
    assert error.response.status_code == status
    assert error.may_have_been_processed is (method == "POST")
    assert "the body could not be decoded (gzip" in str(error)
    assert str(error).startswith(f"{method} /projects/shop")


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_timeout_bounds_the_whole_attempt_not_each_read(transport: str) -> None:
    """A body trickled a byte at a time (every read well within the timeout)
    still ends at the timeout, long before the body is done."""
    body = BODY
    sent: list[int] = []
    finished = asyncio.Event()

    async def trickle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body))
        try:
            for index in range(len(body)):
                writer.write(body[index : index + 1])
                await writer.drain()
                sent.append(index)
                await asyncio.sleep(0.05)
        finally:
            finished.set()
        raise ConnectionError

    async with loopback(trickle) as server, client(server.url, transport, timeout=0.4, max_retries=0) as dhq:
        with pytest.raises(APITimeoutError) as caught:
            await dhq.projects.get("shop")
        await asyncio.wait_for(finished.wait(), 10)
    # 0.4 s of a 57-byte body at 20 bytes a second: the client gave up a third of the way in.
    assert 2 < len(sent) < len(body) // 2
    assert (caught.value.attempts, caught.value.may_have_been_processed) == (1, True)
    assert "timed out after 0.4 s" in str(caught.value)


def open_descriptors() -> int:
    import os

    return len(os.listdir("/proc/self/fd"))


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_closing_with_requests_in_flight_sends_nothing_more_and_frees_every_socket(transport: str) -> None:
    held: list[asyncio.Future[None]] = []

    async def hold(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        future = asyncio.get_running_loop().create_future()
        held.append(future)
        await future  # never answered while the client is open
        raise ConnectionError

    async with loopback(hold) as server:
        before = open_descriptors()
        dhq = client(server.url, transport, max_concurrency=5)
        calls = [
            asyncio.create_task(
                dhq.deployments.create("shop", parent_identifier=f"s{i}", end_revision="abc", start_revision="9f1c2e0")
            )
            for i in range(20)
        ]
        while len(server.heads) < 5:
            await asyncio.sleep(0.01)
        assert open_descriptors() >= before + 5  # the five connections on the wire
        await dhq.aclose()
        results = await asyncio.wait_for(asyncio.gather(*calls, return_exceptions=True), 10)
        await asyncio.sleep(0.2)  # anything still to be sent would arrive now
        assert len(server.heads) == 5
        assert all(isinstance(r, ClientClosedError) for r in results), results
        on_the_wire = [r for r in results if isinstance(r, ClientClosedError) and r.may_have_been_processed]
        assert len(on_the_wire) == 5
        assert "this DeployHQ client is closed" in str(results[-1])
        for future in held:
            future.set_result(None)
        await asyncio.sleep(0.05)
        assert open_descriptors() <= before  # every socket closed (a descriptor of the loop's may go too)
        with pytest.raises(ClientClosedError):
            await dhq.projects.get("shop")


@pytest.mark.parametrize("transport", TRANSPORTS)
async def test_max_concurrency_is_the_most_connections_ever_open(transport: str) -> None:
    async def slow(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        await asyncio.sleep(0.05)
        writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY))
        await writer.drain()

    connections: set[tuple[str, int]] = set()
    async with loopback(slow) as server, client(server.url, transport, max_concurrency=10) as dhq:
        projects = await asyncio.gather(*(dhq.projects.get("shop") for _ in range(60)))
        connections = server.peers
    assert [p.identifier for p in projects] == ["p1"] * 60
    assert len(connections) == 10
