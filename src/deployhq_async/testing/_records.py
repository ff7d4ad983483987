"""The fake's simple records: config files and environment variables (a
project's and the account's), one table row each."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass
from types import ModuleType
from typing import Any

from ._core import Account, Handler, _invalid, _not_found, _values
from ._state import Json, Project, new_uuid, timestamp


class RecordHandlers(Account):
    """Config files and environment variables, as DeployHQ answers for them."""

    def _record_handlers(self) -> dict[ModuleType, Handler]:
        handlers: dict[ModuleType, Handler] = {}
        for kind in _record_kinds():
            for verb, module in kind.operations.items():
                handlers[module] = self._record_handler(kind, verb)
        return handlers

    def _record_handler(self, kind: _RecordKind, verb: str) -> Handler:
        def handle(
            payload: Any = None, project_id: str | None = None, id: str | None = None, **_: Any
        ) -> tuple[int, Any]:
            store = self._store(kind, project_id)
            if verb == "list":
                return 200, [kind.render(r) for r in store.values()]
            if verb == "create":
                values = _values(payload, kind.wrapper, *kind.required)
                record = {**kind.defaults, **values, "identifier": new_uuid(), "created_at": self.clock.now()}
                record["updated_at"] = record["created_at"]
                store[record["identifier"]] = record
                return kind.created_status, kind.render(record)
            if id not in store:
                raise _not_found(kind.name)
            if verb == "get":
                return 200, kind.render(store[id])
            if verb in ("update", "replace"):  # a PUT replaces the fields it sends, as a PATCH does
                values = _values(payload, kind.wrapper)
                if store[id].get("locked") and ({"name", "value"} & set(values)):
                    raise _invalid({"base": ["A locked variable cannot be changed"]})
                store[id].update(values, updated_at=self.clock.now())
                return 200, kind.render(store[id])
            del store[id]
            return (204, None) if kind.empty_delete else (200, {"status": "ok"})

        return handle

    def _store(self, kind: _RecordKind, project_id: str | None) -> dict[str, Json]:
        if project_id is None:
            return self.global_environment_variables
        return kind.store(self._project(project_id))


@dataclass(frozen=True)
class _RecordKind:
    """A simple record collection the fake keeps: its operations by verb
    ("list", "create", "get", "update", "replace", "delete"); the rest is behaviour."""

    name: str  # as DeployHQ's 404 names it
    operations: dict[str, ModuleType]
    store: Callable[[Project], dict[str, Json]]  # where a project keeps them
    wrapper: str
    required: tuple[str, ...]
    render: Callable[[Json], Json]
    defaults: Json
    created_status: int = 201
    empty_delete: bool = False


def _render_config_file(record: Json) -> Json:
    return {
        "identifier": record["identifier"],
        "description": record.get("description"),
        "path": record["path"],
        "body": record["body"],
        "build": record.get("build", False),
        "servers": [],
    }


def _render_variable(record: Json) -> Json:
    return {
        "identifier": record["identifier"],
        "name": record["name"],
        "masked_value": "********",
        "locked": record.get("locked", False),
        "build_pipeline": record.get("build_pipeline", True),
        "created_at": timestamp(record["created_at"]),
        "updated_at": timestamp(record["updated_at"]),
    }


def _record_kinds() -> tuple[_RecordKind, ...]:
    from deployhq_async.generated.api.config_files import (
        create_project_config_file,
        delete_project_config_file,
        get_project_config_file_by_id,
        list_project_config_files,
        replace_project_config_file,
        update_project_config_file,
    )
    from deployhq_async.generated.api.environment_variables import (
        create_project_environment_variable,
        delete_project_environment_variable,
        get_project_environment_variable_by_id,
        list_project_environment_variables,
        replace_project_environment_variable,
        update_project_environment_variable,
    )
    from deployhq_async.generated.api.global_environment_variables import (
        create_global_environment_variable,
        delete_global_environment_variable,
        get_global_environment_variable,
        list_global_environment_variables,
        replace_global_environment_variable,
        update_global_environment_variable,
    )

    variables = _RecordKind(
        "Environment variable",
        _by_verb(
            list_project_environment_variables,
            create_project_environment_variable,
            get_project_environment_variable_by_id,
            update_project_environment_variable,
            replace_project_environment_variable,
            delete_project_environment_variable,
        ),
        lambda project: project.environment_variables,
        "environment_variable",
        ("name", "value"),
        _render_variable,
        {"locked": False, "build_pipeline": True},
        empty_delete=True,
    )
    shared = _by_verb(
        list_global_environment_variables,
        create_global_environment_variable,
        get_global_environment_variable,
        update_global_environment_variable,
        replace_global_environment_variable,
        delete_global_environment_variable,
    )
    config_files = _by_verb(
        list_project_config_files,
        create_project_config_file,
        get_project_config_file_by_id,
        update_project_config_file,
        replace_project_config_file,
        delete_project_config_file,
    )
    return (
        _RecordKind(
            "Config file",
            config_files,
            lambda project: project.config_files,
            "config_file",
            ("path", "body"),
            _render_config_file,
            {},
            200,
        ),
        variables,
        dataclasses.replace(variables, operations=shared),
    )


def _by_verb(*modules: ModuleType) -> dict[str, ModuleType]:
    """The operations of list, create, get, update, replace and delete, in that order."""
    return dict(zip(("list", "create", "get", "update", "replace", "delete"), modules, strict=True))
