"""A 404 in the command line's terms: which argument names nothing, and the
command that lists what exists (the library's message speaks of its own calls,
`servers.list()`, not of `deployhq-async servers`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ..errors import NotFoundError
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
