from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="BillingStatusScheduledChange")


@_attrs_define
class BillingStatusScheduledChange:
    """
    Attributes:
        target_package (None | str | Unset):
        target_frequency (int | None | Unset):
        effective_at (datetime.datetime | None | Unset):
    """

    target_package: None | str | Unset = UNSET
    target_frequency: int | None | Unset = UNSET
    effective_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        target_package: None | str | Unset
        if isinstance(self.target_package, Unset):
            target_package = UNSET
        else:
            target_package = self.target_package

        target_frequency: int | None | Unset
        if isinstance(self.target_frequency, Unset):
            target_frequency = UNSET
        else:
            target_frequency = self.target_frequency

        effective_at: None | str | Unset
        if isinstance(self.effective_at, Unset):
            effective_at = UNSET
        elif isinstance(self.effective_at, datetime.datetime):
            effective_at = self.effective_at.isoformat()
        else:
            effective_at = self.effective_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if target_package is not UNSET:
            field_dict["target_package"] = target_package
        if target_frequency is not UNSET:
            field_dict["target_frequency"] = target_frequency
        if effective_at is not UNSET:
            field_dict["effective_at"] = effective_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_target_package(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_package = _parse_target_package(d.pop("target_package", UNSET))

        def _parse_target_frequency(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        target_frequency = _parse_target_frequency(d.pop("target_frequency", UNSET))

        def _parse_effective_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_at_type_0 = isoparse(data)

                return effective_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        effective_at = _parse_effective_at(d.pop("effective_at", UNSET))

        billing_status_scheduled_change = cls(
            target_package=target_package,
            target_frequency=target_frequency,
            effective_at=effective_at,
        )

        billing_status_scheduled_change.additional_properties = d
        return billing_status_scheduled_change

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
