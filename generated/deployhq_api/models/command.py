from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.assigned_server import AssignedServer


T = TypeVar("T", bound="Command")


@_attrs_define
class Command:
    """
    Attributes:
        identifier (None | str | Unset):
        cback (None | str | Unset):
        position (int | None | Unset):
        description (None | str | Unset):
        command (None | str | Unset):
        halt_on_error (bool | None | Unset):
        servers (list[AssignedServer | str] | None | Unset):
        timing (None | str | Unset):
        timeout (int | None | Unset):
        enabled (bool | None | Unset):
    """

    identifier: None | str | Unset = UNSET
    cback: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    description: None | str | Unset = UNSET
    command: None | str | Unset = UNSET
    halt_on_error: bool | None | Unset = UNSET
    servers: list[AssignedServer | str] | None | Unset = UNSET
    timing: None | str | Unset = UNSET
    timeout: int | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.assigned_server import AssignedServer

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        cback: None | str | Unset
        if isinstance(self.cback, Unset):
            cback = UNSET
        else:
            cback = self.cback

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        halt_on_error: bool | None | Unset
        if isinstance(self.halt_on_error, Unset):
            halt_on_error = UNSET
        else:
            halt_on_error = self.halt_on_error

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

        timing: None | str | Unset
        if isinstance(self.timing, Unset):
            timing = UNSET
        else:
            timing = self.timing

        timeout: int | None | Unset
        if isinstance(self.timeout, Unset):
            timeout = UNSET
        else:
            timeout = self.timeout

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if cback is not UNSET:
            field_dict["cback"] = cback
        if position is not UNSET:
            field_dict["position"] = position
        if description is not UNSET:
            field_dict["description"] = description
        if command is not UNSET:
            field_dict["command"] = command
        if halt_on_error is not UNSET:
            field_dict["halt_on_error"] = halt_on_error
        if servers is not UNSET:
            field_dict["servers"] = servers
        if timing is not UNSET:
            field_dict["timing"] = timing
        if timeout is not UNSET:
            field_dict["timeout"] = timeout
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.assigned_server import AssignedServer

        d = dict(src_dict)

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        def _parse_cback(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cback = _parse_cback(d.pop("cback", UNSET))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_command(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        command = _parse_command(d.pop("command", UNSET))

        def _parse_halt_on_error(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        halt_on_error = _parse_halt_on_error(d.pop("halt_on_error", UNSET))

        def _parse_servers(data: object) -> list[AssignedServer | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                servers_type_0 = []
                _servers_type_0 = data
                for servers_type_0_item_data in _servers_type_0:

                    def _parse_servers_type_0_item(data: object) -> AssignedServer | str:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            servers_type_0_item_type_0 = AssignedServer.from_dict(data)

                            return servers_type_0_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        return cast(AssignedServer | str, data)

                    servers_type_0_item = _parse_servers_type_0_item(servers_type_0_item_data)

                    servers_type_0.append(servers_type_0_item)

                return servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AssignedServer | str] | None | Unset, data)

        servers = _parse_servers(d.pop("servers", UNSET))

        def _parse_timing(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        timing = _parse_timing(d.pop("timing", UNSET))

        def _parse_timeout(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        timeout = _parse_timeout(d.pop("timeout", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        command = cls(
            identifier=identifier,
            cback=cback,
            position=position,
            description=description,
            command=command,
            halt_on_error=halt_on_error,
            servers=servers,
            timing=timing,
            timeout=timeout,
            enabled=enabled,
        )

        command.additional_properties = d
        return command

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
