"""DeployHQ's refusals in the command line's terms: a 404 names the argument
that names nothing, a 422 the flag (or the targets file's column) DeployHQ
refused, each with the command that lists what exists (the library's messages
speak of its own calls and DeployHQ's field names)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .._revisions import parent_must_exist
from ..errors import NotFoundError, ValidationError
from ._common import UsageError

if TYPE_CHECKING:
    from .. import DeployHQ


async def not_found(
    dhq: DeployHQ, project: str, exc: NotFoundError, *, server: str | None = None, deployment: str | None = None
) -> Exception:
    """What to raise for `exc`, met by a command about `project` (and its
    `--server` or a deployment): a `UsageError` naming the argument, or `exc`
    itself when the project exists and nothing else was named."""
    try:
        await dhq.projects.get(project)
    except NotFoundError:
        return UsageError(f"no project {project!r}: `deployhq-async projects` lists them")
    if server is not None:
        return UsageError(
            f"--server {server!r} is neither a server nor a server group of project {project!r}: "
            f"`deployhq-async servers {project}` lists them"
        )
    if deployment is not None:
        return UsageError(
            f"no deployment {deployment!r} in project {project!r}: "
            f"`deployhq-async deployments {project}` lists the recent ones"
        )
    return exc


# DeployHQ's field names as the command line says them: a flag of `deploy`, and
# a column of the targets file (`bulk`, `rollout`); a field with neither keeps its name.
FLAGS = {
    "parent_identifier": "--server",
    "end_revision": "--revision",
    "start_revision": "--start-revision",
    "branch": "--branch",
    "full": "--full",
}
COLUMNS = {"parent_identifier": "server", "end_revision": "revision"}


def refused(exc: ValidationError, project: str, *, start: str | None = None, file: bool = False) -> str:
    """Why DeployHQ refused a deployment (a 422) starting at `start` (None: the
    server's last revision), each field named as the user gave it: a flag of
    `deploy`, or with `file` a column of the targets file; with the command
    that lists valid values, or what to do instead."""
    errors, base, parts = dict(exc.errors), list(exc.base), []
    if parent_must_exist(exc):
        # No earlier deployment to the server ended at the start revision
        # (deployhq-cli internal/commands/deploy.go, translateParentMustExistError).
        errors.pop("parent", None)
        base = [text for text in base if "parent must exist" not in text.lower()]
        column, full = ("the start_revision column", "full = true") if file else ("--start-revision", "--full")
        given = f"{column} {start}" if start else f"the server's last revision ({column} not given)"
        parts.append(
            f"no earlier deployment to this server ended at {given} (it was force-pushed away, or never "
            f"deployed there): give {column} a revision that ended one (`deployhq-async deployments {project}` "
            f"lists them), or deploy the whole branch ({full})"
        )
    for name, messages in errors.items():
        said = f"the {COLUMNS.get(name, name)} column" if file else FLAGS.get(name, f"the {name}")
        line = f"{said} {', '.join(messages)}"
        if name == "parent_identifier":
            line += f": `deployhq-async servers {project}` lists the servers and groups"
        parts.append(line)
    return "DeployHQ refused the deployment: " + ("; ".join(parts + base) or exc.message)
