from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime, required_value

T = TypeVar("T", bound="DeploymentStep")


@_attrs_define
class DeploymentStep:
    """
    Attributes:
        identifier (str):
        status (str):
        completed_items (int | None | str | Unset):
        deployment_started_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        logs (bool | None | Unset):
        server (int | None | str | Unset):
        stage (None | str | Unset):
        step (None | str | Unset):
        total_items (int | None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    identifier: str
    status: str
    completed_items: int | None | str | Unset = UNSET
    deployment_started_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    logs: bool | None | Unset = UNSET
    server: int | None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    step: None | str | Unset = UNSET
    total_items: int | None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        status = self.status

        completed_items: int | None | str | Unset
        if isinstance(self.completed_items, Unset):
            completed_items = UNSET
        else:
            completed_items = self.completed_items

        deployment_started_at: None | str | Unset
        if isinstance(self.deployment_started_at, Unset):
            deployment_started_at = UNSET
        elif isinstance(self.deployment_started_at, datetime.datetime):
            deployment_started_at = self.deployment_started_at.isoformat()
        else:
            deployment_started_at = self.deployment_started_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        logs: bool | None | Unset
        if isinstance(self.logs, Unset):
            logs = UNSET
        else:
            logs = self.logs

        server: int | None | str | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        else:
            server = self.server

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        total_items: int | None | str | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "status": status,
            }
        )
        if completed_items is not UNSET:
            field_dict["completed_items"] = completed_items
        if deployment_started_at is not UNSET:
            field_dict["deployment_started_at"] = deployment_started_at
        if description is not UNSET:
            field_dict["description"] = description
        if logs is not UNSET:
            field_dict["logs"] = logs
        if server is not UNSET:
            field_dict["server"] = server
        if stage is not UNSET:
            field_dict["stage"] = stage
        if step is not UNSET:
            field_dict["step"] = step
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        identifier = required_value(d, "identifier", str)

        status = required_value(d, "status", str)

        completed_items: int | None | str | Unset = d.pop("completed_items", UNSET)
        if not (completed_items is None or isinstance(completed_items, (int, str, Unset))):
            raise mismatch("completed_items", completed_items, "int | None | str | Unset")

        deployment_started_at: datetime.datetime | None | Unset
        _deployment_started_at_data = d.pop("deployment_started_at", UNSET)
        if isinstance(_deployment_started_at_data, str):
            try:
                deployment_started_at_type_0 = parse_datetime(_deployment_started_at_data)

                deployment_started_at = deployment_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "deployment_started_at", _deployment_started_at_data, "datetime.datetime | None | Unset", error
                ) from error
        elif _deployment_started_at_data is None or isinstance(_deployment_started_at_data, Unset):
            deployment_started_at = _deployment_started_at_data
        else:
            raise mismatch("deployment_started_at", _deployment_started_at_data, "datetime.datetime | None | Unset")

        description: None | str | Unset = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise mismatch("description", description, "None | str | Unset")

        logs: bool | None | Unset = d.pop("logs", UNSET)
        if not (logs is None or isinstance(logs, (bool, Unset))):
            raise mismatch("logs", logs, "bool | None | Unset")

        server: int | None | str | Unset = d.pop("server", UNSET)
        if not (server is None or isinstance(server, (int, str, Unset))):
            raise mismatch("server", server, "int | None | str | Unset")

        stage: None | str | Unset = d.pop("stage", UNSET)
        if not (stage is None or isinstance(stage, (str, Unset))):
            raise mismatch("stage", stage, "None | str | Unset")

        step: None | str | Unset = d.pop("step", UNSET)
        if not (step is None or isinstance(step, (str, Unset))):
            raise mismatch("step", step, "None | str | Unset")

        total_items: int | None | str | Unset = d.pop("total_items", UNSET)
        if not (total_items is None or isinstance(total_items, (int, str, Unset))):
            raise mismatch("total_items", total_items, "int | None | str | Unset")

        updated_at: datetime.datetime | None | Unset
        _updated_at_data = d.pop("updated_at", UNSET)
        if isinstance(_updated_at_data, str):
            try:
                updated_at_type_0 = parse_datetime(_updated_at_data)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("updated_at", _updated_at_data, "datetime.datetime | None | Unset", error) from error
        elif _updated_at_data is None or isinstance(_updated_at_data, Unset):
            updated_at = _updated_at_data
        else:
            raise mismatch("updated_at", _updated_at_data, "datetime.datetime | None | Unset")

        _instance = cls(
            identifier,
            status,
            completed_items,
            deployment_started_at,
            description,
            logs,
            server,
            stage,
            step,
            total_items,
            updated_at,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
