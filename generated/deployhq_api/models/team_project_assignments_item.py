from __future__ import annotations

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
)

T = TypeVar("T", bound="TeamProjectAssignmentsItem")


@_attrs_define(frozen=True, repr=False)
class TeamProjectAssignmentsItem:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        can_deploy_all (bool | None)
        can_manage_config_files (bool | None)
        can_update_config (bool | None)
        identifier (None | str)
        name (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    can_deploy_all: bool | None = None
    can_manage_config_files: bool | None = None
    can_update_config: bool | None = None
    identifier: None | str = None
    name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.can_deploy_all is not None:
            field_dict["can_deploy_all"] = self.can_deploy_all
        elif "can_deploy_all" in self._nulls:
            field_dict["can_deploy_all"] = None
        if self.can_manage_config_files is not None:
            field_dict["can_manage_config_files"] = self.can_manage_config_files
        elif "can_manage_config_files" in self._nulls:
            field_dict["can_manage_config_files"] = None
        if self.can_update_config is not None:
            field_dict["can_update_config"] = self.can_update_config
        elif "can_update_config" in self._nulls:
            field_dict["can_update_config"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        can_deploy_all: bool | None
        _value = d.pop("can_deploy_all", UNSET)
        if _value is None:
            can_deploy_all = None
            null("can_deploy_all")
        elif _value is UNSET:
            can_deploy_all = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                can_deploy_all = _value

            except FAILURES as error:
                loose(d, "TeamProjectAssignmentsItem", "can_deploy_all", _value, "bool | None", error)
                can_deploy_all = None

        can_manage_config_files: bool | None
        _value = d.pop("can_manage_config_files", UNSET)
        if _value is None:
            can_manage_config_files = None
            null("can_manage_config_files")
        elif _value is UNSET:
            can_manage_config_files = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                can_manage_config_files = _value

            except FAILURES as error:
                loose(d, "TeamProjectAssignmentsItem", "can_manage_config_files", _value, "bool | None", error)
                can_manage_config_files = None

        can_update_config: bool | None
        _value = d.pop("can_update_config", UNSET)
        if _value is None:
            can_update_config = None
            null("can_update_config")
        elif _value is UNSET:
            can_update_config = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                can_update_config = _value

            except FAILURES as error:
                loose(d, "TeamProjectAssignmentsItem", "can_update_config", _value, "bool | None", error)
                can_update_config = None

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
                loose(d, "TeamProjectAssignmentsItem", "identifier", _value, "None | str", error)
                identifier = None

        name: None | str
        _value = d.pop("name", UNSET)
        if _value is None:
            name = None
            null("name")
        elif _value is UNSET:
            name = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                name = _value

            except FAILURES as error:
                loose(d, "TeamProjectAssignmentsItem", "name", _value, "None | str", error)
                name = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_TeamProjectAssignmentsItemBuilding)
        _instance.can_deploy_all = can_deploy_all
        _instance.can_manage_config_files = can_manage_config_files
        _instance.can_update_config = can_update_config
        _instance.identifier = identifier
        _instance.name = name
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


class _TeamProjectAssignmentsItemBuilding(TeamProjectAssignmentsItem):
    """A TeamProjectAssignmentsItem while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
