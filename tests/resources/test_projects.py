"""Projects, the repository, the account and the profile."""

from __future__ import annotations

import httpx2
from helpers import Recorder, make_client


async def test_project_crud() -> None:
    recorder = Recorder(
        httpx2.Response(
            200,
            json={
                "name": "App",
                "permalink": "app",
                "identifier": "p-app",
                "capabilities": [{"name": "deploy", "enabled": True, "url": None}],
                "repository": None,
            },
        ),
        httpx2.Response(200, json={"name": "App 2", "permalink": "app-2", "identifier": "p-app-2"}),
        httpx2.Response(200, json={"status": "ok"}),
    )
    async with make_client(recorder) as dhq:
        detail = await dhq.projects.get("app")
        renamed = await dhq.projects.update("app", name="App 2", permalink="app-2")
        await dhq.projects.delete("app-2")
    assert (detail.permalink, detail.repository) == ("app", None)
    assert [(c.name, c.enabled) for c in detail.capabilities] == [("deploy", True)]  # type: ignore[union-attr]
    assert renamed.permalink == "app-2"
    assert [(r.method, r.url.path) for r in recorder.requests] == [
        ("GET", "/projects/app"),
        ("PATCH", "/projects/app"),
        ("DELETE", "/projects/app-2"),
    ]
    assert recorder.body(1) == {"project": {"name": "App 2", "permalink": "app-2"}}


async def test_repository() -> None:
    recorder = Recorder(
        httpx2.Response(200, json={"scm_type": "git", "url": "git@example.com:a/b.git", "branch": "main"}),
        httpx2.Response(200, json={"scm_type": "git", "branch": "develop"}),
        httpx2.Response(200, json={"ref": "0123abcd"}),
        httpx2.Response(200, json={"commits": [{"ref": "0123abcd", "message": "Fix"}], "tags": [], "releases": []}),
        httpx2.Response(200, json={"main": "0123abcd", "develop": "fedc3210"}),
    )
    async with make_client(recorder) as dhq:
        created = await dhq.repository.create("app", url="git@example.com:a/b.git", branch="main")
        updated = await dhq.repository.update("app", branch="develop")
        tip = await dhq.repository.latest_revision("app", "develop")
        recent = await dhq.repository.recent_commits("app", "develop")
        branches = await dhq.repository.branches("app")
    assert (created.url, updated.branch, tip) == ("git@example.com:a/b.git", "develop", "0123abcd")
    assert recent.commits[0].message == "Fix"
    assert branches.additional_properties == {"main": "0123abcd", "develop": "fedc3210"}
    assert recorder.body(0) == {"repository": {"url": "git@example.com:a/b.git", "scm_type": "git", "branch": "main"}}
    assert str(recorder.requests[2].url).endswith("/projects/app/repository/latest_revision?branch=develop")


async def test_account_and_profile() -> None:
    recorder = Recorder(
        httpx2.Response(
            200,
            json={"name": "Acme", "permalink": "acme", "identifier": "p-acme", "time_zone": "UTC", "project_count": 4},
        ),
        httpx2.Response(200, json={"package": "pro", "trialling": False, "suspended": False}),
        httpx2.Response(200, json={"first_name": "Ada", "email_address": "ada@acme.example"}),
        httpx2.Response(200, json={"status": "ok"}),
    )
    async with make_client(recorder) as dhq:
        account = await dhq.account.get()
        billing = await dhq.account.billing_status()
        profile = await dhq.profile.get()
        await dhq.profile.update(time_zone="Europe/London")
    assert (account.name, account.project_count, billing.package, profile.first_name) == ("Acme", 4, "pro", "Ada")
    assert recorder.body(3) == {"user": {"time_zone": "Europe/London"}}
    assert recorder.requests[3].method == "PATCH"
