"""Bulk runs deploy each target from its own server's or group's last revision,
listing each project's servers and groups once, and a resume sends the same."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from deployhq_async import BulkOptions, DeployTarget, RequestStarted
from deployhq_async.bulk._journal import Journal
from deployhq_async.testing import AutojumpClock, FakeDeployHQ, Fault


def deployed(fake: FakeDeployHQ) -> dict[tuple[str, str], str]:
    """(parent, end revision) -> the start revision the fake was sent."""
    return {(d.parent_identifier, d.end_revision): d.start_revision for d in fake.deployments() if d.start_revision}


def advance(fake: FakeDeployHQ, seconds: float) -> None:
    clock = fake.clock
    assert isinstance(clock, AutojumpClock)
    clock.advance(seconds)


@pytest.fixture
def fake() -> FakeDeployHQ:
    return FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=2)


async def test_thirty_targets_over_servers_and_groups_each_start_at_their_own_last_revision(
    fake: FakeDeployHQ,
) -> None:
    shop = fake.add_project("Shop")
    groups = [fake.add_server_group(shop, f"pool-{n}") for n in range(3)]
    for group in groups:  # each group has two servers of its own
        for n in range(2):
            fake.add_server(shop, f"{group.name}-{n}", group=group.identifier)
    servers = [fake.add_server(shop, f"web-{n}") for n in range(10)]
    blog = fake.add_project("Blog")
    writers = [fake.add_server(blog, f"writer-{n}") for n in range(2)]
    parents = [("shop", p.identifier) for p in [*servers, *groups]] + [("blog", w.identifier) for w in writers]
    for project, parent in parents:
        owner = fake.projects[project]
        fake.add_deployment(project, owner.servers.get(parent) or owner.server_groups[parent], f"last-{parent[:8]}")
    advance(fake, 60)  # every seeded deployment completed: it is its target's last revision
    # 13 parents in shop and 2 in blog; a second revision for most of them: 30 targets.
    targets = [DeployTarget(project, parent, f"new-{parent[:8]}") for project, parent in parents]
    targets += [DeployTarget(project, parent, f"next-{parent[:8]}") for project, parent in parents[:15]]
    assert len(targets) == 30
    fake.requests.clear()
    async with fake.client() as dhq:
        results = await dhq.deployments.deploy_many(targets, concurrency=8, wait=False)
    assert all(r.ok for r in results), [r.error for r in results if not r.ok]
    sent = deployed(fake)
    assert {(t.parent_identifier, t.end_revision): sent[(t.parent_identifier, t.end_revision)] for t in targets} == {
        (t.parent_identifier, t.end_revision): f"last-{t.parent_identifier[:8]}" for t in targets
    }
    lookups = [r for r in fake.requests if r.method == "GET" and r.operation != "list_project_deployments"]
    assert sorted(r.path for r in lookups) == [
        "/projects/blog/server_groups",
        "/projects/blog/servers",
        "/projects/shop/server_groups",
        "/projects/shop/servers",
    ]


async def test_targets_with_full_or_their_own_start_list_nothing(fake: FakeDeployHQ) -> None:
    shop = fake.add_project("Shop")
    web = fake.add_server(shop, "web-1")
    fake.add_deployment(shop, web, "v1")
    advance(fake, 60)
    targets = [
        DeployTarget("shop", web.identifier, "v2", full=True),
        DeployTarget("shop", web.identifier, "v3", start_revision="v1"),
    ]
    fake.requests.clear()
    async with fake.client() as dhq:
        results = await dhq.deployments.deploy_many(targets, wait=False)
    assert [r.ok for r in results] == [True, True]
    assert [(d.start_revision, d.end_revision) for d in fake.deployments()[1:]] == [("", "v2"), ("v1", "v3")]
    assert [r.operation for r in fake.requests if r.method == "GET"] == [
        "list_project_deployments"  # the final sweep's look-up: no listing of servers
    ]


async def test_a_listing_that_fails_ends_its_projects_targets_unsent_and_fail_fast_launches_nothing(
    fake: FakeDeployHQ,
) -> None:
    shop = fake.add_project("Shop")
    targets = [DeployTarget("shop", fake.add_server(shop, f"web-{n}").identifier, "v1") for n in range(4)]
    fake.inject(Fault.http_status(403), method="GET", path="/projects/shop/server_groups", times="always")
    async with fake.client() as dhq:
        results = await dhq.deployments.deploy_many(targets, concurrency=2, fail_fast=True)
    assert [type(r.error).__name__ for r in results[:2]] == ["PermissionDeniedError"] * 2
    assert [r.status for r in results] == ["error", "error", "skipped", "skipped"]
    assert all(r.create_attempts == 0 and not r.sent for r in results)
    assert fake.deployments() == []
    assert fake.count("GET", "/projects/shop/server_groups") == 1  # listed once, for all its targets


async def test_a_resume_sends_the_start_the_first_run_sent_not_todays(fake: FakeDeployHQ, tmp_path: Path) -> None:
    shop = fake.add_project("Shop")
    web = fake.add_server(shop, "web-1")
    for revision in ("v1", "v2"):
        fake.add_deployment(shop, web, revision)
        advance(fake, 60)
    targets = [DeployTarget("shop", web.identifier, "v3")]
    journal = tmp_path / "release.journal"
    first = Journal.open(journal, targets, "0123456789abcdef")
    await first.intent(0, fake.clock.now(), "v1")  # sent from v1, then the process died: its answer was lost
    await first.aclose()
    async with fake.client() as dhq:
        (result,) = await dhq.deployments.deploy_many(targets, wait=False, journal=journal, settle_window=1)
    assert result.ok and not result.adopted  # nothing was made: the look-up proved it, so it was sent again
    made = fake.deployments()[-1]
    assert (made.start_revision, made.end_revision) == ("v1", "v3")  # web-1's last revision is v2 by now
    assert fake.count("GET", "/projects/shop/servers") == 0  # the journal said where it starts


async def test_cancelling_a_run_while_it_lists_the_servers_sends_no_create_and_leaves_no_task(
    fake: FakeDeployHQ,
) -> None:
    shop = fake.add_project("Shop")
    targets = [DeployTarget("shop", fake.add_server(shop, f"web-{n}").identifier, "v1") for n in range(4)]
    fake.inject(Fault.latency(3600), method="GET", path="/projects/shop/servers", times="always")
    listing = asyncio.Event()

    def seen(event: object) -> None:
        if isinstance(event, RequestStarted) and event.operation == "list_project_servers":
            listing.set()

    async with fake.client(hooks=[seen]) as dhq:
        run = dhq.deployments.start_many(targets, BulkOptions(concurrency=2))
        task = asyncio.ensure_future(run.run())
        await listing.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert [r.status for r in run.results] == ["cancelled"] * 4
    assert fake.deployments() == [] and fake.count("POST") == 0
    assert len(asyncio.all_tasks()) == 1  # the listing was cancelled with the run, and awaited
