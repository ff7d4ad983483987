from __future__ import annotations

import datetime
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
    parse_datetime,
    required_value,
)

if TYPE_CHECKING:
    from ..models.project_detail_capabilities_item import ProjectDetailCapabilitiesItem
    from ..models.repository import Repository


T = TypeVar("T", bound="ProjectDetail")


@_attrs_define(frozen=True, repr=False)
class ProjectDetail:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        identifier (str)
        name (str)
        permalink (str)
        app_url (None | str)
        auto_deploy_url (None | str)
        build_commands_url (None | str)
        capabilities (list[ProjectDetailCapabilitiesItem] | None)
        config_files_url (None | str)
        deployments_url (None | str)
        environment_variables_url (None | str)
        last_deployed_at (datetime.datetime | None)
        public_key (None | str)
        repository (None | Repository)
        repository_url (None | str)
        servers_url (None | str)
        starred (bool | None)
        url (None | str)
        zone (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    identifier: str
    name: str
    permalink: str
    app_url: None | str = None
    auto_deploy_url: None | str = None
    build_commands_url: None | str = None
    capabilities: list[ProjectDetailCapabilitiesItem] | None = None
    config_files_url: None | str = None
    deployments_url: None | str = None
    environment_variables_url: None | str = None
    last_deployed_at: datetime.datetime | None = None
    public_key: None | str = None
    repository: None | Repository = None
    repository_url: None | str = None
    servers_url: None | str = None
    starred: bool | None = None
    url: None | str = None
    zone: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        field_dict["identifier"] = self.identifier
        field_dict["name"] = self.name
        field_dict["permalink"] = self.permalink
        if self.app_url is not None:
            field_dict["app_url"] = self.app_url
        elif "app_url" in self._nulls:
            field_dict["app_url"] = None
        if self.auto_deploy_url is not None:
            field_dict["auto_deploy_url"] = self.auto_deploy_url
        elif "auto_deploy_url" in self._nulls:
            field_dict["auto_deploy_url"] = None
        if self.build_commands_url is not None:
            field_dict["build_commands_url"] = self.build_commands_url
        elif "build_commands_url" in self._nulls:
            field_dict["build_commands_url"] = None
        if self.capabilities is not None:
            field_dict["capabilities"] = encode(self.capabilities)
        elif "capabilities" in self._nulls:
            field_dict["capabilities"] = None
        if self.config_files_url is not None:
            field_dict["config_files_url"] = self.config_files_url
        elif "config_files_url" in self._nulls:
            field_dict["config_files_url"] = None
        if self.deployments_url is not None:
            field_dict["deployments_url"] = self.deployments_url
        elif "deployments_url" in self._nulls:
            field_dict["deployments_url"] = None
        if self.environment_variables_url is not None:
            field_dict["environment_variables_url"] = self.environment_variables_url
        elif "environment_variables_url" in self._nulls:
            field_dict["environment_variables_url"] = None
        if self.last_deployed_at is not None:
            field_dict["last_deployed_at"] = encode(self.last_deployed_at)
        elif "last_deployed_at" in self._nulls:
            field_dict["last_deployed_at"] = None
        if self.public_key is not None:
            field_dict["public_key"] = self.public_key
        elif "public_key" in self._nulls:
            field_dict["public_key"] = None
        if self.repository is not None:
            field_dict["repository"] = encode(self.repository)
        elif "repository" in self._nulls:
            field_dict["repository"] = None
        if self.repository_url is not None:
            field_dict["repository_url"] = self.repository_url
        elif "repository_url" in self._nulls:
            field_dict["repository_url"] = None
        if self.servers_url is not None:
            field_dict["servers_url"] = self.servers_url
        elif "servers_url" in self._nulls:
            field_dict["servers_url"] = None
        if self.starred is not None:
            field_dict["starred"] = self.starred
        elif "starred" in self._nulls:
            field_dict["starred"] = None
        if self.url is not None:
            field_dict["url"] = self.url
        elif "url" in self._nulls:
            field_dict["url"] = None
        if self.zone is not None:
            field_dict["zone"] = self.zone
        elif "zone" in self._nulls:
            field_dict["zone"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        identifier = required_value(d, "ProjectDetail", "identifier", str)

        name = required_value(d, "ProjectDetail", "name", str)

        permalink = required_value(d, "ProjectDetail", "permalink", str)

        app_url: None | str
        _value = d.pop("app_url", UNSET)
        if _value is None:
            app_url = None
            null("app_url")
        elif _value is UNSET:
            app_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                app_url = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "app_url", _value, "None | str", error)
                app_url = None

        auto_deploy_url: None | str
        _value = d.pop("auto_deploy_url", UNSET)
        if _value is None:
            auto_deploy_url = None
            null("auto_deploy_url")
        elif _value is UNSET:
            auto_deploy_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                auto_deploy_url = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "auto_deploy_url", _value, "None | str", error)
                auto_deploy_url = None

        build_commands_url: None | str
        _value = d.pop("build_commands_url", UNSET)
        if _value is None:
            build_commands_url = None
            null("build_commands_url")
        elif _value is UNSET:
            build_commands_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                build_commands_url = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "build_commands_url", _value, "None | str", error)
                build_commands_url = None

        capabilities: list[ProjectDetailCapabilitiesItem] | None
        _value = d.pop("capabilities", UNSET)
        if _value is None:
            capabilities = None
            null("capabilities")
        elif _value is UNSET:
            capabilities = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                capabilities = [ProjectDetailCapabilitiesItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "ProjectDetail", "capabilities", _value, "list[ProjectDetailCapabilitiesItem] | None", error)
                capabilities = None

        config_files_url: None | str
        _value = d.pop("config_files_url", UNSET)
        if _value is None:
            config_files_url = None
            null("config_files_url")
        elif _value is UNSET:
            config_files_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                config_files_url = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "config_files_url", _value, "None | str", error)
                config_files_url = None

        deployments_url: None | str
        _value = d.pop("deployments_url", UNSET)
        if _value is None:
            deployments_url = None
            null("deployments_url")
        elif _value is UNSET:
            deployments_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                deployments_url = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "deployments_url", _value, "None | str", error)
                deployments_url = None

        environment_variables_url: None | str
        _value = d.pop("environment_variables_url", UNSET)
        if _value is None:
            environment_variables_url = None
            null("environment_variables_url")
        elif _value is UNSET:
            environment_variables_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                environment_variables_url = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "environment_variables_url", _value, "None | str", error)
                environment_variables_url = None

        last_deployed_at: datetime.datetime | None
        _value = d.pop("last_deployed_at", UNSET)
        if _value is None:
            last_deployed_at = None
            null("last_deployed_at")
        elif _value is UNSET:
            last_deployed_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                last_deployed_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "ProjectDetail", "last_deployed_at", _value, "datetime.datetime | None", error)
                last_deployed_at = None

        public_key: None | str
        _value = d.pop("public_key", UNSET)
        if _value is None:
            public_key = None
            null("public_key")
        elif _value is UNSET:
            public_key = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                public_key = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "public_key", _value, "None | str", error)
                public_key = None

        repository: None | Repository
        _value = d.pop("repository", UNSET)
        if _value is None:
            repository = None
            null("repository")
        elif _value is UNSET:
            repository = None
        else:
            try:
                repository = Repository.from_dict(_value)

            except FAILURES as error:
                loose(d, "ProjectDetail", "repository", _value, "None | Repository", error)
                repository = None

        repository_url: None | str
        _value = d.pop("repository_url", UNSET)
        if _value is None:
            repository_url = None
            null("repository_url")
        elif _value is UNSET:
            repository_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                repository_url = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "repository_url", _value, "None | str", error)
                repository_url = None

        servers_url: None | str
        _value = d.pop("servers_url", UNSET)
        if _value is None:
            servers_url = None
            null("servers_url")
        elif _value is UNSET:
            servers_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                servers_url = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "servers_url", _value, "None | str", error)
                servers_url = None

        starred: bool | None
        _value = d.pop("starred", UNSET)
        if _value is None:
            starred = None
            null("starred")
        elif _value is UNSET:
            starred = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                starred = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "starred", _value, "bool | None", error)
                starred = None

        url: None | str
        _value = d.pop("url", UNSET)
        if _value is None:
            url = None
            null("url")
        elif _value is UNSET:
            url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                url = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "url", _value, "None | str", error)
                url = None

        zone: None | str
        _value = d.pop("zone", UNSET)
        if _value is None:
            zone = None
            null("zone")
        elif _value is UNSET:
            zone = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                zone = _value

            except FAILURES as error:
                loose(d, "ProjectDetail", "zone", _value, "None | str", error)
                zone = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ProjectDetailBuilding)
        _instance.identifier = identifier
        _instance.name = name
        _instance.permalink = permalink
        _instance.app_url = app_url
        _instance.auto_deploy_url = auto_deploy_url
        _instance.build_commands_url = build_commands_url
        _instance.capabilities = capabilities
        _instance.config_files_url = config_files_url
        _instance.deployments_url = deployments_url
        _instance.environment_variables_url = environment_variables_url
        _instance.last_deployed_at = last_deployed_at
        _instance.public_key = public_key
        _instance.repository = repository
        _instance.repository_url = repository_url
        _instance.servers_url = servers_url
        _instance.starred = starred
        _instance.url = url
        _instance.zone = zone
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


class _ProjectDetailBuilding(ProjectDetail):
    """A ProjectDetail while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.project_detail_capabilities_item import ProjectDetailCapabilitiesItem
from ..models.repository import Repository
