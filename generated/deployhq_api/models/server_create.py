from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.server_create_hosted_website_attributes import ServerCreateHostedWebsiteAttributes
    from ..models.server_create_server import ServerCreateServer


T = TypeVar("T", bound="ServerCreate")


@_attrs_define
class ServerCreate:
    """
    Attributes:
        server (ServerCreateServer):
        hosted_website_attributes (ServerCreateHostedWebsiteAttributes | Unset):
        os_image (str | Unset):
        region (str | Unset):
        size (str | Unset):
    """

    server: ServerCreateServer
    hosted_website_attributes: ServerCreateHostedWebsiteAttributes | Unset = UNSET
    os_image: str | Unset = UNSET
    region: str | Unset = UNSET
    size: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        server = self.server.to_dict()

        hosted_website_attributes: dict[str, Any] | Unset = UNSET
        if not isinstance(self.hosted_website_attributes, Unset):
            hosted_website_attributes = self.hosted_website_attributes.to_dict()

        os_image = self.os_image

        region = self.region

        size = self.size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "server": server,
            }
        )
        if hosted_website_attributes is not UNSET:
            field_dict["hosted_website_attributes"] = hosted_website_attributes
        if os_image is not UNSET:
            field_dict["os_image"] = os_image
        if region is not UNSET:
            field_dict["region"] = region
        if size is not UNSET:
            field_dict["size"] = size

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        server = ServerCreateServer.from_dict(d.pop("server"))

        _hosted_website_attributes = d.pop("hosted_website_attributes", UNSET)
        hosted_website_attributes: ServerCreateHostedWebsiteAttributes | Unset
        if isinstance(_hosted_website_attributes, Unset):
            hosted_website_attributes = UNSET
        else:
            hosted_website_attributes = ServerCreateHostedWebsiteAttributes.from_dict(_hosted_website_attributes)

        os_image = d.pop("os_image", UNSET)

        region = d.pop("region", UNSET)

        size = d.pop("size", UNSET)

        _instance = cls(
            server,
            hosted_website_attributes,
            os_image,
            region,
            size,
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


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.server_create_hosted_website_attributes import ServerCreateHostedWebsiteAttributes
from ..models.server_create_server import ServerCreateServer
