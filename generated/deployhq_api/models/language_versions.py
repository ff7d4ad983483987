from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="LanguageVersions")


@_attrs_define
class LanguageVersions:
    """
    Attributes:
        node (list[str] | None | Unset):
        ruby (list[str] | None | Unset):
        php (list[str] | None | Unset):
    """

    node: list[str] | None | Unset = UNSET
    ruby: list[str] | None | Unset = UNSET
    php: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node: list[str] | None | Unset
        if isinstance(self.node, Unset):
            node = UNSET
        elif isinstance(self.node, list):
            node = self.node

        else:
            node = self.node

        ruby: list[str] | None | Unset
        if isinstance(self.ruby, Unset):
            ruby = UNSET
        elif isinstance(self.ruby, list):
            ruby = self.ruby

        else:
            ruby = self.ruby

        php: list[str] | None | Unset
        if isinstance(self.php, Unset):
            php = UNSET
        elif isinstance(self.php, list):
            php = self.php

        else:
            php = self.php

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if node is not UNSET:
            field_dict["node"] = node
        if ruby is not UNSET:
            field_dict["ruby"] = ruby
        if php is not UNSET:
            field_dict["php"] = php

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_node(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                node_type_0 = cast(list[str], data)

                return node_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        node = _parse_node(d.pop("node", UNSET))

        def _parse_ruby(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                ruby_type_0 = cast(list[str], data)

                return ruby_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        ruby = _parse_ruby(d.pop("ruby", UNSET))

        def _parse_php(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                php_type_0 = cast(list[str], data)

                return php_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        php = _parse_php(d.pop("php", UNSET))

        language_versions = cls(
            node=node,
            ruby=ruby,
            php=php,
        )

        language_versions.additional_properties = d
        return language_versions

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
