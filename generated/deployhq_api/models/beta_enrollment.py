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

T = TypeVar("T", bound="BetaEnrollment")


@_attrs_define(frozen=True, repr=False)
class BetaEnrollment:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        beta_features (bool | None)
        enrolled (bool | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    beta_features: bool | None = None
    enrolled: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.beta_features is not None:
            field_dict["beta_features"] = self.beta_features
        elif "beta_features" in self._nulls:
            field_dict["beta_features"] = None
        if self.enrolled is not None:
            field_dict["enrolled"] = self.enrolled
        elif "enrolled" in self._nulls:
            field_dict["enrolled"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        beta_features: bool | None
        _value = d.pop("beta_features", UNSET)
        if _value is None:
            beta_features = None
            null("beta_features")
        elif _value is UNSET:
            beta_features = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                beta_features = _value

            except FAILURES as error:
                loose(d, "BetaEnrollment", "beta_features", _value, "bool | None", error)
                beta_features = None

        enrolled: bool | None
        _value = d.pop("enrolled", UNSET)
        if _value is None:
            enrolled = None
            null("enrolled")
        elif _value is UNSET:
            enrolled = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                enrolled = _value

            except FAILURES as error:
                loose(d, "BetaEnrollment", "enrolled", _value, "bool | None", error)
                enrolled = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_BetaEnrollmentBuilding)
        _instance.beta_features = beta_features
        _instance.enrolled = enrolled
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


class _BetaEnrollmentBuilding(BetaEnrollment):
    """A BetaEnrollment while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
