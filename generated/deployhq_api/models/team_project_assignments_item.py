from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="TeamProjectAssignmentsItem")


@_attrs_define
class TeamProjectAssignmentsItem:
    """
    Attributes:
        can_deploy_all (bool | None | Unset):
        can_manage_config_files (bool | None | Unset):
        can_update_config (bool | None | Unset):
        identifier (None | str | Unset):
        name (None | str | Unset):
    """

    can_deploy_all: bool | None | Unset = UNSET
    can_manage_config_files: bool | None | Unset = UNSET
    can_update_config: bool | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        can_deploy_all: bool | None | Unset
        if isinstance(self.can_deploy_all, Unset):
            can_deploy_all = UNSET
        else:
            can_deploy_all = self.can_deploy_all

        can_manage_config_files: bool | None | Unset
        if isinstance(self.can_manage_config_files, Unset):
            can_manage_config_files = UNSET
        else:
            can_manage_config_files = self.can_manage_config_files

        can_update_config: bool | None | Unset
        if isinstance(self.can_update_config, Unset):
            can_update_config = UNSET
        else:
            can_update_config = self.can_update_config

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if can_deploy_all is not UNSET:
            field_dict["can_deploy_all"] = can_deploy_all
        if can_manage_config_files is not UNSET:
            field_dict["can_manage_config_files"] = can_manage_config_files
        if can_update_config is not UNSET:
            field_dict["can_update_config"] = can_update_config
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        can_deploy_all: bool | None | Unset = d.pop("can_deploy_all", UNSET)
        if not (can_deploy_all is None or isinstance(can_deploy_all, (bool, Unset))):
            raise mismatch("can_deploy_all", can_deploy_all, "bool | None | Unset")

        can_manage_config_files: bool | None | Unset = d.pop("can_manage_config_files", UNSET)
        if not (can_manage_config_files is None or isinstance(can_manage_config_files, (bool, Unset))):
            raise mismatch("can_manage_config_files", can_manage_config_files, "bool | None | Unset")

        can_update_config: bool | None | Unset = d.pop("can_update_config", UNSET)
        if not (can_update_config is None or isinstance(can_update_config, (bool, Unset))):
            raise mismatch("can_update_config", can_update_config, "bool | None | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        _instance = cls(
            can_deploy_all,
            can_manage_config_files,
            can_update_config,
            identifier,
            name,
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
