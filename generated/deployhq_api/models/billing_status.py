from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.billing_status_scheduled_change import BillingStatusScheduledChange


T = TypeVar("T", bound="BillingStatus")


@_attrs_define
class BillingStatus:
    """
    Attributes:
        frequency (int | None | Unset):
        package (None | str | Unset):
        scheduled_change (BillingStatusScheduledChange | None | Unset):
        suspended (bool | None | Unset):
        trialling (bool | None | Unset):
    """

    frequency: int | None | Unset = UNSET
    package: None | str | Unset = UNSET
    scheduled_change: BillingStatusScheduledChange | None | Unset = UNSET
    suspended: bool | None | Unset = UNSET
    trialling: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frequency: int | None | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        package: None | str | Unset
        if isinstance(self.package, Unset):
            package = UNSET
        else:
            package = self.package

        scheduled_change: dict[str, Any] | None | Unset
        if isinstance(self.scheduled_change, Unset):
            scheduled_change = UNSET
        elif isinstance(self.scheduled_change, BillingStatusScheduledChange):
            scheduled_change = self.scheduled_change.to_dict()
        else:
            scheduled_change = self.scheduled_change

        suspended: bool | None | Unset
        if isinstance(self.suspended, Unset):
            suspended = UNSET
        else:
            suspended = self.suspended

        trialling: bool | None | Unset
        if isinstance(self.trialling, Unset):
            trialling = UNSET
        else:
            trialling = self.trialling

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if package is not UNSET:
            field_dict["package"] = package
        if scheduled_change is not UNSET:
            field_dict["scheduled_change"] = scheduled_change
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if trialling is not UNSET:
            field_dict["trialling"] = trialling

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        frequency: int | None | Unset = d.pop("frequency", UNSET)
        if not (frequency is None or isinstance(frequency, (int, Unset))):
            raise mismatch("frequency", frequency, "int | None | Unset")

        package: None | str | Unset = d.pop("package", UNSET)
        if not (package is None or isinstance(package, (str, Unset))):
            raise mismatch("package", package, "None | str | Unset")

        scheduled_change: BillingStatusScheduledChange | None | Unset
        _scheduled_change_data = d.pop("scheduled_change", UNSET)
        if isinstance(_scheduled_change_data, dict):
            try:
                scheduled_change_type_0 = BillingStatusScheduledChange.from_dict(_scheduled_change_data)

                scheduled_change = scheduled_change_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "scheduled_change", _scheduled_change_data, "BillingStatusScheduledChange | None | Unset", error
                ) from error
        elif _scheduled_change_data is None or isinstance(_scheduled_change_data, Unset):
            scheduled_change = _scheduled_change_data
        else:
            raise mismatch("scheduled_change", _scheduled_change_data, "BillingStatusScheduledChange | None | Unset")

        suspended: bool | None | Unset = d.pop("suspended", UNSET)
        if not (suspended is None or isinstance(suspended, (bool, Unset))):
            raise mismatch("suspended", suspended, "bool | None | Unset")

        trialling: bool | None | Unset = d.pop("trialling", UNSET)
        if not (trialling is None or isinstance(trialling, (bool, Unset))):
            raise mismatch("trialling", trialling, "bool | None | Unset")

        _instance = cls(
            frequency,
            package,
            scheduled_change,
            suspended,
            trialling,
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
from ..models.billing_status_scheduled_change import BillingStatusScheduledChange
