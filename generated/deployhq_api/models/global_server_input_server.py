from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="GlobalServerInputServer")


@_attrs_define
class GlobalServerInputServer:
    """
    Attributes:
        name (str | Unset):
        protocol_type (str | Unset):
        server_path (str | Unset):
        environment (str | Unset):
        root_path (str | Unset):
        agent_id (str | Unset):
        enabled (bool | Unset):
        global_key_pair_id (str | Unset):
    """

    name: str | Unset = UNSET
    protocol_type: str | Unset = UNSET
    server_path: str | Unset = UNSET
    environment: str | Unset = UNSET
    root_path: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    global_key_pair_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        protocol_type = self.protocol_type

        server_path = self.server_path

        environment = self.environment

        root_path = self.root_path

        agent_id = self.agent_id

        enabled = self.enabled

        global_key_pair_id = self.global_key_pair_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if protocol_type is not UNSET:
            field_dict["protocol_type"] = protocol_type
        if server_path is not UNSET:
            field_dict["server_path"] = server_path
        if environment is not UNSET:
            field_dict["environment"] = environment
        if root_path is not UNSET:
            field_dict["root_path"] = root_path
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if global_key_pair_id is not UNSET:
            field_dict["global_key_pair_id"] = global_key_pair_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        protocol_type = d.pop("protocol_type", UNSET)

        server_path = d.pop("server_path", UNSET)

        environment = d.pop("environment", UNSET)

        root_path = d.pop("root_path", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        enabled = d.pop("enabled", UNSET)

        global_key_pair_id = d.pop("global_key_pair_id", UNSET)

        global_server_input_server = cls(
            name=name,
            protocol_type=protocol_type,
            server_path=server_path,
            environment=environment,
            root_path=root_path,
            agent_id=agent_id,
            enabled=enabled,
            global_key_pair_id=global_key_pair_id,
        )

        global_server_input_server.additional_properties = d
        return global_server_input_server

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
