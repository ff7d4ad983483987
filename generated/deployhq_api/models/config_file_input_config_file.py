from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ConfigFileInputConfigFile")


@_attrs_define
class ConfigFileInputConfigFile:
    """
    Attributes:
        body (str | Unset):
        build (bool | Unset):
        description (str | Unset):
        language (str | Unset):
        path (str | Unset):
    """

    body: str | Unset = UNSET
    build: bool | Unset = UNSET
    description: str | Unset = UNSET
    language: str | Unset = UNSET
    path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body = self.body

        build = self.build

        description = self.description

        language = self.language

        path = self.path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if build is not UNSET:
            field_dict["build"] = build
        if description is not UNSET:
            field_dict["description"] = description
        if language is not UNSET:
            field_dict["language"] = language
        if path is not UNSET:
            field_dict["path"] = path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        body = d.pop("body", UNSET)

        build = d.pop("build", UNSET)

        description = d.pop("description", UNSET)

        language = d.pop("language", UNSET)

        path = d.pop("path", UNSET)

        _instance = cls(
            body,
            build,
            description,
            language,
            path,
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
