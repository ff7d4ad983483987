from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.scheduled_deployment_create_scheduled_deployment import ScheduledDeploymentCreateScheduledDeployment


T = TypeVar("T", bound="ScheduledDeploymentCreate")


@_attrs_define
class ScheduledDeploymentCreate:
    """
    Attributes:
        scheduled_deployment (ScheduledDeploymentCreateScheduledDeployment):
    """

    scheduled_deployment: ScheduledDeploymentCreateScheduledDeployment
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        scheduled_deployment = self.scheduled_deployment.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduled_deployment": scheduled_deployment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        scheduled_deployment = ScheduledDeploymentCreateScheduledDeployment.from_dict(d.pop("scheduled_deployment"))

        _instance = cls(
            scheduled_deployment,
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
from ..models.scheduled_deployment_create_scheduled_deployment import ScheduledDeploymentCreateScheduledDeployment
