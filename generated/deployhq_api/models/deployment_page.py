from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    missing,
    model_repr,
    required_loose,
)

if TYPE_CHECKING:
    from ..models.deployment_summary import DeploymentSummary
    from ..models.pagination import Pagination


T = TypeVar("T", bound="DeploymentPage")


@_attrs_define(frozen=True, repr=False)
class DeploymentPage:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        records (list[DeploymentSummary])
        pagination (None | Pagination)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    records: list[DeploymentSummary]
    pagination: None | Pagination = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        field_dict["records"] = encode(self.records)
        if self.pagination is not None:
            field_dict["pagination"] = encode(self.pagination)
        elif "pagination" in self._nulls:
            field_dict["pagination"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        records: list[DeploymentSummary]
        _value = d.pop("records", UNSET)
        if _value is UNSET:
            records = missing(d, "DeploymentPage", "records")
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                records = [DeploymentSummary.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                records = required_loose(d, "DeploymentPage", "records", _value, "list[DeploymentSummary]", error)

        pagination: None | Pagination
        _value = d.pop("pagination", UNSET)
        if _value is None:
            pagination = None
            null("pagination")
        elif _value is UNSET:
            pagination = None
        else:
            try:
                pagination = Pagination.from_dict(_value)

            except FAILURES as error:
                loose(d, "DeploymentPage", "pagination", _value, "None | Pagination", error)
                pagination = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DeploymentPageBuilding)
        _instance.records = records
        _instance.pagination = pagination
        _entries: dict[str, Any] = {}
        for _key, _value in d.items():
            _entry: Any
            _entry = _value

            _entries[_key] = _entry
        _instance.additional_properties = _entries
        _instance._nulls = nulls
        _instance.__class__ = cls
        built: Self = _instance
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _DeploymentPageBuilding(DeploymentPage):
    """A DeploymentPage while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.deployment_summary import DeploymentSummary
from ..models.pagination import Pagination
