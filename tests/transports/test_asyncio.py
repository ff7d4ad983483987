"""httpcore2's network layer on asyncio protocols (the default transport's):
idle connections the server closed, timeouts, refused connects, TLS."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpcore2
import pytest
from loopback import ANSWER, loopback, tls_contexts

from deployhq_async import DeployHQ, RequestFinished
from deployhq_async._transports._asyncio import AsyncioBackend

EMAIL = "ops@example.com"
KEY = "0123456789abcdef0123456789abcdef01234567"


async def answer_and_close(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
    writer.write(ANSWER)
    await writer.drain()
    raise ConnectionError


async def eventually(condition: Callable[[], bool], what: str) -> None:
    """Let the loop run until `condition()` holds (socket events arrive when they arrive)."""
    for _ in range(2000):
        if condition():
            return
        await asyncio.sleep(0.001)
    raise AssertionError(f"never happened: {what}")


async def test_the_default_transport_runs_on_the_asyncio_backend(monkeypatch: pytest.MonkeyPatch) -> None:
    """Seen from the backend itself: its connect is the one the request made
    (httpcore2's pool is given it through its public `network_backend`)."""
    connects: list[tuple[str, int]] = []
    connect = AsyncioBackend.connect_tcp

    async def counted(self: AsyncioBackend, host: str, port: int, *args: object, **kwargs: object) -> object:
        connects.append((host, port))
        return await connect(self, host, port, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(AsyncioBackend, "connect_tcp", counted)
    async with (
        loopback(answer_and_close) as server,
        DeployHQ(email=EMAIL, api_key=KEY, base_url=server.url, transport="httpx2") as dhq,
    ):
        assert (await dhq.projects.get("shop")).name == "Shop"
    assert connects == [("127.0.0.1", server.port)]


async def test_an_idle_connection_the_server_closed_is_not_reused() -> None:
    # Asserted on what the server and the hooks see, not on the pool's own
    # state: the next request goes out on a fresh connection, once, unharmed.
    seen: list[object] = []
    async with (
        loopback(answer_and_close) as server,
        DeployHQ(email=EMAIL, api_key=KEY, base_url=server.url, transport="httpx2", hooks=[seen.append]) as dhq,
    ):
        assert (await dhq.projects.get("shop")).name == "Shop"
        await server.closed.wait()
        for _ in range(20):  # the close reaches the client's socket within a few turns of the loop
            await asyncio.sleep(0)
        project = await dhq.projects.get("shop")
    assert project.permalink == "shop"
    assert server.request_lines == ["GET /projects/shop HTTP/1.1"] * 2
    assert len(server.peers) == 2  # the second request came on a connection of its own
    finished = [e for e in seen if isinstance(e, RequestFinished)]
    assert [(e.attempt, e.status, e.error) for e in finished] == [(1, 200, None), (1, 200, None)]  # no error, no retry


async def test_a_stream_reports_the_peers_close_as_readable_and_refuses_the_next_request() -> None:
    async with loopback(answer_and_close) as server:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.port, timeout=5)
        assert stream.get_extra_info("is_readable") is False
        await stream.write(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        answer = b""
        while chunk := await stream.read(7, timeout=5):
            answer += chunk
        assert answer == ANSWER
        await server.closed.wait()
        assert stream.get_extra_info("is_readable") is True
        # The next request's first bytes never left: a connect-side error.
        with pytest.raises(httpcore2.ConnectError, match="nothing was sent"):
            await stream.write(b"GET / HTTP/1.1\r\n\r\n")
        assert stream.get_extra_info("server_addr") == ("127.0.0.1", server.port)
        await stream.aclose()


async def test_reads_time_out_and_connects_are_refused_as_httpcore_says() -> None:
    async with loopback() as server:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.port)
        with pytest.raises(httpcore2.ReadTimeout):
            await stream.read(100, timeout=0.05)
        await stream.aclose()
    with pytest.raises(httpcore2.ConnectError):
        await AsyncioBackend().connect_tcp("127.0.0.1", server.port)


async def test_a_tls_stream_is_upgraded_in_place() -> None:
    server_context, trusted = tls_contexts()
    async with loopback(tls=server_context) as server:
        stream = await AsyncioBackend().connect_tcp("127.0.0.1", server.port, timeout=5)
        secure = await stream.start_tls(trusted, server_hostname="127.0.0.1", timeout=5)
        assert secure.get_extra_info("ssl_object").version().startswith("TLS")
        await secure.write(b"GET /projects/shop HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        assert (await secure.read(len(ANSWER), timeout=5)).startswith(b"HTTP/1.1 200 OK")
        await secure.aclose()
    assert server.request_lines == ["GET /projects/shop HTTP/1.1"]
