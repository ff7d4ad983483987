from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.repository_hosting_service import RepositoryHostingService


T = TypeVar("T", bound="Repository")


@_attrs_define
class Repository:
    """
    Attributes:
        branch (None | str | Unset):
        cached (bool | None | Unset):
        hosting_service (None | RepositoryHostingService | Unset):
        port (int | None | Unset):
        scm_type (None | str | Unset):
        url (None | str | Unset):
        username (None | str | Unset):
    """

    branch: None | str | Unset = UNSET
    cached: bool | None | Unset = UNSET
    hosting_service: None | RepositoryHostingService | Unset = UNSET
    port: int | None | Unset = UNSET
    scm_type: None | str | Unset = UNSET
    url: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        cached: bool | None | Unset
        if isinstance(self.cached, Unset):
            cached = UNSET
        else:
            cached = self.cached

        hosting_service: dict[str, Any] | None | Unset
        if isinstance(self.hosting_service, Unset):
            hosting_service = UNSET
        elif isinstance(self.hosting_service, RepositoryHostingService):
            hosting_service = self.hosting_service.to_dict()
        else:
            hosting_service = self.hosting_service

        port: int | None | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        scm_type: None | str | Unset
        if isinstance(self.scm_type, Unset):
            scm_type = UNSET
        else:
            scm_type = self.scm_type

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if cached is not UNSET:
            field_dict["cached"] = cached
        if hosting_service is not UNSET:
            field_dict["hosting_service"] = hosting_service
        if port is not UNSET:
            field_dict["port"] = port
        if scm_type is not UNSET:
            field_dict["scm_type"] = scm_type
        if url is not UNSET:
            field_dict["url"] = url
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        branch: None | str | Unset = d.pop("branch", UNSET)
        if not (branch is None or isinstance(branch, (str, Unset))):
            raise mismatch("branch", branch, "None | str | Unset")

        cached: bool | None | Unset = d.pop("cached", UNSET)
        if not (cached is None or isinstance(cached, (bool, Unset))):
            raise mismatch("cached", cached, "bool | None | Unset")

        hosting_service: None | RepositoryHostingService | Unset
        _hosting_service_data = d.pop("hosting_service", UNSET)
        if isinstance(_hosting_service_data, dict):
            try:
                hosting_service_type_0 = RepositoryHostingService.from_dict(_hosting_service_data)

                hosting_service = hosting_service_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "hosting_service", _hosting_service_data, "None | RepositoryHostingService | Unset", error
                ) from error
        elif _hosting_service_data is None or isinstance(_hosting_service_data, Unset):
            hosting_service = _hosting_service_data
        else:
            raise mismatch("hosting_service", _hosting_service_data, "None | RepositoryHostingService | Unset")

        port: int | None | Unset = d.pop("port", UNSET)
        if not (port is None or isinstance(port, (int, Unset))):
            raise mismatch("port", port, "int | None | Unset")

        scm_type: None | str | Unset = d.pop("scm_type", UNSET)
        if not (scm_type is None or isinstance(scm_type, (str, Unset))):
            raise mismatch("scm_type", scm_type, "None | str | Unset")

        url: None | str | Unset = d.pop("url", UNSET)
        if not (url is None or isinstance(url, (str, Unset))):
            raise mismatch("url", url, "None | str | Unset")

        username: None | str | Unset = d.pop("username", UNSET)
        if not (username is None or isinstance(username, (str, Unset))):
            raise mismatch("username", username, "None | str | Unset")

        _instance = cls(
            branch,
            cached,
            hosting_service,
            port,
            scm_type,
            url,
            username,
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


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.repository_hosting_service import RepositoryHostingService
