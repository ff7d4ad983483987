"""Verifying DeployHQ's deployment notifications: both forms an integration
sends, signed the documented way with a test key, and each way a notification
can be wrong as its own error."""

from __future__ import annotations

import asyncio
import base64
import datetime
import json
import pickle
import subprocess
import sys
from typing import Any
from urllib.parse import urlencode

import httpx2
import pytest

from deployhq_async import BulkOptions, ConfigurationError, DeployTarget, WebhookVerificationError, webhooks
from deployhq_async._follow import _later
from deployhq_async.bulk import RolloutOptions
from deployhq_async.generated.models import Deployment
from deployhq_async.testing import AutojumpClock, FakeDeployHQ, ManualClock

cryptography = pytest.importorskip("cryptography")

from cryptography.hazmat.primitives import hashes, serialization  # noqa: E402
from cryptography.hazmat.primitives.asymmetric import padding, rsa  # noqa: E402

# As DeployHQ's support page shows a notification (its "Example payload"), with a non-ASCII name.
NOTIFICATION = {
    "identifier": "178aeb71-acd1-dd4f-6d89-261547f73f6e",
    "status": "completed",
    "project": {
        "name": "Trains — München",
        "permalink": "trains",
        "repository": {"scm_type": "git", "branch": "dev", "url": "git@example.com:acme/trains.git"},
    },
    "servers": [
        {"identifier": "cc951d25", "name": "Dev Server", "last_revision": "52b1418", "port": "21", "extra": [1]},
        "not a server",
    ],
    "start_revision": {"ref": "41a0307", "author": "A"},
    "end_revision": {"ref": "52b1418", "author": "A"},
    "timestamps": {"queued_at": "2012-11-20T00:32:27Z", "started_at": "2012-11-20T00:32:28Z", "completed_at": 7},
    "configuration": {"copy_config_files": True},
}


@pytest.fixture(scope="module")
def private_key() -> rsa.RSAPrivateKey:
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def public_pem(private_key: rsa.RSAPrivateKey) -> bytes:
    return private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )


def sign(private_key: rsa.RSAPrivateKey, data: bytes, digest: Any = None) -> str:
    """Base64 of RSA PKCS#1 v1.5 over SHA-1, wrapped every 60 characters as Ruby's Base64.encode64 writes it."""
    text = base64.b64encode(private_key.sign(data, padding.PKCS1v15(), digest or hashes.SHA1())).decode()
    return "\n".join(text[i : i + 60] for i in range(0, len(text), 60)) + "\n"


def legacy(private_key: rsa.RSAPrivateKey, payload: str) -> tuple[bytes, dict[str, str]]:
    """The legacy HTTP POST integration: a form of `payload` (JSON text) and `signature`."""
    body = urlencode({"payload": payload, "signature": sign(private_key, payload.encode())}).encode()
    return body, {"Content-Type": "application/x-www-form-urlencoded"}


def test_a_legacy_form_notification_signed_with_the_key_is_read(
    private_key: rsa.RSAPrivateKey, public_pem: bytes
) -> None:
    body, headers = legacy(private_key, json.dumps(NOTIFICATION, ensure_ascii=False))
    note = webhooks.verify(body, headers, key=public_pem)
    assert (note.identifier, note.status, note.project, note.project_name) == (
        "178aeb71-acd1-dd4f-6d89-261547f73f6e",
        "completed",
        "trains",
        "Trains — München",
    )
    assert (note.start_revision, note.end_revision, note.branch) == ("41a0307", "52b1418", "dev")
    assert note.queued_at == datetime.datetime(2012, 11, 20, 0, 32, 27, tzinfo=datetime.UTC)
    # What the notification did not foresee is kept, never an error.
    assert note.completed_at is None and note.raw["timestamps"]["completed_at"] == 7
    assert [(s.identifier, s.name, s.last_revision) for s in note.servers] == [
        ("cc951d25", "Dev Server", "52b1418"),
        (None, None, None),
    ]
    assert note.servers[0].raw["extra"] == [1] and note.raw["configuration"] == {"copy_config_files": True}


@pytest.mark.parametrize("header", ["X-DeployHQ-Signature", "Signature"])
def test_a_json_notification_is_checked_against_its_signature_header(
    private_key: rsa.RSAPrivateKey, public_pem: bytes, header: str
) -> None:
    body = json.dumps(NOTIFICATION).encode()
    headers = {"Content-Type": "application/json", header: sign(private_key, body)}
    assert webhooks.verify(body, headers, key=public_pem).status == "completed"


def test_a_header_the_caller_names_and_a_sha256_signature_are_accepted(
    private_key: rsa.RSAPrivateKey, public_pem: bytes
) -> None:
    body = json.dumps(NOTIFICATION).encode()
    headers = {"X-Hook-Sig": sign(private_key, body, hashes.SHA256())}
    assert webhooks.verify(body, headers, key=public_pem, signature_header="x-hook-sig").end_revision == "52b1418"


def test_each_way_a_notification_can_be_wrong_is_its_own_error(
    private_key: rsa.RSAPrivateKey, public_pem: bytes
) -> None:
    payload = json.dumps(NOTIFICATION)
    body, headers = legacy(private_key, payload)

    def reason(body: bytes, headers: dict[str, str], **options: Any) -> str:
        with pytest.raises(WebhookVerificationError) as info:
            webhooks.verify(body, headers, **{"key": public_pem, **options})
        return info.value.reason

    flipped = body.replace(b"completed", b"completes")  # one byte of the payload
    assert reason(flipped, headers) == "mismatch"
    other = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    assert reason(*legacy(other, payload)) == "mismatch"  # another key signed it
    assert reason(body, headers, key=None) == "mismatch"  # DeployHQ's own key did not sign the test's
    json_body = payload.encode()
    assert reason(json_body, {"Content-Type": "application/json"}) == "missing"
    assert reason(urlencode({"payload": payload}).encode(), headers) == "missing"
    assert reason(json_body, {"X-DeployHQ-Signature": "not base64!"}) == "malformed"
    assert reason(urlencode({"signature": "abc"}).encode(), headers) == "malformed"  # no payload field
    not_json = b"<html>deployed</html>"
    assert reason(not_json, {"X-DeployHQ-Signature": sign(private_key, not_json)}) == "not_json"
    array = b"[1, 2]"
    assert reason(array, {"X-DeployHQ-Signature": sign(private_key, array)}) == "not_json"


def test_an_unverified_body_is_read_only_when_asked() -> None:
    body = json.dumps(NOTIFICATION).encode()
    with pytest.raises(WebhookVerificationError, match="has no signature"):
        webhooks.verify(body, {})
    assert webhooks.verify(body, {}, unverified=True).identifier == NOTIFICATION["identifier"]


def test_a_key_that_is_not_a_pem_public_key_is_a_configuration_error() -> None:
    body = json.dumps(NOTIFICATION).encode()
    with pytest.raises(ConfigurationError, match="key must be a PEM public key"):
        webhooks.verify(body, {"X-DeployHQ-Signature": "AAAA"}, key="not a key")


def test_the_default_key_is_deployhqs_published_1024_bit_rsa_key() -> None:
    key = serialization.load_pem_public_key(webhooks.DEPLOYHQ_PUBLIC_KEY.encode())
    assert isinstance(key, rsa.RSAPublicKey) and key.key_size == 1024
    assert format(key.public_numbers().n, "x").startswith("d725c3f637a36d70ddba43c9d56a27573")


def test_the_error_pickles_with_its_reason() -> None:
    error = pickle.loads(pickle.dumps(WebhookVerificationError("mismatch", "does not match")))
    assert (error.reason, str(error)) == ("mismatch", "does not match")


def test_importing_the_package_or_the_webhooks_module_imports_no_cryptography() -> None:
    code = "import sys, deployhq_async, deployhq_async.webhooks\nprint('cryptography' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


async def test_the_asgi_app_answers_204_and_queues_what_verified_400_what_did_not(
    private_key: rsa.RSAPrivateKey, public_pem: bytes
) -> None:
    queue: asyncio.Queue[webhooks.DeploymentNotification] = asyncio.Queue()
    app = webhooks.asgi_app(queue, key=public_pem)
    body, headers = legacy(private_key, json.dumps(NOTIFICATION))
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://service") as http:
        good = await http.post("/deployhq", content=body, headers=headers)
        bad = await http.post("/deployhq", content=body.replace(b"completed", b"completes"), headers=headers)
        unsigned = await http.post("/deployhq", content=json.dumps(NOTIFICATION).encode())
        wrong_method = await http.get("/deployhq")
        huge = await http.post("/deployhq", content=b"x" * (webhooks.MAX_BODY + 1), headers=headers)
    assert (good.status_code, good.content) == (204, b"")
    assert queue.qsize() == 1 and queue.get_nowait().identifier == NOTIFICATION["identifier"]
    assert bad.status_code == 400 and bad.text.startswith("mismatch: ")
    assert unsigned.status_code == 400 and unsigned.text.startswith("missing: ")
    assert (wrong_method.status_code, wrong_method.headers["allow"]) == (405, "POST")
    assert huge.status_code == 413


async def test_the_asgi_app_hands_notifications_to_a_callback_and_logs_one_that_raises(
    private_key: rsa.RSAPrivateKey, public_pem: bytes, caplog: pytest.LogCaptureFixture
) -> None:
    seen: list[str | None] = []
    done = asyncio.Event()

    async def on_notification(note: webhooks.DeploymentNotification) -> None:
        seen.append(note.status)
        done.set()
        raise KeyError("dashboard")

    app = webhooks.asgi_app(on_notification, key=public_pem)
    body, headers = legacy(private_key, json.dumps(NOTIFICATION))
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://service") as http:
        answer = await http.post("/", content=body, headers=headers)
        await asyncio.wait_for(done.wait(), timeout=10)
        for _ in range(3):  # the task's end, then its done callback
            await asyncio.sleep(0)
    assert answer.status_code == 204 and seen == ["completed"]
    assert "on_notification raised KeyError: 'dashboard'" in caplog.text


async def test_handle_is_the_same_check_for_any_framework(private_key: rsa.RSAPrivateKey, public_pem: bytes) -> None:
    body, headers = legacy(private_key, json.dumps(NOTIFICATION))
    answer = await webhooks.handle(body, headers, key=public_pem)
    assert (answer.status, answer.notification and answer.notification.status) == (204, "completed")
    refused = await webhooks.handle(body.replace(b"Dev+Server", b"Dev+Serves"), headers, key=public_pem)
    assert (refused.status, refused.notification) == (400, None)


# --- waiting by push -------------------------------------------------------------


def notification(identifier: str, status: str) -> webhooks.DeploymentNotification:
    return webhooks.DeploymentNotification.from_dict({"identifier": identifier, "status": status})


def gets(fake: FakeDeployHQ) -> int:
    return sum(r.operation == "get_project_deployment_by_id" for r in fake.requests)


async def test_a_wait_given_a_hub_ends_on_the_notification_with_no_further_poll() -> None:
    clock = ManualClock()
    start = clock.monotonic()
    fake = FakeDeployHQ(clock=clock, pending_seconds=600, running_seconds=600)
    server = fake.add_server(fake.add_project("Shop"), "web-1").identifier
    hub = webhooks.NotificationHub()
    async with fake.client() as dhq:
        made = await dhq.deployments.create("shop", parent_identifier=server, end_revision="abc")
        waiting = asyncio.ensure_future(dhq.deployments.wait("shop", made.identifier, hub=hub))
        while clock.sleeping < 1:
            await asyncio.sleep(0)
        hub.feed(notification("another", "completed"))  # another deployment's: nothing ends
        hub.feed(notification(made.identifier, "running"))
        await asyncio.sleep(0)
        assert not waiting.done()
        hub.feed(notification(made.identifier, "completed"))
        done = await asyncio.wait_for(waiting, timeout=10)
    assert done.status == "completed" and done.identifier == made.identifier
    assert gets(fake) == 1 and clock.monotonic() == start  # one poll, at the start; no time waited out


async def test_a_lost_notification_ends_the_wait_by_polling_at_the_hubs_long_interval() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=5, running_seconds=100)
    server = fake.add_server(fake.add_project("Shop"), "web-1").identifier
    async with fake.client() as dhq:
        made = await dhq.deployments.create("shop", parent_identifier=server, end_revision="abc")
        done = await dhq.deployments.wait("shop", made.identifier, hub=webhooks.NotificationHub())
        assert done.status == "completed"
        assert gets(fake) == 3  # at 0, 60 and 120 s; polling alone reads it 12 times
        made = await dhq.deployments.create("shop", parent_identifier=server, end_revision="abd")
        await dhq.deployments.wait("shop", made.identifier)
    assert gets(fake) == 3 + 12


async def test_the_asgi_app_feeds_a_hub(private_key: rsa.RSAPrivateKey, public_pem: bytes) -> None:
    hub = webhooks.NotificationHub()
    app = webhooks.asgi_app(hub.receive, key=public_pem)
    body, headers = legacy(private_key, json.dumps(NOTIFICATION))
    async with httpx2.AsyncClient(transport=httpx2.ASGITransport(app=app), base_url="http://service") as http:
        assert (await http.post("/", content=body, headers=headers)).status_code == 204
        for _ in range(3):
            await asyncio.sleep(0)
    assert hub.latest(str(NOTIFICATION["identifier"])).status == "completed"  # type: ignore[union-attr]


async def test_a_hub_that_is_not_one_is_refused_before_anything_is_sent() -> None:
    fake = FakeDeployHQ(clock=AutojumpClock())
    async with fake.client() as dhq:
        with pytest.raises(ConfigurationError, match=r"hub must be a webhooks\.NotificationHub, not str"):
            await dhq.deployments.wait("shop", "d-1", hub="hub")  # type: ignore[arg-type]
        with pytest.raises(ConfigurationError, match=r"hub must be a webhooks\.NotificationHub, not dict"):
            BulkOptions(hub={}).check()  # type: ignore[arg-type]
    assert fake.requests == []


def test_the_later_state_wins_whichever_said_it_first() -> None:
    hub = webhooks.NotificationHub(capacity=2)
    hub.feed(notification("d-1", "completed"))
    hub.feed(notification("d-1", "running"))  # late and out of order: ignored
    assert hub.latest("d-1").status == "completed"  # type: ignore[union-attr]
    hub.feed(notification("d-2", "pending"))
    hub.feed(notification("d-3", "pending"))
    assert hub.latest("d-1") is None  # the oldest gave way
    running = Deployment.from_dict({"identifier": "d-2", "status": "running", "branch": "main", "x-new": 1})
    assert _later(running, hub.latest("d-2")) is running  # a notification never undoes an answer
    hub.feed(notification("d-2", "failed"))
    later = _later(running, hub.latest("d-2"))
    assert (later.status, later.branch, later.additional_properties) == ("failed", "main", {"x-new": 1})


def fleet(fake: FakeDeployHQ, count: int) -> list[DeployTarget]:
    project = fake.add_project("Fleet")
    servers = [fake.add_server(project, f"node-{n}", fail_deployments=n % 5 == 0) for n in range(count)]
    return [DeployTarget("fleet", s.identifier, "r1") for s in servers]


async def test_a_bulk_run_and_a_rollout_fed_by_late_lost_duplicated_notifications_end_as_polling_ends() -> None:
    """The fake notifies a hub as DeployHQ's integration would, with every fault
    delivery has: the results are those of polling alone, in far fewer requests."""
    results: dict[str, list[str]] = {}
    requests: dict[str, int] = {}
    for way in ("polling", "hub"):
        fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=5, running_seconds=200)
        targets = fleet(fake, 20)
        hub = webhooks.NotificationHub()
        lost = {t.parent_identifier for t in targets[::4]}  # these servers' notifications never arrive

        def lose(note: webhooks.DeploymentNotification, lost: set[str] = lost) -> bool:
            return note.servers[0].identifier in lost

        options = BulkOptions(concurrency=8, hub=hub if way == "hub" else None)
        async with fake.client() as dhq, fake.notifying(hub, lose=lose, duplicate=True, reorder=True):
            bulk = await dhq.deployments.start_many(targets[:10], options)
            rollout = await dhq.deployments.rollout(targets[10:], RolloutOptions(waves=[2, "100%"], bulk=options))
        results[way] = [str(r.status) for r in [*bulk, *rollout.results]]  # in the targets' order
        requests[way] = gets(fake)
    assert results["hub"] == results["polling"]
    assert results["hub"] == ["failed" if n % 5 == 0 else "completed" for n in range(20)]
    assert requests["hub"] <= requests["polling"] * 0.4, requests


async def test_stop_ends_a_bulk_run_whose_follows_wait_on_a_hub_at_once() -> None:
    clock = ManualClock()
    start = clock.monotonic()
    fake = FakeDeployHQ(clock=clock, pending_seconds=600, running_seconds=600)
    targets = fleet(fake, 3)
    async with fake.client() as dhq:
        run = dhq.deployments.start_many(targets, BulkOptions(hub=webhooks.NotificationHub()))
        task = asyncio.ensure_future(run)
        while clock.sleeping < 3:  # each follow waits for its notification or the fallback poll
            await asyncio.sleep(0)
        run.stop()
        results = await asyncio.wait_for(task, timeout=10)
    assert [str(r.status) for r in results] == ["pending"] * 3
    assert clock.monotonic() == start and gets(fake) == 0  # no fallback poll was waited out
