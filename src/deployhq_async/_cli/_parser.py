"""The command line: its commands, their arguments and help."""

from __future__ import annotations

import argparse
import os
from pathlib import Path
from typing import Any

from .._client import TRANSPORT_NAMES
from . import bulk, demo, deploy, listing, logs, rollout, webhooks
from ._args import count, journal, percentage, positive, rate, seconds, seconds_or_zero
from ._loop import LOOPS, Version

DESCRIPTION = """\
Deploy with DeployHQ from a shell or a CI job: one deployment, many at once
from a file, or a look at projects, servers and deployments."""


EPILOG = """\
environment (every command but demo):
  DEPLOYHQ_ACCOUNT    your account: the <account> of https://<account>.deployhq.com
  DEPLOYHQ_EMAIL      the email address you sign in with
  DEPLOYHQ_API_KEY    your API key (Settings > Security in DeployHQ)
  DEPLOYHQ_BASE_URL   another API root instead of the account's (optional)
  DEPLOYHQ_RATE_STORE a Redis URL: one rate shared with the account's other clients (optional)
  DEPLOYHQ_TRANSPORT  the default of --transport (every command)
  DEPLOYHQ_LOOP       the default of --loop (every command)
  DEPLOYHQ_LOG        info or debug: the library's log on stderr (as -v and -vv)
  HTTPS_PROXY, NO_PROXY, SSL_CERT_FILE   as for any httpx2 client

exit status:
  0    success (demo: no target was deployed twice; one of its servers fails on purpose)
  1    a deployment failed, DeployHQ could not be reached or refused a request, or a
       notification did not verify (webhooks verify)
  2    a usage or configuration error (nothing was sent)
  124  a wait timed out (the deployment goes on: `deployhq-async wait` follows it again)
  130  interrupted: Ctrl-C; 143 for SIGTERM, 129 for SIGHUP, which stop it alike (bulk first
       prints the deployments it made, and how to resume with --journal)
rollout: 0 every wave completed (or --plan), 1 failures or the gate stopped it (rolled back
  or not), 130/143/129 interrupted (with --journal it prints how to resume)"""


# Each command's help ends here; the environment and exit statuses are said once.
SEE_ROOT = "environment variables and exit statuses: deployhq-async --help"


class _Formatter(argparse.RawDescriptionHelpFormatter, argparse.ArgumentDefaultsHelpFormatter):
    """Paragraphs kept as written, and each option's default shown once: not
    where its help already says it, nor when there is none (None, off)."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help or ""
        if "default" in text or any(action.default is nothing for nothing in (None, False, argparse.SUPPRESS)):
            return text
        return super()._get_help_string(action)


def failure_options(command: argparse.ArgumentParser) -> None:
    """What a command that waits for deployments prints of those that failed."""
    command.add_argument(
        "--log-lines", type=count, default=15, help="lines of the failed step's log to print when it fails (0: none)"
    )
    command.add_argument("--quiet", action="store_true", help="print no log lines when it fails")


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(
        prog="deployhq-async", description=DESCRIPTION, epilog=EPILOG, formatter_class=_Formatter
    )
    root.add_argument("--version", action=Version, help="show the version, the HTTP stack and the event loop")
    commands = root.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def command(name: str, run: Any, help: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help, epilog=SEE_ROOT, formatter_class=_Formatter)
        sub.add_argument("--json", action="store_true", help="print JSON (errors too) instead of text")
        sub.add_argument("--debug", action="store_true", help="show the traceback of an unexpected error")
        sub.add_argument(
            "-v",
            "--verbose",
            action="count",
            default=0,
            help="log each request (method, path, status, seconds, attempt) and retry on stderr; "
            "-vv: their headers too, credentials redacted",
        )
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
            type=rate,
            help="send at most N requests a second (default: below DeployHQ's limit, learned from its 429s)",
        )
        sub.set_defaults(run=run)
        return sub

    demo_args = command("demo", demo.run, "deploy to a local fake DeployHQ, with injected faults")
    demo_args.add_argument("--projects", type=positive, default=3, help="projects of the fake account")
    demo_args.add_argument("--servers", type=positive, default=12, help="servers per project")
    demo_args.add_argument("--concurrency", type=positive, default=8, help="requests in flight at once")

    deploy_args = command("deploy", deploy.deploy, "deploy a revision to a server or server group")
    deploy_args.add_argument("project", help="the project's permalink or identifier")
    deploy_args.add_argument("--server", required=True, help="server or server group identifier")
    deploy_args.add_argument("--branch", help="branch (the server's or group's preferred one, else the repository's)")
    deploy_args.add_argument("--revision", help="end revision (commit; the branch's tip when left out)")
    start = deploy_args.add_mutually_exclusive_group()
    start.add_argument("--start-revision", help="start revision (the server's or group's last revision when left out)")
    start.add_argument("--full", action="store_true", help="deploy the whole branch, not the changes since the last")
    deploy_args.add_argument("--wait", action="store_true", help="wait for the deployment to finish")
    deploy_args.add_argument(
        "--follow", action="store_true", help="print the deployment's log as it is written, until it finishes"
    )
    deploy_args.add_argument("--timeout", type=seconds, default=900.0, help="seconds --wait waits at most")
    deploy_args.add_argument("--poll-interval", type=seconds, default=2.0, help="seconds between first polls")
    failure_options(deploy_args)

    wait_args = command("wait", deploy.wait, "follow a deployment until it finishes")
    wait_args.add_argument("project", help="the project's permalink or identifier")
    wait_args.add_argument("deployment", help="the deployment's identifier")
    wait_args.add_argument("--timeout", type=seconds, default=900.0, help="seconds to wait at most")
    wait_args.add_argument("--poll-interval", type=seconds, default=2.0, help="seconds between first polls")
    wait_args.set_defaults(follow=False)
    failure_options(wait_args)

    logs_args = command("logs", logs.run, "print a deployment's log, or follow it as it is written")
    logs_args.add_argument("project", help="the project's permalink or identifier")
    logs_args.add_argument("deployment", help="the deployment's identifier")
    logs_args.add_argument("--follow", action="store_true", help="go on printing new lines until it finishes")
    logs_args.add_argument("--step", help='one step: its identifier, or a kind of step such as "transfer"')
    logs_args.add_argument("--timeout", type=seconds, default=900.0, help="seconds --follow follows at most")
    logs_args.add_argument("--poll-interval", type=seconds, default=2.0, help="seconds between first polls")

    bulk_args = command("bulk", bulk.run, "deploy every target listed in a TOML or CSV file")
    bulk_args.add_argument(
        "file", type=Path, help="[[target]] tables (TOML) or a header row (CSV): project, server, revision"
    )
    bulk_args.add_argument("--concurrency", type=positive, default=8, help="requests in flight at once")
    bulk_args.set_defaults(wait=True)  # first, so that the help does not print it as the option's default
    bulk_args.add_argument(
        "--no-wait",
        dest="wait",
        action="store_false",
        default=argparse.SUPPRESS,
        help="create the deployments only (by default each is followed to its end)",
    )
    bulk_args.add_argument("--fail-fast", action="store_true", help="launch nothing more after the first failure")
    bulk_args.add_argument("--max-unfinished", type=positive, help="deployments of the run unfinished at once")
    bulk_args.add_argument("--timeout", type=seconds, default=900.0, help="seconds to follow each deployment")
    bulk_args.add_argument("--poll-interval", type=seconds, default=2.0, help="seconds between first polls")
    bulk_args.add_argument("--settle-window", type=seconds, help="seconds to look for a create whose answer was lost")
    bulk_args.add_argument("--keep-duplicates", action="store_true", help="report a second deployment, do not abort it")
    bulk_args.add_argument(
        "--journal",
        type=journal,
        help="record every create in FILE (or redis://host:6379/0/NAME); run again with it to resume after a crash",
    )
    failure_options(bulk_args)

    rollout_args = command("rollout", rollout.run, "deploy the targets of a TOML or CSV file in waves")
    rollout_args.add_argument("file", type=Path, help="the targets, as for bulk")
    rollout_args.add_argument(
        "--wave",
        dest="waves",
        action="append",
        metavar="SIZE",
        help='one wave: a count, a percentage ("25%%") or "pause" (asks on the terminal); repeat it, in order; '
        "the last size repeats (default: 1, 25%%, 100%%)",
    )
    budget_args = rollout_args.add_mutually_exclusive_group()
    budget_args.add_argument("--max-failures", type=count, help="start no later wave once more targets failed")
    budget_args.add_argument(
        "--max-fail-percentage", type=percentage, help="start no later wave once more than this %% failed"
    )
    rollout_args.add_argument("--bake", type=seconds_or_zero, default=0.0, help="seconds to wait after each wave")
    rollout_args.add_argument(
        "--rollback-on-failure",
        action="store_true",
        help="when failures stop the rollout, deploy the failed wave's changed targets their previous revision",
    )
    rollout_args.add_argument("--rollback-all", action="store_true", help="with --rollback-on-failure: every wave's")
    rollout_args.add_argument("--plan", action="store_true", help="send nothing: show the waves and current revisions")
    rollout_args.add_argument("--preview", action="store_true", help="with --plan: a preview deployment per target")
    rollout_args.add_argument("--concurrency", type=positive, default=8, help="requests in flight at once")
    rollout_args.add_argument(
        "--journal",
        type=journal,
        help="record the rollout in FILE (and FILE.wave-N), or redis://host:6379/0/NAME; run again with it to resume",
    )
    rollout_args.add_argument("--timeout", type=seconds, default=900.0, help="seconds to follow each deployment")
    rollout_args.add_argument(
        "--settle-window", type=seconds, help="seconds to look for a create whose answer was lost"
    )
    rollout_args.add_argument("--poll-interval", type=seconds, default=2.0, help="seconds between first polls")
    failure_options(rollout_args)

    webhooks_args = command(
        "webhooks",
        webhooks.run,
        "check DeployHQ's deployment notifications: verify a saved request, or listen on a port and print "
        "each that verifies (pip install 'deployhq-async[webhooks]')",
    )
    webhooks_args.add_argument("action", choices=["verify", "listen"], help="verify a saved request, or listen")
    webhooks_args.add_argument(
        "request",
        nargs="?",
        type=Path,
        help="verify: a saved request (its head, a blank line, its body); - for stdin",
    )
    webhooks_args.add_argument("--key", type=Path, help="a PEM public key to check against (default: DeployHQ's)")
    webhooks_args.add_argument("--signature-header", help="the header holding a JSON notification's signature")
    webhooks_args.add_argument("--host", default="127.0.0.1", help="listen: the address to listen on")
    webhooks_args.add_argument("--port", type=count, default=8080, help="listen: the port (0: any free one)")

    command("projects", listing.projects, "list projects")
    servers_args = command("servers", listing.servers, "list a project's servers and server groups")
    servers_args.add_argument("project", help="the project's permalink or identifier")
    deployments_args = command("deployments", listing.deployments, "list a project's recent deployments")
    deployments_args.add_argument("project", help="the project's permalink or identifier")
    deployments_args.add_argument("--limit", type=positive, default=20, help="how many, newest first")
    return root
