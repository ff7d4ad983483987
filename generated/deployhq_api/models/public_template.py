from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.public_template_build_commands_item import PublicTemplateBuildCommandsItem
    from ..models.public_template_config_files_item import PublicTemplateConfigFilesItem
    from ..models.public_template_ssh_commands_item import PublicTemplateSshCommandsItem


T = TypeVar("T", bound="PublicTemplate")


@_attrs_define
class PublicTemplate:
    """
    Attributes:
        build_commands (list[PublicTemplateBuildCommandsItem] | None | Unset):
        config_files (list[PublicTemplateConfigFilesItem] | None | Unset):
        description (None | str | Unset):
        excluded_files (list[str] | None | Unset):
        features (list[str] | None | Unset):
        framework_type (None | str | Unset):
        id (int | None | Unset):
        name (None | str | Unset):
        permalink (None | str | Unset):
        ssh_commands (list[PublicTemplateSshCommandsItem] | None | Unset):
        version (None | str | Unset):
    """

    build_commands: list[PublicTemplateBuildCommandsItem] | None | Unset = UNSET
    config_files: list[PublicTemplateConfigFilesItem] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    excluded_files: list[str] | None | Unset = UNSET
    features: list[str] | None | Unset = UNSET
    framework_type: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    permalink: None | str | Unset = UNSET
    ssh_commands: list[PublicTemplateSshCommandsItem] | None | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_commands: list[dict[str, Any]] | None | Unset
        if isinstance(self.build_commands, Unset):
            build_commands = UNSET
        elif isinstance(self.build_commands, list):
            build_commands = []
            for build_commands_type_0_item_data in self.build_commands:
                build_commands_type_0_item = build_commands_type_0_item_data.to_dict()
                build_commands.append(build_commands_type_0_item)

        else:
            build_commands = self.build_commands

        config_files: list[dict[str, Any]] | None | Unset
        if isinstance(self.config_files, Unset):
            config_files = UNSET
        elif isinstance(self.config_files, list):
            config_files = []
            for config_files_type_0_item_data in self.config_files:
                config_files_type_0_item = config_files_type_0_item_data.to_dict()
                config_files.append(config_files_type_0_item)

        else:
            config_files = self.config_files

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        excluded_files: list[str] | None | Unset
        if isinstance(self.excluded_files, Unset):
            excluded_files = UNSET
        elif isinstance(self.excluded_files, list):
            excluded_files = self.excluded_files

        else:
            excluded_files = self.excluded_files

        features: list[str] | None | Unset
        if isinstance(self.features, Unset):
            features = UNSET
        elif isinstance(self.features, list):
            features = self.features

        else:
            features = self.features

        framework_type: None | str | Unset
        if isinstance(self.framework_type, Unset):
            framework_type = UNSET
        else:
            framework_type = self.framework_type

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

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

        ssh_commands: list[dict[str, Any]] | None | Unset
        if isinstance(self.ssh_commands, Unset):
            ssh_commands = UNSET
        elif isinstance(self.ssh_commands, list):
            ssh_commands = []
            for ssh_commands_type_0_item_data in self.ssh_commands:
                ssh_commands_type_0_item = ssh_commands_type_0_item_data.to_dict()
                ssh_commands.append(ssh_commands_type_0_item)

        else:
            ssh_commands = self.ssh_commands

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_commands is not UNSET:
            field_dict["build_commands"] = build_commands
        if config_files is not UNSET:
            field_dict["config_files"] = config_files
        if description is not UNSET:
            field_dict["description"] = description
        if excluded_files is not UNSET:
            field_dict["excluded_files"] = excluded_files
        if features is not UNSET:
            field_dict["features"] = features
        if framework_type is not UNSET:
            field_dict["framework_type"] = framework_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if ssh_commands is not UNSET:
            field_dict["ssh_commands"] = ssh_commands
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        build_commands: list[PublicTemplateBuildCommandsItem] | None | Unset
        _build_commands_data = d.pop("build_commands", UNSET)
        if isinstance(_build_commands_data, list):
            try:
                build_commands_type_0 = []
                _build_commands_type_0 = _build_commands_data
                for build_commands_type_0_item_data in _build_commands_type_0:
                    build_commands_type_0_item = PublicTemplateBuildCommandsItem.from_dict(
                        build_commands_type_0_item_data
                    )

                    build_commands_type_0.append(build_commands_type_0_item)

                build_commands = build_commands_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "build_commands",
                    _build_commands_data,
                    "list[PublicTemplateBuildCommandsItem] | None | Unset",
                    error,
                ) from error
        elif _build_commands_data is None or isinstance(_build_commands_data, Unset):
            build_commands = _build_commands_data
        else:
            raise mismatch(
                "build_commands", _build_commands_data, "list[PublicTemplateBuildCommandsItem] | None | Unset"
            )

        config_files: list[PublicTemplateConfigFilesItem] | None | Unset
        _config_files_data = d.pop("config_files", UNSET)
        if isinstance(_config_files_data, list):
            try:
                config_files_type_0 = []
                _config_files_type_0 = _config_files_data
                for config_files_type_0_item_data in _config_files_type_0:
                    config_files_type_0_item = PublicTemplateConfigFilesItem.from_dict(config_files_type_0_item_data)

                    config_files_type_0.append(config_files_type_0_item)

                config_files = config_files_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "config_files", _config_files_data, "list[PublicTemplateConfigFilesItem] | None | Unset", error
                ) from error
        elif _config_files_data is None or isinstance(_config_files_data, Unset):
            config_files = _config_files_data
        else:
            raise mismatch("config_files", _config_files_data, "list[PublicTemplateConfigFilesItem] | None | Unset")

        description: None | str | Unset = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise mismatch("description", description, "None | str | Unset")

        excluded_files: list[str] | None | Unset
        _excluded_files_data = d.pop("excluded_files", UNSET)
        if isinstance(_excluded_files_data, list):
            try:
                excluded_files_type_0: list[str] = _excluded_files_data

                excluded_files = excluded_files_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("excluded_files", _excluded_files_data, "list[str] | None | Unset", error) from error
        elif _excluded_files_data is None or isinstance(_excluded_files_data, Unset):
            excluded_files = _excluded_files_data
        else:
            raise mismatch("excluded_files", _excluded_files_data, "list[str] | None | Unset")

        features: list[str] | None | Unset
        _features_data = d.pop("features", UNSET)
        if isinstance(_features_data, list):
            try:
                features_type_0: list[str] = _features_data

                features = features_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("features", _features_data, "list[str] | None | Unset", error) from error
        elif _features_data is None or isinstance(_features_data, Unset):
            features = _features_data
        else:
            raise mismatch("features", _features_data, "list[str] | None | Unset")

        framework_type: None | str | Unset = d.pop("framework_type", UNSET)
        if not (framework_type is None or isinstance(framework_type, (str, Unset))):
            raise mismatch("framework_type", framework_type, "None | str | Unset")

        id: int | None | Unset = d.pop("id", UNSET)
        if not (id is None or isinstance(id, (int, Unset))):
            raise mismatch("id", id, "int | None | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        permalink: None | str | Unset = d.pop("permalink", UNSET)
        if not (permalink is None or isinstance(permalink, (str, Unset))):
            raise mismatch("permalink", permalink, "None | str | Unset")

        ssh_commands: list[PublicTemplateSshCommandsItem] | None | Unset
        _ssh_commands_data = d.pop("ssh_commands", UNSET)
        if isinstance(_ssh_commands_data, list):
            try:
                ssh_commands_type_0 = []
                _ssh_commands_type_0 = _ssh_commands_data
                for ssh_commands_type_0_item_data in _ssh_commands_type_0:
                    ssh_commands_type_0_item = PublicTemplateSshCommandsItem.from_dict(ssh_commands_type_0_item_data)

                    ssh_commands_type_0.append(ssh_commands_type_0_item)

                ssh_commands = ssh_commands_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "ssh_commands", _ssh_commands_data, "list[PublicTemplateSshCommandsItem] | None | Unset", error
                ) from error
        elif _ssh_commands_data is None or isinstance(_ssh_commands_data, Unset):
            ssh_commands = _ssh_commands_data
        else:
            raise mismatch("ssh_commands", _ssh_commands_data, "list[PublicTemplateSshCommandsItem] | None | Unset")

        version: None | str | Unset = d.pop("version", UNSET)
        if not (version is None or isinstance(version, (str, Unset))):
            raise mismatch("version", version, "None | str | Unset")

        _instance = cls(
            build_commands,
            config_files,
            description,
            excluded_files,
            features,
            framework_type,
            id,
            name,
            permalink,
            ssh_commands,
            version,
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
from ..models.public_template_build_commands_item import PublicTemplateBuildCommandsItem
from ..models.public_template_config_files_item import PublicTemplateConfigFilesItem
from ..models.public_template_ssh_commands_item import PublicTemplateSshCommandsItem
