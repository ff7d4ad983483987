from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProfileUpdateUser")


@_attrs_define
class ProfileUpdateUser:
    """
    Attributes:
        first_name (str | Unset):
        last_name (str | Unset):
        email_address (str | Unset):
        time_zone (str | Unset):
        alphabetic_sort (bool | Unset):
    """

    first_name: str | Unset = UNSET
    last_name: str | Unset = UNSET
    email_address: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    alphabetic_sort: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        first_name = self.first_name

        last_name = self.last_name

        email_address = self.email_address

        time_zone = self.time_zone

        alphabetic_sort = self.alphabetic_sort

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if alphabetic_sort is not UNSET:
            field_dict["alphabetic_sort"] = alphabetic_sort

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        first_name = d.pop("first_name", UNSET)

        last_name = d.pop("last_name", UNSET)

        email_address = d.pop("email_address", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        alphabetic_sort = d.pop("alphabetic_sort", UNSET)

        profile_update_user = cls(
            first_name=first_name,
            last_name=last_name,
            email_address=email_address,
            time_zone=time_zone,
            alphabetic_sort=alphabetic_sort,
        )

        profile_update_user.additional_properties = d
        return profile_update_user

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
