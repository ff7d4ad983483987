from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="AccountUpdateAccount")


@_attrs_define
class AccountUpdateAccount:
    """
    Attributes:
        ai_features_disabled (bool | Unset):
        ip_restricted (bool | Unset):
        name (str | Unset):
        permalink (str | Unset):
        strong_password_required (bool | Unset):
        time_zone (str | Unset):
        two_factor_auth_required (bool | Unset):
    """

    ai_features_disabled: bool | Unset = UNSET
    ip_restricted: bool | Unset = UNSET
    name: str | Unset = UNSET
    permalink: str | Unset = UNSET
    strong_password_required: bool | Unset = UNSET
    time_zone: str | Unset = UNSET
    two_factor_auth_required: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_features_disabled = self.ai_features_disabled

        ip_restricted = self.ip_restricted

        name = self.name

        permalink = self.permalink

        strong_password_required = self.strong_password_required

        time_zone = self.time_zone

        two_factor_auth_required = self.two_factor_auth_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_features_disabled is not UNSET:
            field_dict["ai_features_disabled"] = ai_features_disabled
        if ip_restricted is not UNSET:
            field_dict["ip_restricted"] = ip_restricted
        if name is not UNSET:
            field_dict["name"] = name
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if strong_password_required is not UNSET:
            field_dict["strong_password_required"] = strong_password_required
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if two_factor_auth_required is not UNSET:
            field_dict["two_factor_auth_required"] = two_factor_auth_required

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        ai_features_disabled = d.pop("ai_features_disabled", UNSET)

        ip_restricted = d.pop("ip_restricted", UNSET)

        name = d.pop("name", UNSET)

        permalink = d.pop("permalink", UNSET)

        strong_password_required = d.pop("strong_password_required", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        two_factor_auth_required = d.pop("two_factor_auth_required", UNSET)

        _instance = cls(
            ai_features_disabled,
            ip_restricted,
            name,
            permalink,
            strong_password_required,
            time_zone,
            two_factor_auth_required,
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
