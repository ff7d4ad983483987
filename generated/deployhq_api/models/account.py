from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """
    Attributes:
        ai_features_disabled (bool | None | Unset):
        name (None | str | Unset):
        package (None | str | Unset):
        permalink (None | str | Unset):
        project_count (int | None | Unset):
        project_limit (int | None | Unset):
        suspended (bool | None | Unset):
        time_zone (None | str | Unset):
        trialling (bool | None | Unset):
        users_allowed (bool | None | Unset):
    """

    ai_features_disabled: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    package: None | str | Unset = UNSET
    permalink: None | str | Unset = UNSET
    project_count: int | None | Unset = UNSET
    project_limit: int | None | Unset = UNSET
    suspended: bool | None | Unset = UNSET
    time_zone: None | str | Unset = UNSET
    trialling: bool | None | Unset = UNSET
    users_allowed: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ai_features_disabled: bool | None | Unset
        if isinstance(self.ai_features_disabled, Unset):
            ai_features_disabled = UNSET
        else:
            ai_features_disabled = self.ai_features_disabled

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        package: None | str | Unset
        if isinstance(self.package, Unset):
            package = UNSET
        else:
            package = self.package

        permalink: None | str | Unset
        if isinstance(self.permalink, Unset):
            permalink = UNSET
        else:
            permalink = self.permalink

        project_count: int | None | Unset
        if isinstance(self.project_count, Unset):
            project_count = UNSET
        else:
            project_count = self.project_count

        project_limit: int | None | Unset
        if isinstance(self.project_limit, Unset):
            project_limit = UNSET
        else:
            project_limit = self.project_limit

        suspended: bool | None | Unset
        if isinstance(self.suspended, Unset):
            suspended = UNSET
        else:
            suspended = self.suspended

        time_zone: None | str | Unset
        if isinstance(self.time_zone, Unset):
            time_zone = UNSET
        else:
            time_zone = self.time_zone

        trialling: bool | None | Unset
        if isinstance(self.trialling, Unset):
            trialling = UNSET
        else:
            trialling = self.trialling

        users_allowed: bool | None | Unset
        if isinstance(self.users_allowed, Unset):
            users_allowed = UNSET
        else:
            users_allowed = self.users_allowed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if ai_features_disabled is not UNSET:
            field_dict["ai_features_disabled"] = ai_features_disabled
        if name is not UNSET:
            field_dict["name"] = name
        if package is not UNSET:
            field_dict["package"] = package
        if permalink is not UNSET:
            field_dict["permalink"] = permalink
        if project_count is not UNSET:
            field_dict["project_count"] = project_count
        if project_limit is not UNSET:
            field_dict["project_limit"] = project_limit
        if suspended is not UNSET:
            field_dict["suspended"] = suspended
        if time_zone is not UNSET:
            field_dict["time_zone"] = time_zone
        if trialling is not UNSET:
            field_dict["trialling"] = trialling
        if users_allowed is not UNSET:
            field_dict["users_allowed"] = users_allowed

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        ai_features_disabled: bool | None | Unset = d.pop("ai_features_disabled", UNSET)
        if not (ai_features_disabled is None or isinstance(ai_features_disabled, (bool, Unset))):
            raise mismatch("ai_features_disabled", ai_features_disabled, "bool | None | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        package: None | str | Unset = d.pop("package", UNSET)
        if not (package is None or isinstance(package, (str, Unset))):
            raise mismatch("package", package, "None | str | Unset")

        permalink: None | str | Unset = d.pop("permalink", UNSET)
        if not (permalink is None or isinstance(permalink, (str, Unset))):
            raise mismatch("permalink", permalink, "None | str | Unset")

        project_count: int | None | Unset = d.pop("project_count", UNSET)
        if not (project_count is None or isinstance(project_count, (int, Unset))):
            raise mismatch("project_count", project_count, "int | None | Unset")

        project_limit: int | None | Unset = d.pop("project_limit", UNSET)
        if not (project_limit is None or isinstance(project_limit, (int, Unset))):
            raise mismatch("project_limit", project_limit, "int | None | Unset")

        suspended: bool | None | Unset = d.pop("suspended", UNSET)
        if not (suspended is None or isinstance(suspended, (bool, Unset))):
            raise mismatch("suspended", suspended, "bool | None | Unset")

        time_zone: None | str | Unset = d.pop("time_zone", UNSET)
        if not (time_zone is None or isinstance(time_zone, (str, Unset))):
            raise mismatch("time_zone", time_zone, "None | str | Unset")

        trialling: bool | None | Unset = d.pop("trialling", UNSET)
        if not (trialling is None or isinstance(trialling, (bool, Unset))):
            raise mismatch("trialling", trialling, "bool | None | Unset")

        users_allowed: bool | None | Unset = d.pop("users_allowed", UNSET)
        if not (users_allowed is None or isinstance(users_allowed, (bool, Unset))):
            raise mismatch("users_allowed", users_allowed, "bool | None | Unset")

        _instance = cls(
            ai_features_disabled,
            name,
            package,
            permalink,
            project_count,
            project_limit,
            suspended,
            time_zone,
            trialling,
            users_allowed,
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
