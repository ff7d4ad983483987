from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.project_insights_servers_item import ProjectInsightsServersItem
    from ..models.project_insights_summary import ProjectInsightsSummary


T = TypeVar("T", bound="ProjectInsights")


@_attrs_define
class ProjectInsights:
    """
    Attributes:
        period (int | None | Unset):
        servers (list[ProjectInsightsServersItem] | None | Unset):
        summary (None | ProjectInsightsSummary | Unset):
    """

    period: int | None | Unset = UNSET
    servers: list[ProjectInsightsServersItem] | None | Unset = UNSET
    summary: None | ProjectInsightsSummary | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        period: int | None | Unset
        if isinstance(self.period, Unset):
            period = UNSET
        else:
            period = self.period

        servers: list[dict[str, Any]] | None | Unset
        if isinstance(self.servers, Unset):
            servers = UNSET
        elif isinstance(self.servers, list):
            servers = []
            for servers_type_0_item_data in self.servers:
                servers_type_0_item = servers_type_0_item_data.to_dict()
                servers.append(servers_type_0_item)

        else:
            servers = self.servers

        summary: dict[str, Any] | None | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        elif isinstance(self.summary, ProjectInsightsSummary):
            summary = self.summary.to_dict()
        else:
            summary = self.summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if period is not UNSET:
            field_dict["period"] = period
        if servers is not UNSET:
            field_dict["servers"] = servers
        if summary is not UNSET:
            field_dict["summary"] = summary

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        period: int | None | Unset = d.pop("period", UNSET)
        if not (period is None or isinstance(period, (int, Unset))):
            raise mismatch("period", period, "int | None | Unset")

        servers: list[ProjectInsightsServersItem] | None | Unset
        _servers_data = d.pop("servers", UNSET)
        if isinstance(_servers_data, list):
            try:
                servers_type_0 = []
                _servers_type_0 = _servers_data
                for servers_type_0_item_data in _servers_type_0:
                    servers_type_0_item = ProjectInsightsServersItem.from_dict(servers_type_0_item_data)

                    servers_type_0.append(servers_type_0_item)

                servers = servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "servers", _servers_data, "list[ProjectInsightsServersItem] | None | Unset", error
                ) from error
        elif _servers_data is None or isinstance(_servers_data, Unset):
            servers = _servers_data
        else:
            raise mismatch("servers", _servers_data, "list[ProjectInsightsServersItem] | None | Unset")

        summary: None | ProjectInsightsSummary | Unset
        _summary_data = d.pop("summary", UNSET)
        if isinstance(_summary_data, dict):
            try:
                summary_type_0 = ProjectInsightsSummary.from_dict(_summary_data)

                summary = summary_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("summary", _summary_data, "None | ProjectInsightsSummary | Unset", error) from error
        elif _summary_data is None or isinstance(_summary_data, Unset):
            summary = _summary_data
        else:
            raise mismatch("summary", _summary_data, "None | ProjectInsightsSummary | Unset")

        _instance = cls(
            period,
            servers,
            summary,
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
from ..models.project_insights_servers_item import ProjectInsightsServersItem
from ..models.project_insights_summary import ProjectInsightsSummary
