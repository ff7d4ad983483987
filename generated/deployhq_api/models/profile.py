from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.profile_account import ProfileAccount


T = TypeVar("T", bound="Profile")


@_attrs_define
class Profile:
    """
    Attributes:
        account (None | ProfileAccount | Unset):
        email_address (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        time_zone (None | str | Unset):
    """

    account: None | ProfileAccount | Unset = UNSET
    email_address: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, ProfileAccount):
            account = self.account.to_dict()
        else:
            account = self.account

        email_address: None | str | Unset
        if isinstance(self.email_address, Unset):
            email_address = UNSET
        else:
            email_address = self.email_address

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
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
        account: None | ProfileAccount | Unset
        _account_data = d.pop("account", UNSET)
        if isinstance(_account_data, dict):
            try:
                account_type_0 = ProfileAccount.from_dict(_account_data)

                account = account_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("account", _account_data, "None | ProfileAccount | Unset", error) from error
        elif _account_data is None or isinstance(_account_data, Unset):
            account = _account_data
        else:
            raise mismatch("account", _account_data, "None | ProfileAccount | Unset")

        email_address: None | str | Unset = d.pop("email_address", UNSET)
        if not (email_address is None or isinstance(email_address, (str, Unset))):
            raise mismatch("email_address", email_address, "None | str | Unset")

        first_name: None | str | Unset = d.pop("first_name", UNSET)
        if not (first_name is None or isinstance(first_name, (str, Unset))):
            raise mismatch("first_name", first_name, "None | str | Unset")

        last_name: None | str | Unset = d.pop("last_name", UNSET)
        if not (last_name is None or isinstance(last_name, (str, Unset))):
            raise mismatch("last_name", last_name, "None | str | Unset")

        time_zone: None | str | Unset = d.pop("time_zone", UNSET)
        if not (time_zone is None or isinstance(time_zone, (str, Unset))):
            raise mismatch("time_zone", time_zone, "None | str | Unset")

        _instance = cls(
            account,
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


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.profile_account import ProfileAccount
