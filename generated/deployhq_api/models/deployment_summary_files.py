from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.deployment_summary_files_additional_property import DeploymentSummaryFilesAdditionalProperty


T = TypeVar("T", bound="DeploymentSummaryFiles")


@_attrs_define
class DeploymentSummaryFiles:
    additional_properties: dict[str, DeploymentSummaryFilesAdditionalProperty] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            field_dict[prop_name] = prop.to_dict()

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        _instance = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = DeploymentSummaryFilesAdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        _instance.additional_properties = additional_properties
        return _instance

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DeploymentSummaryFilesAdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: DeploymentSummaryFilesAdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.deployment_summary_files_additional_property import DeploymentSummaryFilesAdditionalProperty
