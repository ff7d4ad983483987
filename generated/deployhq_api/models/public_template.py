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
    from ..models.public_template_build_commands_item import PublicTemplateBuildCommandsItem
    from ..models.public_template_config_files_item import PublicTemplateConfigFilesItem
    from ..models.public_template_ssh_commands_item import PublicTemplateSshCommandsItem


T = TypeVar("T", bound="PublicTemplate")


@_attrs_define(frozen=True, repr=False)
class PublicTemplate:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        build_commands (list[PublicTemplateBuildCommandsItem] | None)
        config_files (list[PublicTemplateConfigFilesItem] | None)
        description (None | str)
        excluded_files (list[str] | None)
        features (list[str] | None)
        framework_type (None | str)
        id (int | None)
        name (None | str)
        permalink (None | str)
        ssh_commands (list[PublicTemplateSshCommandsItem] | None)
        version (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    build_commands: list[PublicTemplateBuildCommandsItem] | None = None
    config_files: list[PublicTemplateConfigFilesItem] | None = None
    description: None | str = None
    excluded_files: list[str] | None = None
    features: list[str] | None = None
    framework_type: None | str = None
    id: int | None = None
    name: None | str = None
    permalink: None | str = None
    ssh_commands: list[PublicTemplateSshCommandsItem] | None = None
    version: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.build_commands is not None:
            field_dict["build_commands"] = encode(self.build_commands)
        elif "build_commands" in self._nulls:
            field_dict["build_commands"] = None
        if self.config_files is not None:
            field_dict["config_files"] = encode(self.config_files)
        elif "config_files" in self._nulls:
            field_dict["config_files"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.excluded_files is not None:
            field_dict["excluded_files"] = encode(self.excluded_files)
        elif "excluded_files" in self._nulls:
            field_dict["excluded_files"] = None
        if self.features is not None:
            field_dict["features"] = encode(self.features)
        elif "features" in self._nulls:
            field_dict["features"] = None
        if self.framework_type is not None:
            field_dict["framework_type"] = self.framework_type
        elif "framework_type" in self._nulls:
            field_dict["framework_type"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.permalink is not None:
            field_dict["permalink"] = self.permalink
        elif "permalink" in self._nulls:
            field_dict["permalink"] = None
        if self.ssh_commands is not None:
            field_dict["ssh_commands"] = encode(self.ssh_commands)
        elif "ssh_commands" in self._nulls:
            field_dict["ssh_commands"] = None
        if self.version is not None:
            field_dict["version"] = self.version
        elif "version" in self._nulls:
            field_dict["version"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        build_commands: list[PublicTemplateBuildCommandsItem] | None
        _value = d.pop("build_commands", UNSET)
        if _value is None:
            build_commands = None
            null("build_commands")
        elif _value is UNSET:
            build_commands = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                build_commands = [PublicTemplateBuildCommandsItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(
                    d, "PublicTemplate", "build_commands", _value, "list[PublicTemplateBuildCommandsItem] | None", error
                )
                build_commands = None

        config_files: list[PublicTemplateConfigFilesItem] | None
        _value = d.pop("config_files", UNSET)
        if _value is None:
            config_files = None
            null("config_files")
        elif _value is UNSET:
            config_files = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                config_files = [PublicTemplateConfigFilesItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "PublicTemplate", "config_files", _value, "list[PublicTemplateConfigFilesItem] | None", error)
                config_files = None

        description: None | str
        _value = d.pop("description", UNSET)
        if _value is None:
            description = None
            null("description")
        elif _value is UNSET:
            description = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                description = _value

            except FAILURES as error:
                loose(d, "PublicTemplate", "description", _value, "None | str", error)
                description = None

        excluded_files: list[str] | None
        _value = d.pop("excluded_files", UNSET)
        if _value is None:
            excluded_files = None
            null("excluded_files")
        elif _value is UNSET:
            excluded_files = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                for _item0 in _value:
                    if not (isinstance(_item0, str)):
                        raise TypeError(f"an item is {type(_item0).__name__}")
                excluded_files = _value

            except FAILURES as error:
                loose(d, "PublicTemplate", "excluded_files", _value, "list[str] | None", error)
                excluded_files = None

        features: list[str] | None
        _value = d.pop("features", UNSET)
        if _value is None:
            features = None
            null("features")
        elif _value is UNSET:
            features = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                for _item0 in _value:
                    if not (isinstance(_item0, str)):
                        raise TypeError(f"an item is {type(_item0).__name__}")
                features = _value

            except FAILURES as error:
                loose(d, "PublicTemplate", "features", _value, "list[str] | None", error)
                features = None

        framework_type: None | str
        _value = d.pop("framework_type", UNSET)
        if _value is None:
            framework_type = None
            null("framework_type")
        elif _value is UNSET:
            framework_type = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                framework_type = _value

            except FAILURES as error:
                loose(d, "PublicTemplate", "framework_type", _value, "None | str", error)
                framework_type = None

        id: int | None
        _value = d.pop("id", UNSET)
        if _value is None:
            id = None
            null("id")
        elif _value is UNSET:
            id = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                id = _value

            except FAILURES as error:
                loose(d, "PublicTemplate", "id", _value, "int | None", error)
                id = None

        name: None | str
        _value = d.pop("name", UNSET)
        if _value is None:
            name = None
            null("name")
        elif _value is UNSET:
            name = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                name = _value

            except FAILURES as error:
                loose(d, "PublicTemplate", "name", _value, "None | str", error)
                name = None

        permalink: None | str
        _value = d.pop("permalink", UNSET)
        if _value is None:
            permalink = None
            null("permalink")
        elif _value is UNSET:
            permalink = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                permalink = _value

            except FAILURES as error:
                loose(d, "PublicTemplate", "permalink", _value, "None | str", error)
                permalink = None

        ssh_commands: list[PublicTemplateSshCommandsItem] | None
        _value = d.pop("ssh_commands", UNSET)
        if _value is None:
            ssh_commands = None
            null("ssh_commands")
        elif _value is UNSET:
            ssh_commands = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                ssh_commands = [PublicTemplateSshCommandsItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "PublicTemplate", "ssh_commands", _value, "list[PublicTemplateSshCommandsItem] | None", error)
                ssh_commands = None

        version: None | str
        _value = d.pop("version", UNSET)
        if _value is None:
            version = None
            null("version")
        elif _value is UNSET:
            version = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                version = _value

            except FAILURES as error:
                loose(d, "PublicTemplate", "version", _value, "None | str", error)
                version = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_PublicTemplateBuilding)
        _instance.build_commands = build_commands
        _instance.config_files = config_files
        _instance.description = description
        _instance.excluded_files = excluded_files
        _instance.features = features
        _instance.framework_type = framework_type
        _instance.id = id
        _instance.name = name
        _instance.permalink = permalink
        _instance.ssh_commands = ssh_commands
        _instance.version = version
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


class _PublicTemplateBuilding(PublicTemplate):
    """A PublicTemplate while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.public_template_build_commands_item import PublicTemplateBuildCommandsItem
from ..models.public_template_config_files_item import PublicTemplateConfigFilesItem
from ..models.public_template_ssh_commands_item import PublicTemplateSshCommandsItem
