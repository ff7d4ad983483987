from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="PublicTemplateSummary")


@_attrs_define
class PublicTemplateSummary:
    """
    Attributes:
        description (None | str | Unset):
        framework_type (None | str | Unset):
        id (int | None | Unset):
        name (None | str | Unset):
        permalink (None | str | Unset):
        public (bool | None | Unset):
        version (None | str | Unset):
    """

    description: None | str | Unset = UNSET
    framework_type: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    name: None | str | Unset = UNSET
    permalink: None | str | Unset = UNSET
    public: bool | None | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

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

        public: bool | None | Unset
        if isinstance(self.public, Unset):
            public = UNSET
        else:
            public = self.public

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if framework_type is not UNSET:
            field_dict["framework_type"] = framework_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if public is not UNSET:
            field_dict["public"] = public
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        description: None | str | Unset = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise mismatch("description", description, "None | str | Unset")

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

        public: bool | None | Unset = d.pop("public", UNSET)
        if not (public is None or isinstance(public, (bool, Unset))):
            raise mismatch("public", public, "bool | None | Unset")

        version: None | str | Unset = d.pop("version", UNSET)
        if not (version is None or isinstance(version, (str, Unset))):
            raise mismatch("version", version, "None | str | Unset")

        _instance = cls(
            description,
            framework_type,
            id,
            name,
            permalink,
            public,
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
