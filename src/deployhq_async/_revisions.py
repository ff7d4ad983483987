"""Which revisions a deployment goes from and to: DeployHQ's own clients' rules.

An empty `start_revision` is not "the changes since the last deployment": DeployHQ
deploys the whole branch from its first commit. DeployHQ's Go CLI learnt this
from its users (deployhq/deployhq-cli, internal/commands/deploy.go,
`resolveStartRevision`; their issue #5 for servers, DHQ-586 for server groups)
and its Ruby gem deploys from `parent.last_revision` too (deployhq/deployhq-lib,
lib/deploy/cli.rb). So a deployment starts at:

1. the caller's start revision, when given;
2. nothing (the whole branch) when the caller asks for a full deployment;
3. else the target's `last_revision`: a server's, or a server group's (the end
   revision of the group's latest deployment);
4. else nothing: the target never had a deployment, so the first one is full.

DeployHQ refuses (422, `parent must exist`) a start that is not the end
revision of an earlier deployment on the same target (`translateParentMustExistError`
there): `refused_start` says so in the caller's terms.

The branch and end revision follow `resolveBranchAndRevision` there: the
caller's branch, else the server's preferred branch (its `branch` when it has
none), else the group's, else the repository's default; and the tip of that
branch from the branch listing (the document's `latest_revision` ignores the
branch on the real DeployHQ, their comment says), an unknown branch refused.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Literal

from ._config import check_flag, check_text
from .errors import ConfigurationError, NotFoundError, ValidationError

if TYPE_CHECKING:
    from ._client import DeployHQ

__all__ = ["DeploymentPlan", "Parent", "check_start", "start_from"]

Kind = Literal["server", "server group"]


@dataclass(frozen=True)
class Parent:
    """What a deployment goes to (DeployHQ's `parent_identifier`), a server or
    server group, as a deployment needs it: what it last deployed and the
    branch it prefers (None where DeployHQ says nothing)."""

    identifier: str
    kind: Kind
    name: str | None = None
    last_revision: str | None = None
    preferred_branch: str | None = None


@dataclass(frozen=True)
class DeploymentPlan:
    """What `deployments.plan()` resolved: the request a deployment would send.
    An empty `start_revision` is a full deployment of the branch."""

    project: str
    parent: Parent
    branch: str | None
    end_revision: str
    start_revision: str

    @property
    def full(self) -> bool:
        return not self.start_revision


def check_start(start_revision: object, full: object, *, where: str = "") -> None:
    """The start arguments of a create: a non-empty string or None, and not
    with `full`. Raises `TypeError` or `ConfigurationError` (a `ValueError`)."""
    check_flag(f"{where}full", full)
    if start_revision is None:
        return
    check_text(f"{where}start_revision", start_revision)
    assert isinstance(start_revision, str)
    if not start_revision.strip():
        raise ConfigurationError(
            f"{where}start_revision is empty, which DeployHQ takes as a full deployment of the whole branch: "
            "pass full=True for that, or leave start_revision out to deploy the changes since the target's "
            "last deployment"
        )
    if full:
        raise ConfigurationError(
            f"{where}full=True deploys the whole branch and start_revision={start_revision!r} a range: give one"
        )


def start_from(start_revision: str | None, full: bool, parent: Parent | None) -> str:
    """The rule above: the start revision a deployment sends ("" = full)."""
    if full:
        return ""
    if start_revision:
        return start_revision
    if parent is not None and parent.last_revision:
        return parent.last_revision
    return ""


def _server(model: Any) -> Parent:
    return Parent(
        str(model.identifier),
        "server",
        name=_text(model.name),
        last_revision=_text(model.last_revision),
        # DeployHQ's CLI falls back on the server's `branch` when it names no preferred one.
        preferred_branch=_text(model.preferred_branch) or _text(getattr(model, "branch", None)),
    )


def _group(model: Any) -> Parent:
    return Parent(
        str(model.identifier),
        "server group",
        name=_text(model.name),
        last_revision=_text(model.last_revision),
        preferred_branch=_text(model.preferred_branch),
    )


def _text(value: object) -> str | None:
    return value if isinstance(value, str) and value else None


async def lookup_parent(client: DeployHQ, project: str, identifier: str) -> Parent:
    """One server or server group of `project`: the server, else the group (as
    DeployHQ's CLI looks: a server's URL answers 404 for a group). Raises
    `NotFoundError` when it is neither, and what the look-ups raise."""
    try:
        return _server(await client.servers.get(project, identifier))
    except NotFoundError:
        pass
    try:
        return _group(await client.server_groups.get(project, identifier))
    except NotFoundError as exc:
        raise NotFoundError(
            f"{identifier!r} is neither a server nor a server group of project {project!r}; "
            "list them with servers.list() and server_groups.list()",
            response=exc.response,
            body=exc.body,
            error_code=exc.error_code,
            attempts=exc.attempts,
        ) from None


async def project_parents(client: DeployHQ, project: str) -> dict[str, Parent]:
    """Every server and server group of `project` by identifier, from one
    listing of servers and one of groups (the servers inside each group too,
    whether or not the server listing shows them)."""
    import asyncio  # here: `import deployhq_async` keeps asyncio off its import path

    # Side by side: one round trip, not two, before a run's first create.
    groups, servers = await asyncio.gather(
        client.server_groups.list(project).collect(), client.servers.list(project).collect()
    )
    found: dict[str, Parent] = {}
    for group in groups:
        found[str(group.identifier)] = _group(group)
        for member in group.servers or ():
            if isinstance(member.identifier, str) and member.identifier:
                found.setdefault(member.identifier, _server(member))
    for server in servers:
        found[str(server.identifier)] = _server(server)
    return found


async def resolve_branch(client: DeployHQ, project: str, parent: Parent, branch: str | None) -> str | None:
    """The branch a deployment to `parent` deploys: `branch`, the parent's
    preferred one, or the repository's default (None when none is known)."""
    if branch:
        return branch
    if parent.preferred_branch:
        return parent.preferred_branch
    repository = await client.repository.get(project)
    return _text(repository.branch)


async def branch_tip(client: DeployHQ, project: str, branch: str) -> str:
    """The revision at the tip of `branch`, from the repository's branch
    listing. Raises `ConfigurationError` naming the branches when it has none
    of that name."""
    listing = await client.repository.branches(project)
    tips = {str(k): v for k, v in listing.additional_properties.items()}
    tip = tips.get(branch)
    if not isinstance(tip, str) or not tip:
        names = ", ".join(sorted(tips)) or "none"
        raise ConfigurationError(
            f"branch {branch!r} is not a branch of project {project!r}'s repository (its branches: {names})"
        )
    return tip


def parent_must_exist(exc: ValidationError) -> bool:
    """DeployHQ's 422 for a start revision that ended no earlier deployment on
    the target: `{"parent": ["must exist"]}` (the document's field errors), or
    the same words as one message (the shapes DeployHQ's Go SDK reads)."""
    texts = [exc.message, *exc.base, *(f"{k} {m}" for k, ms in exc.errors.items() for m in ms)]
    return any("parent must exist" in text.lower() for text in texts)


def refused_start(exc: ValidationError, start_revision: str, project: str, target: str) -> ValidationError:
    """`exc` (a `parent must exist` refusal) said in the caller's terms; keeps
    DeployHQ's fields, status and response."""
    shown = start_revision or "(none)"
    return ValidationError(
        f"DeployHQ refused start revision {shown} for {target} in project {project!r}: no earlier deployment "
        "there ended at that revision (it was force-pushed away, or never deployed there). Deploy the whole "
        "branch with full=True (--full in the CLI), or give a start revision that ended an earlier deployment "
        "there (deployments.list(project, server=...) shows them)",
        errors=exc.errors,
        base=exc.base,
        response=exc.response,
        body=exc.body,
        error_code=exc.error_code,
        hint=exc.hint,
        attempts=exc.attempts,
        retry_after=exc.retry_after,
        may_have_been_processed=exc.may_have_been_processed,
    )
