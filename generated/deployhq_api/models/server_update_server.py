from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ServerUpdateServer")


@_attrs_define
class ServerUpdateServer:
    """
    Attributes:
        agent_id (str | Unset):
        auto_deploy (str | Unset):
        branch (str | Unset):
        email_notify_on (str | Unset):
        enabled (bool | Unset):
        environment (str | Unset):
        global_key_pair_id (str | Unset):
        name (str | Unset):
        notification_email (str | Unset):
        root_path (str | Unset):
        server_group_identifier (str | Unset):
        server_path (str | Unset):
    """

    agent_id: str | Unset = UNSET
    auto_deploy: str | Unset = UNSET
    branch: str | Unset = UNSET
    email_notify_on: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    environment: str | Unset = UNSET
    global_key_pair_id: str | Unset = UNSET
    name: str | Unset = UNSET
    notification_email: str | Unset = UNSET
    root_path: str | Unset = UNSET
    server_group_identifier: str | Unset = UNSET
    server_path: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        auto_deploy = self.auto_deploy

        branch = self.branch

        email_notify_on = self.email_notify_on

        enabled = self.enabled

        environment = self.environment

        global_key_pair_id = self.global_key_pair_id

        name = self.name

        notification_email = self.notification_email

        root_path = self.root_path

        server_group_identifier = self.server_group_identifier

        server_path = self.server_path

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if auto_deploy is not UNSET:
            field_dict["auto_deploy"] = auto_deploy
        if branch is not UNSET:
            field_dict["branch"] = branch
        if email_notify_on is not UNSET:
            field_dict["email_notify_on"] = email_notify_on
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if environment is not UNSET:
            field_dict["environment"] = environment
        if global_key_pair_id is not UNSET:
            field_dict["global_key_pair_id"] = global_key_pair_id
        if name is not UNSET:
            field_dict["name"] = name
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email
        if root_path is not UNSET:
            field_dict["root_path"] = root_path
        if server_group_identifier is not UNSET:
            field_dict["server_group_identifier"] = server_group_identifier
        if server_path is not UNSET:
            field_dict["server_path"] = server_path

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        agent_id = d.pop("agent_id", UNSET)

        auto_deploy = d.pop("auto_deploy", UNSET)

        branch = d.pop("branch", UNSET)

        email_notify_on = d.pop("email_notify_on", UNSET)

        enabled = d.pop("enabled", UNSET)

        environment = d.pop("environment", UNSET)

        global_key_pair_id = d.pop("global_key_pair_id", UNSET)

        name = d.pop("name", UNSET)

        notification_email = d.pop("notification_email", UNSET)

        root_path = d.pop("root_path", UNSET)

        server_group_identifier = d.pop("server_group_identifier", UNSET)

        server_path = d.pop("server_path", UNSET)

        _instance = cls(
            agent_id,
            auto_deploy,
            branch,
            email_notify_on,
            enabled,
            environment,
            global_key_pair_id,
            name,
            notification_email,
            root_path,
            server_group_identifier,
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
