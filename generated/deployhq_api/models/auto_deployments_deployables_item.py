from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="AutoDeploymentsDeployablesItem")


@_attrs_define
class AutoDeploymentsDeployablesItem:
    """
    Attributes:
        auto_deploy (bool | None | Unset):
        identifier (None | str | Unset):
        name (None | str | Unset):
        preferred_branch (None | str | Unset):
        type_ (None | str | Unset):
    """

    auto_deploy: bool | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    preferred_branch: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_deploy: bool | None | Unset
        if isinstance(self.auto_deploy, Unset):
            auto_deploy = UNSET
        else:
            auto_deploy = self.auto_deploy

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

        preferred_branch: None | str | Unset
        if isinstance(self.preferred_branch, Unset):
            preferred_branch = UNSET
        else:
            preferred_branch = self.preferred_branch

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_deploy is not UNSET:
            field_dict["auto_deploy"] = auto_deploy
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if preferred_branch is not UNSET:
            field_dict["preferred_branch"] = preferred_branch
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        auto_deploy: bool | None | Unset = d.pop("auto_deploy", UNSET)
        if not (auto_deploy is None or isinstance(auto_deploy, (bool, Unset))):
            raise mismatch("auto_deploy", auto_deploy, "bool | None | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        preferred_branch: None | str | Unset = d.pop("preferred_branch", UNSET)
        if not (preferred_branch is None or isinstance(preferred_branch, (str, Unset))):
            raise mismatch("preferred_branch", preferred_branch, "None | str | Unset")

        type_: None | str | Unset = d.pop("type", UNSET)
        if not (type_ is None or isinstance(type_, (str, Unset))):
            raise mismatch("type", type_, "None | str | Unset")

        _instance = cls(
            auto_deploy,
            identifier,
            name,
            preferred_branch,
            type_,
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
