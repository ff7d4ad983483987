from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.auto_deployments_update_auto_deploy_hash import AutoDeploymentsUpdateAutoDeployHash
    from ..models.auto_deployments_update_auto_deploy_switch import AutoDeploymentsUpdateAutoDeploySwitch


T = TypeVar("T", bound="AutoDeploymentsUpdate")


@_attrs_define
class AutoDeploymentsUpdate:
    """
    Attributes:
        deployables (AutoDeploymentsUpdateAutoDeployHash | list[AutoDeploymentsUpdateAutoDeploySwitch]):
    """

    deployables: AutoDeploymentsUpdateAutoDeployHash | list[AutoDeploymentsUpdateAutoDeploySwitch]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployables: dict[str, Any] | list[dict[str, Any]]
        if isinstance(self.deployables, AutoDeploymentsUpdateAutoDeployHash):
            deployables = self.deployables.to_dict()
        else:
            deployables = []
            for deployables_type_1_item_data in self.deployables:
                deployables_type_1_item = deployables_type_1_item_data.to_dict()
                deployables.append(deployables_type_1_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "deployables": deployables,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)

        def _parse_deployables(
            data: Any,
        ) -> AutoDeploymentsUpdateAutoDeployHash | list[AutoDeploymentsUpdateAutoDeploySwitch]:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                deployables_auto_deploy_hash = AutoDeploymentsUpdateAutoDeployHash.from_dict(data)

                return deployables_auto_deploy_hash
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, list):
                raise TypeError()
            deployables_type_1 = []
            _deployables_type_1 = data
            for deployables_type_1_item_data in _deployables_type_1:
                deployables_type_1_item = AutoDeploymentsUpdateAutoDeploySwitch.from_dict(deployables_type_1_item_data)

                deployables_type_1.append(deployables_type_1_item)

            return deployables_type_1

        deployables = _parse_deployables(d.pop("deployables"))

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
from ..models.auto_deployments_update_auto_deploy_hash import AutoDeploymentsUpdateAutoDeployHash
from ..models.auto_deployments_update_auto_deploy_switch import AutoDeploymentsUpdateAutoDeploySwitch
