from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="ApiKey")


@_attrs_define
class ApiKey:
    """
    Attributes:
        api_key (None | str | Unset):
        description (None | str | Unset):
        device (None | str | Unset):
        html (None | str | Unset):
        identifier (None | str | Unset):
        user_id (int | None | Unset):
    """

    api_key: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    device: None | str | Unset = UNSET
    html: None | str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    user_id: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        device: None | str | Unset
        if isinstance(self.device, Unset):
            device = UNSET
        else:
            device = self.device

        html: None | str | Unset
        if isinstance(self.html, Unset):
            html = UNSET
        else:
            html = self.html

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        user_id: int | None | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if description is not UNSET:
            field_dict["description"] = description
        if device is not UNSET:
            field_dict["device"] = device
        if html is not UNSET:
            field_dict["html"] = html
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if user_id is not UNSET:
            field_dict["user_id"] = user_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        api_key: None | str | Unset = d.pop("api_key", UNSET)
        if not (api_key is None or isinstance(api_key, (str, Unset))):
            raise mismatch("api_key", api_key, "None | str | Unset")

        description: None | str | Unset = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise mismatch("description", description, "None | str | Unset")

        device: None | str | Unset = d.pop("device", UNSET)
        if not (device is None or isinstance(device, (str, Unset))):
            raise mismatch("device", device, "None | str | Unset")

        html: None | str | Unset = d.pop("html", UNSET)
        if not (html is None or isinstance(html, (str, Unset))):
            raise mismatch("html", html, "None | str | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        user_id: int | None | Unset = d.pop("user_id", UNSET)
        if not (user_id is None or isinstance(user_id, (int, Unset))):
            raise mismatch("user_id", user_id, "int | None | Unset")

        _instance = cls(
            api_key,
            description,
            device,
            html,
            identifier,
            user_id,
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
