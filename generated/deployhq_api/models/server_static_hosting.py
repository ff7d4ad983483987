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

T = TypeVar("T", bound="ServerStaticHosting")


@_attrs_define(frozen=True, repr=False)
class ServerStaticHosting:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        active_deployment_uuid (None | str)
        hosted_website_identifier (None | str)
        spa_mode (bool | None)
        status (None | str)
        subdomain (None | str)
        url (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    active_deployment_uuid: None | str = None
    hosted_website_identifier: None | str = None
    spa_mode: bool | None = None
    status: None | str = None
    subdomain: None | str = None
    url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.active_deployment_uuid is not None:
            field_dict["active_deployment_uuid"] = self.active_deployment_uuid
        elif "active_deployment_uuid" in self._nulls:
            field_dict["active_deployment_uuid"] = None
        if self.hosted_website_identifier is not None:
            field_dict["hosted_website_identifier"] = self.hosted_website_identifier
        elif "hosted_website_identifier" in self._nulls:
            field_dict["hosted_website_identifier"] = None
        if self.spa_mode is not None:
            field_dict["spa_mode"] = self.spa_mode
        elif "spa_mode" in self._nulls:
            field_dict["spa_mode"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        if self.subdomain is not None:
            field_dict["subdomain"] = self.subdomain
        elif "subdomain" in self._nulls:
            field_dict["subdomain"] = None
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
        active_deployment_uuid: None | str
        _value = d.pop("active_deployment_uuid", UNSET)
        if _value is None:
            active_deployment_uuid = None
            null("active_deployment_uuid")
        elif _value is UNSET:
            active_deployment_uuid = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                active_deployment_uuid = _value

            except FAILURES as error:
                loose(d, "ServerStaticHosting", "active_deployment_uuid", _value, "None | str", error)
                active_deployment_uuid = None

        hosted_website_identifier: None | str
        _value = d.pop("hosted_website_identifier", UNSET)
        if _value is None:
            hosted_website_identifier = None
            null("hosted_website_identifier")
        elif _value is UNSET:
            hosted_website_identifier = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                hosted_website_identifier = _value

            except FAILURES as error:
                loose(d, "ServerStaticHosting", "hosted_website_identifier", _value, "None | str", error)
                hosted_website_identifier = None

        spa_mode: bool | None
        _value = d.pop("spa_mode", UNSET)
        if _value is None:
            spa_mode = None
            null("spa_mode")
        elif _value is UNSET:
            spa_mode = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                spa_mode = _value

            except FAILURES as error:
                loose(d, "ServerStaticHosting", "spa_mode", _value, "bool | None", error)
                spa_mode = None

        status: None | str
        _value = d.pop("status", UNSET)
        if _value is None:
            status = None
            null("status")
        elif _value is UNSET:
            status = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                status = _value

            except FAILURES as error:
                loose(d, "ServerStaticHosting", "status", _value, "None | str", error)
                status = None

        subdomain: None | str
        _value = d.pop("subdomain", UNSET)
        if _value is None:
            subdomain = None
            null("subdomain")
        elif _value is UNSET:
            subdomain = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                subdomain = _value

            except FAILURES as error:
                loose(d, "ServerStaticHosting", "subdomain", _value, "None | str", error)
                subdomain = None

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
                loose(d, "ServerStaticHosting", "url", _value, "None | str", error)
                url = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ServerStaticHostingBuilding)
        _instance.active_deployment_uuid = active_deployment_uuid
        _instance.hosted_website_identifier = hosted_website_identifier
        _instance.spa_mode = spa_mode
        _instance.status = status
        _instance.subdomain = subdomain
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


class _ServerStaticHostingBuilding(ServerStaticHosting):
    """A ServerStaticHosting while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
