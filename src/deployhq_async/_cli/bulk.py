"""`deployhq-async bulk`: every target of a file, at bounded concurrency."""

from __future__ import annotations

import argparse
import sys
from collections import Counter

from .._signals import on_stop
from .._words import counted
from ..bulk import BulkOptions, DeployResult
from ..errors import ValidationError
from ._common import (
    EXIT_INTERRUPTED,
    client,
    emit,
    exit_status,
    identifier,
    parent_names,
    result_json,
    resume_command,
)
from ._live import view
from ._targets import read_targets
from ._terms import refused
from .logs import failure_lines


async def run(args: argparse.Namespace) -> int:
    targets = read_targets(args.file)
    options = BulkOptions(
        concurrency=args.concurrency,
        wait=args.wait,
        fail_fast=args.fail_fast,
        max_unfinished=args.max_unfinished,
        timeout=args.timeout,
        poll_interval=args.poll_interval,
        settle_window=args.settle_window,
        abort_duplicates=not args.keep_duplicates,
        journal=args.journal,
    )
    progress = await view(len(targets), sys.stderr, enabled=not args.json)
    async with client(args) as dhq:
        run = dhq.deployments.start_many(targets, options, on_progress=progress)
        # Ctrl-C, SIGTERM, SIGHUP: launch nothing more, let the requests on the wire finish, say what exists.
        try:
            with on_stop(run.stop) as received:
                results = await run
        finally:
            progress.close()
        # A stopped run sends nothing more; a finished one names its servers and says why its failures failed.
        failures = [] if run.stopped else await failure_lines(args, dhq, results)
        names = {} if run.stopped or args.json else await parent_names(dhq, {t.project for t in targets})
    lines = _stopped_lines(args, results) if run.stopped else _table(results, names)
    emit(args, [result_json(r) for r in results], lines)
    for line in failures:
        print(line, file=sys.stderr)
    if received:
        return received.exit_status
    return EXIT_INTERRUPTED if run.stopped else exit_status(results)


def _table(results: list[DeployResult], names: dict[tuple[str, str], str]) -> list[str]:
    """A row per target (its server's or group's name beside its identifier),
    then the count of each status."""
    row = "{:<24} {:<20} {:<38} {:<38} {:<10} {}"
    lines = [row.format("PROJECT", "NAME", "SERVER", "DEPLOYMENT", "STATUS", "ERROR")]
    lines += [
        row.format(
            r.target.project,
            names.get((r.target.project, r.target.parent_identifier), "-"),
            r.target.parent_identifier,
            identifier(r),
            r.status,
            _error(r),
        )
        for r in results
    ]
    counts = Counter(r.status for r in results)
    summary = f"{counted(len(results), 'target')}: " + ", ".join(f"{n} {s}" for s, n in sorted(counts.items()))
    adopted = sum(r.adopted for r in results)
    if adopted:  # a resumed run: what an earlier run had made is not made again
        summary += f" ({adopted} made by an earlier run with this journal, or found after a lost answer)"
    lines.append(summary)
    return lines


def _error(result: DeployResult) -> str:
    """A target's error; a refusal names the targets file's columns."""
    if isinstance(result.error, ValidationError):
        return refused(result.error, result.target.project, start=result.target.start_revision, file=True)
    return str(result.error or "")


def _stopped_lines(args: argparse.Namespace, results: list[DeployResult]) -> list[str]:
    """A stopped run: the deployments it made, and how to resume it."""
    made = [r for r in results if r.deployment is not None]
    lines = [f"interrupted: {counted(len(made), 'deployment')} made:"] + [
        f"{r.target.project:<24} {r.target.parent_identifier:<38} {identifier(r):<38} {r.status}" for r in made
    ]
    if args.journal:
        lines.append(f"to resume without deploying twice: {resume_command(args)}")
    else:
        lines.append(
            "this run had no --journal, so it cannot be resumed: the deployments above exist; running the "
            "file again deploys every target again (give --journal FILE to make a run resumable)"
        )
    return lines
