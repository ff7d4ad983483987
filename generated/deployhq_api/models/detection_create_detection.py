from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

if TYPE_CHECKING:
    from ..models.detection_create_detection_files import DetectionCreateDetectionFiles


T = TypeVar("T", bound="DetectionCreateDetection")


@_attrs_define
class DetectionCreateDetection:
    """
    Attributes:
        filenames (list[str] | Unset):
        files (DetectionCreateDetectionFiles | Unset):
    """

    filenames: list[str] | Unset = UNSET
    files: DetectionCreateDetectionFiles | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        filenames: list[str] | Unset = UNSET
        if not isinstance(self.filenames, Unset):
            filenames = self.filenames

        files: dict[str, Any] | Unset = UNSET
        if not isinstance(self.files, Unset):
            files = self.files.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filenames is not UNSET:
            field_dict["filenames"] = filenames
        if files is not UNSET:
            field_dict["files"] = files

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        filenames: list[str] = d.pop("filenames", UNSET)

        _files = d.pop("files", UNSET)
        files: DetectionCreateDetectionFiles | Unset
        if isinstance(_files, Unset):
            files = UNSET
        else:
            files = DetectionCreateDetectionFiles.from_dict(_files)

        _instance = cls(
            filenames,
            files,
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
from ..models.detection_create_detection_files import DetectionCreateDetectionFiles
