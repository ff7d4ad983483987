from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.access_test_result_results_repository import AccessTestResultResultsRepository
    from ..models.access_test_result_results_servers_item import AccessTestResultResultsServersItem


T = TypeVar("T", bound="AccessTestResultResults")


@_attrs_define
class AccessTestResultResults:
    """
    Attributes:
        repository (AccessTestResultResultsRepository | None | Unset):
        servers (list[AccessTestResultResultsServersItem] | None | Unset):
    """

    repository: AccessTestResultResultsRepository | None | Unset = UNSET
    servers: list[AccessTestResultResultsServersItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        repository: dict[str, Any] | None | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        elif isinstance(self.repository, AccessTestResultResultsRepository):
            repository = self.repository.to_dict()
        else:
            repository = self.repository

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
        field_dict.update({})
        if repository is not UNSET:
            field_dict["repository"] = repository
        if servers is not UNSET:
            field_dict["servers"] = servers

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        repository: AccessTestResultResultsRepository | None | Unset
        _repository_data = d.pop("repository", UNSET)
        if isinstance(_repository_data, dict):
            try:
                repository_type_0 = AccessTestResultResultsRepository.from_dict(_repository_data)

                repository = repository_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "repository", _repository_data, "AccessTestResultResultsRepository | None | Unset", error
                ) from error
        elif _repository_data is None or isinstance(_repository_data, Unset):
            repository = _repository_data
        else:
            raise mismatch("repository", _repository_data, "AccessTestResultResultsRepository | None | Unset")

        servers: list[AccessTestResultResultsServersItem] | None | Unset
        _servers_data = d.pop("servers", UNSET)
        if isinstance(_servers_data, list):
            try:
                servers_type_0 = []
                _servers_type_0 = _servers_data
                for servers_type_0_item_data in _servers_type_0:
                    servers_type_0_item = AccessTestResultResultsServersItem.from_dict(servers_type_0_item_data)

                    servers_type_0.append(servers_type_0_item)

                servers = servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "servers", _servers_data, "list[AccessTestResultResultsServersItem] | None | Unset", error
                ) from error
        elif _servers_data is None or isinstance(_servers_data, Unset):
            servers = _servers_data
        else:
            raise mismatch("servers", _servers_data, "list[AccessTestResultResultsServersItem] | None | Unset")

        _instance = cls(
            repository,
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
from ..models.access_test_result_results_repository import AccessTestResultResultsRepository
from ..models.access_test_result_results_servers_item import AccessTestResultResultsServersItem
