from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="BetaEnrollment")


@_attrs_define
class BetaEnrollment:
    """
    Attributes:
        beta_features (bool | None | Unset):
        enrolled (bool | None | Unset):
    """

    beta_features: bool | None | Unset = UNSET
    enrolled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        beta_features: bool | None | Unset
        if isinstance(self.beta_features, Unset):
            beta_features = UNSET
        else:
            beta_features = self.beta_features

        enrolled: bool | None | Unset
        if isinstance(self.enrolled, Unset):
            enrolled = UNSET
        else:
            enrolled = self.enrolled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if beta_features is not UNSET:
            field_dict["beta_features"] = beta_features
        if enrolled is not UNSET:
            field_dict["enrolled"] = enrolled

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        beta_features: bool | None | Unset = d.pop("beta_features", UNSET)
        if not (beta_features is None or isinstance(beta_features, (bool, Unset))):
            raise mismatch("beta_features", beta_features, "bool | None | Unset")

        enrolled: bool | None | Unset = d.pop("enrolled", UNSET)
        if not (enrolled is None or isinstance(enrolled, (bool, Unset))):
            raise mismatch("enrolled", enrolled, "bool | None | Unset")

        _instance = cls(
            beta_features,
            enrolled,
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
