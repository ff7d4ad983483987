from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.build_environment_packages import BuildEnvironmentPackages


T = TypeVar("T", bound="BuildEnvironment")


@_attrs_define
class BuildEnvironment:
    """
    Attributes:
        default (bool | None | Unset):
        identifier (None | str | Unset):
        packages (BuildEnvironmentPackages | None | Unset):
        servers (list[Any] | None | Unset):
    """

    default: bool | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    packages: BuildEnvironmentPackages | None | Unset = UNSET
    servers: list[Any] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        default: bool | None | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        packages: dict[str, Any] | None | Unset
        if isinstance(self.packages, Unset):
            packages = UNSET
        elif isinstance(self.packages, BuildEnvironmentPackages):
            packages = self.packages.to_dict()
        else:
            packages = self.packages

        servers: list[Any] | None | Unset
        if isinstance(self.servers, Unset):
            servers = UNSET
        elif isinstance(self.servers, list):
            servers = self.servers

        else:
            servers = self.servers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if default is not UNSET:
            field_dict["default"] = default
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if packages is not UNSET:
            field_dict["packages"] = packages
        if servers is not UNSET:
            field_dict["servers"] = servers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        default: bool | None | Unset = d.pop("default", UNSET)
        if not (default is None or isinstance(default, (bool, Unset))):
            raise mismatch("default", default, "bool | None | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        packages: BuildEnvironmentPackages | None | Unset
        _packages_data = d.pop("packages", UNSET)
        if isinstance(_packages_data, dict):
            try:
                packages_type_0 = BuildEnvironmentPackages.from_dict(_packages_data)

                packages = packages_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("packages", _packages_data, "BuildEnvironmentPackages | None | Unset", error) from error
        elif _packages_data is None or isinstance(_packages_data, Unset):
            packages = _packages_data
        else:
            raise mismatch("packages", _packages_data, "BuildEnvironmentPackages | None | Unset")

        servers: list[Any] | None | Unset
        _servers_data = d.pop("servers", UNSET)
        if isinstance(_servers_data, list):
            try:
                servers_type_0: list[Any] = _servers_data

                servers = servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("servers", _servers_data, "list[Any] | None | Unset", error) from error
        elif _servers_data is None or isinstance(_servers_data, Unset):
            servers = _servers_data
        else:
            raise mismatch("servers", _servers_data, "list[Any] | None | Unset")

        _instance = cls(
            default,
            identifier,
            packages,
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
from ..models.build_environment_packages import BuildEnvironmentPackages
