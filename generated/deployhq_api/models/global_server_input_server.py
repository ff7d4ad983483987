from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="GlobalServerInputServer")


@_attrs_define
class GlobalServerInputServer:
    """
    Attributes:
        agent_id (str | Unset):
        enabled (bool | Unset):
        environment (str | Unset):
        global_key_pair_id (str | Unset):
        name (str | Unset):
        protocol_type (str | Unset):
        root_path (str | Unset):
        server_path (str | Unset):
    """

    agent_id: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    environment: str | Unset = UNSET
    global_key_pair_id: str | Unset = UNSET
    name: str | Unset = UNSET
    protocol_type: str | Unset = UNSET
    root_path: str | Unset = UNSET
    server_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        enabled = self.enabled

        environment = self.environment

        global_key_pair_id = self.global_key_pair_id

        name = self.name

        protocol_type = self.protocol_type

        root_path = self.root_path

        server_path = self.server_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if environment is not UNSET:
            field_dict["environment"] = environment
        if global_key_pair_id is not UNSET:
            field_dict["global_key_pair_id"] = global_key_pair_id
        if name is not UNSET:
            field_dict["name"] = name
        if protocol_type is not UNSET:
            field_dict["protocol_type"] = protocol_type
        if root_path is not UNSET:
            field_dict["root_path"] = root_path
        if server_path is not UNSET:
            field_dict["server_path"] = server_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        agent_id = d.pop("agent_id", UNSET)

        enabled = d.pop("enabled", UNSET)

        environment = d.pop("environment", UNSET)

        global_key_pair_id = d.pop("global_key_pair_id", UNSET)

        name = d.pop("name", UNSET)

        protocol_type = d.pop("protocol_type", UNSET)

        root_path = d.pop("root_path", UNSET)

        server_path = d.pop("server_path", UNSET)

        _instance = cls(
            agent_id,
            enabled,
            environment,
            global_key_pair_id,
            name,
            protocol_type,
            root_path,
            server_path,
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
