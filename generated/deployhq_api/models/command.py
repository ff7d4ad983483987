from __future__ import annotations

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
)

if TYPE_CHECKING:
    from ..models.command_server import CommandServer


T = TypeVar("T", bound="Command")


@_attrs_define(frozen=True, repr=False)
class Command:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        cback (None | str)
        command (None | str)
        description (None | str)
        enabled (bool | None)
        halt_on_error (bool | None)
        identifier (None | str)
        position (int | None)
        servers (list[CommandServer | str] | None)
        timeout (int | None)
        timing (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    cback: None | str = None
    command: None | str = None
    description: None | str = None
    enabled: bool | None = None
    halt_on_error: bool | None = None
    identifier: None | str = None
    position: int | None = None
    servers: list[CommandServer | str] | None = None
    timeout: int | None = None
    timing: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.cback is not None:
            field_dict["cback"] = self.cback
        elif "cback" in self._nulls:
            field_dict["cback"] = None
        if self.command is not None:
            field_dict["command"] = self.command
        elif "command" in self._nulls:
            field_dict["command"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif "enabled" in self._nulls:
            field_dict["enabled"] = None
        if self.halt_on_error is not None:
            field_dict["halt_on_error"] = self.halt_on_error
        elif "halt_on_error" in self._nulls:
            field_dict["halt_on_error"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.position is not None:
            field_dict["position"] = self.position
        elif "position" in self._nulls:
            field_dict["position"] = None
        if self.servers is not None:
            field_dict["servers"] = encode(self.servers)
        elif "servers" in self._nulls:
            field_dict["servers"] = None
        if self.timeout is not None:
            field_dict["timeout"] = self.timeout
        elif "timeout" in self._nulls:
            field_dict["timeout"] = None
        if self.timing is not None:
            field_dict["timing"] = self.timing
        elif "timing" in self._nulls:
            field_dict["timing"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        cback: None | str
        _value = d.pop("cback", UNSET)
        if _value is None:
            cback = None
            null("cback")
        elif _value is UNSET:
            cback = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                cback = _value

            except FAILURES as error:
                loose(d, "Command", "cback", _value, "None | str", error)
                cback = None

        command: None | str
        _value = d.pop("command", UNSET)
        if _value is None:
            command = None
            null("command")
        elif _value is UNSET:
            command = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                command = _value

            except FAILURES as error:
                loose(d, "Command", "command", _value, "None | str", error)
                command = None

        description: None | str
        _value = d.pop("description", UNSET)
        if _value is None:
            description = None
            null("description")
        elif _value is UNSET:
            description = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                description = _value

            except FAILURES as error:
                loose(d, "Command", "description", _value, "None | str", error)
                description = None

        enabled: bool | None
        _value = d.pop("enabled", UNSET)
        if _value is None:
            enabled = None
            null("enabled")
        elif _value is UNSET:
            enabled = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                enabled = _value

            except FAILURES as error:
                loose(d, "Command", "enabled", _value, "bool | None", error)
                enabled = None

        halt_on_error: bool | None
        _value = d.pop("halt_on_error", UNSET)
        if _value is None:
            halt_on_error = None
            null("halt_on_error")
        elif _value is UNSET:
            halt_on_error = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                halt_on_error = _value

            except FAILURES as error:
                loose(d, "Command", "halt_on_error", _value, "bool | None", error)
                halt_on_error = None

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
                loose(d, "Command", "identifier", _value, "None | str", error)
                identifier = None

        position: int | None
        _value = d.pop("position", UNSET)
        if _value is None:
            position = None
            null("position")
        elif _value is UNSET:
            position = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                position = _value

            except FAILURES as error:
                loose(d, "Command", "position", _value, "int | None", error)
                position = None

        servers: list[CommandServer | str] | None
        _value = d.pop("servers", UNSET)
        if _value is None:
            servers = None
            null("servers")
        elif _value is UNSET:
            servers = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                _items0: list[CommandServer | str] = []
                for _item0 in _value:
                    _elem0: CommandServer | str
                    if isinstance(_item0, dict):
                        _elem0 = CommandServer.from_dict(_item0)

                    elif isinstance(_item0, str):
                        _elem0 = _item0

                    else:
                        raise TypeError()

                    _items0.append(_elem0)
                servers = _items0

            except FAILURES as error:
                loose(d, "Command", "servers", _value, "list[CommandServer | str] | None", error)
                servers = None

        timeout: int | None
        _value = d.pop("timeout", UNSET)
        if _value is None:
            timeout = None
            null("timeout")
        elif _value is UNSET:
            timeout = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                timeout = _value

            except FAILURES as error:
                loose(d, "Command", "timeout", _value, "int | None", error)
                timeout = None

        timing: None | str
        _value = d.pop("timing", UNSET)
        if _value is None:
            timing = None
            null("timing")
        elif _value is UNSET:
            timing = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                timing = _value

            except FAILURES as error:
                loose(d, "Command", "timing", _value, "None | str", error)
                timing = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_CommandBuilding)
        _instance.cback = cback
        _instance.command = command
        _instance.description = description
        _instance.enabled = enabled
        _instance.halt_on_error = halt_on_error
        _instance.identifier = identifier
        _instance.position = position
        _instance.servers = servers
        _instance.timeout = timeout
        _instance.timing = timing
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


class _CommandBuilding(Command):
    """A Command while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.command_server import CommandServer
