from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, parse_datetime

T = TypeVar("T", bound="DeploymentStep")


@_attrs_define
class DeploymentStep:
    """
    Attributes:
        step (None | str | Unset):
        stage (None | str | Unset):
        identifier (None | str | Unset):
        server (int | None | Unset):
        total_items (int | None | Unset):
        completed_items (int | None | Unset):
        description (None | str | Unset):
        status (None | str | Unset):
        logs (bool | None | Unset):
        deployment_started_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    step: None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    server: int | None | Unset = UNSET
    total_items: int | None | Unset = UNSET
    completed_items: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    logs: bool | None | Unset = UNSET
    deployment_started_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        server: int | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        else:
            server = self.server

        total_items: int | None | Unset
        if isinstance(self.total_items, Unset):
            total_items = UNSET
        else:
            total_items = self.total_items

        completed_items: int | None | Unset
        if isinstance(self.completed_items, Unset):
            completed_items = UNSET
        else:
            completed_items = self.completed_items

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        logs: bool | None | Unset
        if isinstance(self.logs, Unset):
            logs = UNSET
        else:
            logs = self.logs

        deployment_started_at: None | str | Unset
        if isinstance(self.deployment_started_at, Unset):
            deployment_started_at = UNSET
        elif isinstance(self.deployment_started_at, datetime.datetime):
            deployment_started_at = self.deployment_started_at.isoformat()
        else:
            deployment_started_at = self.deployment_started_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if step is not UNSET:
            field_dict["step"] = step
        if stage is not UNSET:
            field_dict["stage"] = stage
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if server is not UNSET:
            field_dict["server"] = server
        if total_items is not UNSET:
            field_dict["total_items"] = total_items
        if completed_items is not UNSET:
            field_dict["completed_items"] = completed_items
        if description is not UNSET:
            field_dict["description"] = description
        if status is not UNSET:
            field_dict["status"] = status
        if logs is not UNSET:
            field_dict["logs"] = logs
        if deployment_started_at is not UNSET:
            field_dict["deployment_started_at"] = deployment_started_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        step: None | str | Unset = d.pop("step", UNSET)

        stage: None | str | Unset = d.pop("stage", UNSET)

        identifier: None | str | Unset = d.pop("identifier", UNSET)

        server: int | None | Unset = d.pop("server", UNSET)

        total_items: int | None | Unset = d.pop("total_items", UNSET)

        completed_items: int | None | Unset = d.pop("completed_items", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        logs: bool | None | Unset = d.pop("logs", UNSET)

        deployment_started_at: datetime.datetime | None | Unset
        _deployment_started_at_data = d.pop("deployment_started_at", UNSET)
        if isinstance(_deployment_started_at_data, str):
            try:
                deployment_started_at_type_0 = parse_datetime(_deployment_started_at_data)

                deployment_started_at = deployment_started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                deployment_started_at = cast(datetime.datetime | None | Unset, _deployment_started_at_data)
        else:
            deployment_started_at = cast(datetime.datetime | None | Unset, _deployment_started_at_data)

        updated_at: datetime.datetime | None | Unset
        _updated_at_data = d.pop("updated_at", UNSET)
        if isinstance(_updated_at_data, str):
            try:
                updated_at_type_0 = parse_datetime(_updated_at_data)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                updated_at = cast(datetime.datetime | None | Unset, _updated_at_data)
        else:
            updated_at = cast(datetime.datetime | None | Unset, _updated_at_data)

        deployment_step = cls(
            step=step,
            stage=stage,
            identifier=identifier,
            server=server,
            total_items=total_items,
            completed_items=completed_items,
            description=description,
            status=status,
            logs=logs,
            deployment_started_at=deployment_started_at,
            updated_at=updated_at,
        )

        deployment_step.additional_properties = d
        return deployment_step

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
