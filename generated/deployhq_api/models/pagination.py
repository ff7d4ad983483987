from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
)

T = TypeVar("T", bound="Pagination")


@_attrs_define(frozen=True, repr=False)
class Pagination:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        current_page (int | None)
        offset (int | None)
        total_pages (int | None)
        total_records (int | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    current_page: int | None = None
    offset: int | None = None
    total_pages: int | None = None
    total_records: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.current_page is not None:
            field_dict["current_page"] = self.current_page
        elif "current_page" in self._nulls:
            field_dict["current_page"] = None
        if self.offset is not None:
            field_dict["offset"] = self.offset
        elif "offset" in self._nulls:
            field_dict["offset"] = None
        if self.total_pages is not None:
            field_dict["total_pages"] = self.total_pages
        elif "total_pages" in self._nulls:
            field_dict["total_pages"] = None
        if self.total_records is not None:
            field_dict["total_records"] = self.total_records
        elif "total_records" in self._nulls:
            field_dict["total_records"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        current_page: int | None
        _value = d.pop("current_page", UNSET)
        if _value is None:
            current_page = None
            null("current_page")
        elif _value is UNSET:
            current_page = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                current_page = _value

            except FAILURES as error:
                loose(d, "Pagination", "current_page", _value, "int | None", error)
                current_page = None

        offset: int | None
        _value = d.pop("offset", UNSET)
        if _value is None:
            offset = None
            null("offset")
        elif _value is UNSET:
            offset = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                offset = _value

            except FAILURES as error:
                loose(d, "Pagination", "offset", _value, "int | None", error)
                offset = None

        total_pages: int | None
        _value = d.pop("total_pages", UNSET)
        if _value is None:
            total_pages = None
            null("total_pages")
        elif _value is UNSET:
            total_pages = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                total_pages = _value

            except FAILURES as error:
                loose(d, "Pagination", "total_pages", _value, "int | None", error)
                total_pages = None

        total_records: int | None
        _value = d.pop("total_records", UNSET)
        if _value is None:
            total_records = None
            null("total_records")
        elif _value is UNSET:
            total_records = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                total_records = _value

            except FAILURES as error:
                loose(d, "Pagination", "total_records", _value, "int | None", error)
                total_records = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_PaginationBuilding)
        _instance.current_page = current_page
        _instance.offset = offset
        _instance.total_pages = total_pages
        _instance.total_records = total_records
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


class _PaginationBuilding(Pagination):
    """A Pagination while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
