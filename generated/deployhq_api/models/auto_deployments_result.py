from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.auto_deployments_result_deployables_item import AutoDeploymentsResultDeployablesItem


T = TypeVar("T", bound="AutoDeploymentsResult")


@_attrs_define
class AutoDeploymentsResult:
    """
    Attributes:
        deployables (list[AutoDeploymentsResultDeployablesItem] | None | Unset):
    """

    deployables: list[AutoDeploymentsResultDeployablesItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployables: list[dict[str, Any]] | None | Unset
        if isinstance(self.deployables, Unset):
            deployables = UNSET
        elif isinstance(self.deployables, list):
            deployables = []
            for deployables_type_0_item_data in self.deployables:
                deployables_type_0_item = deployables_type_0_item_data.to_dict()
                deployables.append(deployables_type_0_item)

        else:
            deployables = self.deployables

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployables is not UNSET:
            field_dict["deployables"] = deployables

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        deployables: list[AutoDeploymentsResultDeployablesItem] | None | Unset
        _deployables_data = d.pop("deployables", UNSET)
        if isinstance(_deployables_data, list):
            try:
                deployables_type_0 = []
                _deployables_type_0 = _deployables_data
                for deployables_type_0_item_data in _deployables_type_0:
                    deployables_type_0_item = AutoDeploymentsResultDeployablesItem.from_dict(
                        deployables_type_0_item_data
                    )

                    deployables_type_0.append(deployables_type_0_item)

                deployables = deployables_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "deployables", _deployables_data, "list[AutoDeploymentsResultDeployablesItem] | None | Unset", error
                ) from error
        elif _deployables_data is None or isinstance(_deployables_data, Unset):
            deployables = _deployables_data
        else:
            raise mismatch(
                "deployables", _deployables_data, "list[AutoDeploymentsResultDeployablesItem] | None | Unset"
            )

        _instance = cls(
            deployables,
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
from ..models.auto_deployments_result_deployables_item import AutoDeploymentsResultDeployablesItem
