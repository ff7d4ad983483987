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

T = TypeVar("T", bound="ProjectDetailCapabilitiesItem")


@_attrs_define(frozen=True, repr=False)
class ProjectDetailCapabilitiesItem:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        enabled (bool | None)
        name (None | str)
        url (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    enabled: bool | None = None
    name: None | str = None
    url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif "enabled" in self._nulls:
            field_dict["enabled"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.url is not None:
            field_dict["url"] = self.url
        elif "url" in self._nulls:
            field_dict["url"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        enabled: bool | None
        _value = d.pop("enabled", UNSET)
        if _value is None:
            enabled = None
            null("enabled")
        elif _value is UNSET:
            enabled = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                enabled = _value

            except FAILURES as error:
                loose(d, "ProjectDetailCapabilitiesItem", "enabled", _value, "bool | None", error)
                enabled = None

        name: None | str
        _value = d.pop("name", UNSET)
        if _value is None:
            name = None
            null("name")
        elif _value is UNSET:
            name = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                name = _value

            except FAILURES as error:
                loose(d, "ProjectDetailCapabilitiesItem", "name", _value, "None | str", error)
                name = None

        url: None | str
        _value = d.pop("url", UNSET)
        if _value is None:
            url = None
            null("url")
        elif _value is UNSET:
            url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                url = _value

            except FAILURES as error:
                loose(d, "ProjectDetailCapabilitiesItem", "url", _value, "None | str", error)
                url = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ProjectDetailCapabilitiesItemBuilding)
        _instance.enabled = enabled
        _instance.name = name
        _instance.url = url
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


class _ProjectDetailCapabilitiesItemBuilding(ProjectDetailCapabilitiesItem):
    """A ProjectDetailCapabilitiesItem while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
