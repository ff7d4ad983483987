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

T = TypeVar("T", bound="ManagedHostingSizesSizesItem")


@_attrs_define(frozen=True, repr=False)
class ManagedHostingSizesSizesItem:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        currency (None | str)
        label (None | str)
        monthly_cost (float | None)
        slug (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    currency: None | str = None
    label: None | str = None
    monthly_cost: float | None = None
    slug: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.currency is not None:
            field_dict["currency"] = self.currency
        elif "currency" in self._nulls:
            field_dict["currency"] = None
        if self.label is not None:
            field_dict["label"] = self.label
        elif "label" in self._nulls:
            field_dict["label"] = None
        if self.monthly_cost is not None:
            field_dict["monthly_cost"] = self.monthly_cost
        elif "monthly_cost" in self._nulls:
            field_dict["monthly_cost"] = None
        if self.slug is not None:
            field_dict["slug"] = self.slug
        elif "slug" in self._nulls:
            field_dict["slug"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        currency: None | str
        _value = d.pop("currency", UNSET)
        if _value is None:
            currency = None
            null("currency")
        elif _value is UNSET:
            currency = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                currency = _value

            except FAILURES as error:
                loose(d, "ManagedHostingSizesSizesItem", "currency", _value, "None | str", error)
                currency = None

        label: None | str
        _value = d.pop("label", UNSET)
        if _value is None:
            label = None
            null("label")
        elif _value is UNSET:
            label = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                label = _value

            except FAILURES as error:
                loose(d, "ManagedHostingSizesSizesItem", "label", _value, "None | str", error)
                label = None

        monthly_cost: float | None
        _value = d.pop("monthly_cost", UNSET)
        if _value is None:
            monthly_cost = None
            null("monthly_cost")
        elif _value is UNSET:
            monthly_cost = None
        else:
            try:
                if not (type(_value) is float or type(_value) is int):
                    raise TypeError()
                monthly_cost = _value

            except FAILURES as error:
                loose(d, "ManagedHostingSizesSizesItem", "monthly_cost", _value, "float | None", error)
                monthly_cost = None

        slug: None | str
        _value = d.pop("slug", UNSET)
        if _value is None:
            slug = None
            null("slug")
        elif _value is UNSET:
            slug = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                slug = _value

            except FAILURES as error:
                loose(d, "ManagedHostingSizesSizesItem", "slug", _value, "None | str", error)
                slug = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ManagedHostingSizesSizesItemBuilding)
        _instance.currency = currency
        _instance.label = label
        _instance.monthly_cost = monthly_cost
        _instance.slug = slug
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


class _ManagedHostingSizesSizesItemBuilding(ManagedHostingSizesSizesItem):
    """A ManagedHostingSizesSizesItem while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
