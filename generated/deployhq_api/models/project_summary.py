from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime, required_value

if TYPE_CHECKING:
    from ..models.repository import Repository


T = TypeVar("T", bound="ProjectSummary")


@_attrs_define
class ProjectSummary:
    """
    Attributes:
        identifier (str):
        name (str):
        permalink (str):
        app_url (None | str | Unset):
        auto_deploy_url (None | str | Unset):
        build_commands_url (None | str | Unset):
        config_files_url (None | str | Unset):
        deployments_url (None | str | Unset):
        environment_variables_url (None | str | Unset):
        last_deployed_at (datetime.datetime | None | Unset):
        public_key (None | str | Unset):
        repository (None | Repository | Unset):
        repository_url (None | str | Unset):
        servers_url (None | str | Unset):
        starred (bool | None | Unset):
        url (None | str | Unset):
        zone (None | str | Unset):
    """

    identifier: str
    name: str
    permalink: str
    app_url: None | str | Unset = UNSET
    auto_deploy_url: None | str | Unset = UNSET
    build_commands_url: None | str | Unset = UNSET
    config_files_url: None | str | Unset = UNSET
    deployments_url: None | str | Unset = UNSET
    environment_variables_url: None | str | Unset = UNSET
    last_deployed_at: datetime.datetime | None | Unset = UNSET
    public_key: None | str | Unset = UNSET
    repository: None | Repository | Unset = UNSET
    repository_url: None | str | Unset = UNSET
    servers_url: None | str | Unset = UNSET
    starred: bool | None | Unset = UNSET
    url: None | str | Unset = UNSET
    zone: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name = self.name

        permalink = self.permalink

        app_url: None | str | Unset
        if isinstance(self.app_url, Unset):
            app_url = UNSET
        else:
            app_url = self.app_url

        auto_deploy_url: None | str | Unset
        if isinstance(self.auto_deploy_url, Unset):
            auto_deploy_url = UNSET
        else:
            auto_deploy_url = self.auto_deploy_url

        build_commands_url: None | str | Unset
        if isinstance(self.build_commands_url, Unset):
            build_commands_url = UNSET
        else:
            build_commands_url = self.build_commands_url

        config_files_url: None | str | Unset
        if isinstance(self.config_files_url, Unset):
            config_files_url = UNSET
        else:
            config_files_url = self.config_files_url

        deployments_url: None | str | Unset
        if isinstance(self.deployments_url, Unset):
            deployments_url = UNSET
        else:
            deployments_url = self.deployments_url

        environment_variables_url: None | str | Unset
        if isinstance(self.environment_variables_url, Unset):
            environment_variables_url = UNSET
        else:
            environment_variables_url = self.environment_variables_url

        last_deployed_at: None | str | Unset
        if isinstance(self.last_deployed_at, Unset):
            last_deployed_at = UNSET
        elif isinstance(self.last_deployed_at, datetime.datetime):
            last_deployed_at = self.last_deployed_at.isoformat()
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

        servers_url: None | str | Unset
        if isinstance(self.servers_url, Unset):
            servers_url = UNSET
        else:
            servers_url = self.servers_url

        starred: bool | None | Unset
        if isinstance(self.starred, Unset):
            starred = UNSET
        else:
            starred = self.starred

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

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
        if app_url is not UNSET:
            field_dict["app_url"] = app_url
        if auto_deploy_url is not UNSET:
            field_dict["auto_deploy_url"] = auto_deploy_url
        if build_commands_url is not UNSET:
            field_dict["build_commands_url"] = build_commands_url
        if config_files_url is not UNSET:
            field_dict["config_files_url"] = config_files_url
        if deployments_url is not UNSET:
            field_dict["deployments_url"] = deployments_url
        if environment_variables_url is not UNSET:
            field_dict["environment_variables_url"] = environment_variables_url
        if last_deployed_at is not UNSET:
            field_dict["last_deployed_at"] = last_deployed_at
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if repository is not UNSET:
            field_dict["repository"] = repository
        if repository_url is not UNSET:
            field_dict["repository_url"] = repository_url
        if servers_url is not UNSET:
            field_dict["servers_url"] = servers_url
        if starred is not UNSET:
            field_dict["starred"] = starred
        if url is not UNSET:
            field_dict["url"] = url
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

        app_url: None | str | Unset = d.pop("app_url", UNSET)
        if not (app_url is None or isinstance(app_url, (str, Unset))):
            raise mismatch("app_url", app_url, "None | str | Unset")

        auto_deploy_url: None | str | Unset = d.pop("auto_deploy_url", UNSET)
        if not (auto_deploy_url is None or isinstance(auto_deploy_url, (str, Unset))):
            raise mismatch("auto_deploy_url", auto_deploy_url, "None | str | Unset")

        build_commands_url: None | str | Unset = d.pop("build_commands_url", UNSET)
        if not (build_commands_url is None or isinstance(build_commands_url, (str, Unset))):
            raise mismatch("build_commands_url", build_commands_url, "None | str | Unset")

        config_files_url: None | str | Unset = d.pop("config_files_url", UNSET)
        if not (config_files_url is None or isinstance(config_files_url, (str, Unset))):
            raise mismatch("config_files_url", config_files_url, "None | str | Unset")

        deployments_url: None | str | Unset = d.pop("deployments_url", UNSET)
        if not (deployments_url is None or isinstance(deployments_url, (str, Unset))):
            raise mismatch("deployments_url", deployments_url, "None | str | Unset")

        environment_variables_url: None | str | Unset = d.pop("environment_variables_url", UNSET)
        if not (environment_variables_url is None or isinstance(environment_variables_url, (str, Unset))):
            raise mismatch("environment_variables_url", environment_variables_url, "None | str | Unset")

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

        servers_url: None | str | Unset = d.pop("servers_url", UNSET)
        if not (servers_url is None or isinstance(servers_url, (str, Unset))):
            raise mismatch("servers_url", servers_url, "None | str | Unset")

        starred: bool | None | Unset = d.pop("starred", UNSET)
        if not (starred is None or isinstance(starred, (bool, Unset))):
            raise mismatch("starred", starred, "bool | None | Unset")

        url: None | str | Unset = d.pop("url", UNSET)
        if not (url is None or isinstance(url, (str, Unset))):
            raise mismatch("url", url, "None | str | Unset")

        zone: None | str | Unset = d.pop("zone", UNSET)
        if not (zone is None or isinstance(zone, (str, Unset))):
            raise mismatch("zone", zone, "None | str | Unset")

        _instance = cls(
            identifier,
            name,
            permalink,
            app_url,
            auto_deploy_url,
            build_commands_url,
            config_files_url,
            deployments_url,
            environment_variables_url,
            last_deployed_at,
            public_key,
            repository,
            repository_url,
            servers_url,
            starred,
            url,
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
