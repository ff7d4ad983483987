from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="ScheduledDeploymentCreateScheduledDeployment")


@_attrs_define
class ScheduledDeploymentCreateScheduledDeployment:
    """
    Attributes:
        server_identifier (str):
        frequency (str):
        at (str | Unset):
        weekday (str | Unset):
        day (int | Unset):
        month (int | Unset):
        year (int | Unset):
        schedule (str | Unset):
        copy_config_files (bool | Unset):
        run_build_commands (bool | Unset):
        use_build_cache (bool | Unset):
        skip_if_not_changes (bool | Unset):
        start_revision (str | Unset):
        end_revision (str | Unset):
        use_latest (bool | Unset):
        deploy_entire_repository (bool | Unset):
    """

    server_identifier: str
    frequency: str
    at: str | Unset = UNSET
    weekday: str | Unset = UNSET
    day: int | Unset = UNSET
    month: int | Unset = UNSET
    year: int | Unset = UNSET
    schedule: str | Unset = UNSET
    copy_config_files: bool | Unset = UNSET
    run_build_commands: bool | Unset = UNSET
    use_build_cache: bool | Unset = UNSET
    skip_if_not_changes: bool | Unset = UNSET
    start_revision: str | Unset = UNSET
    end_revision: str | Unset = UNSET
    use_latest: bool | Unset = UNSET
    deploy_entire_repository: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server_identifier = self.server_identifier

        frequency = self.frequency

        at = self.at

        weekday = self.weekday

        day = self.day

        month = self.month

        year = self.year

        schedule = self.schedule

        copy_config_files = self.copy_config_files

        run_build_commands = self.run_build_commands

        use_build_cache = self.use_build_cache

        skip_if_not_changes = self.skip_if_not_changes

        start_revision = self.start_revision

        end_revision = self.end_revision

        use_latest = self.use_latest

        deploy_entire_repository = self.deploy_entire_repository

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server_identifier": server_identifier,
                "frequency": frequency,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at
        if weekday is not UNSET:
            field_dict["weekday"] = weekday
        if day is not UNSET:
            field_dict["day"] = day
        if month is not UNSET:
            field_dict["month"] = month
        if year is not UNSET:
            field_dict["year"] = year
        if schedule is not UNSET:
            field_dict["schedule"] = schedule
        if copy_config_files is not UNSET:
            field_dict["copy_config_files"] = copy_config_files
        if run_build_commands is not UNSET:
            field_dict["run_build_commands"] = run_build_commands
        if use_build_cache is not UNSET:
            field_dict["use_build_cache"] = use_build_cache
        if skip_if_not_changes is not UNSET:
            field_dict["skip_if_not_changes"] = skip_if_not_changes
        if start_revision is not UNSET:
            field_dict["start_revision"] = start_revision
        if end_revision is not UNSET:
            field_dict["end_revision"] = end_revision
        if use_latest is not UNSET:
            field_dict["use_latest"] = use_latest
        if deploy_entire_repository is not UNSET:
            field_dict["deploy_entire_repository"] = deploy_entire_repository

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        server_identifier = required_value(d, "server_identifier", str)

        frequency = required_value(d, "frequency", str)

        at = d.pop("at", UNSET)

        weekday = d.pop("weekday", UNSET)

        day = d.pop("day", UNSET)

        month = d.pop("month", UNSET)

        year = d.pop("year", UNSET)

        schedule = d.pop("schedule", UNSET)

        copy_config_files = d.pop("copy_config_files", UNSET)

        run_build_commands = d.pop("run_build_commands", UNSET)

        use_build_cache = d.pop("use_build_cache", UNSET)

        skip_if_not_changes = d.pop("skip_if_not_changes", UNSET)

        start_revision = d.pop("start_revision", UNSET)

        end_revision = d.pop("end_revision", UNSET)

        use_latest = d.pop("use_latest", UNSET)

        deploy_entire_repository = d.pop("deploy_entire_repository", UNSET)

        scheduled_deployment_create_scheduled_deployment = cls(
            server_identifier=server_identifier,
            frequency=frequency,
            at=at,
            weekday=weekday,
            day=day,
            month=month,
            year=year,
            schedule=schedule,
            copy_config_files=copy_config_files,
            run_build_commands=run_build_commands,
            use_build_cache=use_build_cache,
            skip_if_not_changes=skip_if_not_changes,
            start_revision=start_revision,
            end_revision=end_revision,
            use_latest=use_latest,
            deploy_entire_repository=deploy_entire_repository,
        )

        scheduled_deployment_create_scheduled_deployment.additional_properties = d
        return scheduled_deployment_create_scheduled_deployment

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
