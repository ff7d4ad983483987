from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.billing_status_scheduled_change import BillingStatusScheduledChange


T = TypeVar("T", bound="BillingStatus")


@_attrs_define(frozen=True, repr=False)
class BillingStatus:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        frequency (int | None)
        package (None | str)
        scheduled_change (BillingStatusScheduledChange | None)
        suspended (bool | None)
        trialling (bool | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    frequency: int | None = None
    package: None | str = None
    scheduled_change: BillingStatusScheduledChange | None = None
    suspended: bool | None = None
    trialling: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.frequency is not None:
            field_dict["frequency"] = self.frequency
        elif "frequency" in self._nulls:
            field_dict["frequency"] = None
        if self.package is not None:
            field_dict["package"] = self.package
        elif "package" in self._nulls:
            field_dict["package"] = None
        if self.scheduled_change is not None:
            field_dict["scheduled_change"] = encode(self.scheduled_change)
        elif "scheduled_change" in self._nulls:
            field_dict["scheduled_change"] = None
        if self.suspended is not None:
            field_dict["suspended"] = self.suspended
        elif "suspended" in self._nulls:
            field_dict["suspended"] = None
        if self.trialling is not None:
            field_dict["trialling"] = self.trialling
        elif "trialling" in self._nulls:
            field_dict["trialling"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        frequency: int | None
        _value = d.pop("frequency", UNSET)
        if _value is None:
            frequency = None
            null("frequency")
        elif _value is UNSET:
            frequency = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                frequency = _value

            except FAILURES as error:
                loose(d, "BillingStatus", "frequency", _value, "int | None", error)
                frequency = None

        package: None | str
        _value = d.pop("package", UNSET)
        if _value is None:
            package = None
            null("package")
        elif _value is UNSET:
            package = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                package = _value

            except FAILURES as error:
                loose(d, "BillingStatus", "package", _value, "None | str", error)
                package = None

        scheduled_change: BillingStatusScheduledChange | None
        _value = d.pop("scheduled_change", UNSET)
        if _value is None:
            scheduled_change = None
            null("scheduled_change")
        elif _value is UNSET:
            scheduled_change = None
        else:
            try:
                scheduled_change = BillingStatusScheduledChange.from_dict(_value)

            except FAILURES as error:
                loose(d, "BillingStatus", "scheduled_change", _value, "BillingStatusScheduledChange | None", error)
                scheduled_change = None

        suspended: bool | None
        _value = d.pop("suspended", UNSET)
        if _value is None:
            suspended = None
            null("suspended")
        elif _value is UNSET:
            suspended = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                suspended = _value

            except FAILURES as error:
                loose(d, "BillingStatus", "suspended", _value, "bool | None", error)
                suspended = None

        trialling: bool | None
        _value = d.pop("trialling", UNSET)
        if _value is None:
            trialling = None
            null("trialling")
        elif _value is UNSET:
            trialling = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                trialling = _value

            except FAILURES as error:
                loose(d, "BillingStatus", "trialling", _value, "bool | None", error)
                trialling = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_BillingStatusBuilding)
        _instance.frequency = frequency
        _instance.package = package
        _instance.scheduled_change = scheduled_change
        _instance.suspended = suspended
        _instance.trialling = trialling
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


class _BillingStatusBuilding(BillingStatus):
    """A BillingStatus while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.billing_status_scheduled_change import BillingStatusScheduledChange
