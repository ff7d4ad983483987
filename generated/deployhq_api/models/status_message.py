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

T = TypeVar("T", bound="StatusMessage")


@_attrs_define(frozen=True, repr=False)
class StatusMessage:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        message (None | str)
        status (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    message: None | str = None
    status: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.message is not None:
            field_dict["message"] = self.message
        elif "message" in self._nulls:
            field_dict["message"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
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
                loose(d, "StatusMessage", "message", _value, "None | str", error)
                message = None

        status: None | str
        _value = d.pop("status", UNSET)
        if _value is None:
            status = None
            null("status")
        elif _value is UNSET:
            status = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                status = _value

            except FAILURES as error:
                loose(d, "StatusMessage", "status", _value, "None | str", error)
                status = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_StatusMessageBuilding)
        _instance.message = message
        _instance.status = status
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


class _StatusMessageBuilding(StatusMessage):
    """A StatusMessage while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
