from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="DeploymentMetadata")


@_attrs_define
class DeploymentMetadata:
    """
    Attributes:
        deployment_host (None | str | Unset):
        github_deployment_id (int | None | Unset):
        github_deployment_url (None | str | Unset):
    """

    deployment_host: None | str | Unset = UNSET
    github_deployment_id: int | None | Unset = UNSET
    github_deployment_url: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        deployment_host: None | str | Unset
        if isinstance(self.deployment_host, Unset):
            deployment_host = UNSET
        else:
            deployment_host = self.deployment_host

        github_deployment_id: int | None | Unset
        if isinstance(self.github_deployment_id, Unset):
            github_deployment_id = UNSET
        else:
            github_deployment_id = self.github_deployment_id

        github_deployment_url: None | str | Unset
        if isinstance(self.github_deployment_url, Unset):
            github_deployment_url = UNSET
        else:
            github_deployment_url = self.github_deployment_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if deployment_host is not UNSET:
            field_dict["deployment_host"] = deployment_host
        if github_deployment_id is not UNSET:
            field_dict["github_deployment_id"] = github_deployment_id
        if github_deployment_url is not UNSET:
            field_dict["github_deployment_url"] = github_deployment_url

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        deployment_host: None | str | Unset = d.pop("deployment_host", UNSET)
        if not (deployment_host is None or isinstance(deployment_host, (str, Unset))):
            raise mismatch("deployment_host", deployment_host, "None | str | Unset")

        github_deployment_id: int | None | Unset = d.pop("github_deployment_id", UNSET)
        if not (github_deployment_id is None or isinstance(github_deployment_id, (int, Unset))):
            raise mismatch("github_deployment_id", github_deployment_id, "int | None | Unset")

        github_deployment_url: None | str | Unset = d.pop("github_deployment_url", UNSET)
        if not (github_deployment_url is None or isinstance(github_deployment_url, (str, Unset))):
            raise mismatch("github_deployment_url", github_deployment_url, "None | str | Unset")

        _instance = cls(
            deployment_host,
            github_deployment_id,
            github_deployment_url,
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
