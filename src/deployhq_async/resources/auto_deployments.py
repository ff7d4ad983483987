"""Deployments a push starts: which servers and groups a project deploys to
automatically, and the project's hook that starts them.

The hook is outside DeployHQ's API document. DeployHQ's support article "How to
set up automatic deployments from a custom trigger" gives it: a JSON POST of
`{"payload": {"new_ref", "branch", "email", "clone_url"}}` to the project's
`webhook_url`, `new_ref: "latest"` for the branch's tip. The URL's token is its
authority: DeployHQ's credentials never go with it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import httpx2

from deployhq_async.generated.api.automatic_deployments import (
    create_project_auto_deployment,
    list_project_auto_deployments,
)
from deployhq_async.generated.models import (
    AutoDeployments as AutoDeploymentSettings,
)
from deployhq_async.generated.models import (
    AutoDeploymentsResult,
    AutoDeploymentsUpdate,
    AutoDeploymentsUpdateAutoDeploySwitch,
)

from ..errors import HOOK_PREFIX
from ._base import Resource, identifier, runs


class _Hook:
    """The hook as an operation of the request path: its name and path template
    are what hooks, spans and log lines show (never the token). What DeployHQ
    answers it is not documented: any 2xx, with a body or none, is success."""

    OPERATION = "trigger_auto_deployment"
    METHOD = "POST"
    PATH = HOOK_PREFIX + "{hook}"
    SUCCESS_STATUSES = (204,)  # so that an empty 200 is no decode failure

    def parse_response(self, response: httpx2.Response) -> None:
        return None


HOOK = _Hook()


class AutoDeployments(Resource):
    """A project's automatic deployments and the hook that starts them."""

    @runs("listProjectAutoDeployments")
    async def get(self, project: str) -> AutoDeploymentSettings:
        """The project's hook URL (`webhook_url`) and each server's and group's
        `auto_deploy`."""
        operation = list_project_auto_deployments
        return await self._run(operation, operation.build_request(identifier("project", project)))

    @runs("createProjectAutoDeployment")
    async def update(self, project: str, *, auto_deploy: Mapping[str, bool]) -> AutoDeploymentsResult:
        """Switch automatic deployment on (True) or off for servers and groups,
        by identifier: `update("web", auto_deploy={server_id: True})`; the
        others keep theirs. Sent as the list DeployHQ's Go SDK sends
        (deployhq-cli pkg/sdk/auto_deployments.go)."""
        switch = AutoDeploymentsUpdateAutoDeploySwitch
        items = [switch(identifier=identifier("target", key), auto_deploy=bool(on)) for key, on in auto_deploy.items()]
        operation = create_project_auto_deployment
        body = AutoDeploymentsUpdate(deployables=items)
        return await self._run(operation, operation.build_request(identifier("project", project), body=body))

    @runs("listProjectAutoDeployments")
    async def trigger(
        self,
        project: str,
        *,
        new_ref: str = "latest",
        branch: str | None = None,
        email: str | None = None,
        clone_url: str | None = None,
        hook_url: str | None = None,
    ) -> None:
        """Start the project's automatic deployments as a push would: to
        `new_ref` ("latest": the branch's tip) on `branch`, to each server and
        group with `auto_deploy` on (for that branch). `hook_url` (the
        `webhook_url` of `get()`) saves the request that reads it.

        Like any create, the hook is never sent twice: a failure after it may
        have arrived raises with `may_have_been_processed` True, and no retry
        follows. Raises ValueError for a `hook_url` that is not a DeployHQ hook
        of this client's account host or deployhq.com, and the `DeployHQError`
        of a failed request."""
        if hook_url is None:
            hook_url = (await self.get(project)).webhook_url
            if not hook_url:
                raise ValueError(f"DeployHQ gave project {project!r} no automatic-deployment hook URL")
        url = self._checked(hook_url)
        payload: dict[str, Any] = {"new_ref": new_ref}
        for name, value in (("branch", branch), ("email", email), ("clone_url", clone_url)):
            if value is not None:
                payload[name] = value
        await self._run(HOOK, {"method": HOOK.METHOD, "url": url, "json": {"payload": payload}})

    def _checked(self, hook_url: str) -> str:
        """`hook_url` if it is a DeployHQ hook: on this client's host or a
        deployhq.com host, over HTTPS (HTTP only to the client's own host, a
        fake's loopback one)."""
        own = httpx2.URL(self._client.base_url)
        try:
            url: httpx2.URL | None = httpx2.URL(hook_url)
        except httpx2.InvalidURL:
            url = None
        if url is None or not _is_hook(url, own):
            shown = f"{url.scheme}://{url.host}" if url is not None else "it"
            raise ValueError(
                f"hook_url ({shown}...) is not a DeployHQ automatic-deployment hook "
                f"(https://<account>.deployhq.com{HOOK_PREFIX}...): pass the webhook_url "
                "of auto_deployments.get(), or leave hook_url out to read it"
            )
        return hook_url


def _is_hook(url: httpx2.URL, own: httpx2.URL) -> bool:
    """Whether `url` is under DeployHQ's hook path on the client's own host or
    a deployhq.com host, over HTTPS (HTTP only to the client's own host)."""
    host = url.host
    deployhq = host == "deployhq.com" or host.endswith(".deployhq.com")
    secure = url.scheme == "https" or (url.scheme == own.scheme and host == own.host)
    return (host == own.host or deployhq) and secure and url.path.startswith(HOOK_PREFIX)
