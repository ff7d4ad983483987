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
    from ..models.project_insights_servers_item_recent_deploys_item import ProjectInsightsServersItemRecentDeploysItem


T = TypeVar("T", bound="ProjectInsightsServersItem")


@_attrs_define(frozen=True, repr=False)
class ProjectInsightsServersItem:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        deploys_per_week (float | None)
        group (bool | None)
        identifier (None | str)
        latest_status (None | str)
        name (None | str)
        recent_deploys (list[ProjectInsightsServersItemRecentDeploysItem] | None)
        reliability (float | None)
        speed (int | None)
        total (int | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    deploys_per_week: float | None = None
    group: bool | None = None
    identifier: None | str = None
    latest_status: None | str = None
    name: None | str = None
    recent_deploys: list[ProjectInsightsServersItemRecentDeploysItem] | None = None
    reliability: float | None = None
    speed: int | None = None
    total: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.deploys_per_week is not None:
            field_dict["deploys_per_week"] = self.deploys_per_week
        elif "deploys_per_week" in self._nulls:
            field_dict["deploys_per_week"] = None
        if self.group is not None:
            field_dict["group"] = self.group
        elif "group" in self._nulls:
            field_dict["group"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.latest_status is not None:
            field_dict["latest_status"] = self.latest_status
        elif "latest_status" in self._nulls:
            field_dict["latest_status"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.recent_deploys is not None:
            field_dict["recent_deploys"] = encode(self.recent_deploys)
        elif "recent_deploys" in self._nulls:
            field_dict["recent_deploys"] = None
        if self.reliability is not None:
            field_dict["reliability"] = self.reliability
        elif "reliability" in self._nulls:
            field_dict["reliability"] = None
        if self.speed is not None:
            field_dict["speed"] = self.speed
        elif "speed" in self._nulls:
            field_dict["speed"] = None
        if self.total is not None:
            field_dict["total"] = self.total
        elif "total" in self._nulls:
            field_dict["total"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        deploys_per_week: float | None
        _value = d.pop("deploys_per_week", UNSET)
        if _value is None:
            deploys_per_week = None
            null("deploys_per_week")
        elif _value is UNSET:
            deploys_per_week = None
        else:
            try:
                if not (type(_value) is float or type(_value) is int):
                    raise TypeError()
                deploys_per_week = _value

            except FAILURES as error:
                loose(d, "ProjectInsightsServersItem", "deploys_per_week", _value, "float | None", error)
                deploys_per_week = None

        group: bool | None
        _value = d.pop("group", UNSET)
        if _value is None:
            group = None
            null("group")
        elif _value is UNSET:
            group = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                group = _value

            except FAILURES as error:
                loose(d, "ProjectInsightsServersItem", "group", _value, "bool | None", error)
                group = None

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
                loose(d, "ProjectInsightsServersItem", "identifier", _value, "None | str", error)
                identifier = None

        latest_status: None | str
        _value = d.pop("latest_status", UNSET)
        if _value is None:
            latest_status = None
            null("latest_status")
        elif _value is UNSET:
            latest_status = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                latest_status = _value

            except FAILURES as error:
                loose(d, "ProjectInsightsServersItem", "latest_status", _value, "None | str", error)
                latest_status = None

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
                loose(d, "ProjectInsightsServersItem", "name", _value, "None | str", error)
                name = None

        recent_deploys: list[ProjectInsightsServersItemRecentDeploysItem] | None
        _value = d.pop("recent_deploys", UNSET)
        if _value is None:
            recent_deploys = None
            null("recent_deploys")
        elif _value is UNSET:
            recent_deploys = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                recent_deploys = [ProjectInsightsServersItemRecentDeploysItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(
                    d,
                    "ProjectInsightsServersItem",
                    "recent_deploys",
                    _value,
                    "list[ProjectInsightsServersItemRecentDeploysItem] | None",
                    error,
                )
                recent_deploys = None

        reliability: float | None
        _value = d.pop("reliability", UNSET)
        if _value is None:
            reliability = None
            null("reliability")
        elif _value is UNSET:
            reliability = None
        else:
            try:
                if not (type(_value) is float or type(_value) is int):
                    raise TypeError()
                reliability = _value

            except FAILURES as error:
                loose(d, "ProjectInsightsServersItem", "reliability", _value, "float | None", error)
                reliability = None

        speed: int | None
        _value = d.pop("speed", UNSET)
        if _value is None:
            speed = None
            null("speed")
        elif _value is UNSET:
            speed = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                speed = _value

            except FAILURES as error:
                loose(d, "ProjectInsightsServersItem", "speed", _value, "int | None", error)
                speed = None

        total: int | None
        _value = d.pop("total", UNSET)
        if _value is None:
            total = None
            null("total")
        elif _value is UNSET:
            total = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                total = _value

            except FAILURES as error:
                loose(d, "ProjectInsightsServersItem", "total", _value, "int | None", error)
                total = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ProjectInsightsServersItemBuilding)
        _instance.deploys_per_week = deploys_per_week
        _instance.group = group
        _instance.identifier = identifier
        _instance.latest_status = latest_status
        _instance.name = name
        _instance.recent_deploys = recent_deploys
        _instance.reliability = reliability
        _instance.speed = speed
        _instance.total = total
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


class _ProjectInsightsServersItemBuilding(ProjectInsightsServersItem):
    """A ProjectInsightsServersItem while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.project_insights_servers_item_recent_deploys_item import ProjectInsightsServersItemRecentDeploysItem
