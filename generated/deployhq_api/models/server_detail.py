from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.server_detail_managed_vps import ServerDetailManagedVps
    from ..models.server_detail_static_hosting import ServerDetailStaticHosting


T = TypeVar("T", bound="ServerDetail")


@_attrs_define
class ServerDetail:
    """
    Attributes:
        id (int | None | Unset):
        identifier (None | str | Unset):
        name (None | str | Unset):
        protocol_type (None | str | Unset):
        enabled (bool | None | Unset):
        static_hosting (None | ServerDetailStaticHosting | Unset):
        managed_vps (None | ServerDetailManagedVps | Unset):
    """

    id: int | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    protocol_type: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    static_hosting: None | ServerDetailStaticHosting | Unset = UNSET
    managed_vps: None | ServerDetailManagedVps | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        protocol_type: None | str | Unset
        if isinstance(self.protocol_type, Unset):
            protocol_type = UNSET
        else:
            protocol_type = self.protocol_type

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        static_hosting: dict[str, Any] | None | Unset
        if isinstance(self.static_hosting, Unset):
            static_hosting = UNSET
        elif isinstance(self.static_hosting, ServerDetailStaticHosting):
            static_hosting = self.static_hosting.to_dict()
        else:
            static_hosting = self.static_hosting

        managed_vps: dict[str, Any] | None | Unset
        if isinstance(self.managed_vps, Unset):
            managed_vps = UNSET
        elif isinstance(self.managed_vps, ServerDetailManagedVps):
            managed_vps = self.managed_vps.to_dict()
        else:
            managed_vps = self.managed_vps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if protocol_type is not UNSET:
            field_dict["protocol_type"] = protocol_type
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if static_hosting is not UNSET:
            field_dict["static_hosting"] = static_hosting
        if managed_vps is not UNSET:
            field_dict["managed_vps"] = managed_vps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id: int | None | Unset = d.pop("id", UNSET)

        identifier: None | str | Unset = d.pop("identifier", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        protocol_type: None | str | Unset = d.pop("protocol_type", UNSET)

        enabled: bool | None | Unset = d.pop("enabled", UNSET)

        static_hosting: None | ServerDetailStaticHosting | Unset
        _static_hosting_data = d.pop("static_hosting", UNSET)
        if isinstance(_static_hosting_data, dict):
            try:
                static_hosting_type_0 = ServerDetailStaticHosting.from_dict(_static_hosting_data)

                static_hosting = static_hosting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                static_hosting = cast(None | ServerDetailStaticHosting | Unset, _static_hosting_data)
        else:
            static_hosting = cast(None | ServerDetailStaticHosting | Unset, _static_hosting_data)

        managed_vps: None | ServerDetailManagedVps | Unset
        _managed_vps_data = d.pop("managed_vps", UNSET)
        if isinstance(_managed_vps_data, dict):
            try:
                managed_vps_type_0 = ServerDetailManagedVps.from_dict(_managed_vps_data)

                managed_vps = managed_vps_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                managed_vps = cast(None | ServerDetailManagedVps | Unset, _managed_vps_data)
        else:
            managed_vps = cast(None | ServerDetailManagedVps | Unset, _managed_vps_data)

        server_detail = cls(
            id=id,
            identifier=identifier,
            name=name,
            protocol_type=protocol_type,
            enabled=enabled,
            static_hosting=static_hosting,
            managed_vps=managed_vps,
        )

        server_detail.additional_properties = d
        return server_detail

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
from ..models.server_detail_managed_vps import ServerDetailManagedVps
from ..models.server_detail_static_hosting import ServerDetailStaticHosting
