from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.project_insights_servers_item_recent_deploys_item import ProjectInsightsServersItemRecentDeploysItem


T = TypeVar("T", bound="ProjectInsightsServersItem")


@_attrs_define
class ProjectInsightsServersItem:
    """
    Attributes:
        deploys_per_week (float | None | Unset):
        group (bool | None | Unset):
        identifier (None | str | Unset):
        latest_status (None | str | Unset):
        name (None | str | Unset):
        recent_deploys (list[ProjectInsightsServersItemRecentDeploysItem] | None | Unset):
        reliability (float | None | Unset):
        speed (int | None | Unset):
        total (int | None | Unset):
    """

    deploys_per_week: float | None | Unset = UNSET
    group: bool | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    latest_status: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    recent_deploys: list[ProjectInsightsServersItemRecentDeploysItem] | None | Unset = UNSET
    reliability: float | None | Unset = UNSET
    speed: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deploys_per_week: float | None | Unset
        if isinstance(self.deploys_per_week, Unset):
            deploys_per_week = UNSET
        else:
            deploys_per_week = self.deploys_per_week

        group: bool | None | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        latest_status: None | str | Unset
        if isinstance(self.latest_status, Unset):
            latest_status = UNSET
        else:
            latest_status = self.latest_status

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        recent_deploys: list[dict[str, Any]] | None | Unset
        if isinstance(self.recent_deploys, Unset):
            recent_deploys = UNSET
        elif isinstance(self.recent_deploys, list):
            recent_deploys = []
            for recent_deploys_type_0_item_data in self.recent_deploys:
                recent_deploys_type_0_item = recent_deploys_type_0_item_data.to_dict()
                recent_deploys.append(recent_deploys_type_0_item)

        else:
            recent_deploys = self.recent_deploys

        reliability: float | None | Unset
        if isinstance(self.reliability, Unset):
            reliability = UNSET
        else:
            reliability = self.reliability

        speed: int | None | Unset
        if isinstance(self.speed, Unset):
            speed = UNSET
        else:
            speed = self.speed

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deploys_per_week is not UNSET:
            field_dict["deploys_per_week"] = deploys_per_week
        if group is not UNSET:
            field_dict["group"] = group
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if latest_status is not UNSET:
            field_dict["latest_status"] = latest_status
        if name is not UNSET:
            field_dict["name"] = name
        if recent_deploys is not UNSET:
            field_dict["recent_deploys"] = recent_deploys
        if reliability is not UNSET:
            field_dict["reliability"] = reliability
        if speed is not UNSET:
            field_dict["speed"] = speed
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        deploys_per_week: float | None | Unset = d.pop("deploys_per_week", UNSET)
        if not (deploys_per_week is None or isinstance(deploys_per_week, (float, int, Unset))):
            raise mismatch("deploys_per_week", deploys_per_week, "float | None | Unset")

        group: bool | None | Unset = d.pop("group", UNSET)
        if not (group is None or isinstance(group, (bool, Unset))):
            raise mismatch("group", group, "bool | None | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        latest_status: None | str | Unset = d.pop("latest_status", UNSET)
        if not (latest_status is None or isinstance(latest_status, (str, Unset))):
            raise mismatch("latest_status", latest_status, "None | str | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        recent_deploys: list[ProjectInsightsServersItemRecentDeploysItem] | None | Unset
        _recent_deploys_data = d.pop("recent_deploys", UNSET)
        if isinstance(_recent_deploys_data, list):
            try:
                recent_deploys_type_0 = []
                _recent_deploys_type_0 = _recent_deploys_data
                for recent_deploys_type_0_item_data in _recent_deploys_type_0:
                    recent_deploys_type_0_item = ProjectInsightsServersItemRecentDeploysItem.from_dict(
                        recent_deploys_type_0_item_data
                    )

                    recent_deploys_type_0.append(recent_deploys_type_0_item)

                recent_deploys = recent_deploys_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "recent_deploys",
                    _recent_deploys_data,
                    "list[ProjectInsightsServersItemRecentDeploysItem] | None | Unset",
                    error,
                ) from error
        elif _recent_deploys_data is None or isinstance(_recent_deploys_data, Unset):
            recent_deploys = _recent_deploys_data
        else:
            raise mismatch(
                "recent_deploys",
                _recent_deploys_data,
                "list[ProjectInsightsServersItemRecentDeploysItem] | None | Unset",
            )

        reliability: float | None | Unset = d.pop("reliability", UNSET)
        if not (reliability is None or isinstance(reliability, (float, int, Unset))):
            raise mismatch("reliability", reliability, "float | None | Unset")

        speed: int | None | Unset = d.pop("speed", UNSET)
        if not (speed is None or isinstance(speed, (int, Unset))):
            raise mismatch("speed", speed, "int | None | Unset")

        total: int | None | Unset = d.pop("total", UNSET)
        if not (total is None or isinstance(total, (int, Unset))):
            raise mismatch("total", total, "int | None | Unset")

        _instance = cls(
            deploys_per_week,
            group,
            identifier,
            latest_status,
            name,
            recent_deploys,
            reliability,
            speed,
            total,
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


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.project_insights_servers_item_recent_deploys_item import ProjectInsightsServersItemRecentDeploysItem
