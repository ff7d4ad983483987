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

T = TypeVar("T", bound="ApiKey")


@_attrs_define(frozen=True, repr=False)
class ApiKey:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        api_key (None | str)
        description (None | str)
        device (None | str)
        html (None | str)
        identifier (None | str)
        user_id (int | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    api_key: None | str = None
    description: None | str = None
    device: None | str = None
    html: None | str = None
    identifier: None | str = None
    user_id: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.api_key is not None:
            field_dict["api_key"] = self.api_key
        elif "api_key" in self._nulls:
            field_dict["api_key"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.device is not None:
            field_dict["device"] = self.device
        elif "device" in self._nulls:
            field_dict["device"] = None
        if self.html is not None:
            field_dict["html"] = self.html
        elif "html" in self._nulls:
            field_dict["html"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.user_id is not None:
            field_dict["user_id"] = self.user_id
        elif "user_id" in self._nulls:
            field_dict["user_id"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        api_key: None | str
        _value = d.pop("api_key", UNSET)
        if _value is None:
            api_key = None
            null("api_key")
        elif _value is UNSET:
            api_key = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                api_key = _value

            except FAILURES as error:
                loose(d, "ApiKey", "api_key", _value, "None | str", error)
                api_key = None

        description: None | str
        _value = d.pop("description", UNSET)
        if _value is None:
            description = None
            null("description")
        elif _value is UNSET:
            description = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                description = _value

            except FAILURES as error:
                loose(d, "ApiKey", "description", _value, "None | str", error)
                description = None

        device: None | str
        _value = d.pop("device", UNSET)
        if _value is None:
            device = None
            null("device")
        elif _value is UNSET:
            device = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                device = _value

            except FAILURES as error:
                loose(d, "ApiKey", "device", _value, "None | str", error)
                device = None

        html: None | str
        _value = d.pop("html", UNSET)
        if _value is None:
            html = None
            null("html")
        elif _value is UNSET:
            html = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                html = _value

            except FAILURES as error:
                loose(d, "ApiKey", "html", _value, "None | str", error)
                html = None

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
                loose(d, "ApiKey", "identifier", _value, "None | str", error)
                identifier = None

        user_id: int | None
        _value = d.pop("user_id", UNSET)
        if _value is None:
            user_id = None
            null("user_id")
        elif _value is UNSET:
            user_id = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                user_id = _value

            except FAILURES as error:
                loose(d, "ApiKey", "user_id", _value, "int | None", error)
                user_id = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ApiKeyBuilding)
        _instance.api_key = api_key
        _instance.description = description
        _instance.device = device
        _instance.html = html
        _instance.identifier = identifier
        _instance.user_id = user_id
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


class _ApiKeyBuilding(ApiKey):
    """A ApiKey while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
