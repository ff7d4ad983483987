from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.deployment_summary import DeploymentSummary
    from ..models.pagination import Pagination


T = TypeVar("T", bound="DeploymentPage")


@_attrs_define
class DeploymentPage:
    """
    Attributes:
        pagination (None | Pagination | Unset):
        records (list[DeploymentSummary] | None | Unset):
    """

    pagination: None | Pagination | Unset = UNSET
    records: list[DeploymentSummary] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        pagination: dict[str, Any] | None | Unset
        if isinstance(self.pagination, Unset):
            pagination = UNSET
        elif isinstance(self.pagination, Pagination):
            pagination = self.pagination.to_dict()
        else:
            pagination = self.pagination

        records: list[dict[str, Any]] | None | Unset
        if isinstance(self.records, Unset):
            records = UNSET
        elif isinstance(self.records, list):
            records = []
            for records_type_0_item_data in self.records:
                records_type_0_item = records_type_0_item_data.to_dict()
                records.append(records_type_0_item)

        else:
            records = self.records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if records is not UNSET:
            field_dict["records"] = records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        pagination: None | Pagination | Unset
        _pagination_data = d.pop("pagination", UNSET)
        if isinstance(_pagination_data, dict):
            try:
                pagination_type_0 = Pagination.from_dict(_pagination_data)

                pagination = pagination_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("pagination", _pagination_data, "None | Pagination | Unset", error) from error
        elif _pagination_data is None or isinstance(_pagination_data, Unset):
            pagination = _pagination_data
        else:
            raise mismatch("pagination", _pagination_data, "None | Pagination | Unset")

        records: list[DeploymentSummary] | None | Unset
        _records_data = d.pop("records", UNSET)
        if isinstance(_records_data, list):
            try:
                records_type_0 = []
                _records_type_0 = _records_data
                for records_type_0_item_data in _records_type_0:
                    records_type_0_item = DeploymentSummary.from_dict(records_type_0_item_data)

                    records_type_0.append(records_type_0_item)

                records = records_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("records", _records_data, "list[DeploymentSummary] | None | Unset", error) from error
        elif _records_data is None or isinstance(_records_data, Unset):
            records = _records_data
        else:
            raise mismatch("records", _records_data, "list[DeploymentSummary] | None | Unset")

        _instance = cls(
            pagination,
            records,
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
from ..models.deployment_summary import DeploymentSummary
from ..models.pagination import Pagination
