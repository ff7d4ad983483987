from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerUpdateServer")


@_attrs_define
class ServerUpdateServer:
    """
    Attributes:
        name (str | Unset):
        server_path (str | Unset):
        email_notify_on (str | Unset):
        root_path (str | Unset):
        auto_deploy (str | Unset):
        notification_email (str | Unset):
        branch (str | Unset):
        environment (str | Unset):
        server_group_identifier (str | Unset):
        agent_id (str | Unset):
        enabled (bool | Unset):
        global_key_pair_id (str | Unset):
    """

    name: str | Unset = UNSET
    server_path: str | Unset = UNSET
    email_notify_on: str | Unset = UNSET
    root_path: str | Unset = UNSET
    auto_deploy: str | Unset = UNSET
    notification_email: str | Unset = UNSET
    branch: str | Unset = UNSET
    environment: str | Unset = UNSET
    server_group_identifier: str | Unset = UNSET
    agent_id: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    global_key_pair_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        server_path = self.server_path

        email_notify_on = self.email_notify_on

        root_path = self.root_path

        auto_deploy = self.auto_deploy

        notification_email = self.notification_email

        branch = self.branch

        environment = self.environment

        server_group_identifier = self.server_group_identifier

        agent_id = self.agent_id

        enabled = self.enabled

        global_key_pair_id = self.global_key_pair_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if server_path is not UNSET:
            field_dict["server_path"] = server_path
        if email_notify_on is not UNSET:
            field_dict["email_notify_on"] = email_notify_on
        if root_path is not UNSET:
            field_dict["root_path"] = root_path
        if auto_deploy is not UNSET:
            field_dict["auto_deploy"] = auto_deploy
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email
        if branch is not UNSET:
            field_dict["branch"] = branch
        if environment is not UNSET:
            field_dict["environment"] = environment
        if server_group_identifier is not UNSET:
            field_dict["server_group_identifier"] = server_group_identifier
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

        server_path = d.pop("server_path", UNSET)

        email_notify_on = d.pop("email_notify_on", UNSET)

        root_path = d.pop("root_path", UNSET)

        auto_deploy = d.pop("auto_deploy", UNSET)

        notification_email = d.pop("notification_email", UNSET)

        branch = d.pop("branch", UNSET)

        environment = d.pop("environment", UNSET)

        server_group_identifier = d.pop("server_group_identifier", UNSET)

        agent_id = d.pop("agent_id", UNSET)

        enabled = d.pop("enabled", UNSET)

        global_key_pair_id = d.pop("global_key_pair_id", UNSET)

        server_update_server = cls(
            name=name,
            server_path=server_path,
            email_notify_on=email_notify_on,
            root_path=root_path,
            auto_deploy=auto_deploy,
            notification_email=notification_email,
            branch=branch,
            environment=environment,
            server_group_identifier=server_group_identifier,
            agent_id=agent_id,
            enabled=enabled,
            global_key_pair_id=global_key_pair_id,
        )

        server_update_server.additional_properties = d
        return server_update_server

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
