"""A real redis-server on loopback for the tests of the shared rate store and
the Redis journal: one per test (so one test may stop or restart its own),
without persistence. Where redis-server is not installed, those tests are
skipped (said once at the end of the run), and under CI=true they fail."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

MISSING = (
    "redis-server is not installed: the tests of the shared rate store and the Redis journal need it "
    "(apt-get install redis-server; .ci/run installs it)"
)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class RedisServer:
    """A redis-server process on 127.0.0.1 (`url`), stopped and started again at will."""

    def __init__(self, binary: str, directory: Path) -> None:
        self.binary = binary
        self.directory = directory
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        command = [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        command += ["--dir", str(self.directory)]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:  # the process's own start, not a timing of the library
            if self.process.poll() is not None:
                raise RuntimeError(f"redis-server exited with {self.process.returncode}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.2) as connection:
                    connection.sendall(b"PING\r\n")
                    if connection.recv(16).startswith(b"+PONG"):
                        return
            except OSError:
                time.sleep(0.02)
        raise RuntimeError("redis-server did not answer within 10 s")

    async def lease_gone(self) -> None:
        """Until no journal lease is held in this Redis (a killed run's expired)."""
        import asyncio

        from redis.asyncio import from_url

        client = from_url(self.url)
        try:
            for _ in range(300):
                if not await client.keys("deployhq-async:journal:*:lease"):
                    return
                await asyncio.sleep(0.05)  # Redis's clock expires it, not the library's
            raise AssertionError("the lease outlived its time")
        finally:
            await client.aclose()

    def stop(self) -> None:
        if self.process is not None:
            self.process.terminate()
            self.process.wait(timeout=10)
            self.process = None


def binary() -> str | None:
    return shutil.which("redis-server")
