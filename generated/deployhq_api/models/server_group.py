from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, required_value

if TYPE_CHECKING:
    from ..models.server_group_servers_item import ServerGroupServersItem


T = TypeVar("T", bound="ServerGroup")


@_attrs_define
class ServerGroup:
    """
    Attributes:
        identifier (str):
        name (str):
        environment (None | str | Unset):
        last_revision (None | str | Unset):
        preferred_branch (None | str | Unset):
        servers (list[ServerGroupServersItem] | None | Unset):
    """

    identifier: str
    name: str
    environment: None | str | Unset = UNSET
    last_revision: None | str | Unset = UNSET
    preferred_branch: None | str | Unset = UNSET
    servers: list[ServerGroupServersItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name = self.name

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        last_revision: None | str | Unset
        if isinstance(self.last_revision, Unset):
            last_revision = UNSET
        else:
            last_revision = self.last_revision

        preferred_branch: None | str | Unset
        if isinstance(self.preferred_branch, Unset):
            preferred_branch = UNSET
        else:
            preferred_branch = self.preferred_branch

        servers: list[dict[str, Any]] | None | Unset
        if isinstance(self.servers, Unset):
            servers = UNSET
        elif isinstance(self.servers, list):
            servers = []
            for servers_type_0_item_data in self.servers:
                servers_type_0_item = servers_type_0_item_data.to_dict()
                servers.append(servers_type_0_item)

        else:
            servers = self.servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "name": name,
            }
        )
        if environment is not UNSET:
            field_dict["environment"] = environment
        if last_revision is not UNSET:
            field_dict["last_revision"] = last_revision
        if preferred_branch is not UNSET:
            field_dict["preferred_branch"] = preferred_branch
        if servers is not UNSET:
            field_dict["servers"] = servers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        identifier = required_value(d, "identifier", str)

        name = required_value(d, "name", str)

        environment: None | str | Unset = d.pop("environment", UNSET)
        if not (environment is None or isinstance(environment, (str, Unset))):
            raise mismatch("environment", environment, "None | str | Unset")

        last_revision: None | str | Unset = d.pop("last_revision", UNSET)
        if not (last_revision is None or isinstance(last_revision, (str, Unset))):
            raise mismatch("last_revision", last_revision, "None | str | Unset")

        preferred_branch: None | str | Unset = d.pop("preferred_branch", UNSET)
        if not (preferred_branch is None or isinstance(preferred_branch, (str, Unset))):
            raise mismatch("preferred_branch", preferred_branch, "None | str | Unset")

        servers: list[ServerGroupServersItem] | None | Unset
        _servers_data = d.pop("servers", UNSET)
        if isinstance(_servers_data, list):
            try:
                servers_type_0 = []
                _servers_type_0 = _servers_data
                for servers_type_0_item_data in _servers_type_0:
                    servers_type_0_item = ServerGroupServersItem.from_dict(servers_type_0_item_data)

                    servers_type_0.append(servers_type_0_item)

                servers = servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "servers", _servers_data, "list[ServerGroupServersItem] | None | Unset", error
                ) from error
        elif _servers_data is None or isinstance(_servers_data, Unset):
            servers = _servers_data
        else:
            raise mismatch("servers", _servers_data, "list[ServerGroupServersItem] | None | Unset")

        _instance = cls(
            identifier,
            name,
            environment,
            last_revision,
            preferred_branch,
            servers,
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
from ..models.server_group_servers_item import ServerGroupServersItem
