"""The aiohttp extra: chosen by name, sized to the concurrency limit, imported
only when used, and every aiohttp failure mapped to the httpx2 error that says
whether the request may have been processed (shown on loopback in test_failures)."""

from __future__ import annotations

import asyncio
import sys

import aiohttp
import httpx2
import pytest
from aiohttp import client_exceptions

from deployhq_async import AiohttpTransport, DeployHQ
from deployhq_async._retry import NOT_SENT
from deployhq_async._transports._aiohttp import _ErrorMap
from deployhq_async.errors import ConfigurationError
from deployhq_async.testing import FakeDeployHQ

EMAIL = "ops@example.com"
KEY = "0123456789abcdef0123456789abcdef01234567"


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
    """Connector failures (nothing written) are httpx2's "not sent" errors; every
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
    assert errors.target(aiohttp.SocketTimeoutError) is httpx2.ReadTimeout
    assert errors.target(aiohttp.ConnectionTimeoutError) is httpx2.ConnectTimeout
    assert errors.target(aiohttp.ServerDisconnectedError) is httpx2.RemoteProtocolError
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
        ConfigurationError, match=r"one of 'httpx2', 'aiohttp' or an httpx2.AsyncBaseTransport, not 'curl'"
    ):
        DeployHQ("acme", EMAIL, KEY, transport="curl")  # type: ignore[arg-type]
    with pytest.raises(ConfigurationError, match="not 3"):
        DeployHQ("acme", EMAIL, KEY, transport=3)  # type: ignore[arg-type]


async def test_an_uncompressed_body_is_handed_over_read_and_a_compressed_one_decoded_by_httpx2() -> None:
    """The transport sets httpx2's read content itself when there is nothing to
    decode (httpx2's read pipeline costs a tenth of a request): if httpx2 moves
    where a response keeps its content, `.content` fails here."""
    import gzip

    from loopback import BODY, loopback

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        zipped = len(server.heads) % 2 == 0  # the second request is answered compressed
        body = gzip.compress(BODY) if zipped else BODY
        encoding = b"Content-Encoding: gzip\r\n" if zipped else b""
        writer.write(b"HTTP/1.1 200 OK\r\n%sContent-Length: %d\r\n\r\n%s" % (encoding, len(body), body))
        await writer.drain()

    transport = AiohttpTransport()
    async with loopback(answer) as server:
        plain = await transport.handle_async_request(httpx2.Request("GET", server.url + "/projects/shop"))
        assert plain.content == BODY  # read already, without aread()
        assert await plain.aread() == BODY
        zipped = await transport.handle_async_request(httpx2.Request("GET", server.url + "/projects/shop"))
        with pytest.raises(httpx2.ResponseNotRead):
            _ = zipped.content
        assert await zipped.aread() == BODY
    await transport.aclose()
