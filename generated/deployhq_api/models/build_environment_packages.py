from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="BuildEnvironmentPackages")


@_attrs_define
class BuildEnvironmentPackages:
    """
    Attributes:
        composer (None | str | Unset):
        dotnet (None | str | Unset):
        go (None | str | Unset):
        java (None | str | Unset):
        node (None | str | Unset):
        phantomjs (None | str | Unset):
        php (None | str | Unset):
        python2 (None | str | Unset):
        python3 (None | str | Unset):
        ruby (None | str | Unset):
    """

    composer: None | str | Unset = UNSET
    dotnet: None | str | Unset = UNSET
    go: None | str | Unset = UNSET
    java: None | str | Unset = UNSET
    node: None | str | Unset = UNSET
    phantomjs: None | str | Unset = UNSET
    php: None | str | Unset = UNSET
    python2: None | str | Unset = UNSET
    python3: None | str | Unset = UNSET
    ruby: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        composer: None | str | Unset
        if isinstance(self.composer, Unset):
            composer = UNSET
        else:
            composer = self.composer

        dotnet: None | str | Unset
        if isinstance(self.dotnet, Unset):
            dotnet = UNSET
        else:
            dotnet = self.dotnet

        go: None | str | Unset
        if isinstance(self.go, Unset):
            go = UNSET
        else:
            go = self.go

        java: None | str | Unset
        if isinstance(self.java, Unset):
            java = UNSET
        else:
            java = self.java

        node: None | str | Unset
        if isinstance(self.node, Unset):
            node = UNSET
        else:
            node = self.node

        phantomjs: None | str | Unset
        if isinstance(self.phantomjs, Unset):
            phantomjs = UNSET
        else:
            phantomjs = self.phantomjs

        php: None | str | Unset
        if isinstance(self.php, Unset):
            php = UNSET
        else:
            php = self.php

        python2: None | str | Unset
        if isinstance(self.python2, Unset):
            python2 = UNSET
        else:
            python2 = self.python2

        python3: None | str | Unset
        if isinstance(self.python3, Unset):
            python3 = UNSET
        else:
            python3 = self.python3

        ruby: None | str | Unset
        if isinstance(self.ruby, Unset):
            ruby = UNSET
        else:
            ruby = self.ruby

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if composer is not UNSET:
            field_dict["composer"] = composer
        if dotnet is not UNSET:
            field_dict["dotnet"] = dotnet
        if go is not UNSET:
            field_dict["go"] = go
        if java is not UNSET:
            field_dict["java"] = java
        if node is not UNSET:
            field_dict["node"] = node
        if phantomjs is not UNSET:
            field_dict["phantomjs"] = phantomjs
        if php is not UNSET:
            field_dict["php"] = php
        if python2 is not UNSET:
            field_dict["python2"] = python2
        if python3 is not UNSET:
            field_dict["python3"] = python3
        if ruby is not UNSET:
            field_dict["ruby"] = ruby

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        composer: None | str | Unset = d.pop("composer", UNSET)
        if not (composer is None or isinstance(composer, (str, Unset))):
            raise mismatch("composer", composer, "None | str | Unset")

        dotnet: None | str | Unset = d.pop("dotnet", UNSET)
        if not (dotnet is None or isinstance(dotnet, (str, Unset))):
            raise mismatch("dotnet", dotnet, "None | str | Unset")

        go: None | str | Unset = d.pop("go", UNSET)
        if not (go is None or isinstance(go, (str, Unset))):
            raise mismatch("go", go, "None | str | Unset")

        java: None | str | Unset = d.pop("java", UNSET)
        if not (java is None or isinstance(java, (str, Unset))):
            raise mismatch("java", java, "None | str | Unset")

        node: None | str | Unset = d.pop("node", UNSET)
        if not (node is None or isinstance(node, (str, Unset))):
            raise mismatch("node", node, "None | str | Unset")

        phantomjs: None | str | Unset = d.pop("phantomjs", UNSET)
        if not (phantomjs is None or isinstance(phantomjs, (str, Unset))):
            raise mismatch("phantomjs", phantomjs, "None | str | Unset")

        php: None | str | Unset = d.pop("php", UNSET)
        if not (php is None or isinstance(php, (str, Unset))):
            raise mismatch("php", php, "None | str | Unset")

        python2: None | str | Unset = d.pop("python2", UNSET)
        if not (python2 is None or isinstance(python2, (str, Unset))):
            raise mismatch("python2", python2, "None | str | Unset")

        python3: None | str | Unset = d.pop("python3", UNSET)
        if not (python3 is None or isinstance(python3, (str, Unset))):
            raise mismatch("python3", python3, "None | str | Unset")

        ruby: None | str | Unset = d.pop("ruby", UNSET)
        if not (ruby is None or isinstance(ruby, (str, Unset))):
            raise mismatch("ruby", ruby, "None | str | Unset")

        _instance = cls(
            composer,
            dotnet,
            go,
            java,
            node,
            phantomjs,
            php,
            python2,
            python3,
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
