from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.build_cache_file_input_build_cache_file import BuildCacheFileInputBuildCacheFile


T = TypeVar("T", bound="BuildCacheFileInput")


@_attrs_define
class BuildCacheFileInput:
    """
    Attributes:
        build_cache_file (BuildCacheFileInputBuildCacheFile):
    """

    build_cache_file: BuildCacheFileInputBuildCacheFile
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        build_cache_file = self.build_cache_file.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "build_cache_file": build_cache_file,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        build_cache_file = BuildCacheFileInputBuildCacheFile.from_dict(d.pop("build_cache_file"))

        _instance = cls(
            build_cache_file,
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
from ..models.build_cache_file_input_build_cache_file import BuildCacheFileInputBuildCacheFile
