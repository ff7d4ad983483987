from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

T = TypeVar("T", bound="EnvironmentVariable")


@_attrs_define
class EnvironmentVariable:
    """
    Attributes:
        identifier (int | None | str | Unset):
        name (None | str | Unset):
        masked_value (None | str | Unset):
        locked (bool | None | Unset):
        build_pipeline (bool | None | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    identifier: int | None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    masked_value: None | str | Unset = UNSET
    locked: bool | None | Unset = UNSET
    build_pipeline: bool | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier: int | None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        masked_value: None | str | Unset
        if isinstance(self.masked_value, Unset):
            masked_value = UNSET
        else:
            masked_value = self.masked_value

        locked: bool | None | Unset
        if isinstance(self.locked, Unset):
            locked = UNSET
        else:
            locked = self.locked

        build_pipeline: bool | None | Unset
        if isinstance(self.build_pipeline, Unset):
            build_pipeline = UNSET
        else:
            build_pipeline = self.build_pipeline

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

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
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if masked_value is not UNSET:
            field_dict["masked_value"] = masked_value
        if locked is not UNSET:
            field_dict["locked"] = locked
        if build_pipeline is not UNSET:
            field_dict["build_pipeline"] = build_pipeline
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        identifier: int | None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (int, str, Unset))):
            raise mismatch("identifier", identifier, "int | None | str | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        masked_value: None | str | Unset = d.pop("masked_value", UNSET)
        if not (masked_value is None or isinstance(masked_value, (str, Unset))):
            raise mismatch("masked_value", masked_value, "None | str | Unset")

        locked: bool | None | Unset = d.pop("locked", UNSET)
        if not (locked is None or isinstance(locked, (bool, Unset))):
            raise mismatch("locked", locked, "bool | None | Unset")

        build_pipeline: bool | None | Unset = d.pop("build_pipeline", UNSET)
        if not (build_pipeline is None or isinstance(build_pipeline, (bool, Unset))):
            raise mismatch("build_pipeline", build_pipeline, "bool | None | Unset")

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
            identifier,
            name,
            masked_value,
            locked,
            build_pipeline,
            created_at,
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
