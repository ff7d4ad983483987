"""Automatic deployments: the settings, the hook that starts them (outside
DeployHQ's document), and HTTP integrations that notify a service."""

from __future__ import annotations

import logging

import httpx2
import pytest
from helpers import Recorder, make_client

from deployhq_async import RequestFinished, RequestStarted
from deployhq_async.errors import APIConnectionError, NotFoundError
from deployhq_async.testing import AutojumpClock, FakeDeployHQ, Fault

HOOK = "https://acme.deployhq.com/deploy/web/s3cr3t0token"


def fake_with_targets() -> tuple[FakeDeployHQ, str, str, str]:
    """A project with a commit on main and on dev, a server on each branch and
    a group on main; the identifiers of the main server, dev server, group."""
    fake = FakeDeployHQ(clock=AutojumpClock())
    project = fake.add_project("Web", permalink="web", repository_url="git@example.com:web.git")
    fake.add_commit(project, ["index.html"], revision="a" * 40)
    fake.add_commit(project, ["dev.html"], branch="dev", revision="d" * 40)
    group = fake.add_server_group(project, "Fleet")
    fake.add_server(project, "fleet-1", group=group.identifier)
    main = fake.add_server(project, "main")
    dev = fake.add_server(project, "dev", branch="dev")
    return fake, main.identifier, dev.identifier, group.identifier


async def test_update_switches_the_targets_named_and_reads_them_back() -> None:
    fake, main, dev, group = fake_with_targets()
    async with fake.client() as dhq:
        before = await dhq.auto_deployments.get("web")
        after = await dhq.auto_deployments.update("web", auto_deploy={main: True, group: True})
    assert before.webhook_url == fake.hook_url("web")
    assert {d.identifier: d.auto_deploy for d in before.deployables or []} == {
        s.identifier: False for s in fake.projects["web"].servers.values()
    } | {group: False}
    switched = {d.identifier: (d.auto_deploy, d.type_) for d in after.deployables or []}
    assert switched[main] == (True, "server") and switched[dev] == (False, "server")
    assert switched[group] == (True, "server_group")


async def test_update_sends_the_list_deployhqs_go_sdk_sends() -> None:
    recorder = Recorder(httpx2.Response(200, json={"deployables": []}))
    async with make_client(recorder) as dhq:
        await dhq.auto_deployments.update("web", auto_deploy={"srv-1": True, "grp-1": False})
    assert (recorder.requests[0].method, recorder.requests[0].url.path) == ("POST", "/projects/web/auto_deployments")
    assert recorder.body() == {
        "deployables": [{"identifier": "srv-1", "auto_deploy": True}, {"identifier": "grp-1", "auto_deploy": False}]
    }


async def test_trigger_deploys_the_pushed_branch_to_the_targets_with_auto_deploy_on() -> None:
    fake, main, dev, group = fake_with_targets()
    async with fake.client() as dhq:
        await dhq.auto_deployments.update("web", auto_deploy={main: True, dev: True, group: True})
        await dhq.auto_deployments.trigger("web", branch="main")
    deployed = sorted((d.parent_identifier, d.branch, d.end_revision) for d in fake.deployments("web"))
    assert deployed == sorted([(main, "main", "a" * 40), (group, "main", "a" * 40)])


async def test_a_second_trigger_deploys_from_what_the_first_left() -> None:
    fake, main, _dev, _group = fake_with_targets()
    async with fake.client() as dhq:
        await dhq.auto_deployments.update("web", auto_deploy={main: True})
        settings = await dhq.auto_deployments.get("web")
        assert settings.webhook_url is not None
        await dhq.auto_deployments.trigger("web", hook_url=settings.webhook_url)
        await fake.clock.sleep(60)  # the first completes
        fake.add_commit("web", ["about.html"], revision="b" * 40)
        await dhq.auto_deployments.trigger("web", new_ref="b" * 40, hook_url=settings.webhook_url)
    first, second = fake.deployments("web")
    assert (first.start_revision, first.end_revision) == ("", "a" * 40)  # the first: the whole branch
    assert (second.start_revision, second.end_revision, second.files) == ("a" * 40, "b" * 40, ["about.html"])
    # Two reads of the settings (update, get) and two posts to the hook: no read before a trigger given the URL.
    assert [r.operation for r in fake.requests].count("list_project_auto_deployments") == 1


@pytest.mark.parametrize(
    "answer",
    [httpx2.Response(200, text="Deployment queued"), httpx2.Response(200), httpx2.Response(201, json={"ok": 1})],
    ids=["text", "empty", "json"],
)
async def test_the_hook_gets_the_payload_and_never_the_credentials(answer: httpx2.Response) -> None:
    recorder = Recorder(answer)  # DeployHQ's answer is not documented: any 2xx is success
    async with make_client(recorder) as dhq:
        result = await dhq.auto_deployments.trigger("web", branch="main", email="ops@acme.example", hook_url=HOOK)
    (request,) = recorder.requests
    assert result is None
    assert (request.method, str(request.url)) == ("POST", HOOK)
    assert "authorization" not in request.headers
    assert recorder.body() == {"payload": {"new_ref": "latest", "branch": "main", "email": "ops@acme.example"}}


async def test_without_a_hook_url_trigger_reads_it_first() -> None:
    recorder = Recorder(httpx2.Response(200, json={"webhook_url": HOOK, "deployables": []}), httpx2.Response(204))
    async with make_client(recorder) as dhq:
        await dhq.auto_deployments.trigger("web", new_ref="c" * 40)
    assert [(r.method, str(r.url)) for r in recorder.requests] == [
        ("GET", "https://acme.deployhq.com/projects/web/auto_deployments"),
        ("POST", HOOK),
    ]
    assert recorder.requests[0].headers["authorization"].startswith("Basic ")
    assert recorder.body() == {"payload": {"new_ref": "c" * 40}}


@pytest.mark.parametrize(
    "url",
    [
        "https://hooks.example.com/deploy/web/s3cr3t0token",  # another host: not DeployHQ's
        "http://acme.deployhq.com/deploy/web/s3cr3t0token",  # DeployHQ's host, in the clear
        "https://acme.deployhq.com/projects/web/s3cr3t0token",  # not a hook's path
        "not a url at all s3cr3t0token",
    ],
)
async def test_a_hook_url_that_is_not_deployhqs_is_refused_before_anything_is_sent(url: str) -> None:
    recorder = Recorder()
    async with make_client(recorder) as dhq:
        with pytest.raises(ValueError, match="is not a DeployHQ automatic-deployment hook") as caught:
            await dhq.auto_deployments.trigger("web", hook_url=url)
    assert recorder.count == 0
    assert "s3cr3t0token" not in str(caught.value)


async def test_a_hook_that_may_have_started_deployments_is_never_posted_twice() -> None:
    fake, main, _dev, _group = fake_with_targets()
    fake.inject(Fault.reset_after(), method="POST", path="/deploy/*")
    async with fake.client(max_retries=3) as dhq:
        await dhq.auto_deployments.update("web", auto_deploy={main: True})
        with pytest.raises(APIConnectionError) as caught:
            await dhq.auto_deployments.trigger("web")
    posts = [r for r in fake.requests if r.path.startswith("/deploy/")]
    assert [(r.status, r.fault) for r in posts] == [(None, "reset_after")]
    assert caught.value.may_have_been_processed is True
    assert len(fake.deployments("web")) == 1  # the one attempt did start it


async def test_a_hook_answer_deployhq_did_not_process_is_retried() -> None:
    fake, main, _dev, _group = fake_with_targets()
    fake.inject(Fault.http_status(503, retry_after=2), method="POST", path="/deploy/*")
    async with fake.client() as dhq:
        await dhq.auto_deployments.update("web", auto_deploy={main: True})
        await dhq.auto_deployments.trigger("web")
    assert [r.status for r in fake.requests if r.path.startswith("/deploy/")] == [503, 200]
    assert len(fake.deployments("web")) == 1


async def test_an_error_from_the_hook_never_shows_its_token() -> None:
    fake, _main, _dev, _group = fake_with_targets()
    async with fake.client() as dhq:
        with pytest.raises(NotFoundError) as caught:
            await dhq.auto_deployments.trigger("web", hook_url="https://test.deployhq.com/deploy/web/wrongtoken")
    assert "wrongtoken" not in str(caught.value) and "wrongtoken" not in repr(caught.value)
    assert "POST /deploy/\u2026" in str(caught.value)


async def test_over_loopback_the_hook_url_is_the_served_fakes() -> None:
    fake, main, _dev, _group = fake_with_targets()
    async with fake.serve() as base_url, fake.client(base_url=base_url) as dhq:
        await dhq.auto_deployments.update("web", auto_deploy={main: True})
        settings = await dhq.auto_deployments.get("web")
        await dhq.auto_deployments.trigger("web")
    assert settings.webhook_url == f"{base_url}/deploy/web/{fake.projects['web'].hook_token}"
    assert [d.parent_identifier for d in fake.deployments("web")] == [main]


# --- HTTP integrations ------------------------------------------------------------


async def test_create_http_registers_a_json_integration_for_every_event() -> None:
    recorder = Recorder(httpx2.Response(200, json={"identifier": "i-1", "hook_type": "http_req", "name": "n"}))
    async with make_client(recorder) as dhq:
        created = await dhq.integrations.create_http("web", "https://ops.example.com/deployhq", on_start=False)
    assert created.identifier == "i-1"
    assert recorder.body() == {
        "integration": {
            "hook_type": "http_req",
            "name": "deployhq-async notifications",
            "properties": {"url": "https://ops.example.com/deployhq"},
            "send_on_start": False,
            "send_on_completion": True,
            "send_on_failure": True,
        }
    }


async def test_list_http_keeps_the_integrations_that_post_over_http() -> None:
    listing = [
        {"identifier": "i-1", "hook_type": "http_req", "name": "json"},
        {"identifier": "i-2", "hook_type": "slack_oauth", "name": "chat"},
        {"identifier": "i-3", "hook_type": "http_post", "name": "legacy form"},
    ]
    async with make_client(Recorder(httpx2.Response(200, json=listing))) as dhq:
        found = await dhq.integrations.list_http("web")
    assert [i.identifier for i in found] == ["i-1", "i-3"]


async def test_an_integration_made_against_the_fake_is_listed_and_removed() -> None:
    fake, _main, _dev, _group = fake_with_targets()
    async with fake.client() as dhq:
        created = await dhq.integrations.create_http("web", "https://ops.example.com/deployhq")
        listed = [i.identifier for i in await dhq.integrations.list_http("web")]
        assert created.identifier is not None
        await dhq.integrations.delete("web", created.identifier)
        left = await dhq.integrations.list_http("web")
    assert (listed, left) == ([created.identifier], [])


async def test_a_hook_post_retried_after_a_429_tells_hooks_and_logs_its_template_never_its_token(
    sleeps: list[float], caplog: pytest.LogCaptureFixture
) -> None:
    recorder = Recorder(
        httpx2.Response(429, headers={"Retry-After": "2"}, json={"error": "Rate limit exceeded"}),
        httpx2.Response(200, text="Deployment queued"),
    )
    seen: list[object] = []
    caplog.set_level(logging.DEBUG, logger="deployhq_async")
    async with make_client(recorder, hooks=[seen.append]) as dhq:
        await dhq.auto_deployments.trigger("web", hook_url=HOOK)
    assert recorder.count == 2 and sleeps == [2.0]  # DeployHQ did not take the first: sent again after its wait
    finished = [e for e in seen if isinstance(e, RequestFinished)]
    assert [(e.operation, e.path, e.attempt, e.status) for e in finished] == [
        ("trigger_auto_deployment", "/deploy/{hook}", 1, 429),
        ("trigger_auto_deployment", "/deploy/{hook}", 2, 200),
    ]
    assert sum(isinstance(e, RequestStarted) for e in seen) == 2
    assert "s3cr3t0token" not in repr(seen) + caplog.text
    assert "/deploy/{hook}" in caplog.text
