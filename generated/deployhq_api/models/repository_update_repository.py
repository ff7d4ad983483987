from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="RepositoryUpdateRepository")


@_attrs_define
class RepositoryUpdateRepository:
    """
    Attributes:
        branch (str | Unset):
        root_path (str | Unset):
        hosting_service_type (str | Unset):
    """

    branch: str | Unset = UNSET
    root_path: str | Unset = UNSET
    hosting_service_type: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        root_path = self.root_path

        hosting_service_type = self.hosting_service_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if root_path is not UNSET:
            field_dict["root_path"] = root_path
        if hosting_service_type is not UNSET:
            field_dict["hosting_service_type"] = hosting_service_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        branch = d.pop("branch", UNSET)

        root_path = d.pop("root_path", UNSET)

        hosting_service_type = d.pop("hosting_service_type", UNSET)

        repository_update_repository = cls(
            branch=branch,
            root_path=root_path,
            hosting_service_type=hosting_service_type,
        )

        repository_update_repository.additional_properties = d
        return repository_update_repository

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
