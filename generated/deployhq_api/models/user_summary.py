from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
)

T = TypeVar("T", bound="UserSummary")


@_attrs_define(frozen=True, repr=False)
class UserSummary:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        account_administrator (bool | None)
        activated (bool | None)
        all_projects_allowed (bool | None)
        can_create_projects (bool | None)
        can_manage_agents (bool | None)
        can_manage_billing (bool | None)
        can_manage_users (bool | None)
        email_address (None | str)
        first_name (None | str)
        id (int | None)
        identifier (None | str)
        last_name (None | str)
        time_zone (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    account_administrator: bool | None = None
    activated: bool | None = None
    all_projects_allowed: bool | None = None
    can_create_projects: bool | None = None
    can_manage_agents: bool | None = None
    can_manage_billing: bool | None = None
    can_manage_users: bool | None = None
    email_address: None | str = None
    first_name: None | str = None
    id: int | None = None
    identifier: None | str = None
    last_name: None | str = None
    time_zone: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.account_administrator is not None:
            field_dict["account_administrator"] = self.account_administrator
        elif "account_administrator" in self._nulls:
            field_dict["account_administrator"] = None
        if self.activated is not None:
            field_dict["activated"] = self.activated
        elif "activated" in self._nulls:
            field_dict["activated"] = None
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
        if self.email_address is not None:
            field_dict["email_address"] = self.email_address
        elif "email_address" in self._nulls:
            field_dict["email_address"] = None
        if self.first_name is not None:
            field_dict["first_name"] = self.first_name
        elif "first_name" in self._nulls:
            field_dict["first_name"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.last_name is not None:
            field_dict["last_name"] = self.last_name
        elif "last_name" in self._nulls:
            field_dict["last_name"] = None
        if self.time_zone is not None:
            field_dict["time_zone"] = self.time_zone
        elif "time_zone" in self._nulls:
            field_dict["time_zone"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        account_administrator: bool | None
        _value = d.pop("account_administrator", UNSET)
        if _value is None:
            account_administrator = None
            null("account_administrator")
        elif _value is UNSET:
            account_administrator = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                account_administrator = _value

            except FAILURES as error:
                loose(d, "UserSummary", "account_administrator", _value, "bool | None", error)
                account_administrator = None

        activated: bool | None
        _value = d.pop("activated", UNSET)
        if _value is None:
            activated = None
            null("activated")
        elif _value is UNSET:
            activated = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                activated = _value

            except FAILURES as error:
                loose(d, "UserSummary", "activated", _value, "bool | None", error)
                activated = None

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
                loose(d, "UserSummary", "all_projects_allowed", _value, "bool | None", error)
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
                loose(d, "UserSummary", "can_create_projects", _value, "bool | None", error)
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
                loose(d, "UserSummary", "can_manage_agents", _value, "bool | None", error)
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
                loose(d, "UserSummary", "can_manage_billing", _value, "bool | None", error)
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
                loose(d, "UserSummary", "can_manage_users", _value, "bool | None", error)
                can_manage_users = None

        email_address: None | str
        _value = d.pop("email_address", UNSET)
        if _value is None:
            email_address = None
            null("email_address")
        elif _value is UNSET:
            email_address = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                email_address = _value

            except FAILURES as error:
                loose(d, "UserSummary", "email_address", _value, "None | str", error)
                email_address = None

        first_name: None | str
        _value = d.pop("first_name", UNSET)
        if _value is None:
            first_name = None
            null("first_name")
        elif _value is UNSET:
            first_name = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                first_name = _value

            except FAILURES as error:
                loose(d, "UserSummary", "first_name", _value, "None | str", error)
                first_name = None

        id: int | None
        _value = d.pop("id", UNSET)
        if _value is None:
            id = None
            null("id")
        elif _value is UNSET:
            id = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                id = _value

            except FAILURES as error:
                loose(d, "UserSummary", "id", _value, "int | None", error)
                id = None

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
                loose(d, "UserSummary", "identifier", _value, "None | str", error)
                identifier = None

        last_name: None | str
        _value = d.pop("last_name", UNSET)
        if _value is None:
            last_name = None
            null("last_name")
        elif _value is UNSET:
            last_name = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                last_name = _value

            except FAILURES as error:
                loose(d, "UserSummary", "last_name", _value, "None | str", error)
                last_name = None

        time_zone: None | str
        _value = d.pop("time_zone", UNSET)
        if _value is None:
            time_zone = None
            null("time_zone")
        elif _value is UNSET:
            time_zone = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                time_zone = _value

            except FAILURES as error:
                loose(d, "UserSummary", "time_zone", _value, "None | str", error)
                time_zone = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_UserSummaryBuilding)
        _instance.account_administrator = account_administrator
        _instance.activated = activated
        _instance.all_projects_allowed = all_projects_allowed
        _instance.can_create_projects = can_create_projects
        _instance.can_manage_agents = can_manage_agents
        _instance.can_manage_billing = can_manage_billing
        _instance.can_manage_users = can_manage_users
        _instance.email_address = email_address
        _instance.first_name = first_name
        _instance.id = id
        _instance.identifier = identifier
        _instance.last_name = last_name
        _instance.time_zone = time_zone
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


class _UserSummaryBuilding(UserSummary):
    """A UserSummary while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
