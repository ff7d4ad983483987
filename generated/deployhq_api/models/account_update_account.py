from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountUpdateAccount")


@_attrs_define
class AccountUpdateAccount:
    """
    Attributes:
        name (str | Unset):
        permalink (str | Unset):
        time_zone (str | Unset):
        ip_restricted (bool | Unset):
        two_factor_auth_required (bool | Unset):
        strong_password_required (bool | Unset):
        ai_features_disabled (bool | Unset):
    """

    name: str | Unset = UNSET
    permalink: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    ip_restricted: bool | Unset = UNSET
    two_factor_auth_required: bool | Unset = UNSET
    strong_password_required: bool | Unset = UNSET
    ai_features_disabled: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        permalink = self.permalink

        time_zone = self.time_zone

        ip_restricted = self.ip_restricted

        two_factor_auth_required = self.two_factor_auth_required

        strong_password_required = self.strong_password_required

        ai_features_disabled = self.ai_features_disabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if ip_restricted is not UNSET:
            field_dict["ip_restricted"] = ip_restricted
        if two_factor_auth_required is not UNSET:
            field_dict["two_factor_auth_required"] = two_factor_auth_required
        if strong_password_required is not UNSET:
            field_dict["strong_password_required"] = strong_password_required
        if ai_features_disabled is not UNSET:
            field_dict["ai_features_disabled"] = ai_features_disabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        permalink = d.pop("permalink", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        ip_restricted = d.pop("ip_restricted", UNSET)

        two_factor_auth_required = d.pop("two_factor_auth_required", UNSET)

        strong_password_required = d.pop("strong_password_required", UNSET)

        ai_features_disabled = d.pop("ai_features_disabled", UNSET)

        account_update_account = cls(
            name=name,
            permalink=permalink,
            time_zone=time_zone,
            ip_restricted=ip_restricted,
            two_factor_auth_required=two_factor_auth_required,
            strong_password_required=strong_password_required,
            ai_features_disabled=ai_features_disabled,
        )

        account_update_account.additional_properties = d
        return account_update_account

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
