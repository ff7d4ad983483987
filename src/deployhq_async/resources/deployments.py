"""Deployments: create, follow, and undo them."""

from __future__ import annotations

import builtins
import os
from collections.abc import AsyncIterator, Callable, Iterable
from typing import TYPE_CHECKING, Any

from deployhq_async.generated.api.deployments import (
    abort_project_deployment,
    create_project_deployment,
    get_project_deployment_by_id,
    list_project_deployment_step_logs,
    list_project_deployments,
    retry_project_deployment_retry,
    rollback_project_deployment,
)
from deployhq_async.generated.models import (
    DeploymentCreate,
    DeploymentCreateDeployment,
    DeploymentSummary,
    RollbackProjectDeploymentBody,
)
from deployhq_async.generated.models.pagination import Pagination
from deployhq_async.generated.types import UNSET, Unset

from .._config import check_choice, check_count, check_text
from .._follow import follow
from .._pagination import AsyncPaginator, Page
from .._revisions import (
    DeploymentPlan,
    branch_tip,
    check_start,
    lookup_parent,
    parent_must_exist,
    project_parents,
    refused_start,
    resolve_branch,
    start_from,
)
from .._status import DEPLOYMENT_MODES
from .._step_logs import follow_logs
from ..errors import ConfigurationError, ResponseDecodeError, ValidationError
from ._base import Resource, expect_list, given, identifier, other_shape, runs

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment, DeploymentLogEntry, DeploymentSummary

    from .._client import DeployHQ
    from .._clock import Clock
    from .._events import Hook
    from .._limiter import RequestLimiter
    from .._revisions import Parent
    from .._tracing import Tracing
    from ..bulk import BulkOptions, BulkRun, DeployResult, DeployTarget, RolloutOptions, RolloutResult, RolloutRun
    from ..webhooks import NotificationHub

# What a bulk run sends: the listings of servers and groups its start revisions come
# from, creates, look-ups of lost creates, polls, aborts of duplicates.
BULK_OPERATIONS = (
    "createProjectDeployment",
    "listProjectDeployments",
    "getProjectDeploymentById",
    "abortProjectDeployment",
    "listProjectServers",
    "listProjectServerGroups",
)
# How a create finds its target's last revision: the server, else the group.
LOOKUPS = ("getProjectServerById", "getProjectServerGroupById")


def _known(value: Any) -> Any:
    return None if isinstance(value, Unset) else value


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


class Deployments(Resource):
    """A project's deployments. A deployment goes pending -> running -> completed
    (or failed); a preview ends in preview_ready."""

    @runs("listProjectDeployments")
    def list(
        self, project: str, *, server: str | None = None, running: bool = False, per_page: int | None = None
    ) -> AsyncPaginator[DeploymentSummary]:
        """The project's deployments, newest first, one page fetched at a time.
        `server` keeps those to one server or group; `running` only those in progress."""
        identifier("project", project)
        if per_page is not None:
            check_count("per_page", per_page)
        to = UNSET if server is None else identifier("server", server)
        operation = list_project_deployments

        async def fetch(number: int) -> Page[DeploymentSummary]:
            request = operation.build_request(
                project,
                page=number,
                per_page=given(per_page),
                to=to,
                currently_running="true" if running else UNSET,
            )
            try:
                page, response = await self._exchange(operation, request)
            except ResponseDecodeError as exc:
                # A bare array of records where the document has a page object.
                records = other_shape(
                    exc, DeploymentSummary.from_dict, operation.OPERATION, self._client.strict, page_object=True
                )
                return Page(items=records, current_page=number, total_pages=None)
            # The page's records are its shape, not a value: absent, null or not a
            # list (read leniently as None), the page cannot be read, and a listing
            # never ends early without saying so.
            records = expect_list(page.additional_properties.get("records", page.records), "records", response)
            if page.records is None:
                raise ResponseDecodeError("the page has no records", response=response)
            meta = _known(page.pagination)
            if meta is None:
                return Page(items=records, current_page=number, total_pages=None, raw=page, response=response)
            if not isinstance(meta, Pagination):
                raise ResponseDecodeError("pagination is not an object", response=response)
            return Page(
                items=records,
                current_page=_count(meta.current_page) or number,
                total_pages=_count(meta.total_pages),
                total_records=_count(meta.total_records),
                raw=page,
                response=response,
            )

        return AsyncPaginator(fetch)

    @runs("getProjectDeploymentById")
    async def get(self, project: str, id: str) -> Deployment:
        """One deployment, with its steps."""
        return await self._run(get_project_deployment_by_id, get_project_deployment_by_id.build_request(project, id))

    @runs("createProjectDeployment", *LOOKUPS)
    async def create(
        self,
        project: str,
        *,
        parent_identifier: str,
        end_revision: str,
        start_revision: str | None = None,
        full: bool = False,
        branch: str | None = None,
        mode: str = "queue",
        copy_config_files: bool | None = None,
        run_build_commands: bool | None = None,
        use_build_cache: bool | None = None,
        overview: str | None = None,
    ) -> Deployment:
        """Deploy `end_revision` to a server or server group (`parent_identifier`).

        Incremental by default, as DeployHQ's own clients deploy (its Go
        CLI's `resolveStartRevision`; the Deployments guide): without
        `start_revision` the deployment starts at the target's `last_revision`
        (one look-up of the server, or of the group), and deploys the whole
        branch only when the target never had one. `full=True` deploys the
        whole branch (an empty start revision, which DeployHQ reads that way).
        `overview` is the deployment's overview text. The create is never
        retried once it may have reached DeployHQ.

        Raises `ConfigurationError` for an empty `start_revision` or one given
        with `full`, `NotFoundError` when the target is neither a server nor a
        group, and `ValidationError` when DeployHQ refuses the start revision
        (no earlier deployment there ended at it), saying what to do."""
        identifier("parent_identifier", parent_identifier)
        identifier("end_revision", end_revision)
        check_choice("mode", mode, DEPLOYMENT_MODES)
        check_start(start_revision, full)
        if overview is not None:
            check_text("overview", overview)
        if start_revision is None and not full:
            start = start_from(None, False, await lookup_parent(self._client, project, parent_identifier))
        else:
            start = start_from(start_revision, full, None)
        values = DeploymentCreateDeployment(
            parent_identifier=parent_identifier,
            end_revision=end_revision,
            start_revision=start,
            branch=given(branch),
            mode=mode,
            copy_config_files=given(copy_config_files),
            run_build_commands=given(run_build_commands),
            use_build_cache=given(use_build_cache),
        )
        body = DeploymentCreate(deployment=values, deployment_overview=given(overview))
        request = create_project_deployment.build_request(project, body=body)
        try:
            return await self._run(create_project_deployment, request)
        except ValidationError as exc:
            if parent_must_exist(exc):
                raise refused_start(exc, start, project, parent_identifier) from exc
            raise

    @runs("createProjectDeployment", *LOOKUPS)
    async def preview(
        self,
        project: str,
        *,
        parent_identifier: str,
        end_revision: str,
        start_revision: str | None = None,
        full: bool = False,
        branch: str | None = None,
        copy_config_files: bool | None = None,
        run_build_commands: bool | None = None,
        use_build_cache: bool | None = None,
    ) -> Deployment:
        """Like `create`, but only work out what would change (ends in
        preview_ready); from the same start revision `create` would send.
        DeployHQ answers a preview with its identifier and status alone (its
        CLI's `DeploymentPreview`): `get()` or `wait()` gives the rest."""
        return await self.create(
            project,
            parent_identifier=parent_identifier,
            end_revision=end_revision,
            start_revision=start_revision,
            full=full,
            branch=branch,
            mode="preview",
            copy_config_files=copy_config_files,
            run_build_commands=run_build_commands,
            use_build_cache=use_build_cache,
        )

    @runs(*LOOKUPS, "getProjectRepository", "branchesProjectRepository")
    async def plan(
        self,
        project: str,
        *,
        parent_identifier: str,
        branch: str | None = None,
        end_revision: str | None = None,
        start_revision: str | None = None,
        full: bool = False,
    ) -> DeploymentPlan:
        """What a deployment to `parent_identifier` would send, resolved as
        DeployHQ's CLI resolves it (sends nothing that changes anything): the
        branch (`branch`, else the server's or group's preferred branch, else
        the repository's default), the end revision (`end_revision`, else that
        branch's tip) and the start revision (as `create` picks it). Pass the
        plan's fields to `create`.

        Raises `ConfigurationError` for an unknown branch (naming the
        branches), no branch to be found, or start arguments `create` refuses;
        `NotFoundError` when the target is neither a server nor a group."""
        identifier("parent_identifier", parent_identifier)
        check_start(start_revision, full)
        if end_revision is not None:
            identifier("end_revision", end_revision)
        if branch is not None:
            identifier("branch", branch)
        parent = await lookup_parent(self._client, project, parent_identifier)
        chosen = await resolve_branch(self._client, project, parent, branch)
        if end_revision is None:
            if chosen is None:
                raise ConfigurationError(
                    f"no branch to deploy to {parent_identifier!r}: it prefers none and project {project!r}'s "
                    "repository names no default; give a branch (--branch in the CLI) or an end revision"
                )
            end_revision = await branch_tip(self._client, project, chosen)
        return DeploymentPlan(project, parent, chosen, end_revision, start_from(start_revision, full, parent))

    @runs("abortProjectDeployment")
    async def abort(self, project: str, id: str) -> None:
        """Stop a running deployment."""
        await self._run(abort_project_deployment, abort_project_deployment.build_request(project, id))

    @runs("retryProjectDeploymentRetry")
    async def retry(self, project: str, id: str) -> Deployment:
        """Start a new deployment that repeats a failed one."""
        operation = retry_project_deployment_retry
        return await self._run(operation, operation.build_request(project, id))

    @runs("rollbackProjectDeployment")
    async def rollback(
        self,
        project: str,
        id: str,
        *,
        mode: str = "queue",
        copy_config_files: bool | None = None,
        run_build_commands: bool | None = None,
    ) -> Deployment:
        """Start a new deployment that returns the servers to the state of deployment `id`."""
        check_choice("mode", mode, DEPLOYMENT_MODES)
        if mode == "queue" and copy_config_files is None and run_build_commands is None:
            # DeployHQ's defaults: no body, as DeployHQ's own SDK sends it (deployhq-cli
            # pkg/sdk/deployments.go RollbackDeployment posts nil). The published
            # document has the options as `formData` parameters, so a JSON body is
            # sent only when one is asked for.
            request = rollback_project_deployment.build_request(project, id)
        else:
            body = RollbackProjectDeploymentBody(
                mode=mode, copy_config_files=given(copy_config_files), run_build_commands=given(run_build_commands)
            )
            request = rollback_project_deployment.build_request(project, id, body=body)
        return await self._run(rollback_project_deployment, request)

    @runs("getProjectDeploymentById")
    async def wait(
        self,
        project: str,
        id: str,
        *,
        timeout: float = 900,
        poll_interval: float = 2.0,
        on_change: Callable[[Deployment], object] | None = None,
        on_poll: Callable[[Deployment], object] | None = None,
        hub: NotificationHub | None = None,
    ) -> Deployment:
        """Poll until the deployment finishes and return it. Raises
        `DeploymentFailedError` if it failed or was aborted, `DeploymentTimeoutError`
        after `timeout` seconds. Polls start `poll_interval` apart and slow down
        (up to 30 s) while nothing changes; `on_change` sees every new status,
        `on_poll` every deployment fetched (with its steps, to show progress).
        Closing the client ends a wait between polls: `ClientClosedError`.
        With a `hub` (`webhooks.NotificationHub`), the deployment's notification
        ends the wait as it arrives (the deployment returned is the last one
        fetched, with the notification's status), and polls come every
        `hub.fallback_interval` seconds meanwhile."""
        return await follow(
            lambda: self.get(project, id),
            what=f"deployment {id} of {project}",
            clock=self._client.clock,
            timeout=timeout,
            poll_interval=poll_interval,
            on_change=on_change,
            on_poll=on_poll,
            sleep=self._idle,
            hub=hub,
            identifier=id,
        )

    async def _idle(self, seconds: float) -> bool:
        """A wait between polls, which closing the client ends (`ClientClosedError`)."""
        await self._pipeline.connection.idle(seconds)
        return True

    @runs(*BULK_OPERATIONS)
    async def deploy_many(
        self,
        targets: Iterable[DeployTarget],
        *,
        concurrency: int = 8,
        wait: bool = True,
        fail_fast: bool = False,
        max_unfinished: int | None = None,
        on_progress: Callable[[DeployResult], None] | None = None,
        on_result: Callable[[DeployResult], None] | None = None,
        timeout: float = 900,
        poll_interval: float = 2.0,
        settle_window: float | None = None,
        abort_duplicates: bool = True,
        journal: str | os.PathLike[str] | None = None,
        hub: NotificationHub | None = None,
    ) -> builtins.list[DeployResult]:
        """Deploy every target, at most `concurrency` requests at a time, and (with
        `wait`) follow each deployment to its end, at most `max_unfinished` at once.
        Returns one result per target, in order. A failure stops nothing unless
        `fail_fast`, which stops launching (nothing already sent is cancelled).

        No target gets two deployments: a create whose answer was lost is sent
        again only after a look-up over `settle_window` seconds (default: twice
        the request timeout) found nothing; a final look-up per server finds any
        second deployment, aborts it while pending (`abort_duplicates`) and
        reports it. With `journal`, a file (or a Redis journal,
        `redis://host:6379/0/<name>`, resumable from any machine) records every
        create before it is sent, so a run killed at any point resumes without
        a second deployment.
        With a `hub` (`webhooks.NotificationHub`), each deployment ends as its
        notification arrives, and is polled only every `hub.fallback_interval`.
        Every argument is checked before the first request.

        `on_progress(result)` is called on every change of a target's status
        (waiting, creating, then DeployHQ's: pending, running, completed...),
        with the same `DeployResult` each time; `on_result(result)` once per
        target, when its result is final. Both are plain functions, called on
        the loop between requests (an `async def` is refused with `TypeError`).
        If one raises, the run launches nothing more, lets the requests on the
        wire finish and records them, then raises `BulkCallbackError`, whose
        `results` say what exists.

        A failed or timed-out target does not raise: its result says so
        (`ok`, `status`, `error`). Raises `ConfigurationError`, `TypeError` or
        `ValueError` for a bad argument or target (before anything is sent),
        `ConfigurationError` for a journal another run holds or that is damaged,
        and `BulkCallbackError` as above."""
        from ..bulk import BulkOptions

        options = BulkOptions(
            concurrency=concurrency,
            wait=wait,
            fail_fast=fail_fast,
            max_unfinished=max_unfinished,
            timeout=timeout,
            poll_interval=poll_interval,
            settle_window=settle_window,
            abort_duplicates=abort_duplicates,
            journal=journal,
            hub=hub,
        )
        return await self.start_many(targets, options, on_progress=on_progress, on_result=on_result)

    @runs(*BULK_OPERATIONS)
    def start_many(
        self,
        targets: Iterable[DeployTarget],
        options: BulkOptions | None = None,
        *,
        on_progress: Callable[[DeployResult], None] | None = None,
        on_result: Callable[[DeployResult], None] | None = None,
    ) -> BulkRun:
        """`deploy_many` as a handle: `results = await run`; `run.results` stays
        readable after the run was cancelled, and `run.stop()` ends it gently."""
        from ..bulk import BulkOptions, BulkRun

        return BulkRun(ClientPort(self._client), targets, options or BulkOptions(), on_progress, on_result)

    @runs(*BULK_OPERATIONS)
    def start_rollout(self, targets: Iterable[DeployTarget], options: RolloutOptions | None = None) -> RolloutRun:
        """A rollout as a handle: `result = await run`; `run.result` stays
        readable while it runs, `run.promote()` continues past a pause and
        `run.stop()` starts no further wave. Raises `ConfigurationError`,
        `TypeError` or `ValueError` for a bad option or target (nothing sent)."""
        from ..bulk import RolloutOptions, RolloutRun

        return RolloutRun(ClientPort(self._client), targets, options or RolloutOptions())

    @runs(*BULK_OPERATIONS)
    async def rollout(self, targets: Iterable[DeployTarget], options: RolloutOptions | None = None) -> RolloutResult:
        """Deploy `targets` in waves (`RolloutOptions.waves`, by default 1, then
        25%, then the rest), each a bulk run with every guarantee of one;
        stop when failures pass the budget or the gate says no, and with
        `on_failure="rollback"` deploy the changed targets their previous
        revision. The result says what ran, what failed and what was rolled
        back; failures do not raise. Raises as `start_rollout` does."""
        return await self.start_rollout(targets, options)

    @runs("listProjectDeploymentStepLogs")
    async def logs(self, project: str, id: str, step: str) -> AsyncIterator[DeploymentLogEntry]:
        """Every log entry of one step, fetched a page at a time: each page older
        than the last, following DeployHQ's `before` cursor."""
        operation = list_project_deployment_step_logs
        before: int | None = None
        while True:
            request = operation.build_request(project, id, step, before=given(before))
            result, response = await self._exchange(operation, request)
            entries = expect_list(result, "the log", response)
            if before is not None:
                # A server that ignores the cursor must not make us repeat entries.
                entries = [e for e in entries if not isinstance(e.id, int) or e.id < before]
            for entry in entries:
                yield entry
            ids = [e.id for e in entries if isinstance(e.id, int)]
            if not ids:
                return
            before = min(ids)

    @runs("getProjectDeploymentById", "listProjectDeploymentStepLogs")
    def follow_logs(
        self,
        project: str,
        id: str,
        *,
        step: str | None = None,
        follow: bool = True,
        timeout: float = 900,
        poll_interval: float = 2.0,
    ) -> AsyncIterator[DeploymentLogEntry]:
        """Every log entry of the deployment's steps (or of `step`: an identifier,
        or a step name such as "transfer") in the order they were written, none
        twice; while it runs, the new entries as they are written, until it
        finishes (`follow=False`: what is written so far). Polls start
        `poll_interval` apart and slow down (up to 30 s) while nothing is written.

        Raises `DeploymentTimeoutError` when it still runs after `timeout`
        seconds, and what `get` raises."""
        operation = list_project_deployment_step_logs

        async def page(step_id: str, before: int | None) -> builtins.list[DeploymentLogEntry]:
            request = operation.build_request(project, id, step_id, before=given(before))
            result, response = await self._exchange(operation, request)
            return expect_list(result, "the log", response)

        return follow_logs(
            lambda: self.get(project, id),
            page,
            what=f"deployment {id} of {project}",
            clock=self._client.clock,
            step=step,
            follow=follow,
            timeout=timeout,
            poll_interval=poll_interval,
            sleep=self._pipeline.connection.idle,  # closing the client ends a wait between polls
        )


class ClientPort:
    """A client as bulk runs and rollouts see it (`bulk._port.DeployHQPort`):
    its resources' calls, its clock, hooks and tracing."""

    def __init__(self, client: DeployHQ) -> None:
        self._client = client

    @property
    def clock(self) -> Clock:
        return self._client.clock

    @property
    def hooks(self) -> tuple[Hook, ...]:
        return self._client.hooks

    @property
    def tracing(self) -> Tracing:
        return self._client.tracing

    @property
    def longest_timeout(self) -> float:
        phases = self._client.timeout
        return max((t for t in (phases.connect, phases.read, phases.write) if t), default=30.0)

    def server_time(self) -> float | None:
        return self._client.server_time()

    def limited(self, limiter: RequestLimiter) -> ClientPort:
        return ClientPort(self._client.with_options(limiter=limiter))

    async def create(self, target: DeployTarget, start_revision: str, overview: str | None) -> Deployment:
        return await self._client.deployments.create(
            target.project,
            parent_identifier=target.parent_identifier,
            end_revision=target.end_revision,
            start_revision=start_revision or None,
            full=not start_revision,
            branch=target.branch,
            mode=target.mode,
            copy_config_files=target.copy_config_files,
            run_build_commands=target.run_build_commands,
            use_build_cache=target.use_build_cache,
            overview=overview,
        )

    async def get(self, project: str, id: str) -> Deployment:
        return await self._client.deployments.get(project, id)

    async def recent(self, project: str, server: str, count: int) -> builtins.list[DeploymentSummary]:
        listing = self._client.deployments.list(project, server=server, per_page=count)
        page = await anext(aiter(listing.pages()))
        return page.items

    async def abort(self, project: str, id: str) -> None:
        await self._client.deployments.abort(project, id)

    async def parents(self, project: str) -> dict[str, Parent]:
        return await project_parents(self._client, project)
