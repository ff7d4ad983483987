from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.project_insights_summary_active_servers import ProjectInsightsSummaryActiveServers
    from ..models.project_insights_summary_avg_duration import ProjectInsightsSummaryAvgDuration
    from ..models.project_insights_summary_success_rate import ProjectInsightsSummarySuccessRate
    from ..models.project_insights_summary_total_deploys import ProjectInsightsSummaryTotalDeploys


T = TypeVar("T", bound="ProjectInsightsSummary")


@_attrs_define(frozen=True, repr=False)
class ProjectInsightsSummary:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        active_servers (None | ProjectInsightsSummaryActiveServers)
        avg_duration (None | ProjectInsightsSummaryAvgDuration)
        success_rate (None | ProjectInsightsSummarySuccessRate)
        total_deploys (None | ProjectInsightsSummaryTotalDeploys)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    active_servers: None | ProjectInsightsSummaryActiveServers = None
    avg_duration: None | ProjectInsightsSummaryAvgDuration = None
    success_rate: None | ProjectInsightsSummarySuccessRate = None
    total_deploys: None | ProjectInsightsSummaryTotalDeploys = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.active_servers is not None:
            field_dict["active_servers"] = encode(self.active_servers)
        elif "active_servers" in self._nulls:
            field_dict["active_servers"] = None
        if self.avg_duration is not None:
            field_dict["avg_duration"] = encode(self.avg_duration)
        elif "avg_duration" in self._nulls:
            field_dict["avg_duration"] = None
        if self.success_rate is not None:
            field_dict["success_rate"] = encode(self.success_rate)
        elif "success_rate" in self._nulls:
            field_dict["success_rate"] = None
        if self.total_deploys is not None:
            field_dict["total_deploys"] = encode(self.total_deploys)
        elif "total_deploys" in self._nulls:
            field_dict["total_deploys"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        active_servers: None | ProjectInsightsSummaryActiveServers
        _value = d.pop("active_servers", UNSET)
        if _value is None:
            active_servers = None
            null("active_servers")
        elif _value is UNSET:
            active_servers = None
        else:
            try:
                active_servers = ProjectInsightsSummaryActiveServers.from_dict(_value)

            except FAILURES as error:
                loose(
                    d,
                    "ProjectInsightsSummary",
                    "active_servers",
                    _value,
                    "None | ProjectInsightsSummaryActiveServers",
                    error,
                )
                active_servers = None

        avg_duration: None | ProjectInsightsSummaryAvgDuration
        _value = d.pop("avg_duration", UNSET)
        if _value is None:
            avg_duration = None
            null("avg_duration")
        elif _value is UNSET:
            avg_duration = None
        else:
            try:
                avg_duration = ProjectInsightsSummaryAvgDuration.from_dict(_value)

            except FAILURES as error:
                loose(
                    d,
                    "ProjectInsightsSummary",
                    "avg_duration",
                    _value,
                    "None | ProjectInsightsSummaryAvgDuration",
                    error,
                )
                avg_duration = None

        success_rate: None | ProjectInsightsSummarySuccessRate
        _value = d.pop("success_rate", UNSET)
        if _value is None:
            success_rate = None
            null("success_rate")
        elif _value is UNSET:
            success_rate = None
        else:
            try:
                success_rate = ProjectInsightsSummarySuccessRate.from_dict(_value)

            except FAILURES as error:
                loose(
                    d,
                    "ProjectInsightsSummary",
                    "success_rate",
                    _value,
                    "None | ProjectInsightsSummarySuccessRate",
                    error,
                )
                success_rate = None

        total_deploys: None | ProjectInsightsSummaryTotalDeploys
        _value = d.pop("total_deploys", UNSET)
        if _value is None:
            total_deploys = None
            null("total_deploys")
        elif _value is UNSET:
            total_deploys = None
        else:
            try:
                total_deploys = ProjectInsightsSummaryTotalDeploys.from_dict(_value)

            except FAILURES as error:
                loose(
                    d,
                    "ProjectInsightsSummary",
                    "total_deploys",
                    _value,
                    "None | ProjectInsightsSummaryTotalDeploys",
                    error,
                )
                total_deploys = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ProjectInsightsSummaryBuilding)
        _instance.active_servers = active_servers
        _instance.avg_duration = avg_duration
        _instance.success_rate = success_rate
        _instance.total_deploys = total_deploys
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


class _ProjectInsightsSummaryBuilding(ProjectInsightsSummary):
    """A ProjectInsightsSummary while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.project_insights_summary_active_servers import ProjectInsightsSummaryActiveServers
from ..models.project_insights_summary_avg_duration import ProjectInsightsSummaryAvgDuration
from ..models.project_insights_summary_success_rate import ProjectInsightsSummarySuccessRate
from ..models.project_insights_summary_total_deploys import ProjectInsightsSummaryTotalDeploys
