from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

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
        from ..models.access_test_result_results_repository import AccessTestResultResultsRepository

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
        from ..models.access_test_result_results_repository import AccessTestResultResultsRepository
        from ..models.access_test_result_results_servers_item import AccessTestResultResultsServersItem

        d = dict(src_dict)

        def _parse_repository(data: object) -> AccessTestResultResultsRepository | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                repository_type_0 = AccessTestResultResultsRepository.from_dict(data)

                return repository_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AccessTestResultResultsRepository | None | Unset, data)

        repository = _parse_repository(d.pop("repository", UNSET))

        def _parse_servers(data: object) -> list[AccessTestResultResultsServersItem] | None | Unset:
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
                    servers_type_0_item = AccessTestResultResultsServersItem.from_dict(servers_type_0_item_data)

                    servers_type_0.append(servers_type_0_item)

                return servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AccessTestResultResultsServersItem] | None | Unset, data)

        servers = _parse_servers(d.pop("servers", UNSET))

        access_test_result_results = cls(
            repository=repository,
            servers=servers,
        )

        access_test_result_results.additional_properties = d
        return access_test_result_results

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
