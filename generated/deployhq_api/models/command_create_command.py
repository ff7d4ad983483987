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

T = TypeVar("T", bound="CommandCreateCommand")


@_attrs_define
class CommandCreateCommand:
    """
    Attributes:
        command (str):
        cback (str | Unset):
        description (str | Unset):
        enabled (bool | Unset):
        halt_on_error (bool | Unset):
        position (int | Unset):
        timeout (int | Unset):
        timing (str | Unset):
    """

    command: str
    cback: str | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    halt_on_error: bool | Unset = UNSET
    position: int | Unset = UNSET
    timeout: int | Unset = UNSET
    timing: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        command = self.command

        cback = self.cback

        description = self.description

        enabled = self.enabled

        halt_on_error = self.halt_on_error

        position = self.position

        timeout = self.timeout

        timing = self.timing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "command": command,
            }
        )
        if cback is not UNSET:
            field_dict["cback"] = cback
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if halt_on_error is not UNSET:
            field_dict["halt_on_error"] = halt_on_error
        if position is not UNSET:
            field_dict["position"] = position
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if timing is not UNSET:
            field_dict["timing"] = timing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        command = required_value(d, "CommandCreateCommand", "command", str)

        cback = d.pop("cback", UNSET)

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        halt_on_error = d.pop("halt_on_error", UNSET)

        position = d.pop("position", UNSET)

        timeout = d.pop("timeout", UNSET)

        timing = d.pop("timing", UNSET)

        _instance = cls(
            command,
            cback,
            description,
            enabled,
            halt_on_error,
            position,
            timeout,
            timing,
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
