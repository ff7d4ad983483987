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

T = TypeVar("T", bound="AutoDeploymentsDeployablesItem")


@_attrs_define(frozen=True, repr=False)
class AutoDeploymentsDeployablesItem:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        auto_deploy (bool | None)
        identifier (None | str)
        name (None | str)
        preferred_branch (None | str)
        type_ (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    auto_deploy: bool | None = None
    identifier: None | str = None
    name: None | str = None
    preferred_branch: None | str = None
    type_: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.auto_deploy is not None:
            field_dict["auto_deploy"] = self.auto_deploy
        elif "auto_deploy" in self._nulls:
            field_dict["auto_deploy"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.preferred_branch is not None:
            field_dict["preferred_branch"] = self.preferred_branch
        elif "preferred_branch" in self._nulls:
            field_dict["preferred_branch"] = None
        if self.type_ is not None:
            field_dict["type"] = self.type_
        elif "type" in self._nulls:
            field_dict["type"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        auto_deploy: bool | None
        _value = d.pop("auto_deploy", UNSET)
        if _value is None:
            auto_deploy = None
            null("auto_deploy")
        elif _value is UNSET:
            auto_deploy = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                auto_deploy = _value

            except FAILURES as error:
                loose(d, "AutoDeploymentsDeployablesItem", "auto_deploy", _value, "bool | None", error)
                auto_deploy = None

        identifier: None | str
        _value = d.pop("identifier", UNSET)
        if _value is None:
            identifier = None
            null("identifier")
        elif _value is UNSET:
            identifier = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                identifier = _value

            except FAILURES as error:
                loose(d, "AutoDeploymentsDeployablesItem", "identifier", _value, "None | str", error)
                identifier = None

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
                loose(d, "AutoDeploymentsDeployablesItem", "name", _value, "None | str", error)
                name = None

        preferred_branch: None | str
        _value = d.pop("preferred_branch", UNSET)
        if _value is None:
            preferred_branch = None
            null("preferred_branch")
        elif _value is UNSET:
            preferred_branch = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                preferred_branch = _value

            except FAILURES as error:
                loose(d, "AutoDeploymentsDeployablesItem", "preferred_branch", _value, "None | str", error)
                preferred_branch = None

        type_: None | str
        _value = d.pop("type", UNSET)
        if _value is None:
            type_ = None
            null("type")
        elif _value is UNSET:
            type_ = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                type_ = _value

            except FAILURES as error:
                loose(d, "AutoDeploymentsDeployablesItem", "type", _value, "None | str", error)
                type_ = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_AutoDeploymentsDeployablesItemBuilding)
        _instance.auto_deploy = auto_deploy
        _instance.identifier = identifier
        _instance.name = name
        _instance.preferred_branch = preferred_branch
        _instance.type_ = type_
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


class _AutoDeploymentsDeployablesItemBuilding(AutoDeploymentsDeployablesItem):
    """A AutoDeploymentsDeployablesItem while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
