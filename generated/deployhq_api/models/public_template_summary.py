from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
)

T = TypeVar("T", bound="PublicTemplateSummary")


@_attrs_define(frozen=True, repr=False)
class PublicTemplateSummary:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        description (None | str)
        framework_type (None | str)
        id (int | None)
        name (None | str)
        permalink (None | str)
        public (bool | None)
        version (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    description: None | str = None
    framework_type: None | str = None
    id: int | None = None
    name: None | str = None
    permalink: None | str = None
    public: bool | None = None
    version: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
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
        if self.public is not None:
            field_dict["public"] = self.public
        elif "public" in self._nulls:
            field_dict["public"] = None
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
                loose(d, "PublicTemplateSummary", "description", _value, "None | str", error)
                description = None

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
                loose(d, "PublicTemplateSummary", "framework_type", _value, "None | str", error)
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
                loose(d, "PublicTemplateSummary", "id", _value, "int | None", error)
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
                loose(d, "PublicTemplateSummary", "name", _value, "None | str", error)
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
                loose(d, "PublicTemplateSummary", "permalink", _value, "None | str", error)
                permalink = None

        public: bool | None
        _value = d.pop("public", UNSET)
        if _value is None:
            public = None
            null("public")
        elif _value is UNSET:
            public = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                public = _value

            except FAILURES as error:
                loose(d, "PublicTemplateSummary", "public", _value, "bool | None", error)
                public = None

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
                loose(d, "PublicTemplateSummary", "version", _value, "None | str", error)
                version = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_PublicTemplateSummaryBuilding)
        _instance.description = description
        _instance.framework_type = framework_type
        _instance.id = id
        _instance.name = name
        _instance.permalink = permalink
        _instance.public = public
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


class _PublicTemplateSummaryBuilding(PublicTemplateSummary):
    """A PublicTemplateSummary while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
