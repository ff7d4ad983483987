from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

T = TypeVar("T", bound="BuildCommand")


@_attrs_define
class BuildCommand:
    """
    Attributes:
        command (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        description (None | str | Unset):
        enabled (bool | None | Unset):
        halt_on_error (bool | None | Unset):
        id (int | None | Unset):
        identifier (None | str | Unset):
        parent_id (int | None | Unset):
        parent_type (None | str | Unset):
        position (int | None | Unset):
        project_id (int | None | Unset):
        template_name (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
        watch_files (None | str | Unset):
    """

    command: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    halt_on_error: bool | None | Unset = UNSET
    id: int | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    parent_id: int | None | Unset = UNSET
    parent_type: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    project_id: int | None | Unset = UNSET
    template_name: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    watch_files: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        halt_on_error: bool | None | Unset
        if isinstance(self.halt_on_error, Unset):
            halt_on_error = UNSET
        else:
            halt_on_error = self.halt_on_error

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        parent_id: int | None | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        else:
            parent_id = self.parent_id

        parent_type: None | str | Unset
        if isinstance(self.parent_type, Unset):
            parent_type = UNSET
        else:
            parent_type = self.parent_type

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        project_id: int | None | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        template_name: None | str | Unset
        if isinstance(self.template_name, Unset):
            template_name = UNSET
        else:
            template_name = self.template_name

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        watch_files: None | str | Unset
        if isinstance(self.watch_files, Unset):
            watch_files = UNSET
        else:
            watch_files = self.watch_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if command is not UNSET:
            field_dict["command"] = command
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if halt_on_error is not UNSET:
            field_dict["halt_on_error"] = halt_on_error
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if parent_type is not UNSET:
            field_dict["parent_type"] = parent_type
        if position is not UNSET:
            field_dict["position"] = position
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if template_name is not UNSET:
            field_dict["template_name"] = template_name
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if watch_files is not UNSET:
            field_dict["watch_files"] = watch_files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        command: None | str | Unset = d.pop("command", UNSET)
        if not (command is None or isinstance(command, (str, Unset))):
            raise mismatch("command", command, "None | str | Unset")

        created_at: datetime.datetime | None | Unset
        _created_at_data = d.pop("created_at", UNSET)
        if isinstance(_created_at_data, str):
            try:
                created_at_type_0 = parse_datetime(_created_at_data)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("created_at", _created_at_data, "datetime.datetime | None | Unset", error) from error
        elif _created_at_data is None or isinstance(_created_at_data, Unset):
            created_at = _created_at_data
        else:
            raise mismatch("created_at", _created_at_data, "datetime.datetime | None | Unset")

        description: None | str | Unset = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise mismatch("description", description, "None | str | Unset")

        enabled: bool | None | Unset = d.pop("enabled", UNSET)
        if not (enabled is None or isinstance(enabled, (bool, Unset))):
            raise mismatch("enabled", enabled, "bool | None | Unset")

        halt_on_error: bool | None | Unset = d.pop("halt_on_error", UNSET)
        if not (halt_on_error is None or isinstance(halt_on_error, (bool, Unset))):
            raise mismatch("halt_on_error", halt_on_error, "bool | None | Unset")

        id: int | None | Unset = d.pop("id", UNSET)
        if not (id is None or isinstance(id, (int, Unset))):
            raise mismatch("id", id, "int | None | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        parent_id: int | None | Unset = d.pop("parent_id", UNSET)
        if not (parent_id is None or isinstance(parent_id, (int, Unset))):
            raise mismatch("parent_id", parent_id, "int | None | Unset")

        parent_type: None | str | Unset = d.pop("parent_type", UNSET)
        if not (parent_type is None or isinstance(parent_type, (str, Unset))):
            raise mismatch("parent_type", parent_type, "None | str | Unset")

        position: int | None | Unset = d.pop("position", UNSET)
        if not (position is None or isinstance(position, (int, Unset))):
            raise mismatch("position", position, "int | None | Unset")

        project_id: int | None | Unset = d.pop("project_id", UNSET)
        if not (project_id is None or isinstance(project_id, (int, Unset))):
            raise mismatch("project_id", project_id, "int | None | Unset")

        template_name: None | str | Unset = d.pop("template_name", UNSET)
        if not (template_name is None or isinstance(template_name, (str, Unset))):
            raise mismatch("template_name", template_name, "None | str | Unset")

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

        watch_files: None | str | Unset = d.pop("watch_files", UNSET)
        if not (watch_files is None or isinstance(watch_files, (str, Unset))):
            raise mismatch("watch_files", watch_files, "None | str | Unset")

        _instance = cls(
            command,
            created_at,
            description,
            enabled,
            halt_on_error,
            id,
            identifier,
            parent_id,
            parent_type,
            position,
            project_id,
            template_name,
            updated_at,
            watch_files,
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
