from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.deployment_create_schedule_custom import DeploymentCreateScheduleCustom
    from ..models.deployment_create_schedule_daily import DeploymentCreateScheduleDaily
    from ..models.deployment_create_schedule_future import DeploymentCreateScheduleFuture
    from ..models.deployment_create_schedule_monthly import DeploymentCreateScheduleMonthly
    from ..models.deployment_create_schedule_weekly import DeploymentCreateScheduleWeekly


T = TypeVar("T", bound="DeploymentCreateSchedule")


@_attrs_define
class DeploymentCreateSchedule:
    """
    Attributes:
        custom (DeploymentCreateScheduleCustom | Unset):
        daily (DeploymentCreateScheduleDaily | Unset):
        frequency (str | Unset):
        future (DeploymentCreateScheduleFuture | Unset):
        monthly (DeploymentCreateScheduleMonthly | Unset):
        weekly (DeploymentCreateScheduleWeekly | Unset):
    """

    custom: DeploymentCreateScheduleCustom | Unset = UNSET
    daily: DeploymentCreateScheduleDaily | Unset = UNSET
    frequency: str | Unset = UNSET
    future: DeploymentCreateScheduleFuture | Unset = UNSET
    monthly: DeploymentCreateScheduleMonthly | Unset = UNSET
    weekly: DeploymentCreateScheduleWeekly | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        custom: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom, Unset):
            custom = self.custom.to_dict()

        daily: dict[str, Any] | Unset = UNSET
        if not isinstance(self.daily, Unset):
            daily = self.daily.to_dict()

        frequency = self.frequency

        future: dict[str, Any] | Unset = UNSET
        if not isinstance(self.future, Unset):
            future = self.future.to_dict()

        monthly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.monthly, Unset):
            monthly = self.monthly.to_dict()

        weekly: dict[str, Any] | Unset = UNSET
        if not isinstance(self.weekly, Unset):
            weekly = self.weekly.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if custom is not UNSET:
            field_dict["custom"] = custom
        if daily is not UNSET:
            field_dict["daily"] = daily
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if future is not UNSET:
            field_dict["future"] = future
        if monthly is not UNSET:
            field_dict["monthly"] = monthly
        if weekly is not UNSET:
            field_dict["weekly"] = weekly

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _custom = d.pop("custom", UNSET)
        custom: DeploymentCreateScheduleCustom | Unset
        if isinstance(_custom, Unset):
            custom = UNSET
        else:
            custom = DeploymentCreateScheduleCustom.from_dict(_custom)

        _daily = d.pop("daily", UNSET)
        daily: DeploymentCreateScheduleDaily | Unset
        if isinstance(_daily, Unset):
            daily = UNSET
        else:
            daily = DeploymentCreateScheduleDaily.from_dict(_daily)

        frequency = d.pop("frequency", UNSET)

        _future = d.pop("future", UNSET)
        future: DeploymentCreateScheduleFuture | Unset
        if isinstance(_future, Unset):
            future = UNSET
        else:
            future = DeploymentCreateScheduleFuture.from_dict(_future)

        _monthly = d.pop("monthly", UNSET)
        monthly: DeploymentCreateScheduleMonthly | Unset
        if isinstance(_monthly, Unset):
            monthly = UNSET
        else:
            monthly = DeploymentCreateScheduleMonthly.from_dict(_monthly)

        _weekly = d.pop("weekly", UNSET)
        weekly: DeploymentCreateScheduleWeekly | Unset
        if isinstance(_weekly, Unset):
            weekly = UNSET
        else:
            weekly = DeploymentCreateScheduleWeekly.from_dict(_weekly)

        _instance = cls(
            custom,
            daily,
            frequency,
            future,
            monthly,
            weekly,
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
from ..models.deployment_create_schedule_custom import DeploymentCreateScheduleCustom
from ..models.deployment_create_schedule_daily import DeploymentCreateScheduleDaily
from ..models.deployment_create_schedule_future import DeploymentCreateScheduleFuture
from ..models.deployment_create_schedule_monthly import DeploymentCreateScheduleMonthly
from ..models.deployment_create_schedule_weekly import DeploymentCreateScheduleWeekly
