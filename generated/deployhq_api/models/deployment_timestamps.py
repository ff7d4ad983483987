from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

T = TypeVar("T", bound="DeploymentTimestamps")


@_attrs_define
class DeploymentTimestamps:
    """
    Attributes:
        queued_at (datetime.datetime):
        completed_at (datetime.datetime | None | Unset):
        duration (int | None | str | Unset):
        runs_at (None | str | Unset):
        started_at (datetime.datetime | None | Unset):
    """

    queued_at: datetime.datetime
    completed_at: datetime.datetime | None | Unset = UNSET
    duration: int | None | str | Unset = UNSET
    runs_at: None | str | Unset = UNSET
    started_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        queued_at = self.queued_at.isoformat()

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat()
        else:
            completed_at = self.completed_at

        duration: int | None | str | Unset
        if isinstance(self.duration, Unset):
            duration = UNSET
        else:
            duration = self.duration

        runs_at: None | str | Unset
        if isinstance(self.runs_at, Unset):
            runs_at = UNSET
        else:
            runs_at = self.runs_at

        started_at: None | str | Unset
        if isinstance(self.started_at, Unset):
            started_at = UNSET
        elif isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "queued_at": queued_at,
            }
        )
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if duration is not UNSET:
            field_dict["duration"] = duration
        if runs_at is not UNSET:
            field_dict["runs_at"] = runs_at
        if started_at is not UNSET:
            field_dict["started_at"] = started_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        queued_at = parse_datetime(d.pop("queued_at"))

        completed_at: datetime.datetime | None | Unset
        _completed_at_data = d.pop("completed_at", UNSET)
        if isinstance(_completed_at_data, str):
            try:
                completed_at_type_0 = parse_datetime(_completed_at_data)

                completed_at = completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("completed_at", _completed_at_data, "datetime.datetime | None | Unset", error) from error
        elif _completed_at_data is None or isinstance(_completed_at_data, Unset):
            completed_at = _completed_at_data
        else:
            raise mismatch("completed_at", _completed_at_data, "datetime.datetime | None | Unset")

        duration: int | None | str | Unset = d.pop("duration", UNSET)
        if not (duration is None or isinstance(duration, (int, str, Unset))):
            raise mismatch("duration", duration, "int | None | str | Unset")

        runs_at: None | str | Unset = d.pop("runs_at", UNSET)
        if not (runs_at is None or isinstance(runs_at, (str, Unset))):
            raise mismatch("runs_at", runs_at, "None | str | Unset")

        started_at: datetime.datetime | None | Unset
        _started_at_data = d.pop("started_at", UNSET)
        if isinstance(_started_at_data, str):
            try:
                started_at_type_0 = parse_datetime(_started_at_data)

                started_at = started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("started_at", _started_at_data, "datetime.datetime | None | Unset", error) from error
        elif _started_at_data is None or isinstance(_started_at_data, Unset):
            started_at = _started_at_data
        else:
            raise mismatch("started_at", _started_at_data, "datetime.datetime | None | Unset")

        _instance = cls(
            queued_at,
            completed_at,
            duration,
            runs_at,
            started_at,
        )

        _instance.additional_properties = d
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
