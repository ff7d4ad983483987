from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

T = TypeVar("T", bound="AccessTest")


@_attrs_define
class AccessTest:
    """
    Attributes:
        created_at (datetime.datetime | None | Unset):
        identifier (None | str | Unset):
        status (None | str | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if status is not UNSET:
            field_dict["status"] = status

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

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        status: None | str | Unset = d.pop("status", UNSET)
        if not (status is None or isinstance(status, (str, Unset))):
            raise mismatch("status", status, "None | str | Unset")

        _instance = cls(
            created_at,
            identifier,
            status,
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
