from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.ssh_key import SshKey


T = TypeVar("T", bound="HostedResource")


@_attrs_define(frozen=True, repr=False)
class HostedResource:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        active_deployment_uuid (None | str)
        created_at (datetime.datetime | None)
        deployment_count (int | None)
        identifier (None | str)
        ip_address (None | str)
        kind (None | str)
        monthly_cost (float | None)
        name (None | str)
        region (None | str)
        size (None | str)
        spa_mode (bool | None)
        ssh_key (None | SshKey)
        status (None | str)
        storage_bytes_total (int | None)
        subdomain (None | str)
        updated_at (datetime.datetime | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    active_deployment_uuid: None | str = None
    created_at: datetime.datetime | None = None
    deployment_count: int | None = None
    identifier: None | str = None
    ip_address: None | str = None
    kind: None | str = None
    monthly_cost: float | None = None
    name: None | str = None
    region: None | str = None
    size: None | str = None
    spa_mode: bool | None = None
    ssh_key: None | SshKey = None
    status: None | str = None
    storage_bytes_total: int | None = None
    subdomain: None | str = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.active_deployment_uuid is not None:
            field_dict["active_deployment_uuid"] = self.active_deployment_uuid
        elif "active_deployment_uuid" in self._nulls:
            field_dict["active_deployment_uuid"] = None
        if self.created_at is not None:
            field_dict["created_at"] = encode(self.created_at)
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None
        if self.deployment_count is not None:
            field_dict["deployment_count"] = self.deployment_count
        elif "deployment_count" in self._nulls:
            field_dict["deployment_count"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.ip_address is not None:
            field_dict["ip_address"] = self.ip_address
        elif "ip_address" in self._nulls:
            field_dict["ip_address"] = None
        if self.kind is not None:
            field_dict["kind"] = self.kind
        elif "kind" in self._nulls:
            field_dict["kind"] = None
        if self.monthly_cost is not None:
            field_dict["monthly_cost"] = self.monthly_cost
        elif "monthly_cost" in self._nulls:
            field_dict["monthly_cost"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.region is not None:
            field_dict["region"] = self.region
        elif "region" in self._nulls:
            field_dict["region"] = None
        if self.size is not None:
            field_dict["size"] = self.size
        elif "size" in self._nulls:
            field_dict["size"] = None
        if self.spa_mode is not None:
            field_dict["spa_mode"] = self.spa_mode
        elif "spa_mode" in self._nulls:
            field_dict["spa_mode"] = None
        if self.ssh_key is not None:
            field_dict["ssh_key"] = encode(self.ssh_key)
        elif "ssh_key" in self._nulls:
            field_dict["ssh_key"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.storage_bytes_total is not None:
            field_dict["storage_bytes_total"] = self.storage_bytes_total
        elif "storage_bytes_total" in self._nulls:
            field_dict["storage_bytes_total"] = None
        if self.subdomain is not None:
            field_dict["subdomain"] = self.subdomain
        elif "subdomain" in self._nulls:
            field_dict["subdomain"] = None
        if self.updated_at is not None:
            field_dict["updated_at"] = encode(self.updated_at)
        elif "updated_at" in self._nulls:
            field_dict["updated_at"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        active_deployment_uuid: None | str
        _value = d.pop("active_deployment_uuid", UNSET)
        if _value is None:
            active_deployment_uuid = None
            null("active_deployment_uuid")
        elif _value is UNSET:
            active_deployment_uuid = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                active_deployment_uuid = _value

            except FAILURES as error:
                loose(d, "HostedResource", "active_deployment_uuid", _value, "None | str", error)
                active_deployment_uuid = None

        created_at: datetime.datetime | None
        _value = d.pop("created_at", UNSET)
        if _value is None:
            created_at = None
            null("created_at")
        elif _value is UNSET:
            created_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                created_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "HostedResource", "created_at", _value, "datetime.datetime | None", error)
                created_at = None

        deployment_count: int | None
        _value = d.pop("deployment_count", UNSET)
        if _value is None:
            deployment_count = None
            null("deployment_count")
        elif _value is UNSET:
            deployment_count = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                deployment_count = _value

            except FAILURES as error:
                loose(d, "HostedResource", "deployment_count", _value, "int | None", error)
                deployment_count = None

        identifier: None | str
        _value = d.pop("identifier", UNSET)
        if _value is None:
            identifier = None
            null("identifier")
        elif _value is UNSET:
            identifier = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                identifier = _value

            except FAILURES as error:
                loose(d, "HostedResource", "identifier", _value, "None | str", error)
                identifier = None

        ip_address: None | str
        _value = d.pop("ip_address", UNSET)
        if _value is None:
            ip_address = None
            null("ip_address")
        elif _value is UNSET:
            ip_address = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                ip_address = _value

            except FAILURES as error:
                loose(d, "HostedResource", "ip_address", _value, "None | str", error)
                ip_address = None

        kind: None | str
        _value = d.pop("kind", UNSET)
        if _value is None:
            kind = None
            null("kind")
        elif _value is UNSET:
            kind = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                kind = _value

            except FAILURES as error:
                loose(d, "HostedResource", "kind", _value, "None | str", error)
                kind = None

        monthly_cost: float | None
        _value = d.pop("monthly_cost", UNSET)
        if _value is None:
            monthly_cost = None
            null("monthly_cost")
        elif _value is UNSET:
            monthly_cost = None
        else:
            try:
                if not (type(_value) is float or type(_value) is int):
                    raise TypeError()
                monthly_cost = _value

            except FAILURES as error:
                loose(d, "HostedResource", "monthly_cost", _value, "float | None", error)
                monthly_cost = None

        name: None | str
        _value = d.pop("name", UNSET)
        if _value is None:
            name = None
            null("name")
        elif _value is UNSET:
            name = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                name = _value

            except FAILURES as error:
                loose(d, "HostedResource", "name", _value, "None | str", error)
                name = None

        region: None | str
        _value = d.pop("region", UNSET)
        if _value is None:
            region = None
            null("region")
        elif _value is UNSET:
            region = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                region = _value

            except FAILURES as error:
                loose(d, "HostedResource", "region", _value, "None | str", error)
                region = None

        size: None | str
        _value = d.pop("size", UNSET)
        if _value is None:
            size = None
            null("size")
        elif _value is UNSET:
            size = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                size = _value

            except FAILURES as error:
                loose(d, "HostedResource", "size", _value, "None | str", error)
                size = None

        spa_mode: bool | None
        _value = d.pop("spa_mode", UNSET)
        if _value is None:
            spa_mode = None
            null("spa_mode")
        elif _value is UNSET:
            spa_mode = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                spa_mode = _value

            except FAILURES as error:
                loose(d, "HostedResource", "spa_mode", _value, "bool | None", error)
                spa_mode = None

        ssh_key: None | SshKey
        _value = d.pop("ssh_key", UNSET)
        if _value is None:
            ssh_key = None
            null("ssh_key")
        elif _value is UNSET:
            ssh_key = None
        else:
            try:
                ssh_key = SshKey.from_dict(_value)

            except FAILURES as error:
                loose(d, "HostedResource", "ssh_key", _value, "None | SshKey", error)
                ssh_key = None

        status: None | str
        _value = d.pop("status", UNSET)
        if _value is None:
            status = None
            null("status")
        elif _value is UNSET:
            status = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                status = _value

            except FAILURES as error:
                loose(d, "HostedResource", "status", _value, "None | str", error)
                status = None

        storage_bytes_total: int | None
        _value = d.pop("storage_bytes_total", UNSET)
        if _value is None:
            storage_bytes_total = None
            null("storage_bytes_total")
        elif _value is UNSET:
            storage_bytes_total = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                storage_bytes_total = _value

            except FAILURES as error:
                loose(d, "HostedResource", "storage_bytes_total", _value, "int | None", error)
                storage_bytes_total = None

        subdomain: None | str
        _value = d.pop("subdomain", UNSET)
        if _value is None:
            subdomain = None
            null("subdomain")
        elif _value is UNSET:
            subdomain = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                subdomain = _value

            except FAILURES as error:
                loose(d, "HostedResource", "subdomain", _value, "None | str", error)
                subdomain = None

        updated_at: datetime.datetime | None
        _value = d.pop("updated_at", UNSET)
        if _value is None:
            updated_at = None
            null("updated_at")
        elif _value is UNSET:
            updated_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                updated_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "HostedResource", "updated_at", _value, "datetime.datetime | None", error)
                updated_at = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_HostedResourceBuilding)
        _instance.active_deployment_uuid = active_deployment_uuid
        _instance.created_at = created_at
        _instance.deployment_count = deployment_count
        _instance.identifier = identifier
        _instance.ip_address = ip_address
        _instance.kind = kind
        _instance.monthly_cost = monthly_cost
        _instance.name = name
        _instance.region = region
        _instance.size = size
        _instance.spa_mode = spa_mode
        _instance.ssh_key = ssh_key
        _instance.status = status
        _instance.storage_bytes_total = storage_bytes_total
        _instance.subdomain = subdomain
        _instance.updated_at = updated_at
        _entries: dict[str, Any] = {}
        for _key, _value in d.items():
            _entry: Any
            _entry = _value

            _entries[_key] = _entry
        _instance.additional_properties = _entries
        _instance._nulls = nulls
        _instance.__class__ = cls
        built: Self = _instance
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _HostedResourceBuilding(HostedResource):
    """A HostedResource while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.ssh_key import SshKey
