"""What the commands share: exit statuses, the client the environment
describes, and output (text or JSON, a progress line)."""

from __future__ import annotations

import argparse
import datetime
import json
import os
import sys
from typing import Any, TextIO

from .. import DeployHQ, DeployResult
from ..errors import DeploymentTimeoutError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_TIMEOUT, EXIT_INTERRUPTED = 0, 1, 2, 124, 130


API_KEY_LENGTH = 40


class UsageError(ValueError):
    """What the command was given cannot work; nothing was sent."""


def client(args: argparse.Namespace) -> DeployHQ:
    """The client the environment describes; what is missing or malformed is a
    `UsageError` in the shell's terms, before anything is sent."""
    env = os.environ
    key = env.get("DEPLOYHQ_API_KEY", "").strip()
    missing = [
        setting
        for setting, given in (
            ("DEPLOYHQ_ACCOUNT (the <account> of https://<account>.deployhq.com)", env.get("DEPLOYHQ_ACCOUNT")),
            ("DEPLOYHQ_EMAIL (the address you sign in to DeployHQ with)", env.get("DEPLOYHQ_EMAIL")),
            ("DEPLOYHQ_API_KEY (your API key, under Settings > Security in DeployHQ)", key),
        )
        if not given and not (setting.startswith("DEPLOYHQ_ACCOUNT") and env.get("DEPLOYHQ_BASE_URL"))
    ]
    if missing:  # every one at once, not one a run
        raise UsageError("not set: " + "; ".join(missing))
    if len(key) != API_KEY_LENGTH:
        raise UsageError(
            f"DEPLOYHQ_API_KEY has {len(key)} characters; a DeployHQ API key has {API_KEY_LENGTH} "
            "(copy it again from Settings > Security in DeployHQ)"
        )
    return DeployHQ.from_env(transport=args.transport, max_rate=args.max_rate)


async def parent_names(dhq: DeployHQ, projects: set[str]) -> dict[tuple[str, str], str]:
    """Each server's and server group's name by (project, identifier), for
    tables that show names beside identifiers: one listing of each a project,
    side by side. A project that cannot be listed gives no names (the
    identifiers are still shown)."""
    import asyncio

    from .._revisions import project_parents
    from ..errors import DeployHQError

    async def named(project: str) -> dict[tuple[str, str], str]:
        try:
            parents = await project_parents(dhq, project)
        except DeployHQError:
            return {}
        return {(project, key): parent.name for key, parent in parents.items() if parent.name}

    names: dict[tuple[str, str], str] = {}
    for found in await asyncio.gather(*(named(p) for p in sorted(projects))):
        names.update(found)
    return names


def resume_command(args: argparse.Namespace) -> str:
    """The command this run was started with (every option it had), to run
    again with its journal."""
    import shlex

    return shlex.join(["deployhq-async", *args.argv])


def emit(args: argparse.Namespace, data: Any, lines: list[str], out: TextIO = sys.stdout) -> None:
    if args.json:
        json.dump(data, out, indent=2, default=json_value)
        out.write("\n")
    else:
        for line in lines:
            print(line, file=out)


def json_value(value: object) -> object:
    """Timestamps as ISO 8601; anything else JSON does not know as its text."""
    if isinstance(value, (datetime.datetime, datetime.date)):
        return value.isoformat()
    return str(value)


def result_json(result: DeployResult) -> dict[str, Any]:
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


def exit_status(results: list[DeployResult]) -> int:
    if any(isinstance(r.error, DeploymentTimeoutError) for r in results):
        return EXIT_TIMEOUT
    return EXIT_OK if all(r.ok for r in results) else EXIT_FAILED


def identifier(result: DeployResult) -> str:
    return result.deployment.identifier if result.deployment is not None else "-"
