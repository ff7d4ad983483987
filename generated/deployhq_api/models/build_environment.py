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
    from ..models.build_environment_packages import BuildEnvironmentPackages


T = TypeVar("T", bound="BuildEnvironment")


@_attrs_define(frozen=True, repr=False)
class BuildEnvironment:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        default (bool | None)
        identifier (None | str)
        packages (BuildEnvironmentPackages | None)
        servers (list[Any] | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    default: bool | None = None
    identifier: None | str = None
    packages: BuildEnvironmentPackages | None = None
    servers: list[Any] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.default is not None:
            field_dict["default"] = self.default
        elif "default" in self._nulls:
            field_dict["default"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.packages is not None:
            field_dict["packages"] = encode(self.packages)
        elif "packages" in self._nulls:
            field_dict["packages"] = None
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
        default: bool | None
        _value = d.pop("default", UNSET)
        if _value is None:
            default = None
            null("default")
        elif _value is UNSET:
            default = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                default = _value

            except FAILURES as error:
                loose(d, "BuildEnvironment", "default", _value, "bool | None", error)
                default = None

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
                loose(d, "BuildEnvironment", "identifier", _value, "None | str", error)
                identifier = None

        packages: BuildEnvironmentPackages | None
        _value = d.pop("packages", UNSET)
        if _value is None:
            packages = None
            null("packages")
        elif _value is UNSET:
            packages = None
        else:
            try:
                packages = BuildEnvironmentPackages.from_dict(_value)

            except FAILURES as error:
                loose(d, "BuildEnvironment", "packages", _value, "BuildEnvironmentPackages | None", error)
                packages = None

        servers: list[Any] | None
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
                servers = _value

            except FAILURES as error:
                loose(d, "BuildEnvironment", "servers", _value, "list[Any] | None", error)
                servers = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_BuildEnvironmentBuilding)
        _instance.default = default
        _instance.identifier = identifier
        _instance.packages = packages
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


class _BuildEnvironmentBuilding(BuildEnvironment):
    """A BuildEnvironment while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.build_environment_packages import BuildEnvironmentPackages
