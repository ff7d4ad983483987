from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="SshKey")


@_attrs_define
class SshKey:
    """
    Attributes:
        account (None | str | Unset):
        fingerprint (None | str | Unset):
        identifier (None | str | Unset):
        key_type (None | str | Unset):
        public_key (None | str | Unset):
        title (None | str | Unset):
    """

    account: None | str | Unset = UNSET
    fingerprint: None | str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    key_type: None | str | Unset = UNSET
    public_key: None | str | Unset = UNSET
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        fingerprint: None | str | Unset
        if isinstance(self.fingerprint, Unset):
            fingerprint = UNSET
        else:
            fingerprint = self.fingerprint

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        key_type: None | str | Unset
        if isinstance(self.key_type, Unset):
            key_type = UNSET
        else:
            key_type = self.key_type

        public_key: None | str | Unset
        if isinstance(self.public_key, Unset):
            public_key = UNSET
        else:
            public_key = self.public_key

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if fingerprint is not UNSET:
            field_dict["fingerprint"] = fingerprint
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if key_type is not UNSET:
            field_dict["key_type"] = key_type
        if public_key is not UNSET:
            field_dict["public_key"] = public_key
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        account: None | str | Unset = d.pop("account", UNSET)
        if not (account is None or isinstance(account, (str, Unset))):
            raise mismatch("account", account, "None | str | Unset")

        fingerprint: None | str | Unset = d.pop("fingerprint", UNSET)
        if not (fingerprint is None or isinstance(fingerprint, (str, Unset))):
            raise mismatch("fingerprint", fingerprint, "None | str | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        key_type: None | str | Unset = d.pop("key_type", UNSET)
        if not (key_type is None or isinstance(key_type, (str, Unset))):
            raise mismatch("key_type", key_type, "None | str | Unset")

        public_key: None | str | Unset = d.pop("public_key", UNSET)
        if not (public_key is None or isinstance(public_key, (str, Unset))):
            raise mismatch("public_key", public_key, "None | str | Unset")

        title: None | str | Unset = d.pop("title", UNSET)
        if not (title is None or isinstance(title, (str, Unset))):
            raise mismatch("title", title, "None | str | Unset")

        _instance = cls(
            account,
            fingerprint,
            identifier,
            key_type,
            public_key,
            title,
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
