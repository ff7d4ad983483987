"""The fake's revision rules, as DeployHQ's own clients show them: full and
incremental deployments, the start revisions DeployHQ accepts, preferred
branches and the repository's answers."""

from __future__ import annotations

import pytest

from deployhq_async import DeployHQ, NotFoundError, ValidationError
from deployhq_async.testing import AutojumpClock, FakeDeployHQ


@pytest.fixture
def fake() -> FakeDeployHQ:
    fake = FakeDeployHQ(clock=AutojumpClock(), pending_seconds=1, running_seconds=2)
    project = fake.add_project("Shop", repository_url="git@example.com:acme/shop.git")
    fake.add_commit(project, ["index.html", "app.js", "style.css"], revision="c1")
    fake.add_commit(project, ["app.js"], revision="c2")
    fake.add_commit(project, ["api.py"], branch="develop", revision="d1")
    fake.add_server(project, "web-1")
    return fake


def web(fake: FakeDeployHQ) -> str:
    return next(iter(fake.projects["shop"].servers))


async def test_a_second_deployment_without_a_start_lists_only_the_changed_files(
    fake: FakeDeployHQ, dhq: DeployHQ
) -> None:
    first = await dhq.deployments.create("shop", parent_identifier=web(fake), end_revision="c1")
    await dhq.deployments.wait("shop", str(first.identifier))
    assert (await dhq.servers.get("shop", web(fake))).last_revision == "c1"
    second = await dhq.deployments.create("shop", parent_identifier=web(fake), end_revision="c2")
    assert second.start_revision is not None and second.start_revision.ref == "c1"
    assert second.files is not None and second.files[web(fake)].changed == ["app.js"]
    transfer = [s for s in second.steps or [] if s.step == "transfer"]
    assert [s.total_items for s in transfer] == [1]


async def test_a_full_deployment_lists_every_file_of_the_branch(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    first = await dhq.deployments.create("shop", parent_identifier=web(fake), end_revision="c1")
    await dhq.deployments.wait("shop", str(first.identifier))
    again = await dhq.deployments.create("shop", parent_identifier=web(fake), end_revision="c2", full=True)
    assert again.start_revision is None
    changed = again.files[web(fake)].changed if again.files else None
    assert changed == ["app.js", "index.html", "style.css"]
    assert [s.total_items for s in again.steps or [] if s.step == "transfer"] == [3]


async def test_a_start_that_ended_no_deployment_there_is_refused_saying_what_to_do(
    fake: FakeDeployHQ, dhq: DeployHQ
) -> None:
    first = await dhq.deployments.create("shop", parent_identifier=web(fake), end_revision="c1")
    await dhq.deployments.wait("shop", str(first.identifier))
    with pytest.raises(ValidationError) as refused:
        await dhq.deployments.create("shop", parent_identifier=web(fake), end_revision="c2", start_revision="d1")
    assert refused.value.errors == {"parent": ["must exist"]}
    assert f"DeployHQ refused start revision d1 for {web(fake)} in project 'shop'" in str(refused.value)
    assert "full=True" in str(refused.value)
    assert len(fake.deployments()) == 1
    # A start that ended a deployment there is accepted, whatever came after it.
    made = await dhq.deployments.create("shop", parent_identifier=web(fake), end_revision="c2", start_revision="c1")
    assert made.start_revision is not None and made.start_revision.ref == "c1"


async def test_a_group_deploys_from_its_own_last_revision_and_its_preferred_branch(
    fake: FakeDeployHQ, dhq: DeployHQ
) -> None:
    group = fake.add_server_group("shop", "pool", branch="develop")
    fake.add_server("shop", "pool-1", group=group.identifier)
    first = await dhq.deployments.create("shop", parent_identifier=group.identifier, end_revision="c1")
    assert first.branch == "develop"  # no branch given: the group's
    await dhq.deployments.wait("shop", str(first.identifier))
    listed = {g.identifier: g for g in await dhq.server_groups.list("shop").collect()}
    assert (listed[group.identifier].last_revision, listed[group.identifier].preferred_branch) == ("c1", "develop")
    second = await dhq.deployments.create("shop", parent_identifier=group.identifier, end_revision="c2")
    assert second.start_revision is not None and second.start_revision.ref == "c1"


async def test_the_repository_answers_branches_and_a_latest_revision_that_ignores_the_branch(
    fake: FakeDeployHQ, dhq: DeployHQ
) -> None:
    branches = await dhq.repository.branches("shop")
    assert branches.additional_properties == {"main": "c2", "develop": "d1"}
    # As DeployHQ's CLI found of the real one: the default branch's tip, whatever is asked.
    assert await dhq.repository.latest_revision("shop", "develop") == "c2"
    assert (await dhq.repository.get("shop")).branch == "main"
    fake.add_project("Bare")
    with pytest.raises(NotFoundError):
        await dhq.repository.branches("bare")


def test_commits_need_a_repository(fake: FakeDeployHQ) -> None:
    with pytest.raises(ValueError, match="has no repository: add it with repository_url="):
        fake.add_commit(fake.add_project("Bare"), ["a"])


async def test_use_latest_starts_at_the_last_revision_and_current_ends_at_the_tip(
    fake: FakeDeployHQ, dhq: DeployHQ
) -> None:
    first = await dhq.deployments.create("shop", parent_identifier=web(fake), end_revision="c1")
    await dhq.deployments.wait("shop", str(first.identifier))
    # Both from DeployHQ's MCP server: use_latest (the last deployed revision) and __CURRENT__ (the tip).
    body = {"deployment": {"parent_identifier": web(fake), "end_revision": "__CURRENT__", "use_latest": True}}
    answer = await dhq.call_untyped("createProjectDeployment", project_id="shop", body=body)
    assert (answer.start_revision.ref, answer.end_revision.ref) == ("c1", "c2")
    assert fake.deployments()[-1].files == ["app.js"]


async def test_a_preview_answers_its_identifier_and_status_alone(fake: FakeDeployHQ, dhq: DeployHQ) -> None:
    preview = await dhq.deployments.preview("shop", parent_identifier=web(fake), end_revision="c1")
    # DeployHQ's CLI (pkg/sdk/types.go, DeploymentPreview): the answer has nothing else.
    assert preview.to_dict() == {"identifier": preview.identifier, "status": "preview_pending"}
    followed = await dhq.deployments.wait("shop", preview.identifier)
    assert (followed.status, followed.end_revision and followed.end_revision.ref) == ("preview_ready", "c1")


async def test_a_completed_deployment_can_be_retried_and_an_unfinished_one_cannot(
    fake: FakeDeployHQ, dhq: DeployHQ
) -> None:
    first = await dhq.deployments.create("shop", parent_identifier=web(fake), end_revision="c1")
    with pytest.raises(ValidationError, match="Only finished deployments can be retried"):
        await dhq.deployments.retry("shop", first.identifier)
    await dhq.deployments.wait("shop", first.identifier)
    again = await dhq.deployments.retry("shop", first.identifier)  # "a failed or completed deployment"
    assert again.end_revision is not None and again.end_revision.ref == "c1"
