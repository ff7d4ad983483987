from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ProfileUpdateUser")


@_attrs_define
class ProfileUpdateUser:
    """
    Attributes:
        alphabetic_sort (bool | Unset):
        email_address (str | Unset):
        first_name (str | Unset):
        last_name (str | Unset):
        time_zone (str | Unset):
    """

    alphabetic_sort: bool | Unset = UNSET
    email_address: str | Unset = UNSET
    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        alphabetic_sort = self.alphabetic_sort

        email_address = self.email_address

        first_name = self.first_name

        last_name = self.last_name

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if alphabetic_sort is not UNSET:
            field_dict["alphabetic_sort"] = alphabetic_sort
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        alphabetic_sort = d.pop("alphabetic_sort", UNSET)

        email_address = d.pop("email_address", UNSET)

        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        _instance = cls(
            alphabetic_sort,
            email_address,
            first_name,
            last_name,
            time_zone,
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
