from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

T = TypeVar("T", bound="Integration")


@_attrs_define
class Integration:
    """
    Attributes:
        created_at (datetime.datetime | None | Unset):
        hook_type (None | str | Unset):
        identifier (None | str | Unset):
        name (None | str | Unset):
        send_on_check_failed (bool | None | Unset):
        send_on_completion (bool | None | Unset):
        send_on_failure (bool | None | Unset):
        send_on_start (bool | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    created_at: datetime.datetime | None | Unset = UNSET
    hook_type: None | str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    send_on_check_failed: bool | None | Unset = UNSET
    send_on_completion: bool | None | Unset = UNSET
    send_on_failure: bool | None | Unset = UNSET
    send_on_start: bool | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        hook_type: None | str | Unset
        if isinstance(self.hook_type, Unset):
            hook_type = UNSET
        else:
            hook_type = self.hook_type

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        send_on_check_failed: bool | None | Unset
        if isinstance(self.send_on_check_failed, Unset):
            send_on_check_failed = UNSET
        else:
            send_on_check_failed = self.send_on_check_failed

        send_on_completion: bool | None | Unset
        if isinstance(self.send_on_completion, Unset):
            send_on_completion = UNSET
        else:
            send_on_completion = self.send_on_completion

        send_on_failure: bool | None | Unset
        if isinstance(self.send_on_failure, Unset):
            send_on_failure = UNSET
        else:
            send_on_failure = self.send_on_failure

        send_on_start: bool | None | Unset
        if isinstance(self.send_on_start, Unset):
            send_on_start = UNSET
        else:
            send_on_start = self.send_on_start

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if hook_type is not UNSET:
            field_dict["hook_type"] = hook_type
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if send_on_check_failed is not UNSET:
            field_dict["send_on_check_failed"] = send_on_check_failed
        if send_on_completion is not UNSET:
            field_dict["send_on_completion"] = send_on_completion
        if send_on_failure is not UNSET:
            field_dict["send_on_failure"] = send_on_failure
        if send_on_start is not UNSET:
            field_dict["send_on_start"] = send_on_start
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        created_at: datetime.datetime | None | Unset
        _created_at_data = d.pop("created_at", UNSET)
        if isinstance(_created_at_data, str):
            try:
                created_at_type_0 = parse_datetime(_created_at_data)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("created_at", _created_at_data, "datetime.datetime | None | Unset", error) from error
        elif _created_at_data is None or isinstance(_created_at_data, Unset):
            created_at = _created_at_data
        else:
            raise mismatch("created_at", _created_at_data, "datetime.datetime | None | Unset")

        hook_type: None | str | Unset = d.pop("hook_type", UNSET)
        if not (hook_type is None or isinstance(hook_type, (str, Unset))):
            raise mismatch("hook_type", hook_type, "None | str | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        send_on_check_failed: bool | None | Unset = d.pop("send_on_check_failed", UNSET)
        if not (send_on_check_failed is None or isinstance(send_on_check_failed, (bool, Unset))):
            raise mismatch("send_on_check_failed", send_on_check_failed, "bool | None | Unset")

        send_on_completion: bool | None | Unset = d.pop("send_on_completion", UNSET)
        if not (send_on_completion is None or isinstance(send_on_completion, (bool, Unset))):
            raise mismatch("send_on_completion", send_on_completion, "bool | None | Unset")

        send_on_failure: bool | None | Unset = d.pop("send_on_failure", UNSET)
        if not (send_on_failure is None or isinstance(send_on_failure, (bool, Unset))):
            raise mismatch("send_on_failure", send_on_failure, "bool | None | Unset")

        send_on_start: bool | None | Unset = d.pop("send_on_start", UNSET)
        if not (send_on_start is None or isinstance(send_on_start, (bool, Unset))):
            raise mismatch("send_on_start", send_on_start, "bool | None | Unset")

        updated_at: datetime.datetime | None | Unset
        _updated_at_data = d.pop("updated_at", UNSET)
        if isinstance(_updated_at_data, str):
            try:
                updated_at_type_0 = parse_datetime(_updated_at_data)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("updated_at", _updated_at_data, "datetime.datetime | None | Unset", error) from error
        elif _updated_at_data is None or isinstance(_updated_at_data, Unset):
            updated_at = _updated_at_data
        else:
            raise mismatch("updated_at", _updated_at_data, "datetime.datetime | None | Unset")

        _instance = cls(
            created_at,
            hook_type,
            identifier,
            name,
            send_on_check_failed,
            send_on_completion,
            send_on_failure,
            send_on_start,
            updated_at,
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
