from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="TeamMembersItem")


@_attrs_define
class TeamMembersItem:
    """
    Attributes:
        email_address (None | str | Unset):
        first_name (None | str | Unset):
        id (int | None | Unset):
        identifier (None | str | Unset):
        last_name (None | str | Unset):
    """

    email_address: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
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

        _instance = cls(
            email_address,
            first_name,
            id,
            identifier,
            last_name,
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
