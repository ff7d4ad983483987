from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.team_members_item import TeamMembersItem
    from ..models.team_project_assignments_item import TeamProjectAssignmentsItem


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """
    Attributes:
        all_projects_allowed (bool | None | Unset):
        can_create_projects (bool | None | Unset):
        can_manage_agents (bool | None | Unset):
        can_manage_billing (bool | None | Unset):
        can_manage_users (bool | None | Unset):
        identifier (None | str | Unset):
        is_admin (bool | None | Unset):
        members (list[TeamMembersItem] | None | Unset):
        name (None | str | Unset):
        project_assignments (list[TeamProjectAssignmentsItem] | None | Unset):
    """

    all_projects_allowed: bool | None | Unset = UNSET
    can_create_projects: bool | None | Unset = UNSET
    can_manage_agents: bool | None | Unset = UNSET
    can_manage_billing: bool | None | Unset = UNSET
    can_manage_users: bool | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    is_admin: bool | None | Unset = UNSET
    members: list[TeamMembersItem] | None | Unset = UNSET
    name: None | str | Unset = UNSET
    project_assignments: list[TeamProjectAssignmentsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        is_admin: bool | None | Unset
        if isinstance(self.is_admin, Unset):
            is_admin = UNSET
        else:
            is_admin = self.is_admin

        members: list[dict[str, Any]] | None | Unset
        if isinstance(self.members, Unset):
            members = UNSET
        elif isinstance(self.members, list):
            members = []
            for members_type_0_item_data in self.members:
                members_type_0_item = members_type_0_item_data.to_dict()
                members.append(members_type_0_item)

        else:
            members = self.members

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        project_assignments: list[dict[str, Any]] | None | Unset
        if isinstance(self.project_assignments, Unset):
            project_assignments = UNSET
        elif isinstance(self.project_assignments, list):
            project_assignments = []
            for project_assignments_type_0_item_data in self.project_assignments:
                project_assignments_type_0_item = project_assignments_type_0_item_data.to_dict()
                project_assignments.append(project_assignments_type_0_item)

        else:
            project_assignments = self.project_assignments

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if members is not UNSET:
            field_dict["members"] = members
        if name is not UNSET:
            field_dict["name"] = name
        if project_assignments is not UNSET:
            field_dict["project_assignments"] = project_assignments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
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

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        is_admin: bool | None | Unset = d.pop("is_admin", UNSET)
        if not (is_admin is None or isinstance(is_admin, (bool, Unset))):
            raise mismatch("is_admin", is_admin, "bool | None | Unset")

        members: list[TeamMembersItem] | None | Unset
        _members_data = d.pop("members", UNSET)
        if isinstance(_members_data, list):
            try:
                members_type_0 = []
                _members_type_0 = _members_data
                for members_type_0_item_data in _members_type_0:
                    members_type_0_item = TeamMembersItem.from_dict(members_type_0_item_data)

                    members_type_0.append(members_type_0_item)

                members = members_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("members", _members_data, "list[TeamMembersItem] | None | Unset", error) from error
        elif _members_data is None or isinstance(_members_data, Unset):
            members = _members_data
        else:
            raise mismatch("members", _members_data, "list[TeamMembersItem] | None | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        project_assignments: list[TeamProjectAssignmentsItem] | None | Unset
        _project_assignments_data = d.pop("project_assignments", UNSET)
        if isinstance(_project_assignments_data, list):
            try:
                project_assignments_type_0 = []
                _project_assignments_type_0 = _project_assignments_data
                for project_assignments_type_0_item_data in _project_assignments_type_0:
                    project_assignments_type_0_item = TeamProjectAssignmentsItem.from_dict(
                        project_assignments_type_0_item_data
                    )

                    project_assignments_type_0.append(project_assignments_type_0_item)

                project_assignments = project_assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "project_assignments",
                    _project_assignments_data,
                    "list[TeamProjectAssignmentsItem] | None | Unset",
                    error,
                ) from error
        elif _project_assignments_data is None or isinstance(_project_assignments_data, Unset):
            project_assignments = _project_assignments_data
        else:
            raise mismatch(
                "project_assignments", _project_assignments_data, "list[TeamProjectAssignmentsItem] | None | Unset"
            )

        _instance = cls(
            all_projects_allowed,
            can_create_projects,
            can_manage_agents,
            can_manage_billing,
            can_manage_users,
            identifier,
            is_admin,
            members,
            name,
            project_assignments,
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
from ..models.team_members_item import TeamMembersItem
from ..models.team_project_assignments_item import TeamProjectAssignmentsItem
