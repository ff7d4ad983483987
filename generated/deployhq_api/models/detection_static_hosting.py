from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="DetectionStaticHosting")


@_attrs_define
class DetectionStaticHosting:
    """
    Attributes:
        confidence (None | str | Unset):
        eligibility (None | str | Unset):
        root_path (None | str | Unset):
        spa_mode (bool | None | Unset):
    """

    confidence: None | str | Unset = UNSET
    eligibility: None | str | Unset = UNSET
    root_path: None | str | Unset = UNSET
    spa_mode: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        confidence: None | str | Unset
        if isinstance(self.confidence, Unset):
            confidence = UNSET
        else:
            confidence = self.confidence

        eligibility: None | str | Unset
        if isinstance(self.eligibility, Unset):
            eligibility = UNSET
        else:
            eligibility = self.eligibility

        root_path: None | str | Unset
        if isinstance(self.root_path, Unset):
            root_path = UNSET
        else:
            root_path = self.root_path

        spa_mode: bool | None | Unset
        if isinstance(self.spa_mode, Unset):
            spa_mode = UNSET
        else:
            spa_mode = self.spa_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if confidence is not UNSET:
            field_dict["confidence"] = confidence
        if eligibility is not UNSET:
            field_dict["eligibility"] = eligibility
        if root_path is not UNSET:
            field_dict["root_path"] = root_path
        if spa_mode is not UNSET:
            field_dict["spa_mode"] = spa_mode

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        confidence: None | str | Unset = d.pop("confidence", UNSET)
        if not (confidence is None or isinstance(confidence, (str, Unset))):
            raise mismatch("confidence", confidence, "None | str | Unset")

        eligibility: None | str | Unset = d.pop("eligibility", UNSET)
        if not (eligibility is None or isinstance(eligibility, (str, Unset))):
            raise mismatch("eligibility", eligibility, "None | str | Unset")

        root_path: None | str | Unset = d.pop("root_path", UNSET)
        if not (root_path is None or isinstance(root_path, (str, Unset))):
            raise mismatch("root_path", root_path, "None | str | Unset")

        spa_mode: bool | None | Unset = d.pop("spa_mode", UNSET)
        if not (spa_mode is None or isinstance(spa_mode, (bool, Unset))):
            raise mismatch("spa_mode", spa_mode, "bool | None | Unset")

        _instance = cls(
            confidence,
            eligibility,
            root_path,
            spa_mode,
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
