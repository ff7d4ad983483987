from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerGroupInputServerGroup")


@_attrs_define
class ServerGroupInputServerGroup:
    """
    Attributes:
        name (str | Unset):
        branch (str | Unset):
        auto_deploy (bool | Unset):
        email_notify_on (str | Unset):
        notification_email (str | Unset):
        transfer_order (str | Unset):
        environment (str | Unset):
    """

    name: str | Unset = UNSET
    branch: str | Unset = UNSET
    auto_deploy: bool | Unset = UNSET
    email_notify_on: str | Unset = UNSET
    notification_email: str | Unset = UNSET
    transfer_order: str | Unset = UNSET
    environment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        branch = self.branch

        auto_deploy = self.auto_deploy

        email_notify_on = self.email_notify_on

        notification_email = self.notification_email

        transfer_order = self.transfer_order

        environment = self.environment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if branch is not UNSET:
            field_dict["branch"] = branch
        if auto_deploy is not UNSET:
            field_dict["auto_deploy"] = auto_deploy
        if email_notify_on is not UNSET:
            field_dict["email_notify_on"] = email_notify_on
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email
        if transfer_order is not UNSET:
            field_dict["transfer_order"] = transfer_order
        if environment is not UNSET:
            field_dict["environment"] = environment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        branch = d.pop("branch", UNSET)

        auto_deploy = d.pop("auto_deploy", UNSET)

        email_notify_on = d.pop("email_notify_on", UNSET)

        notification_email = d.pop("notification_email", UNSET)

        transfer_order = d.pop("transfer_order", UNSET)

        environment = d.pop("environment", UNSET)

        server_group_input_server_group = cls(
            name=name,
            branch=branch,
            auto_deploy=auto_deploy,
            email_notify_on=email_notify_on,
            notification_email=notification_email,
            transfer_order=transfer_order,
            environment=environment,
        )

        server_group_input_server_group.additional_properties = d
        return server_group_input_server_group

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
