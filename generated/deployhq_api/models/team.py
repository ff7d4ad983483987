from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.team_members_item import TeamMembersItem
    from ..models.team_project_assignments_item import TeamProjectAssignmentsItem


T = TypeVar("T", bound="Team")


@_attrs_define
class Team:
    """
    Attributes:
        identifier (None | str | Unset):
        name (None | str | Unset):
        is_admin (bool | None | Unset):
        can_manage_users (bool | None | Unset):
        can_manage_billing (bool | None | Unset):
        can_manage_agents (bool | None | Unset):
        can_create_projects (bool | None | Unset):
        all_projects_allowed (bool | None | Unset):
        members (list[TeamMembersItem] | None | Unset):
        project_assignments (list[TeamProjectAssignmentsItem] | None | Unset):
    """

    identifier: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    is_admin: bool | None | Unset = UNSET
    can_manage_users: bool | None | Unset = UNSET
    can_manage_billing: bool | None | Unset = UNSET
    can_manage_agents: bool | None | Unset = UNSET
    can_create_projects: bool | None | Unset = UNSET
    all_projects_allowed: bool | None | Unset = UNSET
    members: list[TeamMembersItem] | None | Unset = UNSET
    project_assignments: list[TeamProjectAssignmentsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        is_admin: bool | None | Unset
        if isinstance(self.is_admin, Unset):
            is_admin = UNSET
        else:
            is_admin = self.is_admin

        can_manage_users: bool | None | Unset
        if isinstance(self.can_manage_users, Unset):
            can_manage_users = UNSET
        else:
            can_manage_users = self.can_manage_users

        can_manage_billing: bool | None | Unset
        if isinstance(self.can_manage_billing, Unset):
            can_manage_billing = UNSET
        else:
            can_manage_billing = self.can_manage_billing

        can_manage_agents: bool | None | Unset
        if isinstance(self.can_manage_agents, Unset):
            can_manage_agents = UNSET
        else:
            can_manage_agents = self.can_manage_agents

        can_create_projects: bool | None | Unset
        if isinstance(self.can_create_projects, Unset):
            can_create_projects = UNSET
        else:
            can_create_projects = self.can_create_projects

        all_projects_allowed: bool | None | Unset
        if isinstance(self.all_projects_allowed, Unset):
            all_projects_allowed = UNSET
        else:
            all_projects_allowed = self.all_projects_allowed

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
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if is_admin is not UNSET:
            field_dict["is_admin"] = is_admin
        if can_manage_users is not UNSET:
            field_dict["can_manage_users"] = can_manage_users
        if can_manage_billing is not UNSET:
            field_dict["can_manage_billing"] = can_manage_billing
        if can_manage_agents is not UNSET:
            field_dict["can_manage_agents"] = can_manage_agents
        if can_create_projects is not UNSET:
            field_dict["can_create_projects"] = can_create_projects
        if all_projects_allowed is not UNSET:
            field_dict["all_projects_allowed"] = all_projects_allowed
        if members is not UNSET:
            field_dict["members"] = members
        if project_assignments is not UNSET:
            field_dict["project_assignments"] = project_assignments

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.team_members_item import TeamMembersItem
        from ..models.team_project_assignments_item import TeamProjectAssignmentsItem

        d = dict(src_dict)

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_is_admin(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_admin = _parse_is_admin(d.pop("is_admin", UNSET))

        def _parse_can_manage_users(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_manage_users = _parse_can_manage_users(d.pop("can_manage_users", UNSET))

        def _parse_can_manage_billing(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_manage_billing = _parse_can_manage_billing(d.pop("can_manage_billing", UNSET))

        def _parse_can_manage_agents(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_manage_agents = _parse_can_manage_agents(d.pop("can_manage_agents", UNSET))

        def _parse_can_create_projects(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        can_create_projects = _parse_can_create_projects(d.pop("can_create_projects", UNSET))

        def _parse_all_projects_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        all_projects_allowed = _parse_all_projects_allowed(d.pop("all_projects_allowed", UNSET))

        def _parse_members(data: object) -> list[TeamMembersItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                members_type_0 = []
                _members_type_0 = data
                for members_type_0_item_data in _members_type_0:
                    members_type_0_item = TeamMembersItem.from_dict(members_type_0_item_data)

                    members_type_0.append(members_type_0_item)

                return members_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TeamMembersItem] | None | Unset, data)

        members = _parse_members(d.pop("members", UNSET))

        def _parse_project_assignments(data: object) -> list[TeamProjectAssignmentsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                project_assignments_type_0 = []
                _project_assignments_type_0 = data
                for project_assignments_type_0_item_data in _project_assignments_type_0:
                    project_assignments_type_0_item = TeamProjectAssignmentsItem.from_dict(
                        project_assignments_type_0_item_data
                    )

                    project_assignments_type_0.append(project_assignments_type_0_item)

                return project_assignments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TeamProjectAssignmentsItem] | None | Unset, data)

        project_assignments = _parse_project_assignments(d.pop("project_assignments", UNSET))

        team = cls(
            identifier=identifier,
            name=name,
            is_admin=is_admin,
            can_manage_users=can_manage_users,
            can_manage_billing=can_manage_billing,
            can_manage_agents=can_manage_agents,
            can_create_projects=can_create_projects,
            all_projects_allowed=all_projects_allowed,
            members=members,
            project_assignments=project_assignments,
        )

        team.additional_properties = d
        return team

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
