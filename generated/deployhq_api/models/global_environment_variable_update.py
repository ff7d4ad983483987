from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.global_environment_variable_update_environment_variable import (
        GlobalEnvironmentVariableUpdateEnvironmentVariable,
    )


T = TypeVar("T", bound="GlobalEnvironmentVariableUpdate")


@_attrs_define
class GlobalEnvironmentVariableUpdate:
    """
    Attributes:
        environment_variable (GlobalEnvironmentVariableUpdateEnvironmentVariable):
    """

    environment_variable: GlobalEnvironmentVariableUpdateEnvironmentVariable
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        environment_variable = self.environment_variable.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "environment_variable": environment_variable,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        environment_variable = GlobalEnvironmentVariableUpdateEnvironmentVariable.from_dict(
            d.pop("environment_variable")
        )

        _instance = cls(
            environment_variable,
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


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.global_environment_variable_update_environment_variable import (
    GlobalEnvironmentVariableUpdateEnvironmentVariable,
)
