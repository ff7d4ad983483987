from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    NO_NULLS,
    encode,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.deployment_summary_files_additional_property import DeploymentSummaryFilesAdditionalProperty


T = TypeVar("T", bound="DeploymentSummaryFiles")


@_attrs_define(frozen=True, repr=False)
class DeploymentSummaryFiles:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    additional_properties: dict[str, DeploymentSummaryFilesAdditionalProperty] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DeploymentSummaryFilesBuilding)
        _entries: dict[str, DeploymentSummaryFilesAdditionalProperty] = {}
        for _key, _value in d.items():
            _entry: DeploymentSummaryFilesAdditionalProperty
            _entry = DeploymentSummaryFilesAdditionalProperty.from_dict(_value)

            _entries[_key] = _entry
        _instance.additional_properties = _entries
        _instance._nulls = NO_NULLS
        _instance.__class__ = cls
        built: Self = _instance
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> DeploymentSummaryFilesAdditionalProperty:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _DeploymentSummaryFilesBuilding(DeploymentSummaryFiles):
    """A DeploymentSummaryFiles while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.deployment_summary_files_additional_property import DeploymentSummaryFilesAdditionalProperty
