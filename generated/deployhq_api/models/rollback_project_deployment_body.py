from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="RollbackProjectDeploymentBody")


@_attrs_define
class RollbackProjectDeploymentBody:
    """
    Attributes:
        mode (str | Unset):
        copy_config_files (bool | Unset):
        run_build_commands (bool | Unset):
    """

    mode: str | Unset = UNSET
    copy_config_files: bool | Unset = UNSET
    run_build_commands: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        mode = self.mode

        copy_config_files = self.copy_config_files

        run_build_commands = self.run_build_commands

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mode is not UNSET:
            field_dict["mode"] = mode
        if copy_config_files is not UNSET:
            field_dict["copy_config_files"] = copy_config_files
        if run_build_commands is not UNSET:
            field_dict["run_build_commands"] = run_build_commands

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        mode = d.pop("mode", UNSET)

        copy_config_files = d.pop("copy_config_files", UNSET)

        run_build_commands = d.pop("run_build_commands", UNSET)

        _instance = cls(
            mode,
            copy_config_files,
            run_build_commands,
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
