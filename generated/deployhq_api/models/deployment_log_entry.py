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

T = TypeVar("T", bound="DeploymentLogEntry")


@_attrs_define(frozen=True, repr=False)
class DeploymentLogEntry:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        detail (None | str)
        id (int | None | str)
        message (None | str)
        step (None | str)
        type_ (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    detail: None | str = None
    id: int | None | str = None
    message: None | str = None
    step: None | str = None
    type_: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.detail is not None:
            field_dict["detail"] = self.detail
        elif "detail" in self._nulls:
            field_dict["detail"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.message is not None:
            field_dict["message"] = self.message
        elif "message" in self._nulls:
            field_dict["message"] = None
        if self.step is not None:
            field_dict["step"] = self.step
        elif "step" in self._nulls:
            field_dict["step"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type" in self._nulls:
            field_dict["type"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        detail: None | str
        _value = d.pop("detail", UNSET)
        if _value is None:
            detail = None
            null("detail")
        elif _value is UNSET:
            detail = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                detail = _value

            except FAILURES as error:
                loose(d, "DeploymentLogEntry", "detail", _value, "None | str", error)
                detail = None

        id: int | None | str
        _value = d.pop("id", UNSET)
        if _value is None:
            id = None
            null("id")
        elif _value is UNSET:
            id = None
        else:
            try:
                if type(_value) is int or isinstance(_value, str):
                    id = _value

                else:
                    raise TypeError()

            except FAILURES as error:
                loose(d, "DeploymentLogEntry", "id", _value, "int | None | str", error)
                id = None

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
                loose(d, "DeploymentLogEntry", "message", _value, "None | str", error)
                message = None

        step: None | str
        _value = d.pop("step", UNSET)
        if _value is None:
            step = None
            null("step")
        elif _value is UNSET:
            step = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                step = _value

            except FAILURES as error:
                loose(d, "DeploymentLogEntry", "step", _value, "None | str", error)
                step = None

        type_: None | str
        _value = d.pop("type", UNSET)
        if _value is None:
            type_ = None
            null("type")
        elif _value is UNSET:
            type_ = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                type_ = _value

            except FAILURES as error:
                loose(d, "DeploymentLogEntry", "type", _value, "None | str", error)
                type_ = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DeploymentLogEntryBuilding)
        _instance.detail = detail
        _instance.id = id
        _instance.message = message
        _instance.step = step
        _instance.type_ = type_
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


class _DeploymentLogEntryBuilding(DeploymentLogEntry):
    """A DeploymentLogEntry while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
