from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.team_members_item import TeamMembersItem
    from ..models.team_project_assignments_item import TeamProjectAssignmentsItem


T = TypeVar("T", bound="Team")


@_attrs_define(frozen=True, repr=False)
class Team:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        all_projects_allowed (bool | None)
        can_create_projects (bool | None)
        can_manage_agents (bool | None)
        can_manage_billing (bool | None)
        can_manage_users (bool | None)
        identifier (None | str)
        is_admin (bool | None)
        members (list[TeamMembersItem] | None)
        name (None | str)
        project_assignments (list[TeamProjectAssignmentsItem] | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    all_projects_allowed: bool | None = None
    can_create_projects: bool | None = None
    can_manage_agents: bool | None = None
    can_manage_billing: bool | None = None
    can_manage_users: bool | None = None
    identifier: None | str = None
    is_admin: bool | None = None
    members: list[TeamMembersItem] | None = None
    name: None | str = None
    project_assignments: list[TeamProjectAssignmentsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.all_projects_allowed is not None:
            field_dict["all_projects_allowed"] = self.all_projects_allowed
        elif "all_projects_allowed" in self._nulls:
            field_dict["all_projects_allowed"] = None
        if self.can_create_projects is not None:
            field_dict["can_create_projects"] = self.can_create_projects
        elif "can_create_projects" in self._nulls:
            field_dict["can_create_projects"] = None
        if self.can_manage_agents is not None:
            field_dict["can_manage_agents"] = self.can_manage_agents
        elif "can_manage_agents" in self._nulls:
            field_dict["can_manage_agents"] = None
        if self.can_manage_billing is not None:
            field_dict["can_manage_billing"] = self.can_manage_billing
        elif "can_manage_billing" in self._nulls:
            field_dict["can_manage_billing"] = None
        if self.can_manage_users is not None:
            field_dict["can_manage_users"] = self.can_manage_users
        elif "can_manage_users" in self._nulls:
            field_dict["can_manage_users"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.is_admin is not None:
            field_dict["is_admin"] = self.is_admin
        elif "is_admin" in self._nulls:
            field_dict["is_admin"] = None
        if self.members is not None:
            field_dict["members"] = encode(self.members)
        elif "members" in self._nulls:
            field_dict["members"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.project_assignments is not None:
            field_dict["project_assignments"] = encode(self.project_assignments)
        elif "project_assignments" in self._nulls:
            field_dict["project_assignments"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        all_projects_allowed: bool | None
        _value = d.pop("all_projects_allowed", UNSET)
        if _value is None:
            all_projects_allowed = None
            null("all_projects_allowed")
        elif _value is UNSET:
            all_projects_allowed = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                all_projects_allowed = _value

            except FAILURES as error:
                loose(d, "Team", "all_projects_allowed", _value, "bool | None", error)
                all_projects_allowed = None

        can_create_projects: bool | None
        _value = d.pop("can_create_projects", UNSET)
        if _value is None:
            can_create_projects = None
            null("can_create_projects")
        elif _value is UNSET:
            can_create_projects = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                can_create_projects = _value

            except FAILURES as error:
                loose(d, "Team", "can_create_projects", _value, "bool | None", error)
                can_create_projects = None

        can_manage_agents: bool | None
        _value = d.pop("can_manage_agents", UNSET)
        if _value is None:
            can_manage_agents = None
            null("can_manage_agents")
        elif _value is UNSET:
            can_manage_agents = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                can_manage_agents = _value

            except FAILURES as error:
                loose(d, "Team", "can_manage_agents", _value, "bool | None", error)
                can_manage_agents = None

        can_manage_billing: bool | None
        _value = d.pop("can_manage_billing", UNSET)
        if _value is None:
            can_manage_billing = None
            null("can_manage_billing")
        elif _value is UNSET:
            can_manage_billing = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                can_manage_billing = _value

            except FAILURES as error:
                loose(d, "Team", "can_manage_billing", _value, "bool | None", error)
                can_manage_billing = None

        can_manage_users: bool | None
        _value = d.pop("can_manage_users", UNSET)
        if _value is None:
            can_manage_users = None
            null("can_manage_users")
        elif _value is UNSET:
            can_manage_users = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                can_manage_users = _value

            except FAILURES as error:
                loose(d, "Team", "can_manage_users", _value, "bool | None", error)
                can_manage_users = None

        identifier: None | str
        _value = d.pop("identifier", UNSET)
        if _value is None:
            identifier = None
            null("identifier")
        elif _value is UNSET:
            identifier = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                identifier = _value

            except FAILURES as error:
                loose(d, "Team", "identifier", _value, "None | str", error)
                identifier = None

        is_admin: bool | None
        _value = d.pop("is_admin", UNSET)
        if _value is None:
            is_admin = None
            null("is_admin")
        elif _value is UNSET:
            is_admin = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                is_admin = _value

            except FAILURES as error:
                loose(d, "Team", "is_admin", _value, "bool | None", error)
                is_admin = None

        members: list[TeamMembersItem] | None
        _value = d.pop("members", UNSET)
        if _value is None:
            members = None
            null("members")
        elif _value is UNSET:
            members = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                members = [TeamMembersItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "Team", "members", _value, "list[TeamMembersItem] | None", error)
                members = None

        name: None | str
        _value = d.pop("name", UNSET)
        if _value is None:
            name = None
            null("name")
        elif _value is UNSET:
            name = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                name = _value

            except FAILURES as error:
                loose(d, "Team", "name", _value, "None | str", error)
                name = None

        project_assignments: list[TeamProjectAssignmentsItem] | None
        _value = d.pop("project_assignments", UNSET)
        if _value is None:
            project_assignments = None
            null("project_assignments")
        elif _value is UNSET:
            project_assignments = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                project_assignments = [TeamProjectAssignmentsItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "Team", "project_assignments", _value, "list[TeamProjectAssignmentsItem] | None", error)
                project_assignments = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_TeamBuilding)
        _instance.all_projects_allowed = all_projects_allowed
        _instance.can_create_projects = can_create_projects
        _instance.can_manage_agents = can_manage_agents
        _instance.can_manage_billing = can_manage_billing
        _instance.can_manage_users = can_manage_users
        _instance.identifier = identifier
        _instance.is_admin = is_admin
        _instance.members = members
        _instance.name = name
        _instance.project_assignments = project_assignments
        _entries: dict[str, Any] = {}
        for _key, _value in d.items():
            _entry: Any
            _entry = _value

            _entries[_key] = _entry
        _instance.additional_properties = _entries
        _instance._nulls = nulls
        _instance.__class__ = cls
        built: Self = _instance
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _TeamBuilding(Team):
    """A Team while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.team_members_item import TeamMembersItem
from ..models.team_project_assignments_item import TeamProjectAssignmentsItem
