from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="DeploymentConfiguration")


@_attrs_define
class DeploymentConfiguration:
    """
    Attributes:
        copy_config_files (bool | None | Unset):
        notification_addresses (None | str | Unset):
        skip_project_files (bool | None | Unset):
    """

    copy_config_files: bool | None | Unset = UNSET
    notification_addresses: None | str | Unset = UNSET
    skip_project_files: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        copy_config_files: bool | None | Unset
        if isinstance(self.copy_config_files, Unset):
            copy_config_files = UNSET
        else:
            copy_config_files = self.copy_config_files

        notification_addresses: None | str | Unset
        if isinstance(self.notification_addresses, Unset):
            notification_addresses = UNSET
        else:
            notification_addresses = self.notification_addresses

        skip_project_files: bool | None | Unset
        if isinstance(self.skip_project_files, Unset):
            skip_project_files = UNSET
        else:
            skip_project_files = self.skip_project_files

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if copy_config_files is not UNSET:
            field_dict["copy_config_files"] = copy_config_files
        if notification_addresses is not UNSET:
            field_dict["notification_addresses"] = notification_addresses
        if skip_project_files is not UNSET:
            field_dict["skip_project_files"] = skip_project_files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        copy_config_files: bool | None | Unset = d.pop("copy_config_files", UNSET)
        if not (copy_config_files is None or isinstance(copy_config_files, (bool, Unset))):
            raise mismatch("copy_config_files", copy_config_files, "bool | None | Unset")

        notification_addresses: None | str | Unset = d.pop("notification_addresses", UNSET)
        if not (notification_addresses is None or isinstance(notification_addresses, (str, Unset))):
            raise mismatch("notification_addresses", notification_addresses, "None | str | Unset")

        skip_project_files: bool | None | Unset = d.pop("skip_project_files", UNSET)
        if not (skip_project_files is None or isinstance(skip_project_files, (bool, Unset))):
            raise mismatch("skip_project_files", skip_project_files, "bool | None | Unset")

        _instance = cls(
            copy_config_files,
            notification_addresses,
            skip_project_files,
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
