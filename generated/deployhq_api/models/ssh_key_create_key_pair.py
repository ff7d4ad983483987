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

T = TypeVar("T", bound="SshKeyCreateKeyPair")


@_attrs_define
class SshKeyCreateKeyPair:
    """
    Attributes:
        title (str):
        custom_private_key (str | Unset):
        key_type (str | Unset):
        use_custom_key (bool | Unset):
    """

    title: str
    custom_private_key: str | Unset = UNSET
    key_type: str | Unset = UNSET
    use_custom_key: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        title = self.title

        custom_private_key = self.custom_private_key

        key_type = self.key_type

        use_custom_key = self.use_custom_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "title": title,
            }
        )
        if custom_private_key is not UNSET:
            field_dict["custom_private_key"] = custom_private_key
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if use_custom_key is not UNSET:
            field_dict["use_custom_key"] = use_custom_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        title = required_value(d, "SshKeyCreateKeyPair", "title", str)

        custom_private_key = d.pop("custom_private_key", UNSET)

        key_type = d.pop("key_type", UNSET)

        use_custom_key = d.pop("use_custom_key", UNSET)

        _instance = cls(
            title,
            custom_private_key,
            key_type,
            use_custom_key,
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
