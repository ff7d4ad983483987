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

T = TypeVar("T", bound="DetectionStaticHosting")


@_attrs_define(frozen=True, repr=False)
class DetectionStaticHosting:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        confidence (None | str)
        eligibility (None | str)
        root_path (None | str)
        spa_mode (bool | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    confidence: None | str = None
    eligibility: None | str = None
    root_path: None | str = None
    spa_mode: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.confidence is not None:
            field_dict["confidence"] = self.confidence
        elif "confidence" in self._nulls:
            field_dict["confidence"] = None
        if self.eligibility is not None:
            field_dict["eligibility"] = self.eligibility
        elif "eligibility" in self._nulls:
            field_dict["eligibility"] = None
        if self.root_path is not None:
            field_dict["root_path"] = self.root_path
        elif "root_path" in self._nulls:
            field_dict["root_path"] = None
        if self.spa_mode is not None:
            field_dict["spa_mode"] = self.spa_mode
        elif "spa_mode" in self._nulls:
            field_dict["spa_mode"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        confidence: None | str
        _value = d.pop("confidence", UNSET)
        if _value is None:
            confidence = None
            null("confidence")
        elif _value is UNSET:
            confidence = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                confidence = _value

            except FAILURES as error:
                loose(d, "DetectionStaticHosting", "confidence", _value, "None | str", error)
                confidence = None

        eligibility: None | str
        _value = d.pop("eligibility", UNSET)
        if _value is None:
            eligibility = None
            null("eligibility")
        elif _value is UNSET:
            eligibility = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                eligibility = _value

            except FAILURES as error:
                loose(d, "DetectionStaticHosting", "eligibility", _value, "None | str", error)
                eligibility = None

        root_path: None | str
        _value = d.pop("root_path", UNSET)
        if _value is None:
            root_path = None
            null("root_path")
        elif _value is UNSET:
            root_path = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                root_path = _value

            except FAILURES as error:
                loose(d, "DetectionStaticHosting", "root_path", _value, "None | str", error)
                root_path = None

        spa_mode: bool | None
        _value = d.pop("spa_mode", UNSET)
        if _value is None:
            spa_mode = None
            null("spa_mode")
        elif _value is UNSET:
            spa_mode = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                spa_mode = _value

            except FAILURES as error:
                loose(d, "DetectionStaticHosting", "spa_mode", _value, "bool | None", error)
                spa_mode = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DetectionStaticHostingBuilding)
        _instance.confidence = confidence
        _instance.eligibility = eligibility
        _instance.root_path = root_path
        _instance.spa_mode = spa_mode
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


class _DetectionStaticHostingBuilding(DetectionStaticHosting):
    """A DetectionStaticHosting while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
