from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.commit_info import CommitInfo
    from ..models.recent_commits_releases_item import RecentCommitsReleasesItem
    from ..models.recent_commits_tags_item import RecentCommitsTagsItem


T = TypeVar("T", bound="RecentCommits")


@_attrs_define
class RecentCommits:
    """
    Attributes:
        commits (list[CommitInfo] | None | Unset):
        releases (list[RecentCommitsReleasesItem] | None | Unset):
        tags (list[RecentCommitsTagsItem] | None | Unset):
    """

    commits: list[CommitInfo] | None | Unset = UNSET
    releases: list[RecentCommitsReleasesItem] | None | Unset = UNSET
    tags: list[RecentCommitsTagsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        releases: list[dict[str, Any]] | None | Unset
        if isinstance(self.releases, Unset):
            releases = UNSET
        elif isinstance(self.releases, list):
            releases = []
            for releases_type_0_item_data in self.releases:
                releases_type_0_item = releases_type_0_item_data.to_dict()
                releases.append(releases_type_0_item)

        else:
            releases = self.releases

        tags: list[dict[str, Any]] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = []
            for tags_type_0_item_data in self.tags:
                tags_type_0_item = tags_type_0_item_data.to_dict()
                tags.append(tags_type_0_item)

        else:
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if commits is not UNSET:
            field_dict["commits"] = commits
        if releases is not UNSET:
            field_dict["releases"] = releases
        if tags is not UNSET:
            field_dict["tags"] = tags

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        commits: list[CommitInfo] | None | Unset
        _commits_data = d.pop("commits", UNSET)
        if isinstance(_commits_data, list):
            try:
                commits_type_0 = []
                _commits_type_0 = _commits_data
                for commits_type_0_item_data in _commits_type_0:
                    commits_type_0_item = CommitInfo.from_dict(commits_type_0_item_data)

                    commits_type_0.append(commits_type_0_item)

                commits = commits_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("commits", _commits_data, "list[CommitInfo] | None | Unset", error) from error
        elif _commits_data is None or isinstance(_commits_data, Unset):
            commits = _commits_data
        else:
            raise mismatch("commits", _commits_data, "list[CommitInfo] | None | Unset")

        releases: list[RecentCommitsReleasesItem] | None | Unset
        _releases_data = d.pop("releases", UNSET)
        if isinstance(_releases_data, list):
            try:
                releases_type_0 = []
                _releases_type_0 = _releases_data
                for releases_type_0_item_data in _releases_type_0:
                    releases_type_0_item = RecentCommitsReleasesItem.from_dict(releases_type_0_item_data)

                    releases_type_0.append(releases_type_0_item)

                releases = releases_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "releases", _releases_data, "list[RecentCommitsReleasesItem] | None | Unset", error
                ) from error
        elif _releases_data is None or isinstance(_releases_data, Unset):
            releases = _releases_data
        else:
            raise mismatch("releases", _releases_data, "list[RecentCommitsReleasesItem] | None | Unset")

        tags: list[RecentCommitsTagsItem] | None | Unset
        _tags_data = d.pop("tags", UNSET)
        if isinstance(_tags_data, list):
            try:
                tags_type_0 = []
                _tags_type_0 = _tags_data
                for tags_type_0_item_data in _tags_type_0:
                    tags_type_0_item = RecentCommitsTagsItem.from_dict(tags_type_0_item_data)

                    tags_type_0.append(tags_type_0_item)

                tags = tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("tags", _tags_data, "list[RecentCommitsTagsItem] | None | Unset", error) from error
        elif _tags_data is None or isinstance(_tags_data, Unset):
            tags = _tags_data
        else:
            raise mismatch("tags", _tags_data, "list[RecentCommitsTagsItem] | None | Unset")

        _instance = cls(
            commits,
            releases,
            tags,
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
from ..models.commit_info import CommitInfo
from ..models.recent_commits_releases_item import RecentCommitsReleasesItem
from ..models.recent_commits_tags_item import RecentCommitsTagsItem
