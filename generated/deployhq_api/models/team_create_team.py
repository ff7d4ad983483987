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

T = TypeVar("T", bound="TeamCreateTeam")


@_attrs_define
class TeamCreateTeam:
    """
    Attributes:
        name (str):
        all_projects_allowed (bool | Unset):
        can_create_projects (bool | Unset):
        can_manage_agents (bool | Unset):
        can_manage_billing (bool | Unset):
        can_manage_users (bool | Unset):
        is_admin (bool | Unset):
        user_ids (list[int] | Unset):
    """

    name: str
    all_projects_allowed: bool | Unset = UNSET
    can_create_projects: bool | Unset = UNSET
    can_manage_agents: bool | Unset = UNSET
    can_manage_billing: bool | Unset = UNSET
    can_manage_users: bool | Unset = UNSET
    is_admin: bool | Unset = UNSET
    user_ids: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        all_projects_allowed = self.all_projects_allowed

        can_create_projects = self.can_create_projects

        can_manage_agents = self.can_manage_agents

        can_manage_billing = self.can_manage_billing

        can_manage_users = self.can_manage_users

        is_admin = self.is_admin

        user_ids: list[int] | Unset = UNSET
        if not isinstance(self.user_ids, Unset):
            user_ids = self.user_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
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
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if user_ids is not UNSET:
            field_dict["user_ids"] = user_ids

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        name = required_value(d, "TeamCreateTeam", "name", str)

        all_projects_allowed = d.pop("all_projects_allowed", UNSET)

        can_create_projects = d.pop("can_create_projects", UNSET)

        can_manage_agents = d.pop("can_manage_agents", UNSET)

        can_manage_billing = d.pop("can_manage_billing", UNSET)

        can_manage_users = d.pop("can_manage_users", UNSET)

        is_admin = d.pop("is_admin", UNSET)

        user_ids: list[int] = d.pop("user_ids", UNSET)

        _instance = cls(
            name,
            all_projects_allowed,
            can_create_projects,
            can_manage_agents,
            can_manage_billing,
            can_manage_users,
            is_admin,
            user_ids,
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
