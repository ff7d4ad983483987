"""`deployhq-async deploy` and `wait`: one deployment, followed to its end."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from .. import DeployHQ, DeploymentPlan
from ..errors import DeploymentFailedError, DeploymentTimeoutError, NotFoundError, ValidationError
from ._common import EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, UsageError, client, emit
from ._live import deployment_view
from ._terms import not_found, refused
from .logs import failure_excerpt, stream


async def deploy(args: argparse.Namespace) -> int:
    if args.start_revision is not None and not args.start_revision.strip():
        raise UsageError("--start-revision is empty: leave it out for the changes since the last deployment, or --full")
    async with client(args) as dhq:
        plan = await _plan(args, dhq)
        try:
            deployment = await dhq.deployments.create(
                args.project,
                parent_identifier=args.server,
                end_revision=plan.end_revision,
                branch=plan.branch,
                start_revision=plan.start_revision or None,
                full=plan.full,
            )
        except ValidationError as exc:  # nothing was made: the values, in the flags' terms
            raise UsageError(refused(exc, args.project, start=plan.start_revision)) from None
        if args.follow:  # its log as it is written, then how it ended
            status = await stream(args, dhq, str(deployment.identifier), follow=True, step=None)
            if status == EXIT_TIMEOUT:
                return status
            return await _follow(args, dhq, str(deployment.identifier))
        if not args.wait:
            return _report(args, deployment, EXIT_OK)
        if not args.json:
            print(f"deployment {deployment.identifier}: {deployment.status}, waiting", flush=True)
        return await _follow(args, dhq, str(deployment.identifier))


async def _plan(args: argparse.Namespace, dhq: DeployHQ) -> DeploymentPlan:
    """The branch, its tip and the start, as DeployHQ's own CLI resolves them (said on stderr)."""
    try:
        plan = await dhq.deployments.plan(
            args.project,
            parent_identifier=args.server,
            branch=args.branch,
            end_revision=args.revision,
            start_revision=args.start_revision,
            full=args.full,
        )
    except NotFoundError as exc:
        raise await not_found(dhq, args.project, exc, server=args.server) from None
    if not args.json:
        since = "the whole branch" if plan.full else f"the changes since {plan.start_revision}"
        print(f"deploying {plan.branch or 'the default branch'} at {plan.end_revision}: {since}", file=sys.stderr)
    return plan


async def wait(args: argparse.Namespace) -> int:
    async with client(args) as dhq:
        try:
            return await _follow(args, dhq, args.deployment)
        except NotFoundError as exc:
            raise await not_found(dhq, args.project, exc, deployment=args.deployment) from None


async def _follow(args: argparse.Namespace, dhq: DeployHQ, identifier: str) -> int:
    """Wait for a deployment; its final state, and the exit status it means.
    On a terminal (and not after --follow's log), its steps redrawn at each poll."""
    shown = None if args.follow else await deployment_view(sys.stderr, not args.json)
    try:
        deployment = await dhq.deployments.wait(
            args.project, identifier, timeout=args.timeout, poll_interval=args.poll_interval, on_poll=shown
        )
    except (DeploymentFailedError, DeploymentTimeoutError) as exc:
        ended: DeploymentFailedError | DeploymentTimeoutError | None = exc
    else:
        ended = None
    finally:
        if shown is not None:
            shown.close()
    if isinstance(ended, DeploymentFailedError):
        if not args.json and not args.quiet and not args.follow:  # --follow printed the whole log already
            for line in await failure_excerpt(dhq, args.project, ended.deployment, args.log_lines):
                print(line, file=sys.stderr)
        return _report(args, ended.deployment, EXIT_FAILED)
    if isinstance(ended, DeploymentTimeoutError):
        print(
            f"deployhq-async: deployment {identifier} of {args.project} is still {ended.status} after "
            f"{args.timeout:g} s; it goes on: follow it again with `deployhq-async wait {args.project} {identifier}`",
            file=sys.stderr,
        )
        return _report(args, ended.deployment, EXIT_TIMEOUT)
    return _report(args, deployment, EXIT_OK)


def _report(args: argparse.Namespace, deployment: Any, status: int) -> int:
    data = {"deployment": deployment.identifier, "status": deployment.status, "project": args.project}
    emit(args, data, [f"deployment {deployment.identifier}: {deployment.status}"])
    return status
