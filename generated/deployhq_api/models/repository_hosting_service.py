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

T = TypeVar("T", bound="RepositoryHostingService")


@_attrs_define(frozen=True, repr=False)
class RepositoryHostingService:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        commits_url (None | str)
        name (None | str)
        tree_url (None | str)
        url (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    commits_url: None | str = None
    name: None | str = None
    tree_url: None | str = None
    url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.commits_url is not None:
            field_dict["commits_url"] = self.commits_url
        elif "commits_url" in self._nulls:
            field_dict["commits_url"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.tree_url is not None:
            field_dict["tree_url"] = self.tree_url
        elif "tree_url" in self._nulls:
            field_dict["tree_url"] = None
        if self.url is not None:
            field_dict["url"] = self.url
        elif "url" in self._nulls:
            field_dict["url"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        commits_url: None | str
        _value = d.pop("commits_url", UNSET)
        if _value is None:
            commits_url = None
            null("commits_url")
        elif _value is UNSET:
            commits_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                commits_url = _value

            except FAILURES as error:
                loose(d, "RepositoryHostingService", "commits_url", _value, "None | str", error)
                commits_url = None

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
                loose(d, "RepositoryHostingService", "name", _value, "None | str", error)
                name = None

        tree_url: None | str
        _value = d.pop("tree_url", UNSET)
        if _value is None:
            tree_url = None
            null("tree_url")
        elif _value is UNSET:
            tree_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                tree_url = _value

            except FAILURES as error:
                loose(d, "RepositoryHostingService", "tree_url", _value, "None | str", error)
                tree_url = None

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
                loose(d, "RepositoryHostingService", "url", _value, "None | str", error)
                url = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_RepositoryHostingServiceBuilding)
        _instance.commits_url = commits_url
        _instance.name = name
        _instance.tree_url = tree_url
        _instance.url = url
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


class _RepositoryHostingServiceBuilding(RepositoryHostingService):
    """A RepositoryHostingService while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
