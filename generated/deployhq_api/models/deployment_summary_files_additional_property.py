from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentSummaryFilesAdditionalProperty")


@_attrs_define
class DeploymentSummaryFilesAdditionalProperty:
    """
    Attributes:
        changed (list[Any] | Unset):
        removed (list[Any] | Unset):
    """

    changed: list[Any] | Unset = UNSET
    removed: list[Any] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        changed: list[Any] | Unset = UNSET
        if not isinstance(self.changed, Unset):
            changed = self.changed

        removed: list[Any] | Unset = UNSET
        if not isinstance(self.removed, Unset):
            removed = self.removed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if changed is not UNSET:
            field_dict["changed"] = changed
        if removed is not UNSET:
            field_dict["removed"] = removed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        changed: list[Any] = d.pop("changed", UNSET)

        removed: list[Any] = d.pop("removed", UNSET)

        _instance = cls(
            changed,
            removed,
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
