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

T = TypeVar("T", bound="Integration")


@_attrs_define(frozen=True, repr=False)
class Integration:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        created_at (datetime.datetime | None)
        hook_type (None | str)
        identifier (None | str)
        name (None | str)
        send_on_check_failed (bool | None)
        send_on_completion (bool | None)
        send_on_failure (bool | None)
        send_on_start (bool | None)
        updated_at (datetime.datetime | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    created_at: datetime.datetime | None = None
    hook_type: None | str = None
    identifier: None | str = None
    name: None | str = None
    send_on_check_failed: bool | None = None
    send_on_completion: bool | None = None
    send_on_failure: bool | None = None
    send_on_start: bool | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.created_at is not None:
            field_dict["created_at"] = encode(self.created_at)
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None
        if self.hook_type is not None:
            field_dict["hook_type"] = self.hook_type
        elif "hook_type" in self._nulls:
            field_dict["hook_type"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.send_on_check_failed is not None:
            field_dict["send_on_check_failed"] = self.send_on_check_failed
        elif "send_on_check_failed" in self._nulls:
            field_dict["send_on_check_failed"] = None
        if self.send_on_completion is not None:
            field_dict["send_on_completion"] = self.send_on_completion
        elif "send_on_completion" in self._nulls:
            field_dict["send_on_completion"] = None
        if self.send_on_failure is not None:
            field_dict["send_on_failure"] = self.send_on_failure
        elif "send_on_failure" in self._nulls:
            field_dict["send_on_failure"] = None
        if self.send_on_start is not None:
            field_dict["send_on_start"] = self.send_on_start
        elif "send_on_start" in self._nulls:
            field_dict["send_on_start"] = None
        if self.updated_at is not None:
            field_dict["updated_at"] = encode(self.updated_at)
        elif "updated_at" in self._nulls:
            field_dict["updated_at"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        created_at: datetime.datetime | None
        _value = d.pop("created_at", UNSET)
        if _value is None:
            created_at = None
            null("created_at")
        elif _value is UNSET:
            created_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                created_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "Integration", "created_at", _value, "datetime.datetime | None", error)
                created_at = None

        hook_type: None | str
        _value = d.pop("hook_type", UNSET)
        if _value is None:
            hook_type = None
            null("hook_type")
        elif _value is UNSET:
            hook_type = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                hook_type = _value

            except FAILURES as error:
                loose(d, "Integration", "hook_type", _value, "None | str", error)
                hook_type = None

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
                loose(d, "Integration", "identifier", _value, "None | str", error)
                identifier = None

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
                loose(d, "Integration", "name", _value, "None | str", error)
                name = None

        send_on_check_failed: bool | None
        _value = d.pop("send_on_check_failed", UNSET)
        if _value is None:
            send_on_check_failed = None
            null("send_on_check_failed")
        elif _value is UNSET:
            send_on_check_failed = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                send_on_check_failed = _value

            except FAILURES as error:
                loose(d, "Integration", "send_on_check_failed", _value, "bool | None", error)
                send_on_check_failed = None

        send_on_completion: bool | None
        _value = d.pop("send_on_completion", UNSET)
        if _value is None:
            send_on_completion = None
            null("send_on_completion")
        elif _value is UNSET:
            send_on_completion = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                send_on_completion = _value

            except FAILURES as error:
                loose(d, "Integration", "send_on_completion", _value, "bool | None", error)
                send_on_completion = None

        send_on_failure: bool | None
        _value = d.pop("send_on_failure", UNSET)
        if _value is None:
            send_on_failure = None
            null("send_on_failure")
        elif _value is UNSET:
            send_on_failure = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                send_on_failure = _value

            except FAILURES as error:
                loose(d, "Integration", "send_on_failure", _value, "bool | None", error)
                send_on_failure = None

        send_on_start: bool | None
        _value = d.pop("send_on_start", UNSET)
        if _value is None:
            send_on_start = None
            null("send_on_start")
        elif _value is UNSET:
            send_on_start = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                send_on_start = _value

            except FAILURES as error:
                loose(d, "Integration", "send_on_start", _value, "bool | None", error)
                send_on_start = None

        updated_at: datetime.datetime | None
        _value = d.pop("updated_at", UNSET)
        if _value is None:
            updated_at = None
            null("updated_at")
        elif _value is UNSET:
            updated_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                updated_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "Integration", "updated_at", _value, "datetime.datetime | None", error)
                updated_at = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_IntegrationBuilding)
        _instance.created_at = created_at
        _instance.hook_type = hook_type
        _instance.identifier = identifier
        _instance.name = name
        _instance.send_on_check_failed = send_on_check_failed
        _instance.send_on_completion = send_on_completion
        _instance.send_on_failure = send_on_failure
        _instance.send_on_start = send_on_start
        _instance.updated_at = updated_at
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


class _IntegrationBuilding(Integration):
    """A Integration while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
