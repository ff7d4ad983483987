from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.assigned_server import AssignedServer


T = TypeVar("T", bound="ConfigFile")


@_attrs_define
class ConfigFile:
    """
    Attributes:
        body (None | str | Unset):
        build (bool | None | Unset):
        description (None | str | Unset):
        identifier (None | str | Unset):
        path (None | str | Unset):
        servers (list[AssignedServer | str] | None | Unset):
    """

    body: None | str | Unset = UNSET
    build: bool | None | Unset = UNSET
    description: None | str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    path: None | str | Unset = UNSET
    servers: list[AssignedServer | str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        body: None | str | Unset
        if isinstance(self.body, Unset):
            body = UNSET
        else:
            body = self.body

        build: bool | None | Unset
        if isinstance(self.build, Unset):
            build = UNSET
        else:
            build = self.build

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        path: None | str | Unset
        if isinstance(self.path, Unset):
            path = UNSET
        else:
            path = self.path

        servers: list[dict[str, Any] | str] | None | Unset
        if isinstance(self.servers, Unset):
            servers = UNSET
        elif isinstance(self.servers, list):
            servers = []
            for servers_type_0_item_data in self.servers:
                servers_type_0_item: dict[str, Any] | str
                if isinstance(servers_type_0_item_data, AssignedServer):
                    servers_type_0_item = servers_type_0_item_data.to_dict()
                else:
                    servers_type_0_item = servers_type_0_item_data
                servers.append(servers_type_0_item)

        else:
            servers = self.servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if body is not UNSET:
            field_dict["body"] = body
        if build is not UNSET:
            field_dict["build"] = build
        if description is not UNSET:
            field_dict["description"] = description
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if path is not UNSET:
            field_dict["path"] = path
        if servers is not UNSET:
            field_dict["servers"] = servers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        body: None | str | Unset = d.pop("body", UNSET)
        if not (body is None or isinstance(body, (str, Unset))):
            raise mismatch("body", body, "None | str | Unset")

        build: bool | None | Unset = d.pop("build", UNSET)
        if not (build is None or isinstance(build, (bool, Unset))):
            raise mismatch("build", build, "bool | None | Unset")

        description: None | str | Unset = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise mismatch("description", description, "None | str | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        path: None | str | Unset = d.pop("path", UNSET)
        if not (path is None or isinstance(path, (str, Unset))):
            raise mismatch("path", path, "None | str | Unset")

        servers: list[AssignedServer | str] | None | Unset
        _servers_data = d.pop("servers", UNSET)
        if isinstance(_servers_data, list):
            try:
                servers_type_0 = []
                _servers_type_0 = _servers_data
                for servers_type_0_item_data in _servers_type_0:
                    servers_type_0_item: AssignedServer | str
                    _servers_type_0_item_data = servers_type_0_item_data
                    if isinstance(_servers_type_0_item_data, dict):
                        try:
                            servers_type_0_item_type_0 = AssignedServer.from_dict(_servers_type_0_item_data)

                            servers_type_0_item = servers_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError) as error:
                            raise mismatch(
                                "servers_type_0_item", _servers_type_0_item_data, "AssignedServer | str", error
                            ) from error
                    elif isinstance(_servers_type_0_item_data, str):
                        servers_type_0_item = _servers_type_0_item_data
                    else:
                        raise mismatch("servers_type_0_item", _servers_type_0_item_data, "AssignedServer | str")

                    servers_type_0.append(servers_type_0_item)

                servers = servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("servers", _servers_data, "list[AssignedServer | str] | None | Unset", error) from error
        elif _servers_data is None or isinstance(_servers_data, Unset):
            servers = _servers_data
        else:
            raise mismatch("servers", _servers_data, "list[AssignedServer | str] | None | Unset")

        _instance = cls(
            body,
            build,
            description,
            identifier,
            path,
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
from ..models.assigned_server import AssignedServer
