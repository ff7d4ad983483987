"""`deployhq-async webhooks`: a saved notification checked (valid, or why not),
and notifications received on a local port and printed as they verify."""

from __future__ import annotations

import asyncio
import json
import signal
import sys
from pathlib import Path

import httpx2
import pytest
from test_cli import cli_environment, run_cli
from test_webhooks import NOTIFICATION, legacy

# The command reads and prints; neither the suite's loop nor its transport changes it.
pytestmark = pytest.mark.once

rsa = pytest.importorskip("cryptography.hazmat.primitives.asymmetric.rsa")
serialization = pytest.importorskip("cryptography.hazmat.primitives.serialization")


@pytest.fixture(scope="module")
def private_key() -> object:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture
def key_file(tmp_path: Path, private_key: object) -> Path:
    pem = private_key.public_key().public_bytes(  # type: ignore[attr-defined]
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    path = tmp_path / "key.pem"
    path.write_bytes(pem)
    return path


def saved(path: Path, body: bytes, headers: dict[str, str]) -> Path:
    head = "POST /deployhq HTTP/1.1\r\nHost: hooks.example.com\r\n" + "".join(
        f"{k}: {v}\r\n" for k, v in headers.items()
    )
    path.write_bytes(head.encode() + b"\r\n" + body)
    return path


async def test_verify_says_a_saved_notification_is_valid_or_why_not(
    tmp_path: Path, private_key: object, key_file: Path
) -> None:
    body, headers = legacy(private_key, json.dumps(NOTIFICATION))  # type: ignore[arg-type]
    good = saved(tmp_path / "good.http", body, headers)
    code, out, err = await run_cli("webhooks", "verify", str(good), "--key", str(key_file), base_url=None)
    assert (code, out) == (0, "valid: deployment 178aeb71-acd1-dd4f-6d89-261547f73f6e of trains: completed "
                              "(Dev Server, ?; 52b1418)\n"), err  # fmt: skip
    bad = saved(tmp_path / "bad.http", body.replace(b"completed", b"completes"), headers)
    code, out, _ = await run_cli("webhooks", "verify", str(bad), "--key", str(key_file), "--json", base_url=None)
    assert code == 1 and json.loads(out)["reason"] == "mismatch"
    code, out, _ = await run_cli("webhooks", "verify", str(good), base_url=None)  # DeployHQ's key did not sign it
    assert code == 1 and out.startswith("not valid (mismatch): ")
    code, _, err = await run_cli("webhooks", "verify", str(tmp_path / "none.http"), base_url=None)
    assert code == 2 and "none.http: No such file or directory" in err


async def test_listen_prints_each_notification_that_verifies_and_stops_on_sigterm(
    private_key: object, key_file: Path
) -> None:
    env = cli_environment(None, None)  # no credentials: the command needs none
    process = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "deployhq_async", "webhooks", "listen", "--port", "0", "--key", str(key_file),
        env=env, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    assert process.stderr is not None and process.stdout is not None
    first = (await asyncio.wait_for(process.stderr.readline(), timeout=60)).decode()
    assert first.startswith("listening on http://127.0.0.1:"), first
    url = first.split()[2]
    body, headers = legacy(private_key, json.dumps(NOTIFICATION))  # type: ignore[arg-type]
    async with httpx2.AsyncClient(base_url=url) as http:
        good = await http.post("/", content=body, headers=headers)
        printed = (await asyncio.wait_for(process.stdout.readline(), timeout=30)).decode()
        bad = await http.post("/", content=body.replace(b"completed", b"completes"), headers=headers)
        got = await http.get("/")
    host, port = url.removeprefix("http://").rstrip("/").split(":")
    reader, writer = await asyncio.open_connection(host, int(port))
    writer.write(b"POST / HTTP/1.1\r\nContent-Length: many\r\n\r\n")
    malformed = await asyncio.wait_for(reader.read(), timeout=30)
    writer.close()
    process.send_signal(signal.SIGTERM)
    _, err = await asyncio.wait_for(process.communicate(), timeout=30)
    assert (good.status_code, bad.status_code, got.status_code) == (204, 400, 405)
    assert printed.startswith("deployment 178aeb71-acd1-dd4f-6d89-261547f73f6e of trains: completed")
    assert "refused: mismatch: " in err.decode()
    assert malformed.startswith(b"HTTP/1.1 400 Bad Request") and malformed.endswith(b"is not a number")
    assert process.returncode == 143
