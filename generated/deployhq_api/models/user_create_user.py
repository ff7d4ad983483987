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

T = TypeVar("T", bound="UserCreateUser")


@_attrs_define
class UserCreateUser:
    """
    Attributes:
        email_address (str):
        first_name (str):
        account_administrator (bool | Unset):
        all_projects_allowed (bool | Unset):
        can_create_projects (bool | Unset):
        can_manage_agents (bool | Unset):
        can_manage_billing (bool | Unset):
        can_manage_users (bool | Unset):
        last_name (str | Unset):
        time_zone (str | Unset):
    """

    email_address: str
    first_name: str
    account_administrator: bool | Unset = UNSET
    all_projects_allowed: bool | Unset = UNSET
    can_create_projects: bool | Unset = UNSET
    can_manage_agents: bool | Unset = UNSET
    can_manage_billing: bool | Unset = UNSET
    can_manage_users: bool | Unset = UNSET
    last_name: str | Unset = UNSET
    time_zone: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email_address = self.email_address

        first_name = self.first_name

        account_administrator = self.account_administrator

        all_projects_allowed = self.all_projects_allowed

        can_create_projects = self.can_create_projects

        can_manage_agents = self.can_manage_agents

        can_manage_billing = self.can_manage_billing

        can_manage_users = self.can_manage_users

        last_name = self.last_name

        time_zone = self.time_zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email_address": email_address,
                "first_name": first_name,
            }
        )
        if account_administrator is not UNSET:
            field_dict["account_administrator"] = account_administrator
        if all_projects_allowed is not UNSET:
            field_dict["all_projects_allowed"] = all_projects_allowed
        if can_create_projects is not UNSET:
            field_dict["can_create_projects"] = can_create_projects
        if can_manage_agents is not UNSET:
            field_dict["can_manage_agents"] = can_manage_agents
        if can_manage_billing is not UNSET:
            field_dict["can_manage_billing"] = can_manage_billing
        if can_manage_users is not UNSET:
            field_dict["can_manage_users"] = can_manage_users
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
        email_address = required_value(d, "UserCreateUser", "email_address", str)

        first_name = required_value(d, "UserCreateUser", "first_name", str)

        account_administrator = d.pop("account_administrator", UNSET)

        all_projects_allowed = d.pop("all_projects_allowed", UNSET)

        can_create_projects = d.pop("can_create_projects", UNSET)

        can_manage_agents = d.pop("can_manage_agents", UNSET)

        can_manage_billing = d.pop("can_manage_billing", UNSET)

        can_manage_users = d.pop("can_manage_users", UNSET)

        last_name = d.pop("last_name", UNSET)

        time_zone = d.pop("time_zone", UNSET)

        _instance = cls(
            email_address,
            first_name,
            account_administrator,
            all_projects_allowed,
            can_create_projects,
            can_manage_agents,
            can_manage_billing,
            can_manage_users,
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
