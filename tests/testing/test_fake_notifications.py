"""The fake posts signed notifications over HTTP: to a URL, or to the HTTP
integrations a project has, in each integration's form, for the events it
asked for; what it posts verifies with the fake's key, and only with it."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest

pytest.importorskip("cryptography")

from deployhq_async import webhooks
from deployhq_async.testing import FakeDeployHQ, ManualClock

Received = tuple[dict[str, str], bytes]


@asynccontextmanager
async def receiver(status: int = 204) -> AsyncIterator[tuple[str, asyncio.Queue[Received]]]:
    """An HTTP endpoint on loopback: each request's headers and body on the queue."""
    got: asyncio.Queue[Received] = asyncio.Queue()

    async def serve(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:  # one request a connection: none is left open when the server closes
            head = await reader.readuntil(b"\r\n\r\n")
            lines = head.decode("latin-1").split("\r\n")[1:]
            headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines if line)}
            body = await reader.readexactly(int(headers.get("content-length", "0")))
            got.put_nowait((headers, body))
            writer.write(b"HTTP/1.1 %d Done\r\nContent-Length: 0\r\nConnection: close\r\n\r\n" % status)
            await writer.drain()
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(serve, "127.0.0.1", 0)
    try:
        yield f"http://127.0.0.1:{server.sockets[0].getsockname()[1]}/deployhq", got
    finally:
        server.close()


async def next_of(got: asyncio.Queue[Received]) -> Received:
    return await asyncio.wait_for(got.get(), 30)  # a bound, should the fake never post


async def advance(clock: ManualClock, seconds: float) -> None:
    """Move the clock once the notifier waits on it again (its post answered)."""
    while clock.sleeping < 1:
        await asyncio.sleep(0)
    clock.advance(seconds)


def one_deployment(clock: ManualClock) -> tuple[FakeDeployHQ, str]:
    fake = FakeDeployHQ(clock=clock, pending_seconds=1, running_seconds=5)
    project = fake.add_project("Web", permalink="web")
    server = fake.add_server(project, "web-1")
    return fake, fake.add_deployment(project, server, "r" * 40).identifier


async def test_posted_to_a_url_each_change_verifies_with_the_fakes_key_only() -> None:
    clock = ManualClock()
    fake, deployment = one_deployment(clock)
    async with receiver() as (url, got), fake.notifying(url=url):
        posted = [await next_of(got)]
        for seconds in (2, 5):
            await advance(clock, seconds)
            posted.append(await next_of(got))
    notes = [webhooks.verify(body, headers, key=fake.notification_key) for headers, body in posted]
    assert [(n.identifier, n.status, n.project, n.end_revision) for n in notes] == [
        (deployment, status, "web", "r" * 40) for status in ("pending", "running", "completed")
    ]
    headers, body = posted[0]
    assert headers["content-type"] == "application/json" and webhooks.SIGNATURE_HEADERS[0] in headers
    with pytest.raises(webhooks.WebhookVerificationError) as caught:
        webhooks.verify(body, headers)  # DeployHQ's own key: the fake's test key is not it
    assert caught.value.reason == "mismatch"


async def test_a_projects_integrations_get_the_events_they_asked_for_in_their_form() -> None:
    clock = ManualClock()
    fake = FakeDeployHQ(clock=clock, pending_seconds=1, running_seconds=5)
    project = fake.add_project("Web", permalink="web")
    server = fake.add_server(project, "web-1")
    async with receiver() as (json_url, json_got), receiver() as (form_url, form_got), fake.client() as dhq:
        await dhq.integrations.create_http("web", json_url, on_start=False)
        await dhq.integrations.create(
            "web", hook_type="http_post", name="legacy", properties={"url": form_url}, send_on_start=True,
            send_on_completion=True,
        )  # fmt: skip
        await dhq.integrations.create("web", hook_type="slack_oauth", name="chat", send_on_start=True)
        fake.add_deployment(project, server, "r" * 40)
        async with fake.notifying():
            await advance(clock, 2)  # running: the legacy form asked for starts
            form_started = await next_of(form_got)
            await advance(clock, 5)  # completed: both asked for completions
            form_done, json_done = await next_of(form_got), await next_of(json_got)
    assert form_started[0]["content-type"] == "application/x-www-form-urlencoded"
    assert form_started[1].startswith(b"payload=")
    statuses = [webhooks.verify(b, h, key=fake.notification_key).status for h, b in (form_started, form_done)]
    assert statuses == ["running", "completed"]
    assert webhooks.verify(json_done[1], json_done[0], key=fake.notification_key).status == "completed"
    assert (json_got.empty(), form_got.empty()) == (True, True)  # no pending, no start for the JSON one


async def test_end_to_end_a_wait_fed_by_posted_notifications_ends_on_them() -> None:
    """The fake posts to a receiver that verifies with `webhooks.handle` and
    feeds a hub; the wait given the hub ends on the completion it posted."""
    clock = ManualClock()
    fake, deployment = one_deployment(clock)
    hub = webhooks.NotificationHub()
    answers: list[int] = []

    async def feed(got: asyncio.Queue[Received]) -> None:
        while True:
            headers, body = await got.get()
            answer = await webhooks.handle(body, headers, key=fake.notification_key)
            answers.append(answer.status)
            if answer.notification is not None:
                hub.feed(answer.notification)

    async with receiver() as (url, got), fake.client() as dhq, fake.notifying(url=url):
        feeding = asyncio.ensure_future(feed(got))
        waiting = asyncio.ensure_future(dhq.deployments.wait("web", deployment, hub=hub))
        while not waiting.done():
            await asyncio.sleep(0)
            if clock.sleeping >= 2:  # the notifier and the wait both wait on the clock
                clock.advance(1)
        finished = await waiting
        feeding.cancel()
    assert finished.status == "completed"
    assert answers and set(answers) == {204}


async def test_a_receiver_that_fails_loses_the_notification_and_the_fake_goes_on() -> None:
    clock = ManualClock()
    fake, _ = one_deployment(clock)
    async with receiver(status=500) as (url, got), fake.notifying(url=url):
        first = await next_of(got)
        await advance(clock, 2)
        second = await next_of(got)
    statuses = [webhooks.verify(b, h, key=fake.notification_key).status for h, b in (first, second)]
    assert statuses == ["pending", "running"]


async def test_a_hub_and_a_url_at_once_are_refused() -> None:
    fake = FakeDeployHQ()
    with pytest.raises(ValueError, match="not both"):
        fake.notifying(webhooks.NotificationHub(), url="http://127.0.0.1:9/x")


async def test_a_receiver_that_cannot_be_reached_loses_the_notification_and_the_fake_goes_on(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import socket

    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    clock = ManualClock()
    fake, _ = one_deployment(clock)
    caplog.set_level(logging.INFO, logger="deployhq_async.testing")
    async with fake.notifying(url=f"http://127.0.0.1:{port}/deployhq"):
        await advance(clock, 2)  # the pending one was lost; the notifier looks again
        await advance(clock, 5)
        while clock.sleeping < 1:  # the completed one tried too
            await asyncio.sleep(0)
    lost = [r.getMessage() for r in caplog.records if "was lost" in r.getMessage()]
    assert len(lost) == 3 and all("ConnectError" in m for m in lost)  # pending, running, completed
