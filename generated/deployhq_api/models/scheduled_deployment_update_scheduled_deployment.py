from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ScheduledDeploymentUpdateScheduledDeployment")


@_attrs_define
class ScheduledDeploymentUpdateScheduledDeployment:
    """
    Attributes:
        at (str | Unset):
        copy_config_files (bool | Unset):
        day (int | Unset):
        frequency (str | Unset):
        month (int | Unset):
        run_build_commands (bool | Unset):
        schedule (str | Unset):
        skip_if_not_changes (bool | Unset):
        use_build_cache (bool | Unset):
        weekday (str | Unset):
        year (int | Unset):
    """

    at: str | Unset = UNSET
    copy_config_files: bool | Unset = UNSET
    day: int | Unset = UNSET
    frequency: str | Unset = UNSET
    month: int | Unset = UNSET
    run_build_commands: bool | Unset = UNSET
    schedule: str | Unset = UNSET
    skip_if_not_changes: bool | Unset = UNSET
    use_build_cache: bool | Unset = UNSET
    weekday: str | Unset = UNSET
    year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        at = self.at

        copy_config_files = self.copy_config_files

        day = self.day

        frequency = self.frequency

        month = self.month

        run_build_commands = self.run_build_commands

        schedule = self.schedule

        skip_if_not_changes = self.skip_if_not_changes

        use_build_cache = self.use_build_cache

        weekday = self.weekday

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if at is not UNSET:
            field_dict["at"] = at
        if copy_config_files is not UNSET:
            field_dict["copy_config_files"] = copy_config_files
        if day is not UNSET:
            field_dict["day"] = day
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if month is not UNSET:
            field_dict["month"] = month
        if run_build_commands is not UNSET:
            field_dict["run_build_commands"] = run_build_commands
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if skip_if_not_changes is not UNSET:
            field_dict["skip_if_not_changes"] = skip_if_not_changes
        if use_build_cache is not UNSET:
            field_dict["use_build_cache"] = use_build_cache
        if weekday is not UNSET:
            field_dict["weekday"] = weekday
        if year is not UNSET:
            field_dict["year"] = year

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        at = d.pop("at", UNSET)

        copy_config_files = d.pop("copy_config_files", UNSET)

        day = d.pop("day", UNSET)

        frequency = d.pop("frequency", UNSET)

        month = d.pop("month", UNSET)

        run_build_commands = d.pop("run_build_commands", UNSET)

        schedule = d.pop("schedule", UNSET)

        skip_if_not_changes = d.pop("skip_if_not_changes", UNSET)

        use_build_cache = d.pop("use_build_cache", UNSET)

        weekday = d.pop("weekday", UNSET)

        year = d.pop("year", UNSET)

        _instance = cls(
            at,
            copy_config_files,
            day,
            frequency,
            month,
            run_build_commands,
            schedule,
            skip_if_not_changes,
            use_build_cache,
            weekday,
            year,
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
