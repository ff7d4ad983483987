from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.access_test_result_results import AccessTestResultResults


T = TypeVar("T", bound="AccessTestResult")


@_attrs_define(frozen=True, repr=False)
class AccessTestResult:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        completed_at (datetime.datetime | None)
        created_at (datetime.datetime | None)
        identifier (None | str)
        results (AccessTestResultResults | None)
        status (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    completed_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    identifier: None | str = None
    results: AccessTestResultResults | None = None
    status: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.completed_at is not None:
            field_dict["completed_at"] = encode(self.completed_at)
        elif "completed_at" in self._nulls:
            field_dict["completed_at"] = None
        if self.created_at is not None:
            field_dict["created_at"] = encode(self.created_at)
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.results is not None:
            field_dict["results"] = encode(self.results)
        elif "results" in self._nulls:
            field_dict["results"] = None
        if self.status is not None:
            field_dict["status"] = self.status
        elif "status" in self._nulls:
            field_dict["status"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        completed_at: datetime.datetime | None
        _value = d.pop("completed_at", UNSET)
        if _value is None:
            completed_at = None
            null("completed_at")
        elif _value is UNSET:
            completed_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                completed_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "AccessTestResult", "completed_at", _value, "datetime.datetime | None", error)
                completed_at = None

        created_at: datetime.datetime | None
        _value = d.pop("created_at", UNSET)
        if _value is None:
            created_at = None
            null("created_at")
        elif _value is UNSET:
            created_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                created_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "AccessTestResult", "created_at", _value, "datetime.datetime | None", error)
                created_at = None

        identifier: None | str
        _value = d.pop("identifier", UNSET)
        if _value is None:
            identifier = None
            null("identifier")
        elif _value is UNSET:
            identifier = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                identifier = _value

            except FAILURES as error:
                loose(d, "AccessTestResult", "identifier", _value, "None | str", error)
                identifier = None

        results: AccessTestResultResults | None
        _value = d.pop("results", UNSET)
        if _value is None:
            results = None
            null("results")
        elif _value is UNSET:
            results = None
        else:
            try:
                results = AccessTestResultResults.from_dict(_value)

            except FAILURES as error:
                loose(d, "AccessTestResult", "results", _value, "AccessTestResultResults | None", error)
                results = None

        status: None | str
        _value = d.pop("status", UNSET)
        if _value is None:
            status = None
            null("status")
        elif _value is UNSET:
            status = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                status = _value

            except FAILURES as error:
                loose(d, "AccessTestResult", "status", _value, "None | str", error)
                status = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_AccessTestResultBuilding)
        _instance.completed_at = completed_at
        _instance.created_at = created_at
        _instance.identifier = identifier
        _instance.results = results
        _instance.status = status
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


class _AccessTestResultBuilding(AccessTestResult):
    """A AccessTestResult while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.access_test_result_results import AccessTestResultResults
