from __future__ import annotations

import datetime
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
    parse_datetime,
)

T = TypeVar("T", bound="Revision")


@_attrs_define(frozen=True, repr=False)
class Revision:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        author (None | str)
        email (None | str)
        message (None | str)
        ref (None | str)
        short_message (None | str)
        tags (list[Any] | None)
        timestamp (datetime.datetime | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    author: None | str = None
    email: None | str = None
    message: None | str = None
    ref: None | str = None
    short_message: None | str = None
    tags: list[Any] | None = None
    timestamp: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.author is not None:
            field_dict["author"] = self.author
        elif "author" in self._nulls:
            field_dict["author"] = None
        if self.email is not None:
            field_dict["email"] = self.email
        elif "email" in self._nulls:
            field_dict["email"] = None
        if self.message is not None:
            field_dict["message"] = self.message
        elif "message" in self._nulls:
            field_dict["message"] = None
        if self.ref is not None:
            field_dict["ref"] = self.ref
        elif "ref" in self._nulls:
            field_dict["ref"] = None
        if self.short_message is not None:
            field_dict["short_message"] = self.short_message
        elif "short_message" in self._nulls:
            field_dict["short_message"] = None
        if self.tags is not None:
            field_dict["tags"] = encode(self.tags)
        elif "tags" in self._nulls:
            field_dict["tags"] = None
        if self.timestamp is not None:
            field_dict["timestamp"] = encode(self.timestamp)
        elif "timestamp" in self._nulls:
            field_dict["timestamp"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        author: None | str
        _value = d.pop("author", UNSET)
        if _value is None:
            author = None
            null("author")
        elif _value is UNSET:
            author = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                author = _value

            except FAILURES as error:
                loose(d, "Revision", "author", _value, "None | str", error)
                author = None

        email: None | str
        _value = d.pop("email", UNSET)
        if _value is None:
            email = None
            null("email")
        elif _value is UNSET:
            email = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                email = _value

            except FAILURES as error:
                loose(d, "Revision", "email", _value, "None | str", error)
                email = None

        message: None | str
        _value = d.pop("message", UNSET)
        if _value is None:
            message = None
            null("message")
        elif _value is UNSET:
            message = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                message = _value

            except FAILURES as error:
                loose(d, "Revision", "message", _value, "None | str", error)
                message = None

        ref: None | str
        _value = d.pop("ref", UNSET)
        if _value is None:
            ref = None
            null("ref")
        elif _value is UNSET:
            ref = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                ref = _value

            except FAILURES as error:
                loose(d, "Revision", "ref", _value, "None | str", error)
                ref = None

        short_message: None | str
        _value = d.pop("short_message", UNSET)
        if _value is None:
            short_message = None
            null("short_message")
        elif _value is UNSET:
            short_message = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                short_message = _value

            except FAILURES as error:
                loose(d, "Revision", "short_message", _value, "None | str", error)
                short_message = None

        tags: list[Any] | None
        _value = d.pop("tags", UNSET)
        if _value is None:
            tags = None
            null("tags")
        elif _value is UNSET:
            tags = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                tags = _value

            except FAILURES as error:
                loose(d, "Revision", "tags", _value, "list[Any] | None", error)
                tags = None

        timestamp: datetime.datetime | None
        _value = d.pop("timestamp", UNSET)
        if _value is None:
            timestamp = None
            null("timestamp")
        elif _value is UNSET:
            timestamp = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                timestamp = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "Revision", "timestamp", _value, "datetime.datetime | None", error)
                timestamp = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_RevisionBuilding)
        _instance.author = author
        _instance.email = email
        _instance.message = message
        _instance.ref = ref
        _instance.short_message = short_message
        _instance.tags = tags
        _instance.timestamp = timestamp
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


class _RevisionBuilding(Revision):
    """A Revision while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
