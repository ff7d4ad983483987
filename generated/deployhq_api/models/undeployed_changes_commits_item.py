from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

T = TypeVar("T", bound="UndeployedChangesCommitsItem")


@_attrs_define
class UndeployedChangesCommitsItem:
    """
    Attributes:
        author (None | str | Unset):
        email (None | str | Unset):
        message (None | str | Unset):
        ref (None | str | Unset):
        short_message (None | str | Unset):
        timestamp (datetime.datetime | None | Unset):
        url (None | str | Unset):
    """

    author: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    ref: None | str | Unset = UNSET
    short_message: None | str | Unset = UNSET
    timestamp: datetime.datetime | None | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        author: None | str | Unset
        if isinstance(self.author, Unset):
            author = UNSET
        else:
            author = self.author

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        ref: None | str | Unset
        if isinstance(self.ref, Unset):
            ref = UNSET
        else:
            ref = self.ref

        short_message: None | str | Unset
        if isinstance(self.short_message, Unset):
            short_message = UNSET
        else:
            short_message = self.short_message

        timestamp: None | str | Unset
        if isinstance(self.timestamp, Unset):
            timestamp = UNSET
        elif isinstance(self.timestamp, datetime.datetime):
            timestamp = self.timestamp.isoformat()
        else:
            timestamp = self.timestamp

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if author is not UNSET:
            field_dict["author"] = author
        if email is not UNSET:
            field_dict["email"] = email
        if message is not UNSET:
            field_dict["message"] = message
        if ref is not UNSET:
            field_dict["ref"] = ref
        if short_message is not UNSET:
            field_dict["short_message"] = short_message
        if timestamp is not UNSET:
            field_dict["timestamp"] = timestamp
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        author: None | str | Unset = d.pop("author", UNSET)
        if not (author is None or isinstance(author, (str, Unset))):
            raise mismatch("author", author, "None | str | Unset")

        email: None | str | Unset = d.pop("email", UNSET)
        if not (email is None or isinstance(email, (str, Unset))):
            raise mismatch("email", email, "None | str | Unset")

        message: None | str | Unset = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise mismatch("message", message, "None | str | Unset")

        ref: None | str | Unset = d.pop("ref", UNSET)
        if not (ref is None or isinstance(ref, (str, Unset))):
            raise mismatch("ref", ref, "None | str | Unset")

        short_message: None | str | Unset = d.pop("short_message", UNSET)
        if not (short_message is None or isinstance(short_message, (str, Unset))):
            raise mismatch("short_message", short_message, "None | str | Unset")

        timestamp: datetime.datetime | None | Unset
        _timestamp_data = d.pop("timestamp", UNSET)
        if isinstance(_timestamp_data, str):
            try:
                timestamp_type_0 = parse_datetime(_timestamp_data)

                timestamp = timestamp_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("timestamp", _timestamp_data, "datetime.datetime | None | Unset", error) from error
        elif _timestamp_data is None or isinstance(_timestamp_data, Unset):
            timestamp = _timestamp_data
        else:
            raise mismatch("timestamp", _timestamp_data, "datetime.datetime | None | Unset")

        url: None | str | Unset = d.pop("url", UNSET)
        if not (url is None or isinstance(url, (str, Unset))):
            raise mismatch("url", url, "None | str | Unset")

        _instance = cls(
            author,
            email,
            message,
            ref,
            short_message,
            timestamp,
            url,
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
