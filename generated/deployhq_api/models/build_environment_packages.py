from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
)

T = TypeVar("T", bound="BuildEnvironmentPackages")


@_attrs_define(frozen=True, repr=False)
class BuildEnvironmentPackages:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        composer (None | str)
        dotnet (None | str)
        go (None | str)
        java (None | str)
        node (None | str)
        phantomjs (None | str)
        php (None | str)
        python2 (None | str)
        python3 (None | str)
        ruby (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    composer: None | str = None
    dotnet: None | str = None
    go: None | str = None
    java: None | str = None
    node: None | str = None
    phantomjs: None | str = None
    php: None | str = None
    python2: None | str = None
    python3: None | str = None
    ruby: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.composer is not None:
            field_dict["composer"] = self.composer
        elif "composer" in self._nulls:
            field_dict["composer"] = None
        if self.dotnet is not None:
            field_dict["dotnet"] = self.dotnet
        elif "dotnet" in self._nulls:
            field_dict["dotnet"] = None
        if self.go is not None:
            field_dict["go"] = self.go
        elif "go" in self._nulls:
            field_dict["go"] = None
        if self.java is not None:
            field_dict["java"] = self.java
        elif "java" in self._nulls:
            field_dict["java"] = None
        if self.node is not None:
            field_dict["node"] = self.node
        elif "node" in self._nulls:
            field_dict["node"] = None
        if self.phantomjs is not None:
            field_dict["phantomjs"] = self.phantomjs
        elif "phantomjs" in self._nulls:
            field_dict["phantomjs"] = None
        if self.php is not None:
            field_dict["php"] = self.php
        elif "php" in self._nulls:
            field_dict["php"] = None
        if self.python2 is not None:
            field_dict["python2"] = self.python2
        elif "python2" in self._nulls:
            field_dict["python2"] = None
        if self.python3 is not None:
            field_dict["python3"] = self.python3
        elif "python3" in self._nulls:
            field_dict["python3"] = None
        if self.ruby is not None:
            field_dict["ruby"] = self.ruby
        elif "ruby" in self._nulls:
            field_dict["ruby"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        composer: None | str
        _value = d.pop("composer", UNSET)
        if _value is None:
            composer = None
            null("composer")
        elif _value is UNSET:
            composer = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                composer = _value

            except FAILURES as error:
                loose(d, "BuildEnvironmentPackages", "composer", _value, "None | str", error)
                composer = None

        dotnet: None | str
        _value = d.pop("dotnet", UNSET)
        if _value is None:
            dotnet = None
            null("dotnet")
        elif _value is UNSET:
            dotnet = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                dotnet = _value

            except FAILURES as error:
                loose(d, "BuildEnvironmentPackages", "dotnet", _value, "None | str", error)
                dotnet = None

        go: None | str
        _value = d.pop("go", UNSET)
        if _value is None:
            go = None
            null("go")
        elif _value is UNSET:
            go = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                go = _value

            except FAILURES as error:
                loose(d, "BuildEnvironmentPackages", "go", _value, "None | str", error)
                go = None

        java: None | str
        _value = d.pop("java", UNSET)
        if _value is None:
            java = None
            null("java")
        elif _value is UNSET:
            java = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                java = _value

            except FAILURES as error:
                loose(d, "BuildEnvironmentPackages", "java", _value, "None | str", error)
                java = None

        node: None | str
        _value = d.pop("node", UNSET)
        if _value is None:
            node = None
            null("node")
        elif _value is UNSET:
            node = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                node = _value

            except FAILURES as error:
                loose(d, "BuildEnvironmentPackages", "node", _value, "None | str", error)
                node = None

        phantomjs: None | str
        _value = d.pop("phantomjs", UNSET)
        if _value is None:
            phantomjs = None
            null("phantomjs")
        elif _value is UNSET:
            phantomjs = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                phantomjs = _value

            except FAILURES as error:
                loose(d, "BuildEnvironmentPackages", "phantomjs", _value, "None | str", error)
                phantomjs = None

        php: None | str
        _value = d.pop("php", UNSET)
        if _value is None:
            php = None
            null("php")
        elif _value is UNSET:
            php = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                php = _value

            except FAILURES as error:
                loose(d, "BuildEnvironmentPackages", "php", _value, "None | str", error)
                php = None

        python2: None | str
        _value = d.pop("python2", UNSET)
        if _value is None:
            python2 = None
            null("python2")
        elif _value is UNSET:
            python2 = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                python2 = _value

            except FAILURES as error:
                loose(d, "BuildEnvironmentPackages", "python2", _value, "None | str", error)
                python2 = None

        python3: None | str
        _value = d.pop("python3", UNSET)
        if _value is None:
            python3 = None
            null("python3")
        elif _value is UNSET:
            python3 = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                python3 = _value

            except FAILURES as error:
                loose(d, "BuildEnvironmentPackages", "python3", _value, "None | str", error)
                python3 = None

        ruby: None | str
        _value = d.pop("ruby", UNSET)
        if _value is None:
            ruby = None
            null("ruby")
        elif _value is UNSET:
            ruby = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                ruby = _value

            except FAILURES as error:
                loose(d, "BuildEnvironmentPackages", "ruby", _value, "None | str", error)
                ruby = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_BuildEnvironmentPackagesBuilding)
        _instance.composer = composer
        _instance.dotnet = dotnet
        _instance.go = go
        _instance.java = java
        _instance.node = node
        _instance.phantomjs = phantomjs
        _instance.php = php
        _instance.python2 = python2
        _instance.python3 = python3
        _instance.ruby = ruby
        _entries: dict[str, Any] = {}
        for _key, _value in d.items():
            _entry: Any
            _entry = _value

            _entries[_key] = _entry
        _instance.additional_properties = _entries
        _instance._nulls = nulls
        _instance.__class__ = cls
        built: Self = _instance
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _BuildEnvironmentPackagesBuilding(BuildEnvironmentPackages):
    """A BuildEnvironmentPackages while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
