from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="ProjectInsightsSummaryActiveServers")


@_attrs_define
class ProjectInsightsSummaryActiveServers:
    """
    Attributes:
        delta (None | str | Unset):
        value (int | None | Unset):
    """

    delta: None | str | Unset = UNSET
    value: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        delta: None | str | Unset
        if isinstance(self.delta, Unset):
            delta = UNSET
        else:
            delta = self.delta

        value: int | None | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if delta is not UNSET:
            field_dict["delta"] = delta
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        delta: None | str | Unset = d.pop("delta", UNSET)
        if not (delta is None or isinstance(delta, (str, Unset))):
            raise mismatch("delta", delta, "None | str | Unset")

        value: int | None | Unset = d.pop("value", UNSET)
        if not (value is None or isinstance(value, (int, Unset))):
            raise mismatch("value", value, "int | None | Unset")

        _instance = cls(
            delta,
            value,
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
