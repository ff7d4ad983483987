"""Proxies as httpx2 has them: the environment's (with NO_PROXY), or `proxy=`,
shown through a small forward proxy on loopback."""

from __future__ import annotations

import asyncio
import base64
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

from deployhq_async import DeployHQ
from deployhq_async.errors import APIConnectionError, ConfigurationError
from deployhq_async.testing import FakeDeployHQ

PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "NO_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
    "no_proxy",
)


@asynccontextmanager
async def forward_proxy() -> AsyncIterator[tuple[str, list[str]]]:
    """An HTTP proxy: CONNECT tunnels, and absolute-form requests forwarded to the
    origin (rewritten to origin-form). Yields its URL and the targets it served."""
    seen: list[str] = []

    async def relay(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (ConnectionError, OSError):
            pass
        finally:
            writer.close()

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        method, target, version = head.split(b"\r\n", 1)[0].decode().split(" ")
        auth = [line for line in head.decode().split("\r\n") if line.lower().startswith("proxy-authorization:")]
        seen.append(f"{method} {target}" + "".join(f" ({line.split(':', 1)[1].strip()})" for line in auth))
        if method == "CONNECT":
            host, port = target.rsplit(":", 1)
            upstream_reader, upstream_writer = await asyncio.open_connection(host, int(port))
            writer.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        else:
            authority, _, path = target.removeprefix("http://").partition("/")
            host, port = authority.rsplit(":", 1)
            upstream_reader, upstream_writer = await asyncio.open_connection(host, int(port))
            rest = head.split(b"\r\n", 1)[1]
            upstream_writer.write(f"{method} /{path} {version}\r\n".encode() + rest)
        await asyncio.gather(relay(reader, upstream_writer), relay(upstream_reader, writer))

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield f"http://127.0.0.1:{port}", seen
    finally:
        server.close()


@pytest.fixture(autouse=True)
def no_proxy_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in PROXY_VARIABLES:
        monkeypatch.delenv(name, raising=False)


async def test_the_environments_proxy_is_used_and_no_proxy_bypasses_it(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDeployHQ()
    fake.add_project("Shop")
    async with fake.serve() as url, forward_proxy() as (proxy, seen):
        monkeypatch.setenv("HTTP_PROXY", proxy)
        async with fake.client(base_url=url) as dhq:
            assert [p.permalink for p in await dhq.projects.list().collect()] == ["shop"]
        assert seen == [f"GET {url}/projects"]
        monkeypatch.setenv("NO_PROXY", "127.0.0.1")
        async with fake.client(base_url=url) as dhq:
            await dhq.projects.list().collect()
        assert len(seen) == 1  # went direct
    assert fake.count("GET", "/projects") == 2


async def test_proxy_argument(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDeployHQ()
    async with fake.serve() as url, forward_proxy() as (proxy, seen):
        monkeypatch.setenv("NO_PROXY", "*")  # proxy= wins over the environment
        async with DeployHQ(email=fake.email, api_key=fake.api_key, base_url=url, proxy=proxy) as dhq:
            await dhq.projects.list().collect()
    assert seen == [f"GET {url}/projects"]
    with pytest.raises(ConfigurationError, match="proxy"):
        DeployHQ("acme", fake.email, fake.api_key, proxy=proxy, transport=fake.transport())


async def test_https_goes_through_the_proxy_with_connect(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = FakeDeployHQ()
    async with fake.serve() as url, forward_proxy() as (proxy, seen):
        monkeypatch.setenv("HTTPS_PROXY", proxy)
        port = url.rsplit(":", 1)[1]
        # The fake speaks plain HTTP, so the TLS handshake through the tunnel fails:
        # what matters here is that the tunnel was asked of the proxy.
        async with fake.client(base_url=f"https://127.0.0.1:{port}", max_retries=0, timeout=0.5) as dhq:
            with pytest.raises(APIConnectionError):
                await dhq.projects.list().collect()
    assert seen == [f"CONNECT 127.0.0.1:{port}"]
    assert fake.requests == []


@pytest.mark.parametrize("transport", ["httpx2", "aiohttp"])
async def test_credentials_in_the_proxy_url_are_sent_to_the_proxy_only(transport: str) -> None:
    fake = FakeDeployHQ()
    async with fake.serve() as url, forward_proxy() as (proxy, seen):
        with_credentials = proxy.replace("http://", "http://relay:s%40cret@")
        options: dict[str, object] = {"proxy": with_credentials, "transport": transport}
        async with DeployHQ(email=fake.email, api_key=fake.api_key, base_url=url, **options) as dhq:  # type: ignore[arg-type]
            await dhq.projects.list().collect()
        port = url.rsplit(":", 1)[1]
        options.update(max_retries=0, timeout=0.5)
        secure = f"https://127.0.0.1:{port}"
        async with DeployHQ(email=fake.email, api_key=fake.api_key, base_url=secure, **options) as dhq:  # type: ignore[arg-type]
            with pytest.raises(APIConnectionError):  # the fake speaks plain HTTP: the handshake fails
                await dhq.projects.list().collect()
    token = base64.b64encode(b"relay:s@cret").decode()
    assert seen == [f"GET {url}/projects (Basic {token})", f"CONNECT 127.0.0.1:{port} (Basic {token})"]
    assert fake.count("GET", "/projects") == 1
