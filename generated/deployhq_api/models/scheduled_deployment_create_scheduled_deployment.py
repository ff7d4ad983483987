from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    required_value,
)

T = TypeVar("T", bound="ScheduledDeploymentCreateScheduledDeployment")


@_attrs_define
class ScheduledDeploymentCreateScheduledDeployment:
    """
    Attributes:
        frequency (str):
        server_identifier (str):
        at (str | Unset):
        copy_config_files (bool | Unset):
        day (int | Unset):
        deploy_entire_repository (bool | Unset):
        end_revision (str | Unset):
        month (int | Unset):
        run_build_commands (bool | Unset):
        schedule (str | Unset):
        skip_if_not_changes (bool | Unset):
        start_revision (str | Unset):
        use_build_cache (bool | Unset):
        use_latest (bool | Unset):
        weekday (str | Unset):
        year (int | Unset):
    """

    frequency: str
    server_identifier: str
    at: str | Unset = UNSET
    copy_config_files: bool | Unset = UNSET
    day: int | Unset = UNSET
    deploy_entire_repository: bool | Unset = UNSET
    end_revision: str | Unset = UNSET
    month: int | Unset = UNSET
    run_build_commands: bool | Unset = UNSET
    schedule: str | Unset = UNSET
    skip_if_not_changes: bool | Unset = UNSET
    start_revision: str | Unset = UNSET
    use_build_cache: bool | Unset = UNSET
    use_latest: bool | Unset = UNSET
    weekday: str | Unset = UNSET
    year: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frequency = self.frequency

        server_identifier = self.server_identifier

        at = self.at

        copy_config_files = self.copy_config_files

        day = self.day

        deploy_entire_repository = self.deploy_entire_repository

        end_revision = self.end_revision

        month = self.month

        run_build_commands = self.run_build_commands

        schedule = self.schedule

        skip_if_not_changes = self.skip_if_not_changes

        start_revision = self.start_revision

        use_build_cache = self.use_build_cache

        use_latest = self.use_latest

        weekday = self.weekday

        year = self.year

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frequency": frequency,
                "server_identifier": server_identifier,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at
        if copy_config_files is not UNSET:
            field_dict["copy_config_files"] = copy_config_files
        if day is not UNSET:
            field_dict["day"] = day
        if deploy_entire_repository is not UNSET:
            field_dict["deploy_entire_repository"] = deploy_entire_repository
        if end_revision is not UNSET:
            field_dict["end_revision"] = end_revision
        if month is not UNSET:
            field_dict["month"] = month
        if run_build_commands is not UNSET:
            field_dict["run_build_commands"] = run_build_commands
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if skip_if_not_changes is not UNSET:
            field_dict["skip_if_not_changes"] = skip_if_not_changes
        if start_revision is not UNSET:
            field_dict["start_revision"] = start_revision
        if use_build_cache is not UNSET:
            field_dict["use_build_cache"] = use_build_cache
        if use_latest is not UNSET:
            field_dict["use_latest"] = use_latest
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
        frequency = required_value(d, "ScheduledDeploymentCreateScheduledDeployment", "frequency", str)

        server_identifier = required_value(d, "ScheduledDeploymentCreateScheduledDeployment", "server_identifier", str)

        at = d.pop("at", UNSET)

        copy_config_files = d.pop("copy_config_files", UNSET)

        day = d.pop("day", UNSET)

        deploy_entire_repository = d.pop("deploy_entire_repository", UNSET)

        end_revision = d.pop("end_revision", UNSET)

        month = d.pop("month", UNSET)

        run_build_commands = d.pop("run_build_commands", UNSET)

        schedule = d.pop("schedule", UNSET)

        skip_if_not_changes = d.pop("skip_if_not_changes", UNSET)

        start_revision = d.pop("start_revision", UNSET)

        use_build_cache = d.pop("use_build_cache", UNSET)

        use_latest = d.pop("use_latest", UNSET)

        weekday = d.pop("weekday", UNSET)

        year = d.pop("year", UNSET)

        _instance = cls(
            frequency,
            server_identifier,
            at,
            copy_config_files,
            day,
            deploy_entire_repository,
            end_revision,
            month,
            run_build_commands,
            schedule,
            skip_if_not_changes,
            start_revision,
            use_build_cache,
            use_latest,
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
