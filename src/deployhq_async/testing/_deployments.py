"""The fake's deployments: created, run on the fake's clock, listed, aborted,
retried and rolled back; their steps and logs."""

from __future__ import annotations

from types import ModuleType
from typing import TYPE_CHECKING, Any

from .._status import DEPLOYMENT_MODES
from .._status import DeploymentStatus as Status
from ._core import Account, Handler, _invalid, _not_found, _positive, _values
from ._state import Deployment, Json, Server, timestamp

if TYPE_CHECKING:
    from deployhq_async.generated.models import Deployment as DeploymentModel

LOG_PAGE = 50
LOG_ENTRIES_PER_STEP = 120


class DeploymentHandlers(Account):
    """A project's deployments, as DeployHQ answers for them."""

    def _deployment_handlers(self) -> dict[ModuleType, Handler]:
        from deployhq_async.generated.api.deployments import (
            abort_project_deployment,
            create_project_deployment,
            get_project_deployment_by_id,
            list_project_deployment_step_logs,
            list_project_deployments,
            retry_project_deployment_retry,
            rollback_project_deployment,
        )

        return {
            list_project_deployments: self._list_deployments,
            create_project_deployment: self._create_deployment,
            get_project_deployment_by_id: self._get_deployment,
            abort_project_deployment: self._abort_deployment,
            retry_project_deployment_retry: self._retry_deployment,
            rollback_project_deployment: self._rollback_deployment,
            list_project_deployment_step_logs: self._step_logs,
        }

    def deployment_models(self, project: str | None = None) -> list[DeploymentModel]:
        """Every deployment created, oldest first, as the `Deployment` models the
        client's `deployments.get()` returns now (steps and status included)."""
        from deployhq_async.generated.models import Deployment as Model

        return [Model.from_dict(self._deployment_json(d, steps=True)) for d in self.deployments(project)]

    def _deployment_json(self, deployment: Deployment, *, steps: bool) -> Json:
        now = self.clock.now()
        status, started, completed = deployment.phase(now, self.pending_seconds, self.running_seconds)
        duration = round(completed - started) if completed is not None and started is not None else None
        project = deployment.project
        body: Json = {
            "identifier": deployment.identifier,
            "servers": [s.to_json() for s in deployment.targets],
            "project": project.summary(self._last_deployed(project)),
            "deployer": self.email,
            "deployer_avatar": "https://www.gravatar.com/avatar/0",
            "branch": deployment.branch,
            "start_revision": {"ref": deployment.start_revision} if deployment.start_revision else None,
            "end_revision": {
                "ref": deployment.end_revision,
                "author": "Fake Author",
                "email": "author@example.com",
                "timestamp": timestamp(deployment.queued_at - 60),
                "message": f"Commit {deployment.end_revision}",
                "short_message": f"Commit {deployment.end_revision}",
                "tags": [],
            },
            "status": status,
            "timestamps": {
                "queued_at": timestamp(deployment.queued_at),
                "started_at": timestamp(started),
                "completed_at": timestamp(completed),
                "duration": duration,
                "runs_at": None,
            },
            "files": {s.identifier: {"changed": list(deployment.files), "removed": []} for s in deployment.targets},
            "configuration": {
                "copy_config_files": deployment.copy_config_files,
                "notification_addresses": None,
                "skip_project_files": False,
            },
            "legacy": False,
            "deferred": False,
            "config_files_deployment": False,
            "overview": deployment.overview if self.echo_overview else None,
            "archived": False,
            "archived_at": None,
            "log_summary": None,
        }
        if steps:
            body["steps"] = self._steps(deployment, status, started, now)
        return body

    def _steps(self, deployment: Deployment, status: Status, started: float | None, now: float) -> list[Json]:
        def step(name: str, server: Server | None, state: Status, index: int) -> Json:
            total = len(deployment.files)  # a transfer counts the files it sends
            progress = min(total, int(max(0.0, now - (started or now)) * total / max(self.running_seconds, 1e-9)))
            return {
                "step": name,
                "stage": name,
                "identifier": f"{deployment.identifier}-{index}",
                "server": server.id if server else None,
                "total_items": total if server else None,
                "completed_items": (total if state.finished else progress) if server else None,
                "description": f"{name.title()} {server.name if server else ''}".strip(),
                "status": state,
                "logs": True,
                "deployment_started_at": timestamp(started),
                "updated_at": timestamp(now),
            }

        running = Status.RUNNING if status == Status.RUNNING else Status.PENDING
        transfer = Status.COMPLETED if status.finished else running
        failed = len(deployment.targets) if status in (Status.FAILED, Status.PREVIEW_FAILED) else -1
        preparing = Status.COMPLETED if status.finished or status == Status.RUNNING else Status.PENDING
        return [step("preparing", None, preparing, 0)] + [
            step("transfer", s, Status.FAILED if i + 1 == failed else transfer, i + 1)
            for i, s in enumerate(deployment.targets)
        ]

    def _list_deployments(self, project_id: str, query: dict[str, list[str]], **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        page = _positive(query, "page", 1)
        per_page = min(_positive(query, "per_page", 10), 100)
        # Newest first (among equal times, the one created last first); DeployHQ
        # leaves preview deployments out of the listing.
        records = sorted((d for d in found.deployments if d.mode != "preview"), key=lambda d: d.queued_at)[::-1]
        to = query.get("to", [None])[0]
        if to:
            records = [d for d in records if d.parent_identifier == to or any(s.identifier == to for s in d.targets)]
        if query.get("currently_running", ["false"])[0] in ("true", "1"):
            now = self.clock.now()
            records = [d for d in records if not d.phase(now, self.pending_seconds, self.running_seconds)[0].finished]
        total_pages = max(1, -(-len(records) // per_page))
        chunk = records[(page - 1) * per_page : page * per_page]
        return 200, {
            "pagination": {
                "current_page": page,
                "total_pages": total_pages,
                "offset": (page - 1) * per_page,
                "total_records": len(records),
            },
            "records": [self._deployment_json(d, steps=False) for d in chunk],
        }

    def _get_deployment(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        return 200, self._deployment_json(self._deployment(self._project(project_id), id), steps=True)

    def _create_deployment(self, project_id: str, payload: Any, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        values = _values(payload, "deployment", "parent_identifier", "end_revision")
        mode = values.get("mode", "queue")
        if mode not in DEPLOYMENT_MODES:
            raise _invalid({"mode": ["is not included in the list"]})
        start = values.get("start_revision") or ""
        if not start and values.get("use_latest") is True:
            # The target's last deployed revision, decided by DeployHQ (DeployHQ's
            # MCP server, src/tools.ts: "use the last successfully deployed commit").
            start = self._revision_of(found, values["parent_identifier"]) or ""
        if start and not self._is_parent(found, values["parent_identifier"], start):
            # DeployHQ's words, in the document's shape of field errors.
            raise _invalid({"parent": ["must exist"]})
        deployment = self._new_deployment(
            found,
            values["parent_identifier"],
            values["end_revision"],
            start_revision=start,
            branch=values.get("branch"),
            mode=mode,
            copy_config_files=values.get("copy_config_files", True),
        )
        overview = payload.get("deployment_overview") if isinstance(payload, dict) else None
        deployment.overview = overview if isinstance(overview, str) else None
        body = self._deployment_json(deployment, steps=True)
        if mode == "preview":
            # DeployHQ answers a preview with its identifier and status alone (DeployHQ's
            # CLI, pkg/sdk/types.go, DeploymentPreview); a get() gives the rest.
            return 201, {"identifier": body["identifier"], "status": body["status"]}
        return 201, body

    def _abort_deployment(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        deployment = self._deployment(self._project(project_id), id)
        status = deployment.phase(self.clock.now(), self.pending_seconds, self.running_seconds)[0]
        if status.finished:
            raise _invalid({"base": [f"A {status} deployment cannot be aborted"]})
        deployment.aborted_at = self.clock.now()
        return 200, {"status": "aborted"}

    def _retry_deployment(self, project_id: str, id: str, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        old = self._deployment(found, id)
        status = old.phase(self.clock.now(), self.pending_seconds, self.running_seconds)[0]
        # A completed deployment can be retried too (DeployHQ's CLI, pkg/sdk/deployments.go:
        # "RetryDeployment retries a failed or completed deployment").
        if not status.finished:
            raise _invalid({"base": ["Only finished deployments can be retried"]})
        new = self._new_deployment(
            found, old.parent_identifier, old.end_revision, start_revision=old.start_revision, branch=old.branch
        )
        return 200, self._deployment_json(new, steps=True)

    def _rollback_deployment(self, project_id: str, id: str, payload: Any, **_: Any) -> tuple[int, Any]:
        found = self._project(project_id)
        old = self._deployment(found, id)
        values = payload or {}
        new = self._new_deployment(
            found,
            old.parent_identifier,
            old.start_revision or old.end_revision,
            branch=old.branch,
            mode=values.get("mode", "queue"),
        )
        return 200, self._deployment_json(new, steps=True)

    def _step_logs(
        self, project_id: str, deployment_id: str, step_id: str, query: dict[str, list[str]], **_: Any
    ) -> tuple[int, Any]:
        """A step's log, newest first a page at a time (`before`: older than
        that id). Preparing writes its LOG_ENTRIES_PER_STEP entries as the
        deployment starts (it is completed from then on); each transfer writes
        as many evenly while the deployment runs (none after it is aborted).
        Ids follow the order entries were written, across the steps; a failed
        deployment's failing step ends with an error entry."""
        deployment = self._deployment(self._project(project_id), deployment_id)
        index = step_id.rsplit("-", 1)[-1]
        transfers = len(deployment.targets)
        if not step_id.startswith(deployment.identifier) or not index.isdigit() or int(index) > transfers:
            raise _not_found("Step")
        before = query.get("before", [None])[0]
        if before is not None and not before.isdigit():
            raise _invalid({"before": ["must be a log entry id"]})
        step = int(index)
        status, written = self._written(deployment, step)
        failing = status in (Status.FAILED, Status.PREVIEW_FAILED) and step == transfers
        entries = []
        for line in range(written):
            # Preparing's entries first, then the transfers' side by side.
            entry_id = line + 1 if step == 0 else LOG_ENTRIES_PER_STEP + line * transfers + step
            if before is not None and entry_id >= int(before):
                break
            entries.append(_log_entry(entry_id, step_id, line, error=failing and line == written - 1))
        return 200, entries[-LOG_PAGE:]

    def _written(self, deployment: Deployment, step: int) -> tuple[Status, int]:
        """The deployment's status now, and how many entries step `step` has written."""
        status, started, completed = deployment.phase(self.clock.now(), self.pending_seconds, self.running_seconds)
        if started is None:
            return status, 0
        ran = self.clock.now() - started if completed is None else completed - started
        whole = step == 0 or (completed is not None and status != Status.ABORTED)  # exactly, not by a float
        share = 1.0 if whole else ran / max(self.running_seconds, 1e-9)
        return status, min(LOG_ENTRIES_PER_STEP, int(max(0.0, share) * LOG_ENTRIES_PER_STEP + 1e-9))


def _log_entry(entry_id: int, step_id: str, line: int, *, error: bool) -> dict[str, Any]:
    """One entry of a step's log: line `line`, or the error a failing step ends with."""
    message = "error: the transfer failed (the fake fails this server)" if error else f"line {line + 1}"
    return {"id": entry_id, "step": step_id, "message": message, "detail": None, "type": "error" if error else "info"}
