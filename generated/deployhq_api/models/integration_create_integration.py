from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    required_value,
)

if TYPE_CHECKING:
    from ..models.integration_create_integration_properties import IntegrationCreateIntegrationProperties


T = TypeVar("T", bound="IntegrationCreateIntegration")


@_attrs_define
class IntegrationCreateIntegration:
    """
    Attributes:
        hook_type (str):
        name (str | Unset):
        properties (IntegrationCreateIntegrationProperties | Unset):
        send_on_check_failed (bool | Unset):
        send_on_completion (bool | Unset):
        send_on_failure (bool | Unset):
        send_on_start (bool | Unset):
    """

    hook_type: str
    name: str | Unset = UNSET
    properties: IntegrationCreateIntegrationProperties | Unset = UNSET
    send_on_check_failed: bool | Unset = UNSET
    send_on_completion: bool | Unset = UNSET
    send_on_failure: bool | Unset = UNSET
    send_on_start: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hook_type = self.hook_type

        name = self.name

        properties: dict[str, Any] | Unset = UNSET
        if not isinstance(self.properties, Unset):
            properties = self.properties.to_dict()

        send_on_check_failed = self.send_on_check_failed

        send_on_completion = self.send_on_completion

        send_on_failure = self.send_on_failure

        send_on_start = self.send_on_start

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "hook_type": hook_type,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if properties is not UNSET:
            field_dict["properties"] = properties
        if send_on_check_failed is not UNSET:
            field_dict["send_on_check_failed"] = send_on_check_failed
        if send_on_completion is not UNSET:
            field_dict["send_on_completion"] = send_on_completion
        if send_on_failure is not UNSET:
            field_dict["send_on_failure"] = send_on_failure
        if send_on_start is not UNSET:
            field_dict["send_on_start"] = send_on_start

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        hook_type = required_value(d, "IntegrationCreateIntegration", "hook_type", str)

        name = d.pop("name", UNSET)

        _properties = d.pop("properties", UNSET)
        properties: IntegrationCreateIntegrationProperties | Unset
        if isinstance(_properties, Unset):
            properties = UNSET
        else:
            properties = IntegrationCreateIntegrationProperties.from_dict(_properties)

        send_on_check_failed = d.pop("send_on_check_failed", UNSET)

        send_on_completion = d.pop("send_on_completion", UNSET)

        send_on_failure = d.pop("send_on_failure", UNSET)

        send_on_start = d.pop("send_on_start", UNSET)

        _instance = cls(
            hook_type,
            name,
            properties,
            send_on_check_failed,
            send_on_completion,
            send_on_failure,
            send_on_start,
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
from ..models.integration_create_integration_properties import IntegrationCreateIntegrationProperties
