from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

T = TypeVar("T", bound="BillingStatusScheduledChange")


@_attrs_define
class BillingStatusScheduledChange:
    """
    Attributes:
        effective_at (datetime.datetime | None | Unset):
        target_frequency (int | None | Unset):
        target_package (None | str | Unset):
    """

    effective_at: datetime.datetime | None | Unset = UNSET
    target_frequency: int | None | Unset = UNSET
    target_package: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        effective_at: None | str | Unset
        if isinstance(self.effective_at, Unset):
            effective_at = UNSET
        elif isinstance(self.effective_at, datetime.datetime):
            effective_at = self.effective_at.isoformat()
        else:
            effective_at = self.effective_at

        target_frequency: int | None | Unset
        if isinstance(self.target_frequency, Unset):
            target_frequency = UNSET
        else:
            target_frequency = self.target_frequency

        target_package: None | str | Unset
        if isinstance(self.target_package, Unset):
            target_package = UNSET
        else:
            target_package = self.target_package

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if effective_at is not UNSET:
            field_dict["effective_at"] = effective_at
        if target_frequency is not UNSET:
            field_dict["target_frequency"] = target_frequency
        if target_package is not UNSET:
            field_dict["target_package"] = target_package

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        effective_at: datetime.datetime | None | Unset
        _effective_at_data = d.pop("effective_at", UNSET)
        if isinstance(_effective_at_data, str):
            try:
                effective_at_type_0 = parse_datetime(_effective_at_data)

                effective_at = effective_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("effective_at", _effective_at_data, "datetime.datetime | None | Unset", error) from error
        elif _effective_at_data is None or isinstance(_effective_at_data, Unset):
            effective_at = _effective_at_data
        else:
            raise mismatch("effective_at", _effective_at_data, "datetime.datetime | None | Unset")

        target_frequency: int | None | Unset = d.pop("target_frequency", UNSET)
        if not (target_frequency is None or isinstance(target_frequency, (int, Unset))):
            raise mismatch("target_frequency", target_frequency, "int | None | Unset")

        target_package: None | str | Unset = d.pop("target_package", UNSET)
        if not (target_package is None or isinstance(target_package, (str, Unset))):
            raise mismatch("target_package", target_package, "None | str | Unset")

        _instance = cls(
            effective_at,
            target_frequency,
            target_package,
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
