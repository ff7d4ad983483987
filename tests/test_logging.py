"""What the library logs (-v, -vv, DEPLOYHQ_LOG): each attempt by its path
template, retries with their reason and delay, headers with credentials
redacted; never a credential, a body, a query string or an identifier."""

from __future__ import annotations

import asyncio
import base64
import logging
import os
import re
import sys
from collections.abc import Iterator

import httpx2
import pytest
from helpers import EMAIL, KEY, Recorder, make_client

from deployhq_async._logging import configure, http_logger, logger

TOKEN = base64.b64encode(f"{EMAIL}:{KEY}".encode()).decode()


@pytest.fixture
def restored() -> Iterator[None]:
    """The library's loggers as they were (configure() changes their levels and handlers)."""
    levels, handlers = (logger.level, http_logger.level), list(logger.handlers)
    yield
    logger.setLevel(levels[0])
    http_logger.setLevel(levels[1])
    logger.handlers[:] = handlers


def secret_free(text: str) -> None:
    for secret in (KEY, EMAIL, TOKEN):
        assert secret not in text


async def test_each_attempt_and_retry_is_logged_by_template_with_its_reason_and_delay(
    sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG, logger="deployhq_async")
    recorder = Recorder(
        httpx2.Response(503, headers={"Retry-After": "2"}), httpx2.Response(200, json={"identifier": "d-9"})
    )
    async with make_client(recorder) as dhq:
        await dhq.call_untyped("getProjectDeploymentById", project_id="shop", id="d-9")
    lines = [r.getMessage() for r in caplog.records]
    assert lines[0].startswith("GET /projects/{project_id}/deployments/{id} -> 503 (attempt 1, ")
    assert lines[1] == "GET /projects/{project_id}/deployments/{id}: 503, retrying in 2.00s (retry 1 of 3)"
    assert lines[2].startswith("GET /projects/{project_id}/deployments/{id} -> 200 (attempt 2, ")
    assert "shop" not in caplog.text and "d-9" not in caplog.text
    secret_free(caplog.text)


async def test_an_attempt_without_an_answer_is_logged_with_its_error(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="deployhq_async")
    request = httpx2.Request("GET", "https://acme.deployhq.com/projects")
    recorder = Recorder(httpx2.ConnectError("refused", request=request), httpx2.Response(200, json=[]))
    async with make_client(recorder) as dhq:
        await dhq.projects.list().collect()
    assert caplog.records[0].getMessage().startswith("GET /projects -> ConnectError, no answer (attempt 1, ")


async def test_headers_are_logged_at_vv_with_credentials_redacted(
    caplog: pytest.LogCaptureFixture, restored: None
) -> None:
    configure(logging.DEBUG, headers=True)
    caplog.set_level(logging.DEBUG, logger="deployhq_async")
    page = {"records": [], "pagination": {"current_page": 1, "total_pages": 1, "total_records": 0, "offset": 0}}
    answer = httpx2.Response(200, json=page, headers={"Set-Cookie": "session=s3cr3t", "X-Request-Id": "r-1"})
    async with make_client(Recorder(answer)) as dhq:
        await dhq.deployments.list("shop", server="web-1").collect()
    (line,) = [r.getMessage() for r in caplog.records if r.name == "deployhq_async.http"]
    assert line.startswith("GET /projects/{project_id}/deployments request headers: ")
    assert "authorization: [redacted]" in line and "set-cookie: [redacted]" in line
    assert "x-request-id: r-1" in line
    assert "s3cr3t" not in line and "web-1" not in caplog.text  # no cookie, no query string
    secret_free(caplog.text)


async def test_headers_are_not_logged_at_v(caplog: pytest.LogCaptureFixture, restored: None) -> None:
    configure(logging.DEBUG, headers=False)
    caplog.set_level(logging.DEBUG, logger="deployhq_async")
    async with make_client(Recorder(httpx2.Response(200, json=[]))) as dhq:
        await dhq.projects.list().collect()
    assert [r.name for r in caplog.records] == ["deployhq_async"]


async def run_python(code: str, **env: str) -> tuple[int, str]:
    process = await asyncio.create_subprocess_exec(
        sys.executable,
        "-c",
        code,
        env={**os.environ, **env},
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    _, err = await asyncio.wait_for(process.communicate(), timeout=60)
    assert process.returncode is not None
    return process.returncode, err.decode()


SCRIPT = f"""
import asyncio, httpx2
from deployhq_async import DeployHQ

async def main():
    transport = httpx2.MockTransport(lambda request: httpx2.Response(200, json=[]))
    async with DeployHQ("acme", {EMAIL!r}, {KEY!r}, transport=transport) as dhq:
        await dhq.projects.list().collect()

asyncio.run(main())
"""


@pytest.mark.parametrize(("value", "headers"), [("debug", True), ("DEBUG", True), ("info", False)])
async def test_deployhq_log_turns_the_log_on_without_logging_code(value: str, headers: bool) -> None:
    code, err = await run_python(SCRIPT, DEPLOYHQ_LOG=value)
    assert code == 0, err
    assert ("deployhq_async DEBUG GET /projects -> 200 (attempt 1, " in err) is (value.lower() == "debug")
    assert ("authorization: [redacted]" in err) is headers
    secret_free(err)


async def test_an_unknown_deployhq_log_is_named_and_ignored() -> None:
    code, err = await run_python(SCRIPT, DEPLOYHQ_LOG="verbose")
    assert code == 0
    assert err.strip() == "DEPLOYHQ_LOG='verbose' is not one of info, debug: ignored"


@pytest.mark.parametrize("verbose", ["-v", "-vv"])
async def test_the_cli_logs_requests_at_v_and_headers_at_vv(verbose: str) -> None:
    from test_cli import KEY as CLI_KEY
    from test_cli import run_cli

    from deployhq_async.testing import FakeDeployHQ

    fake = FakeDeployHQ(pending_seconds=0.05, running_seconds=0.1)
    server = fake.add_server(fake.add_project("Shop"), "web-1").identifier
    async with fake.serve() as base_url:
        args = ("deploy", "shop", "--server", server, "--revision", "abc", "--wait", "--poll-interval", "0.05")
        code, _, err = await run_cli(*args, verbose, base_url=base_url, fake=fake)
    assert code == 0, err
    assert re.search(r"deployhq_async DEBUG POST /projects/\{project_id\}/deployments -> 20\d \(attempt 1, ", err)
    assert "GET /projects/{project_id}/deployments/{id} -> 200 (attempt 1, " in err
    assert ("authorization: [redacted]" in err) is (verbose == "-vv")
    assert server not in err  # the log names templates, not identifiers
    token = base64.b64encode(f"{fake.email}:{CLI_KEY}".encode()).decode()
    for secret in (CLI_KEY, fake.email, token):
        assert secret not in err
