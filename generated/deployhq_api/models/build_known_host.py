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

T = TypeVar("T", bound="BuildKnownHost")


@_attrs_define(frozen=True, repr=False)
class BuildKnownHost:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        fingerprint (None | str)
        hostname (None | str)
        identifier (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    fingerprint: None | str = None
    hostname: None | str = None
    identifier: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.fingerprint is not None:
            field_dict["fingerprint"] = self.fingerprint
        elif "fingerprint" in self._nulls:
            field_dict["fingerprint"] = None
        if self.hostname is not None:
            field_dict["hostname"] = self.hostname
        elif "hostname" in self._nulls:
            field_dict["hostname"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        fingerprint: None | str
        _value = d.pop("fingerprint", UNSET)
        if _value is None:
            fingerprint = None
            null("fingerprint")
        elif _value is UNSET:
            fingerprint = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                fingerprint = _value

            except FAILURES as error:
                loose(d, "BuildKnownHost", "fingerprint", _value, "None | str", error)
                fingerprint = None

        hostname: None | str
        _value = d.pop("hostname", UNSET)
        if _value is None:
            hostname = None
            null("hostname")
        elif _value is UNSET:
            hostname = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                hostname = _value

            except FAILURES as error:
                loose(d, "BuildKnownHost", "hostname", _value, "None | str", error)
                hostname = None

        identifier: None | str
        _value = d.pop("identifier", UNSET)
        if _value is None:
            identifier = None
            null("identifier")
        elif _value is UNSET:
            identifier = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                identifier = _value

            except FAILURES as error:
                loose(d, "BuildKnownHost", "identifier", _value, "None | str", error)
                identifier = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_BuildKnownHostBuilding)
        _instance.fingerprint = fingerprint
        _instance.hostname = hostname
        _instance.identifier = identifier
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


class _BuildKnownHostBuilding(BuildKnownHost):
    """A BuildKnownHost while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
