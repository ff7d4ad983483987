"""`deployhq-async logs`, `deploy --follow`, and the last lines of a failed
deployment's log that `deploy --wait`, `wait`, `bulk` and `rollout` print."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import AsyncIterator
from typing import TYPE_CHECKING

from .._status import DeploymentStatus
from .._step_logs import entry_id
from ..errors import DeployHQError, DeploymentTimeoutError, NotFoundError
from ._common import EXIT_FAILED, EXIT_OK, EXIT_TIMEOUT, client, json_value
from ._terms import not_found

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment, DeploymentLogEntry

    from .. import DeployHQ, DeployResult


async def run(args: argparse.Namespace) -> int:
    async with client(args) as dhq:
        try:
            return await stream(args, dhq, args.deployment, follow=args.follow, step=args.step)
        except NotFoundError as exc:
            raise await not_found(dhq, args.project, exc, deployment=args.deployment) from None


async def stream(args: argparse.Namespace, dhq: DeployHQ, deployment: str, *, follow: bool, step: str | None) -> int:
    """Print the deployment's log entries as they come (one JSON object a line
    with --json); the exit status of how it ended."""
    entries = dhq.deployments.follow_logs(
        args.project, deployment, step=step, follow=follow, timeout=args.timeout, poll_interval=args.poll_interval
    )
    try:
        async for entry in entries:
            print_entry(args, entry)
    except DeploymentTimeoutError as exc:
        print(
            f"deployhq-async: deployment {deployment} of {args.project} is still {exc.status} after "
            f"{args.timeout:g} s; it goes on: `deployhq-async logs {args.project} {deployment} --follow` "
            "follows it again",
            file=sys.stderr,
        )
        return EXIT_TIMEOUT
    if not follow:
        return EXIT_OK
    state = DeploymentStatus.of((await dhq.deployments.get(args.project, deployment)).status)
    return EXIT_OK if state is not None and state.succeeded else EXIT_FAILED


def print_entry(args: argparse.Namespace, entry: DeploymentLogEntry) -> None:
    if args.json:
        data = {"id": entry.id, "step": entry.step, "type": entry.type_, "message": entry.message}
        print(json.dumps({**data, "detail": entry.detail}, default=json_value), flush=True)
        return
    print(entry.message or "", flush=True)
    if entry.detail:
        for line in entry.detail.splitlines():
            print(f"    {line}", flush=True)


EXCERPTS = 3  # failed deployments of a run whose log lines are printed; the others are named


async def failure_lines(args: argparse.Namespace, dhq: DeployHQ, results: list[DeployResult]) -> list[str]:
    """For a run's failed deployments: the last lines of the failed steps' logs
    of the first few, and how to read the others' (nothing with --json or
    --quiet)."""
    if args.json or args.quiet:
        return []
    failed = [r for r in results if r.status == DeploymentStatus.FAILED and r.deployment is not None]
    lines: list[str] = []
    for result in failed[:EXCERPTS]:
        assert result.deployment is not None
        excerpt = await failure_excerpt(dhq, result.target.project, result.deployment, args.log_lines)
        if excerpt:
            target = result.target
            lines.append(f"deployment {result.deployment.identifier} ({target.project} -> {target.parent_identifier}):")
            lines += [f"  {line}" for line in excerpt]
    if len(failed) > EXCERPTS:
        first = failed[EXCERPTS]
        assert first.deployment is not None
        lines.append(
            f"{len(failed) - EXCERPTS} more failed: read a log with `deployhq-async logs PROJECT DEPLOYMENT` "
            f"(deployhq-async logs {first.target.project} {first.deployment.identifier})"
        )
    return lines


async def failure_excerpt(dhq: DeployHQ, project: str, deployment: Deployment, lines: int) -> list[str]:
    """The last `lines` lines of each failed step's log (identical lines once), as
    DeployHQ's own CLI shows them (deployhq-cli `internal/commands/watch.go`);
    nothing when `lines` is 0 or the log cannot be read (the failure is
    reported anyway)."""
    if lines <= 0:
        return []
    out: list[str] = []
    for step in deployment.steps or []:
        if step.status != "failed" or step.logs is False:
            continue
        try:
            newest = [e async for e in _newest_page(dhq, project, str(deployment.identifier), step.identifier)]
        except DeployHQError:
            continue
        if shown := _last_messages(newest, lines):
            out.append(f"last lines of the log of {step.description or step.identifier}:")
            out += [f"  {line}" for line in shown]
    return out


def _last_messages(entries: list[DeploymentLogEntry], lines: int) -> list[str]:
    """The messages of the last `lines` entries in the order written, each once."""
    shown: list[str] = []
    for entry in sorted(entries, key=lambda e: entry_id(e) or 0)[-lines:]:
        if entry.message and entry.message not in shown:
            shown.append(entry.message)
    return shown


async def _newest_page(dhq: DeployHQ, project: str, deployment: str, step: str) -> AsyncIterator[DeploymentLogEntry]:
    """The newest page of a step's log (`logs()` reads newest first)."""
    count = 0
    async for entry in dhq.deployments.logs(project, deployment, step):
        yield entry
        count += 1
        if count >= 50:  # DeployHQ's page: enough for an excerpt, one request
            return
