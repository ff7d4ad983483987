from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="RepositoryHostingService")


@_attrs_define
class RepositoryHostingService:
    """
    Attributes:
        commits_url (None | str | Unset):
        name (None | str | Unset):
        tree_url (None | str | Unset):
        url (None | str | Unset):
    """

    commits_url: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    tree_url: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        commits_url: None | str | Unset
        if isinstance(self.commits_url, Unset):
            commits_url = UNSET
        else:
            commits_url = self.commits_url

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        tree_url: None | str | Unset
        if isinstance(self.tree_url, Unset):
            tree_url = UNSET
        else:
            tree_url = self.tree_url

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commits_url is not UNSET:
            field_dict["commits_url"] = commits_url
        if name is not UNSET:
            field_dict["name"] = name
        if tree_url is not UNSET:
            field_dict["tree_url"] = tree_url
        if url is not UNSET:
            field_dict["url"] = url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        commits_url: None | str | Unset = d.pop("commits_url", UNSET)
        if not (commits_url is None or isinstance(commits_url, (str, Unset))):
            raise mismatch("commits_url", commits_url, "None | str | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        tree_url: None | str | Unset = d.pop("tree_url", UNSET)
        if not (tree_url is None or isinstance(tree_url, (str, Unset))):
            raise mismatch("tree_url", tree_url, "None | str | Unset")

        url: None | str | Unset = d.pop("url", UNSET)
        if not (url is None or isinstance(url, (str, Unset))):
            raise mismatch("url", url, "None | str | Unset")

        _instance = cls(
            commits_url,
            name,
            tree_url,
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
