from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, required_value

if TYPE_CHECKING:
    from ..models.repository import Repository


T = TypeVar("T", bound="Project")


@_attrs_define
class Project:
    """
    Attributes:
        identifier (str):
        name (str):
        permalink (str):
        auto_deploy_url (None | str | Unset):
        last_deployed_at (None | str | Unset):
        public_key (None | str | Unset):
        repository (None | Repository | Unset):
        repository_url (None | str | Unset):
        zone (None | str | Unset):
    """

    identifier: str
    name: str
    permalink: str
    auto_deploy_url: None | str | Unset = UNSET
    last_deployed_at: None | str | Unset = UNSET
    public_key: None | str | Unset = UNSET
    repository: None | Repository | Unset = UNSET
    repository_url: None | str | Unset = UNSET
    zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name = self.name

        permalink = self.permalink

        auto_deploy_url: None | str | Unset
        if isinstance(self.auto_deploy_url, Unset):
            auto_deploy_url = UNSET
        else:
            auto_deploy_url = self.auto_deploy_url

        last_deployed_at: None | str | Unset
        if isinstance(self.last_deployed_at, Unset):
            last_deployed_at = UNSET
        else:
            last_deployed_at = self.last_deployed_at

        public_key: None | str | Unset
        if isinstance(self.public_key, Unset):
            public_key = UNSET
        else:
            public_key = self.public_key

        repository: dict[str, Any] | None | Unset
        if isinstance(self.repository, Unset):
            repository = UNSET
        elif isinstance(self.repository, Repository):
            repository = self.repository.to_dict()
        else:
            repository = self.repository

        repository_url: None | str | Unset
        if isinstance(self.repository_url, Unset):
            repository_url = UNSET
        else:
            repository_url = self.repository_url

        zone: None | str | Unset
        if isinstance(self.zone, Unset):
            zone = UNSET
        else:
            zone = self.zone

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "name": name,
                "permalink": permalink,
            }
        )
        if auto_deploy_url is not UNSET:
            field_dict["auto_deploy_url"] = auto_deploy_url
        if last_deployed_at is not UNSET:
            field_dict["last_deployed_at"] = last_deployed_at
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if repository is not UNSET:
            field_dict["repository"] = repository
        if repository_url is not UNSET:
            field_dict["repository_url"] = repository_url
        if zone is not UNSET:
            field_dict["zone"] = zone

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        identifier = required_value(d, "identifier", str)

        name = required_value(d, "name", str)

        permalink = required_value(d, "permalink", str)

        auto_deploy_url: None | str | Unset = d.pop("auto_deploy_url", UNSET)
        if not (auto_deploy_url is None or isinstance(auto_deploy_url, (str, Unset))):
            raise mismatch("auto_deploy_url", auto_deploy_url, "None | str | Unset")

        last_deployed_at: None | str | Unset = d.pop("last_deployed_at", UNSET)
        if not (last_deployed_at is None or isinstance(last_deployed_at, (str, Unset))):
            raise mismatch("last_deployed_at", last_deployed_at, "None | str | Unset")

        public_key: None | str | Unset = d.pop("public_key", UNSET)
        if not (public_key is None or isinstance(public_key, (str, Unset))):
            raise mismatch("public_key", public_key, "None | str | Unset")

        repository: None | Repository | Unset
        _repository_data = d.pop("repository", UNSET)
        if isinstance(_repository_data, dict):
            try:
                repository_type_0 = Repository.from_dict(_repository_data)

                repository = repository_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("repository", _repository_data, "None | Repository | Unset", error) from error
        elif _repository_data is None or isinstance(_repository_data, Unset):
            repository = _repository_data
        else:
            raise mismatch("repository", _repository_data, "None | Repository | Unset")

        repository_url: None | str | Unset = d.pop("repository_url", UNSET)
        if not (repository_url is None or isinstance(repository_url, (str, Unset))):
            raise mismatch("repository_url", repository_url, "None | str | Unset")

        zone: None | str | Unset = d.pop("zone", UNSET)
        if not (zone is None or isinstance(zone, (str, Unset))):
            raise mismatch("zone", zone, "None | str | Unset")

        _instance = cls(
            identifier,
            name,
            permalink,
            auto_deploy_url,
            last_deployed_at,
            public_key,
            repository,
            repository_url,
            zone,
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
from ..models.repository import Repository
