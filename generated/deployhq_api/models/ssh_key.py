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

T = TypeVar("T", bound="SshKey")


@_attrs_define(frozen=True, repr=False)
class SshKey:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        account (None | str)
        fingerprint (None | str)
        identifier (None | str)
        key_type (None | str)
        public_key (None | str)
        title (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    account: None | str = None
    fingerprint: None | str = None
    identifier: None | str = None
    key_type: None | str = None
    public_key: None | str = None
    title: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.account is not None:
            field_dict["account"] = self.account
        elif "account" in self._nulls:
            field_dict["account"] = None
        if self.fingerprint is not None:
            field_dict["fingerprint"] = self.fingerprint
        elif "fingerprint" in self._nulls:
            field_dict["fingerprint"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.key_type is not None:
            field_dict["key_type"] = self.key_type
        elif "key_type" in self._nulls:
            field_dict["key_type"] = None
        if self.public_key is not None:
            field_dict["public_key"] = self.public_key
        elif "public_key" in self._nulls:
            field_dict["public_key"] = None
        if self.title is not None:
            field_dict["title"] = self.title
        elif "title" in self._nulls:
            field_dict["title"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        account: None | str
        _value = d.pop("account", UNSET)
        if _value is None:
            account = None
            null("account")
        elif _value is UNSET:
            account = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                account = _value

            except FAILURES as error:
                loose(d, "SshKey", "account", _value, "None | str", error)
                account = None

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
                loose(d, "SshKey", "fingerprint", _value, "None | str", error)
                fingerprint = None

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
                loose(d, "SshKey", "identifier", _value, "None | str", error)
                identifier = None

        key_type: None | str
        _value = d.pop("key_type", UNSET)
        if _value is None:
            key_type = None
            null("key_type")
        elif _value is UNSET:
            key_type = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                key_type = _value

            except FAILURES as error:
                loose(d, "SshKey", "key_type", _value, "None | str", error)
                key_type = None

        public_key: None | str
        _value = d.pop("public_key", UNSET)
        if _value is None:
            public_key = None
            null("public_key")
        elif _value is UNSET:
            public_key = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                public_key = _value

            except FAILURES as error:
                loose(d, "SshKey", "public_key", _value, "None | str", error)
                public_key = None

        title: None | str
        _value = d.pop("title", UNSET)
        if _value is None:
            title = None
            null("title")
        elif _value is UNSET:
            title = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                title = _value

            except FAILURES as error:
                loose(d, "SshKey", "title", _value, "None | str", error)
                title = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_SshKeyBuilding)
        _instance.account = account
        _instance.fingerprint = fingerprint
        _instance.identifier = identifier
        _instance.key_type = key_type
        _instance.public_key = public_key
        _instance.title = title
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


class _SshKeyBuilding(SshKey):
    """A SshKey while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
