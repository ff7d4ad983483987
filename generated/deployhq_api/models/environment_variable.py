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

T = TypeVar("T", bound="EnvironmentVariable")


@_attrs_define(frozen=True, repr=False)
class EnvironmentVariable:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        identifier (int | None | str)
        name (None | str)
        masked_value (None | str)
        locked (bool | None)
        build_pipeline (bool | None)
        created_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    identifier: int | None | str = None
    name: None | str = None
    masked_value: None | str = None
    locked: bool | None = None
    build_pipeline: bool | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.masked_value is not None:
            field_dict["masked_value"] = self.masked_value
        elif "masked_value" in self._nulls:
            field_dict["masked_value"] = None
        if self.locked is not None:
            field_dict["locked"] = self.locked
        elif "locked" in self._nulls:
            field_dict["locked"] = None
        if self.build_pipeline is not None:
            field_dict["build_pipeline"] = self.build_pipeline
        elif "build_pipeline" in self._nulls:
            field_dict["build_pipeline"] = None
        if self.created_at is not None:
            field_dict["created_at"] = encode(self.created_at)
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None
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
        identifier: int | None | str
        _value = d.pop("identifier", UNSET)
        if _value is None:
            identifier = None
            null("identifier")
        elif _value is UNSET:
            identifier = None
        else:
            try:
                if type(_value) is int or isinstance(_value, str):
                    identifier = _value

                else:
                    raise TypeError()

            except FAILURES as error:
                loose(d, "EnvironmentVariable", "identifier", _value, "int | None | str", error)
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
                loose(d, "EnvironmentVariable", "name", _value, "None | str", error)
                name = None

        masked_value: None | str
        _value = d.pop("masked_value", UNSET)
        if _value is None:
            masked_value = None
            null("masked_value")
        elif _value is UNSET:
            masked_value = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                masked_value = _value

            except FAILURES as error:
                loose(d, "EnvironmentVariable", "masked_value", _value, "None | str", error)
                masked_value = None

        locked: bool | None
        _value = d.pop("locked", UNSET)
        if _value is None:
            locked = None
            null("locked")
        elif _value is UNSET:
            locked = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                locked = _value

            except FAILURES as error:
                loose(d, "EnvironmentVariable", "locked", _value, "bool | None", error)
                locked = None

        build_pipeline: bool | None
        _value = d.pop("build_pipeline", UNSET)
        if _value is None:
            build_pipeline = None
            null("build_pipeline")
        elif _value is UNSET:
            build_pipeline = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                build_pipeline = _value

            except FAILURES as error:
                loose(d, "EnvironmentVariable", "build_pipeline", _value, "bool | None", error)
                build_pipeline = None

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
                loose(d, "EnvironmentVariable", "created_at", _value, "datetime.datetime | None", error)
                created_at = None

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
                loose(d, "EnvironmentVariable", "updated_at", _value, "datetime.datetime | None", error)
                updated_at = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_EnvironmentVariableBuilding)
        _instance.identifier = identifier
        _instance.name = name
        _instance.masked_value = masked_value
        _instance.locked = locked
        _instance.build_pipeline = build_pipeline
        _instance.created_at = created_at
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


class _EnvironmentVariableBuilding(EnvironmentVariable):
    """A EnvironmentVariable while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
