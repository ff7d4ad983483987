from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    required_value,
)

T = TypeVar("T", bound="EnvironmentVariableCreateEnvironmentVariable")


@_attrs_define
class EnvironmentVariableCreateEnvironmentVariable:
    """
    Attributes:
        name (str):
        value (str):
        build_pipeline (bool | Unset):
        locked (bool | Unset):
    """

    name: str
    value: str
    build_pipeline: bool | Unset = UNSET
    locked: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        value = self.value

        build_pipeline = self.build_pipeline

        locked = self.locked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "value": value,
            }
        )
        if build_pipeline is not UNSET:
            field_dict["build_pipeline"] = build_pipeline
        if locked is not UNSET:
            field_dict["locked"] = locked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        name = required_value(d, "EnvironmentVariableCreateEnvironmentVariable", "name", str)

        value = required_value(d, "EnvironmentVariableCreateEnvironmentVariable", "value", str)

        build_pipeline = d.pop("build_pipeline", UNSET)

        locked = d.pop("locked", UNSET)

        _instance = cls(
            name,
            value,
            build_pipeline,
            locked,
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
