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
    missing,
    model_repr,
    parse_datetime,
    required_loose,
)

T = TypeVar("T", bound="DeploymentTimestamps")


@_attrs_define(frozen=True, repr=False)
class DeploymentTimestamps:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        queued_at (datetime.datetime)
        completed_at (datetime.datetime | None)
        duration (float | int | None | str)
        runs_at (None | str)
        started_at (datetime.datetime | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    queued_at: datetime.datetime
    completed_at: datetime.datetime | None = None
    duration: float | int | None | str = None
    runs_at: None | str = None
    started_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        field_dict["queued_at"] = encode(self.queued_at)
        if self.completed_at is not None:
            field_dict["completed_at"] = encode(self.completed_at)
        elif "completed_at" in self._nulls:
            field_dict["completed_at"] = None
        if self.duration is not None:
            field_dict["duration"] = self.duration
        elif "duration" in self._nulls:
            field_dict["duration"] = None
        if self.runs_at is not None:
            field_dict["runs_at"] = self.runs_at
        elif "runs_at" in self._nulls:
            field_dict["runs_at"] = None
        if self.started_at is not None:
            field_dict["started_at"] = encode(self.started_at)
        elif "started_at" in self._nulls:
            field_dict["started_at"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        queued_at: datetime.datetime
        _value = d.pop("queued_at", UNSET)
        if _value is UNSET:
            queued_at = missing(d, "DeploymentTimestamps", "queued_at")
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                queued_at = parse_datetime(_value)

            except FAILURES as error:
                queued_at = required_loose(d, "DeploymentTimestamps", "queued_at", _value, "datetime.datetime", error)

        completed_at: datetime.datetime | None
        _value = d.pop("completed_at", UNSET)
        if _value is None:
            completed_at = None
            null("completed_at")
        elif _value is UNSET:
            completed_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                completed_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "DeploymentTimestamps", "completed_at", _value, "datetime.datetime | None", error)
                completed_at = None

        duration: float | int | None | str
        _value = d.pop("duration", UNSET)
        if _value is None:
            duration = None
            null("duration")
        elif _value is UNSET:
            duration = None
        else:
            try:
                if type(_value) is int or (type(_value) is float or type(_value) is int) or isinstance(_value, str):
                    duration = _value

                else:
                    raise TypeError()

            except FAILURES as error:
                loose(d, "DeploymentTimestamps", "duration", _value, "float | int | None | str", error)
                duration = None

        runs_at: None | str
        _value = d.pop("runs_at", UNSET)
        if _value is None:
            runs_at = None
            null("runs_at")
        elif _value is UNSET:
            runs_at = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                runs_at = _value

            except FAILURES as error:
                loose(d, "DeploymentTimestamps", "runs_at", _value, "None | str", error)
                runs_at = None

        started_at: datetime.datetime | None
        _value = d.pop("started_at", UNSET)
        if _value is None:
            started_at = None
            null("started_at")
        elif _value is UNSET:
            started_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                started_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "DeploymentTimestamps", "started_at", _value, "datetime.datetime | None", error)
                started_at = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DeploymentTimestampsBuilding)
        _instance.queued_at = queued_at
        _instance.completed_at = completed_at
        _instance.duration = duration
        _instance.runs_at = runs_at
        _instance.started_at = started_at
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


class _DeploymentTimestampsBuilding(DeploymentTimestamps):
    """A DeploymentTimestamps while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
