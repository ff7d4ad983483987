from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
    parse_datetime,
)

T = TypeVar("T", bound="BuildCommand")


@_attrs_define(frozen=True, repr=False)
class BuildCommand:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        command (None | str)
        created_at (datetime.datetime | None)
        description (None | str)
        enabled (bool | None)
        halt_on_error (bool | None)
        id (int | None)
        identifier (None | str)
        parent_id (int | None)
        parent_type (None | str)
        position (int | None)
        project_id (int | None)
        template_name (None | str)
        updated_at (datetime.datetime | None)
        watch_files (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    command: None | str = None
    created_at: datetime.datetime | None = None
    description: None | str = None
    enabled: bool | None = None
    halt_on_error: bool | None = None
    id: int | None = None
    identifier: None | str = None
    parent_id: int | None = None
    parent_type: None | str = None
    position: int | None = None
    project_id: int | None = None
    template_name: None | str = None
    updated_at: datetime.datetime | None = None
    watch_files: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.command is not None:
            field_dict["command"] = self.command
        elif "command" in self._nulls:
            field_dict["command"] = None
        if self.created_at is not None:
            field_dict["created_at"] = encode(self.created_at)
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif "enabled" in self._nulls:
            field_dict["enabled"] = None
        if self.halt_on_error is not None:
            field_dict["halt_on_error"] = self.halt_on_error
        elif "halt_on_error" in self._nulls:
            field_dict["halt_on_error"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.parent_id is not None:
            field_dict["parent_id"] = self.parent_id
        elif "parent_id" in self._nulls:
            field_dict["parent_id"] = None
        if self.parent_type is not None:
            field_dict["parent_type"] = self.parent_type
        elif "parent_type" in self._nulls:
            field_dict["parent_type"] = None
        if self.position is not None:
            field_dict["position"] = self.position
        elif "position" in self._nulls:
            field_dict["position"] = None
        if self.project_id is not None:
            field_dict["project_id"] = self.project_id
        elif "project_id" in self._nulls:
            field_dict["project_id"] = None
        if self.template_name is not None:
            field_dict["template_name"] = self.template_name
        elif "template_name" in self._nulls:
            field_dict["template_name"] = None
        if self.updated_at is not None:
            field_dict["updated_at"] = encode(self.updated_at)
        elif "updated_at" in self._nulls:
            field_dict["updated_at"] = None
        if self.watch_files is not None:
            field_dict["watch_files"] = self.watch_files
        elif "watch_files" in self._nulls:
            field_dict["watch_files"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        command: None | str
        _value = d.pop("command", UNSET)
        if _value is None:
            command = None
            null("command")
        elif _value is UNSET:
            command = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                command = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "command", _value, "None | str", error)
                command = None

        created_at: datetime.datetime | None
        _value = d.pop("created_at", UNSET)
        if _value is None:
            created_at = None
            null("created_at")
        elif _value is UNSET:
            created_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                created_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "BuildCommand", "created_at", _value, "datetime.datetime | None", error)
                created_at = None

        description: None | str
        _value = d.pop("description", UNSET)
        if _value is None:
            description = None
            null("description")
        elif _value is UNSET:
            description = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                description = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "description", _value, "None | str", error)
                description = None

        enabled: bool | None
        _value = d.pop("enabled", UNSET)
        if _value is None:
            enabled = None
            null("enabled")
        elif _value is UNSET:
            enabled = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                enabled = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "enabled", _value, "bool | None", error)
                enabled = None

        halt_on_error: bool | None
        _value = d.pop("halt_on_error", UNSET)
        if _value is None:
            halt_on_error = None
            null("halt_on_error")
        elif _value is UNSET:
            halt_on_error = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                halt_on_error = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "halt_on_error", _value, "bool | None", error)
                halt_on_error = None

        id: int | None
        _value = d.pop("id", UNSET)
        if _value is None:
            id = None
            null("id")
        elif _value is UNSET:
            id = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                id = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "id", _value, "int | None", error)
                id = None

        identifier: None | str
        _value = d.pop("identifier", UNSET)
        if _value is None:
            identifier = None
            null("identifier")
        elif _value is UNSET:
            identifier = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                identifier = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "identifier", _value, "None | str", error)
                identifier = None

        parent_id: int | None
        _value = d.pop("parent_id", UNSET)
        if _value is None:
            parent_id = None
            null("parent_id")
        elif _value is UNSET:
            parent_id = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                parent_id = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "parent_id", _value, "int | None", error)
                parent_id = None

        parent_type: None | str
        _value = d.pop("parent_type", UNSET)
        if _value is None:
            parent_type = None
            null("parent_type")
        elif _value is UNSET:
            parent_type = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                parent_type = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "parent_type", _value, "None | str", error)
                parent_type = None

        position: int | None
        _value = d.pop("position", UNSET)
        if _value is None:
            position = None
            null("position")
        elif _value is UNSET:
            position = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                position = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "position", _value, "int | None", error)
                position = None

        project_id: int | None
        _value = d.pop("project_id", UNSET)
        if _value is None:
            project_id = None
            null("project_id")
        elif _value is UNSET:
            project_id = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                project_id = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "project_id", _value, "int | None", error)
                project_id = None

        template_name: None | str
        _value = d.pop("template_name", UNSET)
        if _value is None:
            template_name = None
            null("template_name")
        elif _value is UNSET:
            template_name = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                template_name = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "template_name", _value, "None | str", error)
                template_name = None

        updated_at: datetime.datetime | None
        _value = d.pop("updated_at", UNSET)
        if _value is None:
            updated_at = None
            null("updated_at")
        elif _value is UNSET:
            updated_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                updated_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "BuildCommand", "updated_at", _value, "datetime.datetime | None", error)
                updated_at = None

        watch_files: None | str
        _value = d.pop("watch_files", UNSET)
        if _value is None:
            watch_files = None
            null("watch_files")
        elif _value is UNSET:
            watch_files = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                watch_files = _value

            except FAILURES as error:
                loose(d, "BuildCommand", "watch_files", _value, "None | str", error)
                watch_files = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_BuildCommandBuilding)
        _instance.command = command
        _instance.created_at = created_at
        _instance.description = description
        _instance.enabled = enabled
        _instance.halt_on_error = halt_on_error
        _instance.id = id
        _instance.identifier = identifier
        _instance.parent_id = parent_id
        _instance.parent_type = parent_type
        _instance.position = position
        _instance.project_id = project_id
        _instance.template_name = template_name
        _instance.updated_at = updated_at
        _instance.watch_files = watch_files
        _entries: dict[str, Any] = {}
        for _key, _value in d.items():
            _entry: Any
            _entry = _value

            _entries[_key] = _entry
        _instance.additional_properties = _entries
        _instance._nulls = nulls
        _instance.__class__ = cls
        built: Self = _instance
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _BuildCommandBuilding(BuildCommand):
    """A BuildCommand while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
