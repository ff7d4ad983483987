from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="UserSummary")


@_attrs_define
class UserSummary:
    """
    Attributes:
        account_administrator (bool | None | Unset):
        activated (bool | None | Unset):
        all_projects_allowed (bool | None | Unset):
        can_create_projects (bool | None | Unset):
        can_manage_agents (bool | None | Unset):
        can_manage_billing (bool | None | Unset):
        can_manage_users (bool | None | Unset):
        email_address (None | str | Unset):
        first_name (None | str | Unset):
        id (int | None | Unset):
        identifier (None | str | Unset):
        last_name (None | str | Unset):
        time_zone (None | str | Unset):
    """

    account_administrator: bool | None | Unset = UNSET
    activated: bool | None | Unset = UNSET
    all_projects_allowed: bool | None | Unset = UNSET
    can_create_projects: bool | None | Unset = UNSET
    can_manage_agents: bool | None | Unset = UNSET
    can_manage_billing: bool | None | Unset = UNSET
    can_manage_users: bool | None | Unset = UNSET
    email_address: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account_administrator: bool | None | Unset
        if isinstance(self.account_administrator, Unset):
            account_administrator = UNSET
        else:
            account_administrator = self.account_administrator

        activated: bool | None | Unset
        if isinstance(self.activated, Unset):
            activated = UNSET
        else:
            activated = self.activated

        all_projects_allowed: bool | None | Unset
        if isinstance(self.all_projects_allowed, Unset):
            all_projects_allowed = UNSET
        else:
            all_projects_allowed = self.all_projects_allowed

        can_create_projects: bool | None | Unset
        if isinstance(self.can_create_projects, Unset):
            can_create_projects = UNSET
        else:
            can_create_projects = self.can_create_projects

        can_manage_agents: bool | None | Unset
        if isinstance(self.can_manage_agents, Unset):
            can_manage_agents = UNSET
        else:
            can_manage_agents = self.can_manage_agents

        can_manage_billing: bool | None | Unset
        if isinstance(self.can_manage_billing, Unset):
            can_manage_billing = UNSET
        else:
            can_manage_billing = self.can_manage_billing

        can_manage_users: bool | None | Unset
        if isinstance(self.can_manage_users, Unset):
            can_manage_users = UNSET
        else:
            can_manage_users = self.can_manage_users

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

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

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
        if account_administrator is not UNSET:
            field_dict["account_administrator"] = account_administrator
        if activated is not UNSET:
            field_dict["activated"] = activated
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
        if email_address is not UNSET:
            field_dict["email_address"] = email_address
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
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
        account_administrator: bool | None | Unset = d.pop("account_administrator", UNSET)
        if not (account_administrator is None or isinstance(account_administrator, (bool, Unset))):
            raise mismatch("account_administrator", account_administrator, "bool | None | Unset")

        activated: bool | None | Unset = d.pop("activated", UNSET)
        if not (activated is None or isinstance(activated, (bool, Unset))):
            raise mismatch("activated", activated, "bool | None | Unset")

        all_projects_allowed: bool | None | Unset = d.pop("all_projects_allowed", UNSET)
        if not (all_projects_allowed is None or isinstance(all_projects_allowed, (bool, Unset))):
            raise mismatch("all_projects_allowed", all_projects_allowed, "bool | None | Unset")

        can_create_projects: bool | None | Unset = d.pop("can_create_projects", UNSET)
        if not (can_create_projects is None or isinstance(can_create_projects, (bool, Unset))):
            raise mismatch("can_create_projects", can_create_projects, "bool | None | Unset")

        can_manage_agents: bool | None | Unset = d.pop("can_manage_agents", UNSET)
        if not (can_manage_agents is None or isinstance(can_manage_agents, (bool, Unset))):
            raise mismatch("can_manage_agents", can_manage_agents, "bool | None | Unset")

        can_manage_billing: bool | None | Unset = d.pop("can_manage_billing", UNSET)
        if not (can_manage_billing is None or isinstance(can_manage_billing, (bool, Unset))):
            raise mismatch("can_manage_billing", can_manage_billing, "bool | None | Unset")

        can_manage_users: bool | None | Unset = d.pop("can_manage_users", UNSET)
        if not (can_manage_users is None or isinstance(can_manage_users, (bool, Unset))):
            raise mismatch("can_manage_users", can_manage_users, "bool | None | Unset")

        email_address: None | str | Unset = d.pop("email_address", UNSET)
        if not (email_address is None or isinstance(email_address, (str, Unset))):
            raise mismatch("email_address", email_address, "None | str | Unset")

        first_name: None | str | Unset = d.pop("first_name", UNSET)
        if not (first_name is None or isinstance(first_name, (str, Unset))):
            raise mismatch("first_name", first_name, "None | str | Unset")

        id: int | None | Unset = d.pop("id", UNSET)
        if not (id is None or isinstance(id, (int, Unset))):
            raise mismatch("id", id, "int | None | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        last_name: None | str | Unset = d.pop("last_name", UNSET)
        if not (last_name is None or isinstance(last_name, (str, Unset))):
            raise mismatch("last_name", last_name, "None | str | Unset")

        time_zone: None | str | Unset = d.pop("time_zone", UNSET)
        if not (time_zone is None or isinstance(time_zone, (str, Unset))):
            raise mismatch("time_zone", time_zone, "None | str | Unset")

        _instance = cls(
            account_administrator,
            activated,
            all_projects_allowed,
            can_create_projects,
            can_manage_agents,
            can_manage_billing,
            can_manage_users,
            email_address,
            first_name,
            id,
            identifier,
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
