from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="RepositoryUpdateRepository")


@_attrs_define
class RepositoryUpdateRepository:
    """
    Attributes:
        branch (str | Unset):
        hosting_service_type (str | Unset):
        root_path (str | Unset):
    """

    branch: str | Unset = UNSET
    hosting_service_type: str | Unset = UNSET
    root_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        hosting_service_type = self.hosting_service_type

        root_path = self.root_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if hosting_service_type is not UNSET:
            field_dict["hosting_service_type"] = hosting_service_type
        if root_path is not UNSET:
            field_dict["root_path"] = root_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        branch = d.pop("branch", UNSET)

        hosting_service_type = d.pop("hosting_service_type", UNSET)

        root_path = d.pop("root_path", UNSET)

        _instance = cls(
            branch,
            hosting_service_type,
            root_path,
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
