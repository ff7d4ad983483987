from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

if TYPE_CHECKING:
    from ..models.repository import Repository


T = TypeVar("T", bound="DeploymentSummaryProject")


@_attrs_define
class DeploymentSummaryProject:
    """
    Attributes:
        auto_deploy_url (None | str | Unset):
        identifier (None | str | Unset):
        last_deployed_at (datetime.datetime | None | Unset):
        name (None | str | Unset):
        permalink (None | str | Unset):
        public_key (None | str | Unset):
        repository (None | Repository | Unset):
        repository_url (None | str | Unset):
        zone (None | str | Unset):
    """

    auto_deploy_url: None | str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    last_deployed_at: datetime.datetime | None | Unset = UNSET
    name: None | str | Unset = UNSET
    permalink: None | str | Unset = UNSET
    public_key: None | str | Unset = UNSET
    repository: None | Repository | Unset = UNSET
    repository_url: None | str | Unset = UNSET
    zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        auto_deploy_url: None | str | Unset
        if isinstance(self.auto_deploy_url, Unset):
            auto_deploy_url = UNSET
        else:
            auto_deploy_url = self.auto_deploy_url

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        last_deployed_at: None | str | Unset
        if isinstance(self.last_deployed_at, Unset):
            last_deployed_at = UNSET
        elif isinstance(self.last_deployed_at, datetime.datetime):
            last_deployed_at = self.last_deployed_at.isoformat()
        else:
            last_deployed_at = self.last_deployed_at

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        permalink: None | str | Unset
        if isinstance(self.permalink, Unset):
            permalink = UNSET
        else:
            permalink = self.permalink

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
        field_dict.update({})
        if auto_deploy_url is not UNSET:
            field_dict["auto_deploy_url"] = auto_deploy_url
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if last_deployed_at is not UNSET:
            field_dict["last_deployed_at"] = last_deployed_at
        if name is not UNSET:
            field_dict["name"] = name
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
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
        auto_deploy_url: None | str | Unset = d.pop("auto_deploy_url", UNSET)
        if not (auto_deploy_url is None or isinstance(auto_deploy_url, (str, Unset))):
            raise mismatch("auto_deploy_url", auto_deploy_url, "None | str | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        last_deployed_at: datetime.datetime | None | Unset
        _last_deployed_at_data = d.pop("last_deployed_at", UNSET)
        if isinstance(_last_deployed_at_data, str):
            try:
                last_deployed_at_type_0 = parse_datetime(_last_deployed_at_data)

                last_deployed_at = last_deployed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "last_deployed_at", _last_deployed_at_data, "datetime.datetime | None | Unset", error
                ) from error
        elif _last_deployed_at_data is None or isinstance(_last_deployed_at_data, Unset):
            last_deployed_at = _last_deployed_at_data
        else:
            raise mismatch("last_deployed_at", _last_deployed_at_data, "datetime.datetime | None | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        permalink: None | str | Unset = d.pop("permalink", UNSET)
        if not (permalink is None or isinstance(permalink, (str, Unset))):
            raise mismatch("permalink", permalink, "None | str | Unset")

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
            auto_deploy_url,
            identifier,
            last_deployed_at,
            name,
            permalink,
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
