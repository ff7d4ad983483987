from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="Pagination")


@_attrs_define
class Pagination:
    """
    Attributes:
        current_page (int | None | Unset):
        offset (int | None | Unset):
        total_pages (int | None | Unset):
        total_records (int | None | Unset):
    """

    current_page: int | None | Unset = UNSET
    offset: int | None | Unset = UNSET
    total_pages: int | None | Unset = UNSET
    total_records: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page: int | None | Unset
        if isinstance(self.current_page, Unset):
            current_page = UNSET
        else:
            current_page = self.current_page

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        total_pages: int | None | Unset
        if isinstance(self.total_pages, Unset):
            total_pages = UNSET
        else:
            total_pages = self.total_pages

        total_records: int | None | Unset
        if isinstance(self.total_records, Unset):
            total_records = UNSET
        else:
            total_records = self.total_records

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if current_page is not UNSET:
            field_dict["current_page"] = current_page
        if offset is not UNSET:
            field_dict["offset"] = offset
        if total_pages is not UNSET:
            field_dict["total_pages"] = total_pages
        if total_records is not UNSET:
            field_dict["total_records"] = total_records

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        current_page: int | None | Unset = d.pop("current_page", UNSET)
        if not (current_page is None or isinstance(current_page, (int, Unset))):
            raise mismatch("current_page", current_page, "int | None | Unset")

        offset: int | None | Unset = d.pop("offset", UNSET)
        if not (offset is None or isinstance(offset, (int, Unset))):
            raise mismatch("offset", offset, "int | None | Unset")

        total_pages: int | None | Unset = d.pop("total_pages", UNSET)
        if not (total_pages is None or isinstance(total_pages, (int, Unset))):
            raise mismatch("total_pages", total_pages, "int | None | Unset")

        total_records: int | None | Unset = d.pop("total_records", UNSET)
        if not (total_records is None or isinstance(total_records, (int, Unset))):
            raise mismatch("total_records", total_records, "int | None | Unset")

        _instance = cls(
            current_page,
            offset,
            total_pages,
            total_records,
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
