from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="ServerDetailManagedVps")


@_attrs_define
class ServerDetailManagedVps:
    """
    Attributes:
        hosted_resource_identifier (None | str | Unset):
        status (None | str | Unset):
        ip_address (None | str | Unset):
        region (None | str | Unset):
        size (None | str | Unset):
    """

    hosted_resource_identifier: None | str | Unset = UNSET
    status: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        hosted_resource_identifier: None | str | Unset
        if isinstance(self.hosted_resource_identifier, Unset):
            hosted_resource_identifier = UNSET
        else:
            hosted_resource_identifier = self.hosted_resource_identifier

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        region: None | str | Unset
        if isinstance(self.region, Unset):
            region = UNSET
        else:
            region = self.region

        size: None | str | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if hosted_resource_identifier is not UNSET:
            field_dict["hosted_resource_identifier"] = hosted_resource_identifier
        if status is not UNSET:
            field_dict["status"] = status
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if region is not UNSET:
            field_dict["region"] = region
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        hosted_resource_identifier: None | str | Unset = d.pop("hosted_resource_identifier", UNSET)

        status: None | str | Unset = d.pop("status", UNSET)

        ip_address: None | str | Unset = d.pop("ip_address", UNSET)

        region: None | str | Unset = d.pop("region", UNSET)

        size: None | str | Unset = d.pop("size", UNSET)

        server_detail_managed_vps = cls(
            hosted_resource_identifier=hosted_resource_identifier,
            status=status,
            ip_address=ip_address,
            region=region,
            size=size,
        )

        server_detail_managed_vps.additional_properties = d
        return server_detail_managed_vps

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
