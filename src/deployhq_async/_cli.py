"""The `deployhq-async` command: deploy with DeployHQ from a shell or a CI job."""

from __future__ import annotations

import argparse
import asyncio
import csv
import dataclasses
import datetime
import json
import os
import sys
import time
import traceback
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TextIO

from . import DeployHQ, DeployResult, DeployTarget, __version__
from ._client import TRANSPORT_NAMES
from ._signals import on_stop
from ._status import DeploymentStatus
from .errors import (
    AuthenticationError,
    ConfigurationError,
    DeployHQError,
    DeploymentFailedError,
    DeploymentTimeoutError,
)

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TIMEOUT, EXIT_INTERRUPTED = 0, 1, 2, 124, 130
# The demo's fake account accepts this key.
_FAKE_KEY = "0123456789abcdef0123456789abcdef01234567"

DESCRIPTION = """\
Deploy with DeployHQ from a shell or a CI job: one deployment, many at once
from a file, or a look at projects, servers and deployments."""

EPILOG = """\
environment (every command but demo):
  DEPLOYHQ_ACCOUNT    your account: the <account> of https://<account>.deployhq.com
  DEPLOYHQ_EMAIL      the email address you sign in with
  DEPLOYHQ_API_KEY    your API key (Settings > Security in DeployHQ)
  DEPLOYHQ_BASE_URL   another API root instead of the account's (optional)
  DEPLOYHQ_TRANSPORT  the default of --transport (every command)
  DEPLOYHQ_LOOP       the default of --loop (every command)
  HTTPS_PROXY, NO_PROXY, SSL_CERT_FILE   as for any httpx2 client

exit status:
  0    success (demo: no target was deployed twice; one of its servers fails on purpose)
  1    a deployment failed, or DeployHQ could not be reached or refused a request
  2    a usage or configuration error (nothing was sent)
  124  a wait timed out (the deployment goes on: `deployhq-async wait` follows it again)
  130  interrupted: Ctrl-C; 143 for SIGTERM, 129 for SIGHUP, which stop it alike (bulk first
       prints the deployments it made, and how to resume with --journal)
rollout: 0 every wave completed (or --plan), 1 failures or the gate stopped it (rolled back
  or not), 130/143/129 interrupted (with --journal it prints how to resume)"""

API_KEY_LENGTH = 40


class _Formatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    """Paragraphs kept as written, and every option's default shown."""


LOOPS = ("auto", "asyncio", "uvloop")


def _uvloop_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("uvloop") is not None


def _loop_factory(name: str) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """The event loop a command runs on: uvloop when asked for, or (auto) when installed."""
    if name == "asyncio" or (name == "auto" and not _uvloop_installed()):
        return None
    try:
        import uvloop
    except ImportError:
        raise UsageError("--loop uvloop needs uvloop: pip install 'deployhq-async[speed]'") from None
    factory: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return factory


def _loop_name(name: str) -> str:
    if _loop_factory(name) is None:
        return "asyncio"
    from importlib.metadata import version

    return f"uvloop {version('uvloop')}"


class _Version(argparse.Action):
    """`--version`: the package, its HTTP stack and the event loop commands run on."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        import httpx2

        loop = _loop_name(os.environ.get("DEPLOYHQ_LOOP") or "auto")
        print(f"deployhq-async {__version__} (httpx2 {httpx2.__version__}, event loop: {loop})")
        parser.exit()


class UsageError(ValueError):
    """What the command was given cannot work; nothing was sent."""


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        if args.debug:
            print(f"deployhq-async: event loop {_loop_name(args.loop)}, transport {args.transport}", file=sys.stderr)
        with asyncio.Runner(loop_factory=_loop_factory(args.loop)) as runner:
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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="deployhq-async", description=DESCRIPTION, epilog=EPILOG, formatter_class=_Formatter
    )
    parser.add_argument("--version", action=_Version, help="show the version, the HTTP stack and the event loop")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Any, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help, epilog=EPILOG, formatter_class=_Formatter)
        sub.add_argument("--json", action="store_true", help="print JSON (errors too) instead of text")
        sub.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")
        sub.add_argument(
            "--transport",
            choices=TRANSPORT_NAMES,
            default=os.environ.get("DEPLOYHQ_TRANSPORT") or "httpx2",
            help="httpx2, or aiohttp for long runs (pip install 'deployhq-async[aiohttp]')",
        )
        sub.add_argument(
            "--loop",
            choices=LOOPS,
            default=os.environ.get("DEPLOYHQ_LOOP") or "auto",
            help="the event loop: auto is uvloop when it is installed (pip install 'deployhq-async[speed]')",
        )
        sub.add_argument(
            "--max-rate",
            type=_rate,
            help="send at most N requests a second (default: below DeployHQ's limit, learned from its 429s)",
        )
        sub.set_defaults(run=run)
        return sub

    demo = command("demo", _demo, "deploy to a local fake DeployHQ, with injected faults")
    demo.add_argument("--projects", type=_positive, default=3, help="projects of the fake account")
    demo.add_argument("--servers", type=_positive, default=12, help="servers per project")
    demo.add_argument("--concurrency", type=_positive, default=8, help="requests in flight at once")

    deploy = command("deploy", _deploy, "deploy a revision to a server or server group")
    deploy.add_argument("project", help="the project's permalink or identifier")
    deploy.add_argument("--server", required=True, help="server or server group identifier")
    deploy.add_argument("--branch", help="branch (the server's or group's preferred one, else the repository's)")
    deploy.add_argument("--revision", help="end revision (commit; the branch's tip when left out)")
    start = deploy.add_mutually_exclusive_group()
    start.add_argument("--start-revision", help="start revision (the server's or group's last revision when left out)")
    start.add_argument("--full", action="store_true", help="deploy the whole branch, not the changes since the last")
    deploy.add_argument("--wait", action="store_true", help="wait for the deployment to finish")
    deploy.add_argument("--timeout", type=_seconds_value, default=900.0, help="seconds --wait waits at most")
    deploy.add_argument("--poll-interval", type=_seconds_value, default=2.0, help="seconds between first polls")

    wait = command("wait", _wait, "follow a deployment until it finishes")
    wait.add_argument("project", help="the project's permalink or identifier")
    wait.add_argument("deployment", help="the deployment's identifier")
    wait.add_argument("--timeout", type=_seconds_value, default=900.0, help="seconds to wait at most")
    wait.add_argument("--poll-interval", type=_seconds_value, default=2.0, help="seconds between first polls")

    bulk = command("bulk", _bulk, "deploy every target listed in a TOML or CSV file")
    bulk.add_argument(
        "file", type=Path, help="[[target]] tables (TOML) or a header row (CSV): project, server, revision"
    )
    bulk.add_argument("--concurrency", type=_positive, default=8, help="requests in flight at once")
    bulk.set_defaults(wait=True)  # first, so that the help does not print it as the option's default
    bulk.add_argument(
        "--no-wait",
        dest="wait",
        action="store_false",
        default=argparse.SUPPRESS,
        help="create the deployments only (by default each is followed to its end)",
    )
    bulk.add_argument("--fail-fast", action="store_true", help="launch nothing more after the first failure")
    bulk.add_argument("--max-unfinished", type=_positive, help="deployments of the run unfinished at once")
    bulk.add_argument("--timeout", type=_seconds_value, default=900.0, help="seconds to follow each deployment")
    bulk.add_argument("--poll-interval", type=_seconds_value, default=2.0, help="seconds between first polls")
    bulk.add_argument("--settle-window", type=_seconds_value, help="seconds to look for a create whose answer was lost")
    bulk.add_argument("--keep-duplicates", action="store_true", help="report a second deployment, do not abort it")
    bulk.add_argument(
        "--journal", type=Path, help="record every create in FILE; run again with it to resume after a crash"
    )

    rollout = command("rollout", _rollout, "deploy the targets of a TOML or CSV file in waves")
    rollout.add_argument("file", type=Path, help="the targets, as for bulk")
    rollout.add_argument(
        "--wave",
        dest="waves",
        action="append",
        metavar="SIZE",
        help='one wave: a count, a percentage ("25%%") or "pause" (asks on the terminal); repeat it, in order; '
        "the last size repeats (default: 1, 25%%, 100%%)",
    )
    budget = rollout.add_mutually_exclusive_group()
    budget.add_argument("--max-failures", type=_count, help="start no later wave once more targets failed")
    budget.add_argument(
        "--max-fail-percentage", type=_percentage, help="start no later wave once more than this %% failed"
    )
    rollout.add_argument("--bake", type=_seconds_or_zero, default=0.0, help="seconds to wait after each wave")
    rollout.add_argument(
        "--rollback-on-failure",
        action="store_true",
        help="when failures stop the rollout, deploy the failed wave's changed targets their previous revision",
    )
    rollout.add_argument("--rollback-all", action="store_true", help="with --rollback-on-failure: every wave's")
    rollout.add_argument("--plan", action="store_true", help="send nothing: show the waves and current revisions")
    rollout.add_argument("--preview", action="store_true", help="with --plan: a preview deployment per target")
    rollout.add_argument("--concurrency", type=_positive, default=8, help="requests in flight at once")
    rollout.add_argument(
        "--journal", type=Path, help="record the rollout in FILE (and FILE.wave-N); run again with it to resume"
    )
    rollout.add_argument("--timeout", type=_seconds_value, default=900.0, help="seconds to follow each deployment")
    rollout.add_argument(
        "--settle-window", type=_seconds_value, help="seconds to look for a create whose answer was lost"
    )
    rollout.add_argument("--poll-interval", type=_seconds_value, default=2.0, help="seconds between first polls")

    command("projects", _projects, "list projects")
    servers = command("servers", _servers, "list a project's servers")
    servers.add_argument("project", help="the project's permalink or identifier")
    deployments = command("deployments", _deployments, "list a project's recent deployments")
    deployments.add_argument("project", help="the project's permalink or identifier")
    deployments.add_argument("--limit", type=_positive, default=20, help="how many, newest first")
    return parser


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a positive whole number, got {text}")
    return value


def _count(text: str) -> int:
    if not text.isdigit():
        raise argparse.ArgumentTypeError(f"expected a whole number of 0 or more, got {text!r}")
    return int(text)


def _percentage(text: str) -> float:
    try:
        value = float(text.rstrip("%"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a percentage, got {text!r}") from None
    if not 0 <= value <= 100:
        raise argparse.ArgumentTypeError(f"expected a percentage from 0 to 100, got {text}")
    return value


def _seconds_or_zero(text: str) -> float:
    return 0.0 if text.strip() in ("0", "0.0") else _seconds_value(text)


def _wave(text: str) -> int | str:
    return int(text) if text.isdigit() else text


def _rate(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of requests a second, got {text!r}") from None
    if not 0 < value < float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of requests a second, got {text}")
    return value


def _seconds_value(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {text!r}") from None
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError(f"expected a positive number of seconds, got {text}")
    return value


# --- output -------------------------------------------------------------------------


def _emit(args: argparse.Namespace, data: Any, lines: list[str], out: TextIO = sys.stdout) -> None:
    if args.json:
        json.dump(data, out, indent=2, default=_json_value)
        out.write("\n")
    else:
        for line in lines:
            print(line, file=out)


def _json_value(value: object) -> object:
    """Timestamps as ISO 8601; anything else JSON does not know as its text."""
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return str(value)


def _result_json(result: DeployResult) -> dict[str, Any]:
    deployment = result.deployment
    return {
        "project": result.target.project,
        "server": result.target.parent_identifier,
        "revision": result.target.end_revision,
        "deployment": getattr(deployment, "identifier", None),
        "status": str(result.status),
        "ok": result.ok,
        "adopted": result.adopted,
        "duplicates": [d.identifier for d in result.duplicates],
        "create_attempts": result.create_attempts,
        "seconds": round(result.elapsed or 0.0, 3),
        "error": str(result.error) if result.error else None,
    }


def _exit_status(results: list[DeployResult]) -> int:
    if any(isinstance(r.error, DeploymentTimeoutError) for r in results):
        return EXIT_TIMEOUT
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


class _Progress:
    """One status line, redrawn in place on a terminal, or a line per finished
    target elsewhere."""

    @staticmethod
    def final(status: str) -> bool:
        """A result that will not change again: a finished deployment, or a target that failed or was cancelled."""
        state = DeploymentStatus.of(status)
        return state is DeploymentStatus.ERROR or (state is not None and state.finished)

    def __init__(self, total: int, out: TextIO, enabled: bool) -> None:
        self.total = total
        self.out = out
        self.enabled = enabled
        self.tty = out.isatty()
        self.results: dict[int, DeployResult] = {}

    def __call__(self, result: DeployResult) -> None:
        self.results[id(result)] = result
        if not self.enabled:
            return
        if self.tty:
            self._redraw()
        elif self.final(result.status):
            done = sum(self.final(r.status) for r in self.results.values())
            target = result.target
            print(
                f"[{done:>4}/{self.total}] {target.project} -> {target.parent_identifier[:8]}: {result.status}",
                file=self.out,
            )

    def _redraw(self) -> None:
        counts = Counter(r.status for r in self.results.values())
        done = sum(n for s, n in counts.items() if self.final(s))
        width = 30
        filled = int(width * done / max(self.total, 1))
        states = " ".join(f"{s}:{n}" for s, n in sorted(counts.items()))
        self.out.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{self.total} {states}\033[K")
        self.out.flush()

    def close(self) -> None:
        if self.enabled and self.tty:
            self.out.write("\n")


# --- commands -----------------------------------------------------------------------


async def _demo(args: argparse.Namespace) -> int:
    from .testing import FakeDeployHQ, Fault

    fake = FakeDeployHQ(pending_seconds=0.2, running_seconds=0.8, seed=42)
    targets = []
    for p in range(args.projects):
        project = fake.add_project(f"Demo Shop {p + 1}", repository_url=f"git@example.com:demo/shop-{p + 1}.git")
        for s in range(args.servers):
            server = fake.add_server(project, f"web-{s + 1}", fail_deployments=(p, s) == (1, 3))
            targets.append(DeployTarget(project.permalink, server.identifier, f"{p + 1:x}{s + 1:03x}cafe", "main"))
    fake.inject(Fault.http_status(503, retry_after="0.2"), times="always", rate=0.1)
    fake.inject(Fault.reset_after(), method="POST", path="/projects/*/deployments", times=1)
    fake.inject(Fault.latency(0.02), times="always")
    if not args.json:
        print(f"Fake DeployHQ on loopback: {len(targets)} targets in {args.projects} projects; injecting 10% 503s")
        print("(Retry-After: 0.2), one connection reset after a deployment is created, and one failing server.\n")
    progress = _Progress(len(targets), sys.stdout, enabled=not args.json)
    started = time.monotonic()
    async with (
        fake.serve() as base_url,
        DeployHQ(
            email=fake.email, api_key=_FAKE_KEY, base_url=base_url, transport=args.transport, max_rate=args.max_rate
        ) as dhq,
    ):
        results = await dhq.deployments.deploy_many(
            targets, concurrency=args.concurrency, on_progress=progress, poll_interval=0.2
        )
    progress.close()
    wall = time.monotonic() - started
    created = len(fake.deployments())
    summary = {
        "targets": len(targets),
        "completed": sum(r.status == DeploymentStatus.COMPLETED for r in results),
        "failed": sum(not r.ok or r.status != DeploymentStatus.COMPLETED for r in results),
        "retried_503s": fake.count(fault="status"),
        "resets_after_processing": fake.count(fault="reset_after"),
        "adopted_after_reset": sum(r.adopted for r in results),
        "deployments_on_server": created,
        "duplicates": created - len(targets),
        "wall_seconds": round(wall, 2),
    }
    lines = ["", "Summary", "-------"] + [f"{k.replace('_', ' '):<24}{v}" for k, v in summary.items()]
    lines.append("(one server of the demo fails its deployments on purpose; the demo exits 1 only on a duplicate)")
    _emit(args, {"summary": summary, "results": [_result_json(r) for r in results]}, lines)
    return EXIT_OK if summary["duplicates"] == 0 else EXIT_FAILED


def _client(args: argparse.Namespace) -> DeployHQ:
    """The client the environment describes; what is missing or malformed is a
    `UsageError` in the shell's terms, before anything is sent."""
    env = os.environ
    if not env.get("DEPLOYHQ_ACCOUNT") and not env.get("DEPLOYHQ_BASE_URL"):
        raise UsageError("no account: set DEPLOYHQ_ACCOUNT (the <account> of https://<account>.deployhq.com)")
    if not env.get("DEPLOYHQ_EMAIL"):
        raise UsageError("no email: set DEPLOYHQ_EMAIL (the address you sign in to DeployHQ with)")
    key = env.get("DEPLOYHQ_API_KEY", "").strip()
    if not key:
        raise UsageError("no API key: set DEPLOYHQ_API_KEY (your API key, under Settings > Security in DeployHQ)")
    if len(key) != API_KEY_LENGTH:
        raise UsageError(
            f"DEPLOYHQ_API_KEY has {len(key)} characters; a DeployHQ API key has {API_KEY_LENGTH} "
            "(copy it again from Settings > Security in DeployHQ)"
        )
    return DeployHQ.from_env(transport=args.transport, max_rate=args.max_rate)


async def _deploy(args: argparse.Namespace) -> int:
    if args.start_revision is not None and not args.start_revision.strip():
        raise UsageError("--start-revision is empty: leave it out for the changes since the last deployment, or --full")
    async with _client(args) as dhq:
        # As DeployHQ's own CLI resolves them: the branch, its tip, and the start.
        plan = await dhq.deployments.plan(
            args.project,
            parent_identifier=args.server,
            branch=args.branch,
            end_revision=args.revision,
            start_revision=args.start_revision,
            full=args.full,
        )
        if not args.json:
            since = "the whole branch" if plan.full else f"the changes since {plan.start_revision}"
            print(f"deploying {plan.branch or 'the default branch'} at {plan.end_revision}: {since}", file=sys.stderr)
        deployment = await dhq.deployments.create(
            args.project,
            parent_identifier=args.server,
            end_revision=plan.end_revision,
            branch=plan.branch,
            start_revision=plan.start_revision or None,
            full=plan.full,
        )
        if not args.wait:
            return _report(args, deployment, EXIT_OK)
        if not args.json:
            print(f"deployment {deployment.identifier}: {deployment.status}, waiting", flush=True)
        return await _follow(args, dhq, str(deployment.identifier))


async def _wait(args: argparse.Namespace) -> int:
    async with _client(args) as dhq:
        return await _follow(args, dhq, args.deployment)


async def _follow(args: argparse.Namespace, dhq: DeployHQ, identifier: str) -> int:
    """Wait for a deployment; its final state, and the exit status it means."""
    try:
        deployment = await dhq.deployments.wait(
            args.project, identifier, timeout=args.timeout, poll_interval=args.poll_interval
        )
    except DeploymentFailedError as exc:
        return _report(args, exc.deployment, EXIT_FAILED)
    except DeploymentTimeoutError as exc:
        print(
            f"deployhq-async: deployment {identifier} of {args.project} is still {exc.status} after "
            f"{args.timeout:g} s; it goes on: follow it again with `deployhq-async wait {args.project} {identifier}`",
            file=sys.stderr,
        )
        return _report(args, exc.deployment, EXIT_TIMEOUT)
    return _report(args, deployment, EXIT_OK)


def _report(args: argparse.Namespace, deployment: Any, status: int) -> int:
    data = {"deployment": deployment.identifier, "status": deployment.status, "project": args.project}
    _emit(args, data, [f"deployment {deployment.identifier}: {deployment.status}"])
    return status


def read_targets(path: Path) -> list[DeployTarget]:
    """Targets from TOML (`[[target]]` tables) or CSV (a header row); keys are
    DeployTarget's fields, with `server` and `revision` accepted as short names.
    A mistake is a `UsageError` naming the file and the line."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the targets file {path}: {getattr(exc, 'strerror', None) or exc}") from None
    if path.suffix.lower() == ".toml":
        try:
            tables = _load_toml(text).get("target", [])
        except ValueError as exc:  # tomllib's message names the line and column
            raise UsageError(f"{path}: {exc}") from None
        if not isinstance(tables, list):
            raise UsageError(f"{path}: `target` must be an array of tables ([[target]])")
        rows = [(f"target {n}", row) for n, row in enumerate(tables, start=1)]
    elif path.suffix.lower() == ".csv":
        reader = csv.DictReader(text.splitlines())
        rows = [(f"line {reader.line_num}", {k: v for k, v in row.items() if v not in (None, "")}) for row in reader]
    else:
        raise UsageError(f"{path}: expected a .toml or .csv file")
    targets = [_target(path, where, row) for where, row in rows]
    if not targets:
        raise UsageError(f"{path}: no targets")
    from .bulk._targets import first_repeat

    repeat = first_repeat(targets)
    if repeat is not None:
        earlier, later = (rows[i][0] for i in repeat)
        raise UsageError(
            f"{path}: {earlier} and {later} are the same deployment (project, server and revision); list each once"
        )
    return targets


_FIELDS = {f.name for f in dataclasses.fields(DeployTarget)}
_SHORT = {"server": "parent_identifier", "revision": "end_revision"}


def _target(path: Path, where: str, row: object) -> DeployTarget:
    if not isinstance(row, dict):
        raise UsageError(f"{path}: {where} is not a table of fields")
    values = {_SHORT.get(str(k), str(k)): v for k, v in row.items()}
    unknown = sorted(set(values) - _FIELDS)
    if None in row or unknown:
        names = ", ".join(sorted({*_SHORT, *_FIELDS} - set(_SHORT.values())))
        what = "more values than columns" if None in row else f"unknown column {unknown[0]!r}"
        raise UsageError(f"{path}: {where}: {what} (the columns are: {names})")
    missing = [k for k in ("project", "parent_identifier", "end_revision") if not values.get(k)]
    if missing:
        short = {v: k for k, v in _SHORT.items()}
        raise UsageError(f"{path}: {where}: no {', '.join(short.get(m, m) for m in missing)}")
    for flag in ("copy_config_files", "run_build_commands", "use_build_cache", "full"):
        if isinstance(values.get(flag), str):
            if values[flag].lower() not in ("true", "false"):
                raise UsageError(f"{path}: {where}: {flag} must be true or false, got {values[flag]!r}")
            values[flag] = values[flag].lower() == "true"
    return DeployTarget(**values)


def _load_toml(text: str) -> dict[str, Any]:
    import tomllib

    data: dict[str, Any] = tomllib.loads(text)
    return data


async def _bulk(args: argparse.Namespace) -> int:
    from .bulk._targets import BulkOptions

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
    progress = _Progress(len(targets), sys.stderr, enabled=not args.json)
    async with _client(args) as dhq:
        run = dhq.deployments.start_many(targets, options, on_progress=progress)
        # Ctrl-C, SIGTERM, SIGHUP: launch nothing more, let the requests on the wire finish, say what exists.
        with on_stop(run.stop) as received:
            results = await run
    progress.close()
    row = "{:<24} {:<38} {:<38} {:<10} {}"
    lines = [row.format("PROJECT", "SERVER", "DEPLOYMENT", "STATUS", "ERROR")]
    lines += [
        row.format(r.target.project, r.target.parent_identifier, _identifier(r), r.status, r.error or "")
        for r in results
    ]
    counts = Counter(r.status for r in results)
    lines.append(f"{len(results)} targets: " + ", ".join(f"{n} {status}" for status, n in sorted(counts.items())))
    if run.stopped:
        made = [r for r in results if r.deployment is not None]
        lines = [f"interrupted: {len(made)} deployments made:"] + [
            f"{r.target.project:<24} {r.target.parent_identifier:<38} {_identifier(r):<38} {r.status}" for r in made
        ]
        if args.journal:
            lines.append(f"to resume without deploying twice: deployhq-async bulk {args.file} --journal {args.journal}")
        else:
            lines.append(
                "this run had no --journal, so it cannot be resumed: the deployments above exist; running the "
                "file again deploys every target again (give --journal FILE to make a run resumable)"
            )
    _emit(args, [_result_json(r) for r in results], lines)
    if received:
        return received.exit_status
    return EXIT_INTERRUPTED if run.stopped else _exit_status(results)


async def _rollout(args: argparse.Namespace) -> int:
    from .bulk import BulkOptions, RolloutOptions, WaveResult

    targets = read_targets(args.file)
    waves: list[int | str] = [_wave(w) for w in args.waves] if args.waves else [1, "25%", "100%"]
    interactive = sys.stdin.isatty()
    if "pause" in waves and not interactive:
        raise UsageError("a pause wave asks on the terminal whether to go on: run it from one, or drop the pause")
    total = len(targets)

    def told(wave: WaveResult) -> None:
        if not args.json:
            counts = Counter(str(r.status) for r in wave.results)
            states = ", ".join(f"{n} {status}" for status, n in sorted(counts.items()))
            print(f"wave {wave.number}: {len(wave.targets)} of {total} targets: {states}", file=sys.stderr)

    options = RolloutOptions(
        waves=waves,
        max_failures=args.max_failures,
        max_fail_percentage=args.max_fail_percentage,
        bake=args.bake,
        on_failure="rollback" if args.rollback_on_failure else "stop",
        rollback_scope="all" if args.rollback_all else "wave",
        plan=args.plan,
        preview=args.preview,
        on_wave=told,
        journal=args.journal,
        bulk=BulkOptions(
            concurrency=args.concurrency,
            timeout=args.timeout,
            poll_interval=args.poll_interval,
            settle_window=args.settle_window,
        ),
    )
    async with _client(args) as dhq:
        run = dhq.deployments.start_rollout(targets, options)
        loop = asyncio.get_running_loop()
        task = asyncio.ensure_future(run)
        with on_stop(run.stop) as received:
            while not task.done():
                await asyncio.wait({task}, timeout=0.2)
                if run.paused and not task.done():
                    answer = await loop.run_in_executor(None, input, "paused: start the next wave? [y/N] ")
                    run.promote() if answer.strip().lower() in ("y", "yes") else run.stop()
            result = task.result()
    lines = _rollout_lines(result)
    interrupted = result.reason is not None and "by the caller" in result.reason
    if interrupted and args.journal:
        lines.append(f"to resume in the wave it was in: deployhq-async rollout {args.file} --journal {args.journal}")
    elif interrupted:
        lines.append("this rollout had no --journal, so it cannot be resumed: the table says what exists")
    _emit(args, _rollout_json(result), lines)
    if result.status in ("completed", "planned"):
        return EXIT_OK
    if received:
        return received.exit_status
    return EXIT_INTERRUPTED if interrupted else EXIT_FAILED


def _rollout_lines(result: Any) -> list[str]:
    row = "{:<6} {:<24} {:<38} {:<14} {:<14} {}"
    lines = [row.format("WAVE", "PROJECT", "SERVER", "NOW", "TO", "STATUS")]
    waves = {i: w.number for w in result.waves for i in w.targets}
    for index, target in enumerate(result.targets):
        back = result.rollbacks[index] if result.rollbacks else None
        status = str(result.results[index].status) + (f", rolled back: {back.status}" if back is not None else "")
        previous = result.previous[index] if result.previous else None
        lines.append(
            row.format(
                waves.get(index, "-"),
                target.project,
                target.parent_identifier,
                previous or "-",
                target.end_revision,
                status,
            )
        )
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
                **_result_json(r),
                "previous_revision": result.previous[i] if result.previous else None,
                "rolled_back": _result_json(result.rollbacks[i]) if result.rollbacks and result.rollbacks[i] else None,
            }
            for i, r in enumerate(result.results)
        ],
    }


def _identifier(result: DeployResult) -> str:
    return result.deployment.identifier if result.deployment is not None else "-"


async def _projects(args: argparse.Namespace) -> int:
    async with _client(args) as dhq:
        projects = await dhq.projects.list().collect()
    data = [{"name": p.name, "permalink": p.permalink, "identifier": p.identifier} for p in projects]
    _emit(args, data, [f"{p['permalink']:<30} {p['name']}" for p in data])
    return EXIT_OK


async def _servers(args: argparse.Namespace) -> int:
    async with _client(args) as dhq:
        servers = await dhq.servers.list(args.project).collect()
    data = [{"name": s.name, "identifier": s.identifier, "protocol": s.protocol_type} for s in servers]
    _emit(args, data, [f"{s['identifier']:<38} {s['name']} ({s['protocol']})" for s in data])
    return EXIT_OK


async def _deployments(args: argparse.Namespace) -> int:
    async with _client(args) as dhq:
        deployments = await dhq.deployments.list(args.project).collect(limit=args.limit)
    data = [
        {
            "identifier": d.identifier,
            "status": d.status,
            "revision": getattr(d.end_revision, "ref", None),
            "queued_at": getattr(d.timestamps, "queued_at", None),
        }
        for d in deployments
    ]
    _emit(args, data, [f"{d['identifier']:<38} {d['status']:<10} {d['revision']}" for d in data])
    return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())
