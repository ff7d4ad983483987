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

T = TypeVar("T", bound="LanguageVersions")


@_attrs_define(frozen=True, repr=False)
class LanguageVersions:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        node (list[str] | None)
        php (list[str] | None)
        ruby (list[str] | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    node: list[str] | None = None
    php: list[str] | None = None
    ruby: list[str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.node is not None:
            field_dict["node"] = encode(self.node)
        elif "node" in self._nulls:
            field_dict["node"] = None
        if self.php is not None:
            field_dict["php"] = encode(self.php)
        elif "php" in self._nulls:
            field_dict["php"] = None
        if self.ruby is not None:
            field_dict["ruby"] = encode(self.ruby)
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
        node: list[str] | None
        _value = d.pop("node", UNSET)
        if _value is None:
            node = None
            null("node")
        elif _value is UNSET:
            node = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                for _item0 in _value:
                    if not (isinstance(_item0, str)):
                        raise TypeError(f"an item is {type(_item0).__name__}")
                node = _value

            except FAILURES as error:
                loose(d, "LanguageVersions", "node", _value, "list[str] | None", error)
                node = None

        php: list[str] | None
        _value = d.pop("php", UNSET)
        if _value is None:
            php = None
            null("php")
        elif _value is UNSET:
            php = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                for _item0 in _value:
                    if not (isinstance(_item0, str)):
                        raise TypeError(f"an item is {type(_item0).__name__}")
                php = _value

            except FAILURES as error:
                loose(d, "LanguageVersions", "php", _value, "list[str] | None", error)
                php = None

        ruby: list[str] | None
        _value = d.pop("ruby", UNSET)
        if _value is None:
            ruby = None
            null("ruby")
        elif _value is UNSET:
            ruby = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                for _item0 in _value:
                    if not (isinstance(_item0, str)):
                        raise TypeError(f"an item is {type(_item0).__name__}")
                ruby = _value

            except FAILURES as error:
                loose(d, "LanguageVersions", "ruby", _value, "list[str] | None", error)
                ruby = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_LanguageVersionsBuilding)
        _instance.node = node
        _instance.php = php
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


class _LanguageVersionsBuilding(LanguageVersions):
    """A LanguageVersions while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
