from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

if TYPE_CHECKING:
    from ..models.ssh_key import SshKey


T = TypeVar("T", bound="HostedResource")


@_attrs_define
class HostedResource:
    """
    Attributes:
        active_deployment_uuid (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        deployment_count (int | None | Unset):
        identifier (None | str | Unset):
        ip_address (None | str | Unset):
        kind (None | str | Unset):
        monthly_cost (float | None | Unset):
        name (None | str | Unset):
        region (None | str | Unset):
        size (None | str | Unset):
        spa_mode (bool | None | Unset):
        ssh_key (None | SshKey | Unset):
        status (None | str | Unset):
        storage_bytes_total (int | None | Unset):
        subdomain (None | str | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    active_deployment_uuid: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    deployment_count: int | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    ip_address: None | str | Unset = UNSET
    kind: None | str | Unset = UNSET
    monthly_cost: float | None | Unset = UNSET
    name: None | str | Unset = UNSET
    region: None | str | Unset = UNSET
    size: None | str | Unset = UNSET
    spa_mode: bool | None | Unset = UNSET
    ssh_key: None | SshKey | Unset = UNSET
    status: None | str | Unset = UNSET
    storage_bytes_total: int | None | Unset = UNSET
    subdomain: None | str | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active_deployment_uuid: None | str | Unset
        if isinstance(self.active_deployment_uuid, Unset):
            active_deployment_uuid = UNSET
        else:
            active_deployment_uuid = self.active_deployment_uuid

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        deployment_count: int | None | Unset
        if isinstance(self.deployment_count, Unset):
            deployment_count = UNSET
        else:
            deployment_count = self.deployment_count

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        ip_address: None | str | Unset
        if isinstance(self.ip_address, Unset):
            ip_address = UNSET
        else:
            ip_address = self.ip_address

        kind: None | str | Unset
        if isinstance(self.kind, Unset):
            kind = UNSET
        else:
            kind = self.kind

        monthly_cost: float | None | Unset
        if isinstance(self.monthly_cost, Unset):
            monthly_cost = UNSET
        else:
            monthly_cost = self.monthly_cost

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

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

        spa_mode: bool | None | Unset
        if isinstance(self.spa_mode, Unset):
            spa_mode = UNSET
        else:
            spa_mode = self.spa_mode

        ssh_key: dict[str, Any] | None | Unset
        if isinstance(self.ssh_key, Unset):
            ssh_key = UNSET
        elif isinstance(self.ssh_key, SshKey):
            ssh_key = self.ssh_key.to_dict()
        else:
            ssh_key = self.ssh_key

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        else:
            status = self.status

        storage_bytes_total: int | None | Unset
        if isinstance(self.storage_bytes_total, Unset):
            storage_bytes_total = UNSET
        else:
            storage_bytes_total = self.storage_bytes_total

        subdomain: None | str | Unset
        if isinstance(self.subdomain, Unset):
            subdomain = UNSET
        else:
            subdomain = self.subdomain

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if active_deployment_uuid is not UNSET:
            field_dict["active_deployment_uuid"] = active_deployment_uuid
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if deployment_count is not UNSET:
            field_dict["deployment_count"] = deployment_count
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if ip_address is not UNSET:
            field_dict["ip_address"] = ip_address
        if kind is not UNSET:
            field_dict["kind"] = kind
        if monthly_cost is not UNSET:
            field_dict["monthly_cost"] = monthly_cost
        if name is not UNSET:
            field_dict["name"] = name
        if region is not UNSET:
            field_dict["region"] = region
        if size is not UNSET:
            field_dict["size"] = size
        if spa_mode is not UNSET:
            field_dict["spa_mode"] = spa_mode
        if ssh_key is not UNSET:
            field_dict["ssh_key"] = ssh_key
        if status is not UNSET:
            field_dict["status"] = status
        if storage_bytes_total is not UNSET:
            field_dict["storage_bytes_total"] = storage_bytes_total
        if subdomain is not UNSET:
            field_dict["subdomain"] = subdomain
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        active_deployment_uuid: None | str | Unset = d.pop("active_deployment_uuid", UNSET)
        if not (active_deployment_uuid is None or isinstance(active_deployment_uuid, (str, Unset))):
            raise mismatch("active_deployment_uuid", active_deployment_uuid, "None | str | Unset")

        created_at: datetime.datetime | None | Unset
        _created_at_data = d.pop("created_at", UNSET)
        if isinstance(_created_at_data, str):
            try:
                created_at_type_0 = parse_datetime(_created_at_data)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("created_at", _created_at_data, "datetime.datetime | None | Unset", error) from error
        elif _created_at_data is None or isinstance(_created_at_data, Unset):
            created_at = _created_at_data
        else:
            raise mismatch("created_at", _created_at_data, "datetime.datetime | None | Unset")

        deployment_count: int | None | Unset = d.pop("deployment_count", UNSET)
        if not (deployment_count is None or isinstance(deployment_count, (int, Unset))):
            raise mismatch("deployment_count", deployment_count, "int | None | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        ip_address: None | str | Unset = d.pop("ip_address", UNSET)
        if not (ip_address is None or isinstance(ip_address, (str, Unset))):
            raise mismatch("ip_address", ip_address, "None | str | Unset")

        kind: None | str | Unset = d.pop("kind", UNSET)
        if not (kind is None or isinstance(kind, (str, Unset))):
            raise mismatch("kind", kind, "None | str | Unset")

        monthly_cost: float | None | Unset = d.pop("monthly_cost", UNSET)
        if not (monthly_cost is None or isinstance(monthly_cost, (float, int, Unset))):
            raise mismatch("monthly_cost", monthly_cost, "float | None | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        region: None | str | Unset = d.pop("region", UNSET)
        if not (region is None or isinstance(region, (str, Unset))):
            raise mismatch("region", region, "None | str | Unset")

        size: None | str | Unset = d.pop("size", UNSET)
        if not (size is None or isinstance(size, (str, Unset))):
            raise mismatch("size", size, "None | str | Unset")

        spa_mode: bool | None | Unset = d.pop("spa_mode", UNSET)
        if not (spa_mode is None or isinstance(spa_mode, (bool, Unset))):
            raise mismatch("spa_mode", spa_mode, "bool | None | Unset")

        ssh_key: None | SshKey | Unset
        _ssh_key_data = d.pop("ssh_key", UNSET)
        if isinstance(_ssh_key_data, dict):
            try:
                ssh_key_type_0 = SshKey.from_dict(_ssh_key_data)

                ssh_key = ssh_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("ssh_key", _ssh_key_data, "None | SshKey | Unset", error) from error
        elif _ssh_key_data is None or isinstance(_ssh_key_data, Unset):
            ssh_key = _ssh_key_data
        else:
            raise mismatch("ssh_key", _ssh_key_data, "None | SshKey | Unset")

        status: None | str | Unset = d.pop("status", UNSET)
        if not (status is None or isinstance(status, (str, Unset))):
            raise mismatch("status", status, "None | str | Unset")

        storage_bytes_total: int | None | Unset = d.pop("storage_bytes_total", UNSET)
        if not (storage_bytes_total is None or isinstance(storage_bytes_total, (int, Unset))):
            raise mismatch("storage_bytes_total", storage_bytes_total, "int | None | Unset")

        subdomain: None | str | Unset = d.pop("subdomain", UNSET)
        if not (subdomain is None or isinstance(subdomain, (str, Unset))):
            raise mismatch("subdomain", subdomain, "None | str | Unset")

        updated_at: datetime.datetime | None | Unset
        _updated_at_data = d.pop("updated_at", UNSET)
        if isinstance(_updated_at_data, str):
            try:
                updated_at_type_0 = parse_datetime(_updated_at_data)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("updated_at", _updated_at_data, "datetime.datetime | None | Unset", error) from error
        elif _updated_at_data is None or isinstance(_updated_at_data, Unset):
            updated_at = _updated_at_data
        else:
            raise mismatch("updated_at", _updated_at_data, "datetime.datetime | None | Unset")

        _instance = cls(
            active_deployment_uuid,
            created_at,
            deployment_count,
            identifier,
            ip_address,
            kind,
            monthly_cost,
            name,
            region,
            size,
            spa_mode,
            ssh_key,
            status,
            storage_bytes_total,
            subdomain,
            updated_at,
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
from ..models.ssh_key import SshKey
