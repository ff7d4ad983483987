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

T = TypeVar("T", bound="TeamMembersItem")


@_attrs_define(frozen=True, repr=False)
class TeamMembersItem:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        email_address (None | str)
        first_name (None | str)
        id (int | None)
        identifier (None | str)
        last_name (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    email_address: None | str = None
    first_name: None | str = None
    id: int | None = None
    identifier: None | str = None
    last_name: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
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
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
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
                loose(d, "TeamMembersItem", "email_address", _value, "None | str", error)
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
                loose(d, "TeamMembersItem", "first_name", _value, "None | str", error)
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
                loose(d, "TeamMembersItem", "id", _value, "int | None", error)
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
                loose(d, "TeamMembersItem", "identifier", _value, "None | str", error)
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
                loose(d, "TeamMembersItem", "last_name", _value, "None | str", error)
                last_name = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_TeamMembersItemBuilding)
        _instance.email_address = email_address
        _instance.first_name = first_name
        _instance.id = id
        _instance.identifier = identifier
        _instance.last_name = last_name
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


class _TeamMembersItemBuilding(TeamMembersItem):
    """A TeamMembersItem while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
