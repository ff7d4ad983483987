from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ProjectCreateProject")


@_attrs_define
class ProjectCreateProject:
    """
    Attributes:
        keypair_identifier (str | Unset):
        name (str | Unset):
        template_id (str | Unset):
        zone_id (str | Unset):
    """

    keypair_identifier: str | Unset = UNSET
    name: str | Unset = UNSET
    template_id: str | Unset = UNSET
    zone_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keypair_identifier = self.keypair_identifier

        name = self.name

        template_id = self.template_id

        zone_id = self.zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keypair_identifier is not UNSET:
            field_dict["keypair_identifier"] = keypair_identifier
        if name is not UNSET:
            field_dict["name"] = name
        if template_id is not UNSET:
            field_dict["template_id"] = template_id
        if zone_id is not UNSET:
            field_dict["zone_id"] = zone_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        keypair_identifier = d.pop("keypair_identifier", UNSET)

        name = d.pop("name", UNSET)

        template_id = d.pop("template_id", UNSET)

        zone_id = d.pop("zone_id", UNSET)

        _instance = cls(
            keypair_identifier,
            name,
            template_id,
            zone_id,
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
