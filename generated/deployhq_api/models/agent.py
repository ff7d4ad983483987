from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """
    Attributes:
        created_at (datetime.datetime | None | Unset):
        id (int | None | Unset):
        identifier (None | str | Unset):
        name (None | str | Unset):
        online (bool | None | Unset):
        revoked_at (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    id: int | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    online: bool | None | Unset = UNSET
    revoked_at: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        online: bool | None | Unset
        if isinstance(self.online, Unset):
            online = UNSET
        else:
            online = self.online

        revoked_at: None | str | Unset
        if isinstance(self.revoked_at, Unset):
            revoked_at = UNSET
        else:
            revoked_at = self.revoked_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if online is not UNSET:
            field_dict["online"] = online
        if revoked_at is not UNSET:
            field_dict["revoked_at"] = revoked_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        created_at: datetime.datetime | None | Unset
        _created_at_data = d.pop("created_at", UNSET)
        if isinstance(_created_at_data, str):
            try:
                created_at_type_0 = parse_datetime(_created_at_data)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("created_at", _created_at_data, "datetime.datetime | None | Unset", error) from error
        elif _created_at_data is None or isinstance(_created_at_data, Unset):
            created_at = _created_at_data
        else:
            raise mismatch("created_at", _created_at_data, "datetime.datetime | None | Unset")

        id: int | None | Unset = d.pop("id", UNSET)
        if not (id is None or isinstance(id, (int, Unset))):
            raise mismatch("id", id, "int | None | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        online: bool | None | Unset = d.pop("online", UNSET)
        if not (online is None or isinstance(online, (bool, Unset))):
            raise mismatch("online", online, "bool | None | Unset")

        revoked_at: None | str | Unset = d.pop("revoked_at", UNSET)
        if not (revoked_at is None or isinstance(revoked_at, (str, Unset))):
            raise mismatch("revoked_at", revoked_at, "None | str | Unset")

        updated_at: datetime.datetime | None | Unset
        _updated_at_data = d.pop("updated_at", UNSET)
        if isinstance(_updated_at_data, str):
            try:
                updated_at_type_0 = parse_datetime(_updated_at_data)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("updated_at", _updated_at_data, "datetime.datetime | None | Unset", error) from error
        elif _updated_at_data is None or isinstance(_updated_at_data, Unset):
            updated_at = _updated_at_data
        else:
            raise mismatch("updated_at", _updated_at_data, "datetime.datetime | None | Unset")

        _instance = cls(
            created_at,
            id,
            identifier,
            name,
            online,
            revoked_at,
            updated_at,
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
