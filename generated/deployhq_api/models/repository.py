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
    from ..models.repository_hosting_service import RepositoryHostingService


T = TypeVar("T", bound="Repository")


@_attrs_define(frozen=True, repr=False)
class Repository:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        branch (None | str)
        cached (bool | None)
        hosting_service (None | RepositoryHostingService)
        port (int | None)
        scm_type (None | str)
        url (None | str)
        username (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    branch: None | str = None
    cached: bool | None = None
    hosting_service: None | RepositoryHostingService = None
    port: int | None = None
    scm_type: None | str = None
    url: None | str = None
    username: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.branch is not None:
            field_dict["branch"] = self.branch
        elif "branch" in self._nulls:
            field_dict["branch"] = None
        if self.cached is not None:
            field_dict["cached"] = self.cached
        elif "cached" in self._nulls:
            field_dict["cached"] = None
        if self.hosting_service is not None:
            field_dict["hosting_service"] = encode(self.hosting_service)
        elif "hosting_service" in self._nulls:
            field_dict["hosting_service"] = None
        if self.port is not None:
            field_dict["port"] = self.port
        elif "port" in self._nulls:
            field_dict["port"] = None
        if self.scm_type is not None:
            field_dict["scm_type"] = self.scm_type
        elif "scm_type" in self._nulls:
            field_dict["scm_type"] = None
        if self.url is not None:
            field_dict["url"] = self.url
        elif "url" in self._nulls:
            field_dict["url"] = None
        if self.username is not None:
            field_dict["username"] = self.username
        elif "username" in self._nulls:
            field_dict["username"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        branch: None | str
        _value = d.pop("branch", UNSET)
        if _value is None:
            branch = None
            null("branch")
        elif _value is UNSET:
            branch = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                branch = _value

            except FAILURES as error:
                loose(d, "Repository", "branch", _value, "None | str", error)
                branch = None

        cached: bool | None
        _value = d.pop("cached", UNSET)
        if _value is None:
            cached = None
            null("cached")
        elif _value is UNSET:
            cached = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                cached = _value

            except FAILURES as error:
                loose(d, "Repository", "cached", _value, "bool | None", error)
                cached = None

        hosting_service: None | RepositoryHostingService
        _value = d.pop("hosting_service", UNSET)
        if _value is None:
            hosting_service = None
            null("hosting_service")
        elif _value is UNSET:
            hosting_service = None
        else:
            try:
                hosting_service = RepositoryHostingService.from_dict(_value)

            except FAILURES as error:
                loose(d, "Repository", "hosting_service", _value, "None | RepositoryHostingService", error)
                hosting_service = None

        port: int | None
        _value = d.pop("port", UNSET)
        if _value is None:
            port = None
            null("port")
        elif _value is UNSET:
            port = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                port = _value

            except FAILURES as error:
                loose(d, "Repository", "port", _value, "int | None", error)
                port = None

        scm_type: None | str
        _value = d.pop("scm_type", UNSET)
        if _value is None:
            scm_type = None
            null("scm_type")
        elif _value is UNSET:
            scm_type = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                scm_type = _value

            except FAILURES as error:
                loose(d, "Repository", "scm_type", _value, "None | str", error)
                scm_type = None

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
                loose(d, "Repository", "url", _value, "None | str", error)
                url = None

        username: None | str
        _value = d.pop("username", UNSET)
        if _value is None:
            username = None
            null("username")
        elif _value is UNSET:
            username = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                username = _value

            except FAILURES as error:
                loose(d, "Repository", "username", _value, "None | str", error)
                username = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_RepositoryBuilding)
        _instance.branch = branch
        _instance.cached = cached
        _instance.hosting_service = hosting_service
        _instance.port = port
        _instance.scm_type = scm_type
        _instance.url = url
        _instance.username = username
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


class _RepositoryBuilding(Repository):
    """A Repository while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.repository_hosting_service import RepositoryHostingService
