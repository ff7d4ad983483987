from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
)

if TYPE_CHECKING:
    from ..models.commit_info import CommitInfo
    from ..models.recent_commits_releases_item import RecentCommitsReleasesItem
    from ..models.recent_commits_tags_item import RecentCommitsTagsItem


T = TypeVar("T", bound="RecentCommits")


@_attrs_define(frozen=True, repr=False)
class RecentCommits:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        commits (list[CommitInfo] | None)
        releases (list[RecentCommitsReleasesItem] | None)
        tags (list[RecentCommitsTagsItem] | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    commits: list[CommitInfo] | None = None
    releases: list[RecentCommitsReleasesItem] | None = None
    tags: list[RecentCommitsTagsItem] | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.commits is not None:
            field_dict["commits"] = encode(self.commits)
        elif "commits" in self._nulls:
            field_dict["commits"] = None
        if self.releases is not None:
            field_dict["releases"] = encode(self.releases)
        elif "releases" in self._nulls:
            field_dict["releases"] = None
        if self.tags is not None:
            field_dict["tags"] = encode(self.tags)
        elif "tags" in self._nulls:
            field_dict["tags"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        commits: list[CommitInfo] | None
        _value = d.pop("commits", UNSET)
        if _value is None:
            commits = None
            null("commits")
        elif _value is UNSET:
            commits = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                commits = [CommitInfo.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "RecentCommits", "commits", _value, "list[CommitInfo] | None", error)
                commits = None

        releases: list[RecentCommitsReleasesItem] | None
        _value = d.pop("releases", UNSET)
        if _value is None:
            releases = None
            null("releases")
        elif _value is UNSET:
            releases = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                releases = [RecentCommitsReleasesItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "RecentCommits", "releases", _value, "list[RecentCommitsReleasesItem] | None", error)
                releases = None

        tags: list[RecentCommitsTagsItem] | None
        _value = d.pop("tags", UNSET)
        if _value is None:
            tags = None
            null("tags")
        elif _value is UNSET:
            tags = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                tags = [RecentCommitsTagsItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "RecentCommits", "tags", _value, "list[RecentCommitsTagsItem] | None", error)
                tags = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_RecentCommitsBuilding)
        _instance.commits = commits
        _instance.releases = releases
        _instance.tags = tags
        _entries: dict[str, Any] = {}
        for _key, _value in d.items():
            _entry: Any
            _entry = _value

            _entries[_key] = _entry
        _instance.additional_properties = _entries
        _instance._nulls = nulls
        _instance.__class__ = cls
        built: Self = _instance
        return built

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


class _RecentCommitsBuilding(RecentCommits):
    """A RecentCommits while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.commit_info import CommitInfo
from ..models.recent_commits_releases_item import RecentCommitsReleasesItem
from ..models.recent_commits_tags_item import RecentCommitsTagsItem
