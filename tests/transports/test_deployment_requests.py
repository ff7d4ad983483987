"""What a create puts on the wire, read by a plain recording server on
loopback: the start revision is the server's or the group's last revision,
empty only with full=True."""

from __future__ import annotations

import asyncio
import json

import pytest
from loopback import Handler, Loopback, loopback

from deployhq_async import DeployHQ

EMAIL = "ops@example.com"
KEY = "0123456789abcdef0123456789abcdef01234567"
SERVER = {"identifier": "srv-1", "name": "web-1", "last_revision": "5e6f7a8", "preferred_branch": "main"}
GROUP = {"identifier": "grp-1", "name": "pool", "last_revision": "77aa01", "preferred_branch": "main"}
CREATED = {"identifier": "d-1", "status": "pending"}


def answering(state: list[Loopback]) -> Handler:
    """DeployHQ's answers by request line: srv-1 is a server, grp-1 a group."""

    async def handler(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        line = state[0].request_lines[-1]
        status, body = {
            "GET /projects/shop/servers/srv-1 HTTP/1.1": (200, SERVER),
            "GET /projects/shop/servers/grp-1 HTTP/1.1": (404, {"error": "Server not found"}),
            "GET /projects/shop/server_groups/grp-1 HTTP/1.1": (200, GROUP),
            "POST /projects/shop/deployments HTTP/1.1": (201, CREATED),
        }[line]
        data = json.dumps(body).encode()
        head = f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {len(data)}\r\n\r\n"
        writer.write(head.encode() + data)
        await writer.drain()

    return handler


@pytest.mark.parametrize(
    ("parent", "options", "lines", "start"),
    [
        ("srv-1", {}, ["GET /projects/shop/servers/srv-1"], "5e6f7a8"),
        (
            "grp-1",
            {},
            ["GET /projects/shop/servers/grp-1", "GET /projects/shop/server_groups/grp-1"],
            "77aa01",
        ),
        ("srv-1", {"full": True}, [], ""),
    ],
    ids=["server", "group", "full"],
)
async def test_a_create_sends_its_targets_last_revision_as_the_start(
    parent: str, options: dict[str, bool], lines: list[str], start: str
) -> None:
    state: list[Loopback] = []
    async with loopback(answering(state)) as server:
        state.append(server)
        async with DeployHQ(email=EMAIL, api_key=KEY, base_url=server.url) as dhq:
            await dhq.deployments.create("shop", parent_identifier=parent, end_revision="abc123", **options)
    assert [line.removesuffix(" HTTP/1.1") for line in server.request_lines] == [
        *lines,
        "POST /projects/shop/deployments",
    ]
    sent = json.loads(server.bodies[-1])
    assert sent["deployment"] == {
        "parent_identifier": parent,
        "end_revision": "abc123",
        "start_revision": start,
        "mode": "queue",
    }
