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
    required_value,
)

if TYPE_CHECKING:
    from ..models.repository import Repository


T = TypeVar("T", bound="Project")


@_attrs_define(frozen=True, repr=False)
class Project:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        identifier (str)
        name (str)
        permalink (str)
        auto_deploy_url (None | str)
        last_deployed_at (None | str)
        public_key (None | str)
        repository (None | Repository)
        repository_url (None | str)
        zone (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    identifier: str
    name: str
    permalink: str
    auto_deploy_url: None | str = None
    last_deployed_at: None | str = None
    public_key: None | str = None
    repository: None | Repository = None
    repository_url: None | str = None
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
        if self.auto_deploy_url is not None:
            field_dict["auto_deploy_url"] = self.auto_deploy_url
        elif "auto_deploy_url" in self._nulls:
            field_dict["auto_deploy_url"] = None
        if self.last_deployed_at is not None:
            field_dict["last_deployed_at"] = self.last_deployed_at
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
        identifier = required_value(d, "Project", "identifier", str)

        name = required_value(d, "Project", "name", str)

        permalink = required_value(d, "Project", "permalink", str)

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
                loose(d, "Project", "auto_deploy_url", _value, "None | str", error)
                auto_deploy_url = None

        last_deployed_at: None | str
        _value = d.pop("last_deployed_at", UNSET)
        if _value is None:
            last_deployed_at = None
            null("last_deployed_at")
        elif _value is UNSET:
            last_deployed_at = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                last_deployed_at = _value

            except FAILURES as error:
                loose(d, "Project", "last_deployed_at", _value, "None | str", error)
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
                loose(d, "Project", "public_key", _value, "None | str", error)
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
                loose(d, "Project", "repository", _value, "None | Repository", error)
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
                loose(d, "Project", "repository_url", _value, "None | str", error)
                repository_url = None

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
                loose(d, "Project", "zone", _value, "None | str", error)
                zone = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ProjectBuilding)
        _instance.identifier = identifier
        _instance.name = name
        _instance.permalink = permalink
        _instance.auto_deploy_url = auto_deploy_url
        _instance.last_deployed_at = last_deployed_at
        _instance.public_key = public_key
        _instance.repository = repository
        _instance.repository_url = repository_url
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


class _ProjectBuilding(Project):
    """A Project while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.repository import Repository
