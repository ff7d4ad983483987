from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.assigned_server import AssignedServer


T = TypeVar("T", bound="Command")


@_attrs_define
class Command:
    """
    Attributes:
        cback (None | str | Unset):
        command (None | str | Unset):
        description (None | str | Unset):
        enabled (bool | None | Unset):
        halt_on_error (bool | None | Unset):
        identifier (None | str | Unset):
        position (int | None | Unset):
        servers (list[AssignedServer | str] | None | Unset):
        timeout (int | None | Unset):
        timing (None | str | Unset):
    """

    cback: None | str | Unset = UNSET
    command: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    halt_on_error: bool | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    servers: list[AssignedServer | str] | None | Unset = UNSET
    timeout: int | None | Unset = UNSET
    timing: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cback: None | str | Unset
        if isinstance(self.cback, Unset):
            cback = UNSET
        else:
            cback = self.cback

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        halt_on_error: bool | None | Unset
        if isinstance(self.halt_on_error, Unset):
            halt_on_error = UNSET
        else:
            halt_on_error = self.halt_on_error

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

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

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        timing: None | str | Unset
        if isinstance(self.timing, Unset):
            timing = UNSET
        else:
            timing = self.timing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cback is not UNSET:
            field_dict["cback"] = cback
        if command is not UNSET:
            field_dict["command"] = command
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if halt_on_error is not UNSET:
            field_dict["halt_on_error"] = halt_on_error
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if position is not UNSET:
            field_dict["position"] = position
        if servers is not UNSET:
            field_dict["servers"] = servers
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if timing is not UNSET:
            field_dict["timing"] = timing

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        cback: None | str | Unset = d.pop("cback", UNSET)
        if not (cback is None or isinstance(cback, (str, Unset))):
            raise mismatch("cback", cback, "None | str | Unset")

        command: None | str | Unset = d.pop("command", UNSET)
        if not (command is None or isinstance(command, (str, Unset))):
            raise mismatch("command", command, "None | str | Unset")

        description: None | str | Unset = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise mismatch("description", description, "None | str | Unset")

        enabled: bool | None | Unset = d.pop("enabled", UNSET)
        if not (enabled is None or isinstance(enabled, (bool, Unset))):
            raise mismatch("enabled", enabled, "bool | None | Unset")

        halt_on_error: bool | None | Unset = d.pop("halt_on_error", UNSET)
        if not (halt_on_error is None or isinstance(halt_on_error, (bool, Unset))):
            raise mismatch("halt_on_error", halt_on_error, "bool | None | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        position: int | None | Unset = d.pop("position", UNSET)
        if not (position is None or isinstance(position, (int, Unset))):
            raise mismatch("position", position, "int | None | Unset")

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

        timeout: int | None | Unset = d.pop("timeout", UNSET)
        if not (timeout is None or isinstance(timeout, (int, Unset))):
            raise mismatch("timeout", timeout, "int | None | Unset")

        timing: None | str | Unset = d.pop("timing", UNSET)
        if not (timing is None or isinstance(timing, (str, Unset))):
            raise mismatch("timing", timing, "None | str | Unset")

        _instance = cls(
            cback,
            command,
            description,
            enabled,
            halt_on_error,
            identifier,
            position,
            servers,
            timeout,
            timing,
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
