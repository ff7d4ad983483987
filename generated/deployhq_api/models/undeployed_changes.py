from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

if TYPE_CHECKING:
    from ..models.undeployed_changes_commits_item import UndeployedChangesCommitsItem


T = TypeVar("T", bound="UndeployedChanges")


@_attrs_define
class UndeployedChanges:
    """
    Attributes:
        check_fail_message (None | str | Unset):
        check_in_progress (bool | None | Unset):
        commits (list[UndeployedChangesCommitsItem] | None | Unset):
        count (int | None | Unset):
        current_revision (None | str | Unset):
        last_checked_at (datetime.datetime | None | Unset):
        latest_deployed_revision (None | str | Unset):
        truncated (bool | None | Unset):
    """

    check_fail_message: None | str | Unset = UNSET
    check_in_progress: bool | None | Unset = UNSET
    commits: list[UndeployedChangesCommitsItem] | None | Unset = UNSET
    count: int | None | Unset = UNSET
    current_revision: None | str | Unset = UNSET
    last_checked_at: datetime.datetime | None | Unset = UNSET
    latest_deployed_revision: None | str | Unset = UNSET
    truncated: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_fail_message: None | str | Unset
        if isinstance(self.check_fail_message, Unset):
            check_fail_message = UNSET
        else:
            check_fail_message = self.check_fail_message

        check_in_progress: bool | None | Unset
        if isinstance(self.check_in_progress, Unset):
            check_in_progress = UNSET
        else:
            check_in_progress = self.check_in_progress

        commits: list[dict[str, Any]] | None | Unset
        if isinstance(self.commits, Unset):
            commits = UNSET
        elif isinstance(self.commits, list):
            commits = []
            for commits_type_0_item_data in self.commits:
                commits_type_0_item = commits_type_0_item_data.to_dict()
                commits.append(commits_type_0_item)

        else:
            commits = self.commits

        count: int | None | Unset
        if isinstance(self.count, Unset):
            count = UNSET
        else:
            count = self.count

        current_revision: None | str | Unset
        if isinstance(self.current_revision, Unset):
            current_revision = UNSET
        else:
            current_revision = self.current_revision

        last_checked_at: None | str | Unset
        if isinstance(self.last_checked_at, Unset):
            last_checked_at = UNSET
        elif isinstance(self.last_checked_at, datetime.datetime):
            last_checked_at = self.last_checked_at.isoformat()
        else:
            last_checked_at = self.last_checked_at

        latest_deployed_revision: None | str | Unset
        if isinstance(self.latest_deployed_revision, Unset):
            latest_deployed_revision = UNSET
        else:
            latest_deployed_revision = self.latest_deployed_revision

        truncated: bool | None | Unset
        if isinstance(self.truncated, Unset):
            truncated = UNSET
        else:
            truncated = self.truncated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_fail_message is not UNSET:
            field_dict["check_fail_message"] = check_fail_message
        if check_in_progress is not UNSET:
            field_dict["check_in_progress"] = check_in_progress
        if commits is not UNSET:
            field_dict["commits"] = commits
        if count is not UNSET:
            field_dict["count"] = count
        if current_revision is not UNSET:
            field_dict["current_revision"] = current_revision
        if last_checked_at is not UNSET:
            field_dict["last_checked_at"] = last_checked_at
        if latest_deployed_revision is not UNSET:
            field_dict["latest_deployed_revision"] = latest_deployed_revision
        if truncated is not UNSET:
            field_dict["truncated"] = truncated

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        check_fail_message: None | str | Unset = d.pop("check_fail_message", UNSET)
        if not (check_fail_message is None or isinstance(check_fail_message, (str, Unset))):
            raise mismatch("check_fail_message", check_fail_message, "None | str | Unset")

        check_in_progress: bool | None | Unset = d.pop("check_in_progress", UNSET)
        if not (check_in_progress is None or isinstance(check_in_progress, (bool, Unset))):
            raise mismatch("check_in_progress", check_in_progress, "bool | None | Unset")

        commits: list[UndeployedChangesCommitsItem] | None | Unset
        _commits_data = d.pop("commits", UNSET)
        if isinstance(_commits_data, list):
            try:
                commits_type_0 = []
                _commits_type_0 = _commits_data
                for commits_type_0_item_data in _commits_type_0:
                    commits_type_0_item = UndeployedChangesCommitsItem.from_dict(commits_type_0_item_data)

                    commits_type_0.append(commits_type_0_item)

                commits = commits_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "commits", _commits_data, "list[UndeployedChangesCommitsItem] | None | Unset", error
                ) from error
        elif _commits_data is None or isinstance(_commits_data, Unset):
            commits = _commits_data
        else:
            raise mismatch("commits", _commits_data, "list[UndeployedChangesCommitsItem] | None | Unset")

        count: int | None | Unset = d.pop("count", UNSET)
        if not (count is None or isinstance(count, (int, Unset))):
            raise mismatch("count", count, "int | None | Unset")

        current_revision: None | str | Unset = d.pop("current_revision", UNSET)
        if not (current_revision is None or isinstance(current_revision, (str, Unset))):
            raise mismatch("current_revision", current_revision, "None | str | Unset")

        last_checked_at: datetime.datetime | None | Unset
        _last_checked_at_data = d.pop("last_checked_at", UNSET)
        if isinstance(_last_checked_at_data, str):
            try:
                last_checked_at_type_0 = parse_datetime(_last_checked_at_data)

                last_checked_at = last_checked_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "last_checked_at", _last_checked_at_data, "datetime.datetime | None | Unset", error
                ) from error
        elif _last_checked_at_data is None or isinstance(_last_checked_at_data, Unset):
            last_checked_at = _last_checked_at_data
        else:
            raise mismatch("last_checked_at", _last_checked_at_data, "datetime.datetime | None | Unset")

        latest_deployed_revision: None | str | Unset = d.pop("latest_deployed_revision", UNSET)
        if not (latest_deployed_revision is None or isinstance(latest_deployed_revision, (str, Unset))):
            raise mismatch("latest_deployed_revision", latest_deployed_revision, "None | str | Unset")

        truncated: bool | None | Unset = d.pop("truncated", UNSET)
        if not (truncated is None or isinstance(truncated, (bool, Unset))):
            raise mismatch("truncated", truncated, "bool | None | Unset")

        _instance = cls(
            check_fail_message,
            check_in_progress,
            commits,
            count,
            current_revision,
            last_checked_at,
            latest_deployed_revision,
            truncated,
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
from ..models.undeployed_changes_commits_item import UndeployedChangesCommitsItem
