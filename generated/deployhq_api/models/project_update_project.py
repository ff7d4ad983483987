from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="ProjectUpdateProject")


@_attrs_define
class ProjectUpdateProject:
    """
    Attributes:
        check_undeployed_changes (str | Unset):
        custom_private_key (str | Unset):
        email_notify_on (str | Unset):
        name (str | Unset):
        notification_email (str | Unset):
        notify_committer (bool | Unset):
        permalink (str | Unset):
        store_artifacts_enabled (str | Unset):
        zone_id (str | Unset):
    """

    check_undeployed_changes: str | Unset = UNSET
    custom_private_key: str | Unset = UNSET
    email_notify_on: str | Unset = UNSET
    name: str | Unset = UNSET
    notification_email: str | Unset = UNSET
    notify_committer: bool | Unset = UNSET
    permalink: str | Unset = UNSET
    store_artifacts_enabled: str | Unset = UNSET
    zone_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_undeployed_changes = self.check_undeployed_changes

        custom_private_key = self.custom_private_key

        email_notify_on = self.email_notify_on

        name = self.name

        notification_email = self.notification_email

        notify_committer = self.notify_committer

        permalink = self.permalink

        store_artifacts_enabled = self.store_artifacts_enabled

        zone_id = self.zone_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_undeployed_changes is not UNSET:
            field_dict["check_undeployed_changes"] = check_undeployed_changes
        if custom_private_key is not UNSET:
            field_dict["custom_private_key"] = custom_private_key
        if email_notify_on is not UNSET:
            field_dict["email_notify_on"] = email_notify_on
        if name is not UNSET:
            field_dict["name"] = name
        if notification_email is not UNSET:
            field_dict["notification_email"] = notification_email
        if notify_committer is not UNSET:
            field_dict["notify_committer"] = notify_committer
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if store_artifacts_enabled is not UNSET:
            field_dict["store_artifacts_enabled"] = store_artifacts_enabled
        if zone_id is not UNSET:
            field_dict["zone_id"] = zone_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        check_undeployed_changes = d.pop("check_undeployed_changes", UNSET)

        custom_private_key = d.pop("custom_private_key", UNSET)

        email_notify_on = d.pop("email_notify_on", UNSET)

        name = d.pop("name", UNSET)

        notification_email = d.pop("notification_email", UNSET)

        notify_committer = d.pop("notify_committer", UNSET)

        permalink = d.pop("permalink", UNSET)

        store_artifacts_enabled = d.pop("store_artifacts_enabled", UNSET)

        zone_id = d.pop("zone_id", UNSET)

        _instance = cls(
            check_undeployed_changes,
            custom_private_key,
            email_notify_on,
            name,
            notification_email,
            notify_committer,
            permalink,
            store_artifacts_enabled,
            zone_id,
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
