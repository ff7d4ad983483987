from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="ManagedHostingSizesSizesItem")


@_attrs_define
class ManagedHostingSizesSizesItem:
    """
    Attributes:
        currency (None | str | Unset):
        label (None | str | Unset):
        monthly_cost (float | None | Unset):
        slug (None | str | Unset):
    """

    currency: None | str | Unset = UNSET
    label: None | str | Unset = UNSET
    monthly_cost: float | None | Unset = UNSET
    slug: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        monthly_cost: float | None | Unset
        if isinstance(self.monthly_cost, Unset):
            monthly_cost = UNSET
        else:
            monthly_cost = self.monthly_cost

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if label is not UNSET:
            field_dict["label"] = label
        if monthly_cost is not UNSET:
            field_dict["monthly_cost"] = monthly_cost
        if slug is not UNSET:
            field_dict["slug"] = slug

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        currency: None | str | Unset = d.pop("currency", UNSET)
        if not (currency is None or isinstance(currency, (str, Unset))):
            raise mismatch("currency", currency, "None | str | Unset")

        label: None | str | Unset = d.pop("label", UNSET)
        if not (label is None or isinstance(label, (str, Unset))):
            raise mismatch("label", label, "None | str | Unset")

        monthly_cost: float | None | Unset = d.pop("monthly_cost", UNSET)
        if not (monthly_cost is None or isinstance(monthly_cost, (float, int, Unset))):
            raise mismatch("monthly_cost", monthly_cost, "float | None | Unset")

        slug: None | str | Unset = d.pop("slug", UNSET)
        if not (slug is None or isinstance(slug, (str, Unset))):
            raise mismatch("slug", slug, "None | str | Unset")

        _instance = cls(
            currency,
            label,
            monthly_cost,
            slug,
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
