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
    from ..models.assigned_server import AssignedServer


T = TypeVar("T", bound="ExcludedFile")


@_attrs_define(frozen=True, repr=False)
class ExcludedFile:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        identifier (None | str)
        path (None | str)
        servers (list[Any | AssignedServer | str] | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    identifier: None | str = None
    path: None | str = None
    servers: list[Any | AssignedServer | str] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.path is not None:
            field_dict["path"] = self.path
        elif "path" in self._nulls:
            field_dict["path"] = None
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
                loose(d, "ExcludedFile", "identifier", _value, "None | str", error)
                identifier = None

        path: None | str
        _value = d.pop("path", UNSET)
        if _value is None:
            path = None
            null("path")
        elif _value is UNSET:
            path = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                path = _value

            except FAILURES as error:
                loose(d, "ExcludedFile", "path", _value, "None | str", error)
                path = None

        servers: list[Any | AssignedServer | str] | None
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
                _items0: list[Any | AssignedServer | str] = []
                for _item0 in _value:
                    _elem0: Any | AssignedServer | str
                    if isinstance(_item0, dict):
                        _elem0 = AssignedServer.from_dict(_item0)

                    elif isinstance(_item0, str) or True:
                        _elem0 = _item0

                    else:
                        raise TypeError()

                    _items0.append(_elem0)
                servers = _items0

            except FAILURES as error:
                loose(d, "ExcludedFile", "servers", _value, "list[Any | AssignedServer | str] | None", error)
                servers = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ExcludedFileBuilding)
        _instance.identifier = identifier
        _instance.path = path
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


class _ExcludedFileBuilding(ExcludedFile):
    """A ExcludedFile while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.assigned_server import AssignedServer
