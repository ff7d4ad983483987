"""A server that answers every GET with the same project after a fixed latency,
in its own process, for the concurrency figures: it costs a few microseconds a
request, so that what is measured is the client, not the server.

    python benchmarks/_canned.py LATENCY

Prints its base URL, then serves until its standard input closes.
"""

from __future__ import annotations

import asyncio
import json
import sys

BODY = json.dumps({"identifier": "p-slow", "name": "Slow", "permalink": "slow", "zone": "uk"}).encode()
ANSWER = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY)


class Canned(asyncio.Protocol):
    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.buffer = b""
        self.transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self.transport = transport

    def data_received(self, data: bytes) -> None:
        self.buffer += data
        loop = asyncio.get_running_loop()
        while (end := self.buffer.find(b"\r\n\r\n")) >= 0:  # bodiless requests only
            self.buffer = self.buffer[end + 4 :]
            loop.call_later(self.latency, self.answer)

    def answer(self) -> None:
        if self.transport is not None and not self.transport.is_closing():
            self.transport.write(ANSWER)


async def main(latency: float) -> None:
    loop = asyncio.get_running_loop()
    server = await loop.create_server(lambda: Canned(latency), "127.0.0.1", 0, backlog=1024)
    print(f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}", flush=True)
    await loop.run_in_executor(None, sys.stdin.read)


if __name__ == "__main__":
    asyncio.run(main(float(sys.argv[1])))
