from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="LanguageVersions")


@_attrs_define
class LanguageVersions:
    """
    Attributes:
        node (list[str] | None | Unset):
        php (list[str] | None | Unset):
        ruby (list[str] | None | Unset):
    """

    node: list[str] | None | Unset = UNSET
    php: list[str] | None | Unset = UNSET
    ruby: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        node: list[str] | None | Unset
        if isinstance(self.node, Unset):
            node = UNSET
        elif isinstance(self.node, list):
            node = self.node

        else:
            node = self.node

        php: list[str] | None | Unset
        if isinstance(self.php, Unset):
            php = UNSET
        elif isinstance(self.php, list):
            php = self.php

        else:
            php = self.php

        ruby: list[str] | None | Unset
        if isinstance(self.ruby, Unset):
            ruby = UNSET
        elif isinstance(self.ruby, list):
            ruby = self.ruby

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
        node: list[str] | None | Unset
        _node_data = d.pop("node", UNSET)
        if isinstance(_node_data, list):
            try:
                node_type_0: list[str] = _node_data

                node = node_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("node", _node_data, "list[str] | None | Unset", error) from error
        elif _node_data is None or isinstance(_node_data, Unset):
            node = _node_data
        else:
            raise mismatch("node", _node_data, "list[str] | None | Unset")

        php: list[str] | None | Unset
        _php_data = d.pop("php", UNSET)
        if isinstance(_php_data, list):
            try:
                php_type_0: list[str] = _php_data

                php = php_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("php", _php_data, "list[str] | None | Unset", error) from error
        elif _php_data is None or isinstance(_php_data, Unset):
            php = _php_data
        else:
            raise mismatch("php", _php_data, "list[str] | None | Unset")

        ruby: list[str] | None | Unset
        _ruby_data = d.pop("ruby", UNSET)
        if isinstance(_ruby_data, list):
            try:
                ruby_type_0: list[str] = _ruby_data

                ruby = ruby_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("ruby", _ruby_data, "list[str] | None | Unset", error) from error
        elif _ruby_data is None or isinstance(_ruby_data, Unset):
            ruby = _ruby_data
        else:
            raise mismatch("ruby", _ruby_data, "list[str] | None | Unset")

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
