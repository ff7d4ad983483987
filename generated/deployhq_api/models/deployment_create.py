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
    from ..models.deployment_create_deployment import DeploymentCreateDeployment
    from ..models.deployment_create_schedule import DeploymentCreateSchedule


T = TypeVar("T", bound="DeploymentCreate")


@_attrs_define
class DeploymentCreate:
    """
    Attributes:
        deployment (DeploymentCreateDeployment):
        deployment_overview (str | Unset):
        save_server_branch (str | Unset):
        schedule (DeploymentCreateSchedule | Unset):
    """

    deployment: DeploymentCreateDeployment
    deployment_overview: str | Unset = UNSET
    save_server_branch: str | Unset = UNSET
    schedule: DeploymentCreateSchedule | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment = self.deployment.to_dict()

        deployment_overview = self.deployment_overview

        save_server_branch = self.save_server_branch

        schedule: dict[str, Any] | Unset = UNSET
        if not isinstance(self.schedule, Unset):
            schedule = self.schedule.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployment": deployment,
            }
        )
        if deployment_overview is not UNSET:
            field_dict["deployment_overview"] = deployment_overview
        if save_server_branch is not UNSET:
            field_dict["save_server_branch"] = save_server_branch
        if schedule is not UNSET:
            field_dict["schedule"] = schedule

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        deployment = DeploymentCreateDeployment.from_dict(d.pop("deployment"))

        deployment_overview = d.pop("deployment_overview", UNSET)

        save_server_branch = d.pop("save_server_branch", UNSET)

        _schedule = d.pop("schedule", UNSET)
        schedule: DeploymentCreateSchedule | Unset
        if isinstance(_schedule, Unset):
            schedule = UNSET
        else:
            schedule = DeploymentCreateSchedule.from_dict(_schedule)

        _instance = cls(
            deployment,
            deployment_overview,
            save_server_branch,
            schedule,
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
from ..models.deployment_create_deployment import DeploymentCreateDeployment
from ..models.deployment_create_schedule import DeploymentCreateSchedule
