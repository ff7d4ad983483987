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

T = TypeVar("T", bound="BillingStatusScheduledChange")


@_attrs_define(frozen=True, repr=False)
class BillingStatusScheduledChange:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        effective_at (datetime.datetime | None)
        target_frequency (int | None)
        target_package (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    effective_at: datetime.datetime | None = None
    target_frequency: int | None = None
    target_package: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.effective_at is not None:
            field_dict["effective_at"] = encode(self.effective_at)
        elif "effective_at" in self._nulls:
            field_dict["effective_at"] = None
        if self.target_frequency is not None:
            field_dict["target_frequency"] = self.target_frequency
        elif "target_frequency" in self._nulls:
            field_dict["target_frequency"] = None
        if self.target_package is not None:
            field_dict["target_package"] = self.target_package
        elif "target_package" in self._nulls:
            field_dict["target_package"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        effective_at: datetime.datetime | None
        _value = d.pop("effective_at", UNSET)
        if _value is None:
            effective_at = None
            null("effective_at")
        elif _value is UNSET:
            effective_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                effective_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "BillingStatusScheduledChange", "effective_at", _value, "datetime.datetime | None", error)
                effective_at = None

        target_frequency: int | None
        _value = d.pop("target_frequency", UNSET)
        if _value is None:
            target_frequency = None
            null("target_frequency")
        elif _value is UNSET:
            target_frequency = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                target_frequency = _value

            except FAILURES as error:
                loose(d, "BillingStatusScheduledChange", "target_frequency", _value, "int | None", error)
                target_frequency = None

        target_package: None | str
        _value = d.pop("target_package", UNSET)
        if _value is None:
            target_package = None
            null("target_package")
        elif _value is UNSET:
            target_package = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                target_package = _value

            except FAILURES as error:
                loose(d, "BillingStatusScheduledChange", "target_package", _value, "None | str", error)
                target_package = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_BillingStatusScheduledChangeBuilding)
        _instance.effective_at = effective_at
        _instance.target_frequency = target_frequency
        _instance.target_package = target_package
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


class _BillingStatusScheduledChangeBuilding(BillingStatusScheduledChange):
    """A BillingStatusScheduledChange while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
