"""`deployhq-async rollout`: the targets of a file in waves."""

from __future__ import annotations

import argparse
import asyncio
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

from .._signals import on_stop
from .._words import counted
from ..bulk import BulkOptions, DeployResult, RolloutOptions, RolloutResult, RolloutRun, WaveResult
from ..errors import ValidationError
from ._args import wave
from ._common import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    UsageError,
    client,
    emit,
    parent_names,
    result_json,
    resume_command,
)
from ._live import View, view
from ._targets import read_targets
from ._terms import refused
from .logs import failure_lines


async def run(args: argparse.Namespace) -> int:
    targets = read_targets(args.file)
    options = _options(args, len(targets), on_progress=lambda result: progress(result))
    async with client(args) as dhq:
        run = dhq.deployments.start_rollout(targets, options)
        progress = await view(len(targets), sys.stderr, not args.json and not args.plan, heading=lambda: _wave(run))
        try:
            with on_stop(run.stop) as received:
                result = await _answering_pauses(run, progress)
        finally:
            progress.close()
        failures = [] if result.interrupted else await failure_lines(args, dhq, list(result.results))
        projects = {t.project for t in targets}
        names = {} if result.interrupted or args.json else await parent_names(dhq, projects)
    emit(args, _rollout_json(result), _rollout_lines(result, names) + _resume_lines(args, result))
    for line in failures:
        print(line, file=sys.stderr)
    if result.status in ("completed", "planned"):
        return EXIT_OK
    if received:
        return received.exit_status
    return EXIT_INTERRUPTED if result.interrupted else EXIT_FAILED


def _resume_lines(args: argparse.Namespace, result: RolloutResult) -> list[str]:
    """How to resume a rollout its caller stopped (nothing for one that ended by itself)."""
    if not result.interrupted:
        return []
    if args.journal:
        return [f"to resume in the wave it was in: {resume_command(args)}"]
    return ["this rollout had no --journal, so it cannot be resumed: the table says what exists"]


def _options(args: argparse.Namespace, total: int, *, on_progress: Callable[[DeployResult], None]) -> RolloutOptions:
    """The rollout the flags describe; a pause needs a terminal to ask on."""
    waves: list[int | str] = [wave(w) for w in args.waves] if args.waves else [1, "25%", "100%"]
    if "pause" in waves and not sys.stdin.isatty():
        raise UsageError("a pause wave asks on the terminal whether to go on: run it from one, or drop the pause")

    def told(wave: WaveResult) -> None:
        if not args.json:
            counts = Counter(str(r.status) for r in wave.results)
            states = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
            print(f"wave {wave.number}: {len(wave.targets)} of {counted(total, 'target')}: {states}", file=sys.stderr)

    return RolloutOptions(
        waves=waves,
        max_failures=args.max_failures,
        max_fail_percentage=args.max_fail_percentage,
        bake=args.bake,
        on_failure="rollback" if args.rollback_on_failure else "stop",
        rollback_scope="all" if args.rollback_all else "wave",
        plan=args.plan,
        preview=args.preview,
        on_wave=told,
        on_progress=on_progress,
        journal=args.journal,
        bulk=BulkOptions(
            concurrency=args.concurrency,
            timeout=args.timeout,
            poll_interval=args.poll_interval,
            settle_window=args.settle_window,
        ),
    )


def _wave(run: RolloutRun) -> str:
    """The live view's heading: the wave going on (or the last one)."""
    waves = run.result.waves
    return f"wave {waves[-1].number}" if waves and not run.options.plan else ""


async def _answering_pauses(run: RolloutRun, progress: View) -> RolloutResult:
    """The rollout's result; at each pause, the terminal says whether to go on
    (below the live view, which draws anew when the next wave starts)."""
    loop = asyncio.get_running_loop()
    task = asyncio.ensure_future(run)
    while not task.done():
        await asyncio.wait({task}, timeout=0.2)
        if run.paused and not task.done():
            progress.close()
            answer = await loop.run_in_executor(None, input, "paused: start the next wave? [y/N] ")
            run.promote() if answer.strip().lower() in ("y", "yes") else run.stop()
    return task.result()


def _rollout_lines(result: Any, names: dict[tuple[str, str], str]) -> list[str]:
    """A row per target (its server's or group's name beside its identifier),
    why DeployHQ refused any, then how the rollout ended."""
    row = "{:<6} {:<24} {:<20} {:<38} {:<14} {:<14} {}"
    lines = [row.format("WAVE", "PROJECT", "NAME", "SERVER", "NOW", "TO", "STATUS")]
    waves = {i: w.number for w in result.waves for i in w.targets}
    for index, target in enumerate(result.targets):
        back = result.rollbacks[index] if result.rollbacks else None
        status = str(result.results[index].status) + (f", rolled back: {back.status}" if back is not None else "")
        previous = result.previous[index] if result.previous else None
        lines.append(
            row.format(
                waves.get(index, "-"),
                target.project,
                names.get((target.project, target.parent_identifier), "-"),
                target.parent_identifier,
                previous or "-",
                target.end_revision,
                status,
            )
        )
    for r in result.results:  # a refusal made nothing: no log says why, so the table does
        if isinstance(r.error, ValidationError):
            why = refused(r.error, r.target.project, start=r.target.start_revision, file=True)
            lines.append(f"{r.target.project} -> {r.target.parent_identifier}: {why}")
    lines.append(f"rollout {result.status}" + (f": {result.reason}" if result.reason else ""))
    return lines


def _rollout_json(result: Any) -> Any:
    return {
        "status": result.status,
        "reason": result.reason,
        "waves": [
            {"number": w.number, "targets": w.targets, "failures": w.failures, "gate": w.gate} for w in result.waves
        ],
        "results": [
            {
                **result_json(r),
                "previous_revision": result.previous[i] if result.previous else None,
                "rolled_back": result_json(result.rollbacks[i]) if result.rollbacks and result.rollbacks[i] else None,
            }
            for i, r in enumerate(result.results)
        ],
    }
