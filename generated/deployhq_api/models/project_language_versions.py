from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="ProjectLanguageVersions")


@_attrs_define
class ProjectLanguageVersions:
    """
    Attributes:
        node (None | str | Unset):
        php (None | str | Unset):
        ruby (None | str | Unset):
    """

    node: None | str | Unset = UNSET
    php: None | str | Unset = UNSET
    ruby: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node: None | str | Unset
        if isinstance(self.node, Unset):
            node = UNSET
        else:
            node = self.node

        php: None | str | Unset
        if isinstance(self.php, Unset):
            php = UNSET
        else:
            php = self.php

        ruby: None | str | Unset
        if isinstance(self.ruby, Unset):
            ruby = UNSET
        else:
            ruby = self.ruby

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node is not UNSET:
            field_dict["node"] = node
        if php is not UNSET:
            field_dict["php"] = php
        if ruby is not UNSET:
            field_dict["ruby"] = ruby

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        node: None | str | Unset = d.pop("node", UNSET)
        if not (node is None or isinstance(node, (str, Unset))):
            raise mismatch("node", node, "None | str | Unset")

        php: None | str | Unset = d.pop("php", UNSET)
        if not (php is None or isinstance(php, (str, Unset))):
            raise mismatch("php", php, "None | str | Unset")

        ruby: None | str | Unset = d.pop("ruby", UNSET)
        if not (ruby is None or isinstance(ruby, (str, Unset))):
            raise mismatch("ruby", ruby, "None | str | Unset")

        _instance = cls(
            node,
            php,
            ruby,
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
