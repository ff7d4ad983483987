from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.project_insights_summary_active_servers import ProjectInsightsSummaryActiveServers
    from ..models.project_insights_summary_avg_duration import ProjectInsightsSummaryAvgDuration
    from ..models.project_insights_summary_success_rate import ProjectInsightsSummarySuccessRate
    from ..models.project_insights_summary_total_deploys import ProjectInsightsSummaryTotalDeploys


T = TypeVar("T", bound="ProjectInsightsSummary")


@_attrs_define
class ProjectInsightsSummary:
    """
    Attributes:
        active_servers (None | ProjectInsightsSummaryActiveServers | Unset):
        avg_duration (None | ProjectInsightsSummaryAvgDuration | Unset):
        success_rate (None | ProjectInsightsSummarySuccessRate | Unset):
        total_deploys (None | ProjectInsightsSummaryTotalDeploys | Unset):
    """

    active_servers: None | ProjectInsightsSummaryActiveServers | Unset = UNSET
    avg_duration: None | ProjectInsightsSummaryAvgDuration | Unset = UNSET
    success_rate: None | ProjectInsightsSummarySuccessRate | Unset = UNSET
    total_deploys: None | ProjectInsightsSummaryTotalDeploys | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_servers: dict[str, Any] | None | Unset
        if isinstance(self.active_servers, Unset):
            active_servers = UNSET
        elif isinstance(self.active_servers, ProjectInsightsSummaryActiveServers):
            active_servers = self.active_servers.to_dict()
        else:
            active_servers = self.active_servers

        avg_duration: dict[str, Any] | None | Unset
        if isinstance(self.avg_duration, Unset):
            avg_duration = UNSET
        elif isinstance(self.avg_duration, ProjectInsightsSummaryAvgDuration):
            avg_duration = self.avg_duration.to_dict()
        else:
            avg_duration = self.avg_duration

        success_rate: dict[str, Any] | None | Unset
        if isinstance(self.success_rate, Unset):
            success_rate = UNSET
        elif isinstance(self.success_rate, ProjectInsightsSummarySuccessRate):
            success_rate = self.success_rate.to_dict()
        else:
            success_rate = self.success_rate

        total_deploys: dict[str, Any] | None | Unset
        if isinstance(self.total_deploys, Unset):
            total_deploys = UNSET
        elif isinstance(self.total_deploys, ProjectInsightsSummaryTotalDeploys):
            total_deploys = self.total_deploys.to_dict()
        else:
            total_deploys = self.total_deploys

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_servers is not UNSET:
            field_dict["active_servers"] = active_servers
        if avg_duration is not UNSET:
            field_dict["avg_duration"] = avg_duration
        if success_rate is not UNSET:
            field_dict["success_rate"] = success_rate
        if total_deploys is not UNSET:
            field_dict["total_deploys"] = total_deploys

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        active_servers: None | ProjectInsightsSummaryActiveServers | Unset
        _active_servers_data = d.pop("active_servers", UNSET)
        if isinstance(_active_servers_data, dict):
            try:
                active_servers_type_0 = ProjectInsightsSummaryActiveServers.from_dict(_active_servers_data)

                active_servers = active_servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "active_servers", _active_servers_data, "None | ProjectInsightsSummaryActiveServers | Unset", error
                ) from error
        elif _active_servers_data is None or isinstance(_active_servers_data, Unset):
            active_servers = _active_servers_data
        else:
            raise mismatch("active_servers", _active_servers_data, "None | ProjectInsightsSummaryActiveServers | Unset")

        avg_duration: None | ProjectInsightsSummaryAvgDuration | Unset
        _avg_duration_data = d.pop("avg_duration", UNSET)
        if isinstance(_avg_duration_data, dict):
            try:
                avg_duration_type_0 = ProjectInsightsSummaryAvgDuration.from_dict(_avg_duration_data)

                avg_duration = avg_duration_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "avg_duration", _avg_duration_data, "None | ProjectInsightsSummaryAvgDuration | Unset", error
                ) from error
        elif _avg_duration_data is None or isinstance(_avg_duration_data, Unset):
            avg_duration = _avg_duration_data
        else:
            raise mismatch("avg_duration", _avg_duration_data, "None | ProjectInsightsSummaryAvgDuration | Unset")

        success_rate: None | ProjectInsightsSummarySuccessRate | Unset
        _success_rate_data = d.pop("success_rate", UNSET)
        if isinstance(_success_rate_data, dict):
            try:
                success_rate_type_0 = ProjectInsightsSummarySuccessRate.from_dict(_success_rate_data)

                success_rate = success_rate_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "success_rate", _success_rate_data, "None | ProjectInsightsSummarySuccessRate | Unset", error
                ) from error
        elif _success_rate_data is None or isinstance(_success_rate_data, Unset):
            success_rate = _success_rate_data
        else:
            raise mismatch("success_rate", _success_rate_data, "None | ProjectInsightsSummarySuccessRate | Unset")

        total_deploys: None | ProjectInsightsSummaryTotalDeploys | Unset
        _total_deploys_data = d.pop("total_deploys", UNSET)
        if isinstance(_total_deploys_data, dict):
            try:
                total_deploys_type_0 = ProjectInsightsSummaryTotalDeploys.from_dict(_total_deploys_data)

                total_deploys = total_deploys_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "total_deploys", _total_deploys_data, "None | ProjectInsightsSummaryTotalDeploys | Unset", error
                ) from error
        elif _total_deploys_data is None or isinstance(_total_deploys_data, Unset):
            total_deploys = _total_deploys_data
        else:
            raise mismatch("total_deploys", _total_deploys_data, "None | ProjectInsightsSummaryTotalDeploys | Unset")

        _instance = cls(
            active_servers,
            avg_duration,
            success_rate,
            total_deploys,
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


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.project_insights_summary_active_servers import ProjectInsightsSummaryActiveServers
from ..models.project_insights_summary_avg_duration import ProjectInsightsSummaryAvgDuration
from ..models.project_insights_summary_success_rate import ProjectInsightsSummarySuccessRate
from ..models.project_insights_summary_total_deploys import ProjectInsightsSummaryTotalDeploys
