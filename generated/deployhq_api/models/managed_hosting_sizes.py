from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.managed_hosting_sizes_sizes_item import ManagedHostingSizesSizesItem


T = TypeVar("T", bound="ManagedHostingSizes")


@_attrs_define
class ManagedHostingSizes:
    """
    Attributes:
        sizes (list[ManagedHostingSizesSizesItem] | None | Unset):
    """

    sizes: list[ManagedHostingSizesSizesItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        sizes: list[dict[str, Any]] | None | Unset
        if isinstance(self.sizes, Unset):
            sizes = UNSET
        elif isinstance(self.sizes, list):
            sizes = []
            for sizes_type_0_item_data in self.sizes:
                sizes_type_0_item = sizes_type_0_item_data.to_dict()
                sizes.append(sizes_type_0_item)

        else:
            sizes = self.sizes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sizes is not UNSET:
            field_dict["sizes"] = sizes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        sizes: list[ManagedHostingSizesSizesItem] | None | Unset
        _sizes_data = d.pop("sizes", UNSET)
        if isinstance(_sizes_data, list):
            try:
                sizes_type_0 = []
                _sizes_type_0 = _sizes_data
                for sizes_type_0_item_data in _sizes_type_0:
                    sizes_type_0_item = ManagedHostingSizesSizesItem.from_dict(sizes_type_0_item_data)

                    sizes_type_0.append(sizes_type_0_item)

                sizes = sizes_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "sizes", _sizes_data, "list[ManagedHostingSizesSizesItem] | None | Unset", error
                ) from error
        elif _sizes_data is None or isinstance(_sizes_data, Unset):
            sizes = _sizes_data
        else:
            raise mismatch("sizes", _sizes_data, "list[ManagedHostingSizesSizesItem] | None | Unset")

        _instance = cls(
            sizes,
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
from ..models.managed_hosting_sizes_sizes_item import ManagedHostingSizesSizesItem
