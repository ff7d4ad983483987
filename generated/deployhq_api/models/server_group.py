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
    required_value,
)

if TYPE_CHECKING:
    from ..models.server_group_servers_item import ServerGroupServersItem


T = TypeVar("T", bound="ServerGroup")


@_attrs_define(frozen=True, repr=False)
class ServerGroup:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        identifier (str)
        name (str)
        environment (None | str)
        last_revision (None | str)
        preferred_branch (None | str)
        servers (list[ServerGroupServersItem] | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    identifier: str
    name: str
    environment: None | str = None
    last_revision: None | str = None
    preferred_branch: None | str = None
    servers: list[ServerGroupServersItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        field_dict["identifier"] = self.identifier
        field_dict["name"] = self.name
        if self.environment is not None:
            field_dict["environment"] = self.environment
        elif "environment" in self._nulls:
            field_dict["environment"] = None
        if self.last_revision is not None:
            field_dict["last_revision"] = self.last_revision
        elif "last_revision" in self._nulls:
            field_dict["last_revision"] = None
        if self.preferred_branch is not None:
            field_dict["preferred_branch"] = self.preferred_branch
        elif "preferred_branch" in self._nulls:
            field_dict["preferred_branch"] = None
        if self.servers is not None:
            field_dict["servers"] = encode(self.servers)
        elif "servers" in self._nulls:
            field_dict["servers"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        identifier = required_value(d, "ServerGroup", "identifier", str)

        name = required_value(d, "ServerGroup", "name", str)

        environment: None | str
        _value = d.pop("environment", UNSET)
        if _value is None:
            environment = None
            null("environment")
        elif _value is UNSET:
            environment = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                environment = _value

            except FAILURES as error:
                loose(d, "ServerGroup", "environment", _value, "None | str", error)
                environment = None

        last_revision: None | str
        _value = d.pop("last_revision", UNSET)
        if _value is None:
            last_revision = None
            null("last_revision")
        elif _value is UNSET:
            last_revision = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                last_revision = _value

            except FAILURES as error:
                loose(d, "ServerGroup", "last_revision", _value, "None | str", error)
                last_revision = None

        preferred_branch: None | str
        _value = d.pop("preferred_branch", UNSET)
        if _value is None:
            preferred_branch = None
            null("preferred_branch")
        elif _value is UNSET:
            preferred_branch = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                preferred_branch = _value

            except FAILURES as error:
                loose(d, "ServerGroup", "preferred_branch", _value, "None | str", error)
                preferred_branch = None

        servers: list[ServerGroupServersItem] | None
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
                servers = [ServerGroupServersItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "ServerGroup", "servers", _value, "list[ServerGroupServersItem] | None", error)
                servers = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ServerGroupBuilding)
        _instance.identifier = identifier
        _instance.name = name
        _instance.environment = environment
        _instance.last_revision = last_revision
        _instance.preferred_branch = preferred_branch
        _instance.servers = servers
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


class _ServerGroupBuilding(ServerGroup):
    """A ServerGroup while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.server_group_servers_item import ServerGroupServersItem
