from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ServerGroupInputServerGroup")


@_attrs_define
class ServerGroupInputServerGroup:
    """
    Attributes:
        auto_deploy (bool | Unset):
        branch (str | Unset):
        email_notify_on (str | Unset):
        environment (str | Unset):
        name (str | Unset):
        notification_email (str | Unset):
        transfer_order (str | Unset):
    """

    auto_deploy: bool | Unset = UNSET
    branch: str | Unset = UNSET
    email_notify_on: str | Unset = UNSET
    environment: str | Unset = UNSET
    name: str | Unset = UNSET
    notification_email: str | Unset = UNSET
    transfer_order: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_deploy = self.auto_deploy

        branch = self.branch

        email_notify_on = self.email_notify_on

        environment = self.environment

        name = self.name

        notification_email = self.notification_email

        transfer_order = self.transfer_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if auto_deploy is not UNSET:
            field_dict["auto_deploy"] = auto_deploy
        if branch is not UNSET:
            field_dict["branch"] = branch
        if email_notify_on is not UNSET:
            field_dict["email_notify_on"] = email_notify_on
        if environment is not UNSET:
            field_dict["environment"] = environment
        if name is not UNSET:
            field_dict["name"] = name
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email
        if transfer_order is not UNSET:
            field_dict["transfer_order"] = transfer_order

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        auto_deploy = d.pop("auto_deploy", UNSET)

        branch = d.pop("branch", UNSET)

        email_notify_on = d.pop("email_notify_on", UNSET)

        environment = d.pop("environment", UNSET)

        name = d.pop("name", UNSET)

        notification_email = d.pop("notification_email", UNSET)

        transfer_order = d.pop("transfer_order", UNSET)

        _instance = cls(
            auto_deploy,
            branch,
            email_notify_on,
            environment,
            name,
            notification_email,
            transfer_order,
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
