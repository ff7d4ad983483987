from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.managed_hosting_regions_grouped_regions import ManagedHostingRegionsGroupedRegions


T = TypeVar("T", bound="ManagedHostingRegions")


@_attrs_define
class ManagedHostingRegions:
    """
    Attributes:
        grouped_regions (ManagedHostingRegionsGroupedRegions | None | Unset):
    """

    grouped_regions: ManagedHostingRegionsGroupedRegions | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        grouped_regions: dict[str, Any] | None | Unset
        if isinstance(self.grouped_regions, Unset):
            grouped_regions = UNSET
        elif isinstance(self.grouped_regions, ManagedHostingRegionsGroupedRegions):
            grouped_regions = self.grouped_regions.to_dict()
        else:
            grouped_regions = self.grouped_regions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if grouped_regions is not UNSET:
            field_dict["grouped_regions"] = grouped_regions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        grouped_regions: ManagedHostingRegionsGroupedRegions | None | Unset
        _grouped_regions_data = d.pop("grouped_regions", UNSET)
        if isinstance(_grouped_regions_data, dict):
            try:
                grouped_regions_type_0 = ManagedHostingRegionsGroupedRegions.from_dict(_grouped_regions_data)

                grouped_regions = grouped_regions_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "grouped_regions",
                    _grouped_regions_data,
                    "ManagedHostingRegionsGroupedRegions | None | Unset",
                    error,
                ) from error
        elif _grouped_regions_data is None or isinstance(_grouped_regions_data, Unset):
            grouped_regions = _grouped_regions_data
        else:
            raise mismatch(
                "grouped_regions", _grouped_regions_data, "ManagedHostingRegionsGroupedRegions | None | Unset"
            )

        _instance = cls(
            grouped_regions,
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
from ..models.managed_hosting_regions_grouped_regions import ManagedHostingRegionsGroupedRegions
