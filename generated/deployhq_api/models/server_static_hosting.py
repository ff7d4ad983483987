from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="ServerStaticHosting")


@_attrs_define
class ServerStaticHosting:
    """
    Attributes:
        active_deployment_uuid (None | str | Unset):
        hosted_website_identifier (None | str | Unset):
        spa_mode (bool | None | Unset):
        status (None | str | Unset):
        subdomain (None | str | Unset):
        url (None | str | Unset):
    """

    active_deployment_uuid: None | str | Unset = UNSET
    hosted_website_identifier: None | str | Unset = UNSET
    spa_mode: bool | None | Unset = UNSET
    status: None | str | Unset = UNSET
    subdomain: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_deployment_uuid: None | str | Unset
        if isinstance(self.active_deployment_uuid, Unset):
            active_deployment_uuid = UNSET
        else:
            active_deployment_uuid = self.active_deployment_uuid

        hosted_website_identifier: None | str | Unset
        if isinstance(self.hosted_website_identifier, Unset):
            hosted_website_identifier = UNSET
        else:
            hosted_website_identifier = self.hosted_website_identifier

        spa_mode: bool | None | Unset
        if isinstance(self.spa_mode, Unset):
            spa_mode = UNSET
        else:
            spa_mode = self.spa_mode

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        subdomain: None | str | Unset
        if isinstance(self.subdomain, Unset):
            subdomain = UNSET
        else:
            subdomain = self.subdomain

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_deployment_uuid is not UNSET:
            field_dict["active_deployment_uuid"] = active_deployment_uuid
        if hosted_website_identifier is not UNSET:
            field_dict["hosted_website_identifier"] = hosted_website_identifier
        if spa_mode is not UNSET:
            field_dict["spa_mode"] = spa_mode
        if status is not UNSET:
            field_dict["status"] = status
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        active_deployment_uuid: None | str | Unset = d.pop("active_deployment_uuid", UNSET)
        if not (active_deployment_uuid is None or isinstance(active_deployment_uuid, (str, Unset))):
            raise mismatch("active_deployment_uuid", active_deployment_uuid, "None | str | Unset")

        hosted_website_identifier: None | str | Unset = d.pop("hosted_website_identifier", UNSET)
        if not (hosted_website_identifier is None or isinstance(hosted_website_identifier, (str, Unset))):
            raise mismatch("hosted_website_identifier", hosted_website_identifier, "None | str | Unset")

        spa_mode: bool | None | Unset = d.pop("spa_mode", UNSET)
        if not (spa_mode is None or isinstance(spa_mode, (bool, Unset))):
            raise mismatch("spa_mode", spa_mode, "bool | None | Unset")

        status: None | str | Unset = d.pop("status", UNSET)
        if not (status is None or isinstance(status, (str, Unset))):
            raise mismatch("status", status, "None | str | Unset")

        subdomain: None | str | Unset = d.pop("subdomain", UNSET)
        if not (subdomain is None or isinstance(subdomain, (str, Unset))):
            raise mismatch("subdomain", subdomain, "None | str | Unset")

        url: None | str | Unset = d.pop("url", UNSET)
        if not (url is None or isinstance(url, (str, Unset))):
            raise mismatch("url", url, "None | str | Unset")

        _instance = cls(
            active_deployment_uuid,
            hosted_website_identifier,
            spa_mode,
            status,
            subdomain,
            url,
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
