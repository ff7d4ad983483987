"""The `deployhq-async` command: deploy with DeployHQ from a shell or a CI job.
One module per command; `parser.py` puts them together."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import traceback
from collections.abc import Sequence

from .._signals import on_stop
from ..errors import AuthenticationError, ConfigurationError, DeployHQError
from ._common import EXIT_FAILED, EXIT_INTERRUPTED, EXIT_USAGE, UsageError
from ._loop import loop_factory, loop_name
from ._parser import parser
from ._targets import read_targets

__all__ = ["main", "read_targets"]


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = parser().parse_args(argv)
    args.argv = argv  # what a resume command repeats
    if args.verbose:
        import logging

        from .._logging import configure

        configure(logging.DEBUG, headers=args.verbose > 1)
    try:
        if args.debug:
            print(f"deployhq-async: event loop {loop_name(args.loop)}, transport {args.transport}", file=sys.stderr)
        with asyncio.Runner(loop_factory=loop_factory(args.loop)) as runner:
            status: int = runner.run(_stoppable(args))
        return status
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except (ConfigurationError, UsageError, ValueError) as exc:
        return _fail(args, exc, EXIT_USAGE)
    except DeployHQError as exc:
        return _fail(args, exc, EXIT_FAILED)
    except Exception as exc:  # a bug, or something this command does not foresee
        return _fail(args, exc, EXIT_FAILED, unexpected=True)


async def _stoppable(args: argparse.Namespace) -> int:
    """The command, cancelled by SIGINT, SIGTERM or SIGHUP (a bulk run or
    rollout inside it stops gently instead): 128 plus the signal's number."""
    task = asyncio.current_task()
    assert task is not None
    with on_stop(task.cancel) as received:
        try:
            return await args.run(args)  # type: ignore[no-any-return]
        except asyncio.CancelledError:
            if not received:
                raise
            return received.exit_status


def _fail(args: argparse.Namespace, exc: Exception, code: int, *, unexpected: bool = False) -> int:
    message = f"{type(exc).__name__}: {exc}" if unexpected else str(exc)
    if isinstance(exc, AuthenticationError):
        message += (
            " (check DEPLOYHQ_EMAIL, the address you sign in with, and DEPLOYHQ_API_KEY, your API key under "
            "Settings > Security in DeployHQ; DEPLOYHQ_ACCOUNT or DEPLOYHQ_BASE_URL names the account)"
        )
    if unexpected and not args.debug:
        message += " (an unexpected error: --debug shows where)"
    if args.json:
        json.dump({"error": {"type": type(exc).__name__, "message": str(exc), "exit": code}}, sys.stdout)
        sys.stdout.write("\n")
    else:
        print(f"deployhq-async: {message}", file=sys.stderr)
    if args.debug:
        traceback.print_exception(type(exc), exc, exc.__traceback__, file=sys.stderr)
    return code
