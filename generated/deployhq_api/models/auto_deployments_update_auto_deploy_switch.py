from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="AutoDeploymentsUpdateAutoDeploySwitch")


@_attrs_define
class AutoDeploymentsUpdateAutoDeploySwitch:
    """
    Attributes:
        identifier (str | Unset):
        auto_deploy (bool | Unset):
    """

    identifier: str | Unset = UNSET
    auto_deploy: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        auto_deploy = self.auto_deploy

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if auto_deploy is not UNSET:
            field_dict["auto_deploy"] = auto_deploy

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        identifier = d.pop("identifier", UNSET)

        auto_deploy = d.pop("auto_deploy", UNSET)

        _instance = cls(
            identifier,
            auto_deploy,
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
