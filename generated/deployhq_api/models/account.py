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

T = TypeVar("T", bound="Account")


@_attrs_define(frozen=True, repr=False)
class Account:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        ai_features_disabled (bool | None)
        name (None | str)
        package (None | str)
        permalink (None | str)
        project_count (int | None)
        project_limit (int | None)
        suspended (bool | None)
        time_zone (None | str)
        trialling (bool | None)
        users_allowed (bool | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    ai_features_disabled: bool | None = None
    name: None | str = None
    package: None | str = None
    permalink: None | str = None
    project_count: int | None = None
    project_limit: int | None = None
    suspended: bool | None = None
    time_zone: None | str = None
    trialling: bool | None = None
    users_allowed: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.ai_features_disabled is not None:
            field_dict["ai_features_disabled"] = self.ai_features_disabled
        elif "ai_features_disabled" in self._nulls:
            field_dict["ai_features_disabled"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.package is not None:
            field_dict["package"] = self.package
        elif "package" in self._nulls:
            field_dict["package"] = None
        if self.permalink is not None:
            field_dict["permalink"] = self.permalink
        elif "permalink" in self._nulls:
            field_dict["permalink"] = None
        if self.project_count is not None:
            field_dict["project_count"] = self.project_count
        elif "project_count" in self._nulls:
            field_dict["project_count"] = None
        if self.project_limit is not None:
            field_dict["project_limit"] = self.project_limit
        elif "project_limit" in self._nulls:
            field_dict["project_limit"] = None
        if self.suspended is not None:
            field_dict["suspended"] = self.suspended
        elif "suspended" in self._nulls:
            field_dict["suspended"] = None
        if self.time_zone is not None:
            field_dict["time_zone"] = self.time_zone
        elif "time_zone" in self._nulls:
            field_dict["time_zone"] = None
        if self.trialling is not None:
            field_dict["trialling"] = self.trialling
        elif "trialling" in self._nulls:
            field_dict["trialling"] = None
        if self.users_allowed is not None:
            field_dict["users_allowed"] = self.users_allowed
        elif "users_allowed" in self._nulls:
            field_dict["users_allowed"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        ai_features_disabled: bool | None
        _value = d.pop("ai_features_disabled", UNSET)
        if _value is None:
            ai_features_disabled = None
            null("ai_features_disabled")
        elif _value is UNSET:
            ai_features_disabled = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                ai_features_disabled = _value

            except FAILURES as error:
                loose(d, "Account", "ai_features_disabled", _value, "bool | None", error)
                ai_features_disabled = None

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
                loose(d, "Account", "name", _value, "None | str", error)
                name = None

        package: None | str
        _value = d.pop("package", UNSET)
        if _value is None:
            package = None
            null("package")
        elif _value is UNSET:
            package = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                package = _value

            except FAILURES as error:
                loose(d, "Account", "package", _value, "None | str", error)
                package = None

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
                loose(d, "Account", "permalink", _value, "None | str", error)
                permalink = None

        project_count: int | None
        _value = d.pop("project_count", UNSET)
        if _value is None:
            project_count = None
            null("project_count")
        elif _value is UNSET:
            project_count = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                project_count = _value

            except FAILURES as error:
                loose(d, "Account", "project_count", _value, "int | None", error)
                project_count = None

        project_limit: int | None
        _value = d.pop("project_limit", UNSET)
        if _value is None:
            project_limit = None
            null("project_limit")
        elif _value is UNSET:
            project_limit = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                project_limit = _value

            except FAILURES as error:
                loose(d, "Account", "project_limit", _value, "int | None", error)
                project_limit = None

        suspended: bool | None
        _value = d.pop("suspended", UNSET)
        if _value is None:
            suspended = None
            null("suspended")
        elif _value is UNSET:
            suspended = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                suspended = _value

            except FAILURES as error:
                loose(d, "Account", "suspended", _value, "bool | None", error)
                suspended = None

        time_zone: None | str
        _value = d.pop("time_zone", UNSET)
        if _value is None:
            time_zone = None
            null("time_zone")
        elif _value is UNSET:
            time_zone = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                time_zone = _value

            except FAILURES as error:
                loose(d, "Account", "time_zone", _value, "None | str", error)
                time_zone = None

        trialling: bool | None
        _value = d.pop("trialling", UNSET)
        if _value is None:
            trialling = None
            null("trialling")
        elif _value is UNSET:
            trialling = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                trialling = _value

            except FAILURES as error:
                loose(d, "Account", "trialling", _value, "bool | None", error)
                trialling = None

        users_allowed: bool | None
        _value = d.pop("users_allowed", UNSET)
        if _value is None:
            users_allowed = None
            null("users_allowed")
        elif _value is UNSET:
            users_allowed = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                users_allowed = _value

            except FAILURES as error:
                loose(d, "Account", "users_allowed", _value, "bool | None", error)
                users_allowed = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_AccountBuilding)
        _instance.ai_features_disabled = ai_features_disabled
        _instance.name = name
        _instance.package = package
        _instance.permalink = permalink
        _instance.project_count = project_count
        _instance.project_limit = project_limit
        _instance.suspended = suspended
        _instance.time_zone = time_zone
        _instance.trialling = trialling
        _instance.users_allowed = users_allowed
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


class _AccountBuilding(Account):
    """A Account while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
