from __future__ import annotations

import datetime
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
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.undeployed_changes_commits_item import UndeployedChangesCommitsItem


T = TypeVar("T", bound="UndeployedChanges")


@_attrs_define(frozen=True, repr=False)
class UndeployedChanges:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        check_fail_message (None | str)
        check_in_progress (bool | None)
        commits (list[UndeployedChangesCommitsItem] | None)
        count (int | None)
        current_revision (None | str)
        last_checked_at (datetime.datetime | None)
        latest_deployed_revision (None | str)
        truncated (bool | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    check_fail_message: None | str = None
    check_in_progress: bool | None = None
    commits: list[UndeployedChangesCommitsItem] | None = None
    count: int | None = None
    current_revision: None | str = None
    last_checked_at: datetime.datetime | None = None
    latest_deployed_revision: None | str = None
    truncated: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.check_fail_message is not None:
            field_dict["check_fail_message"] = self.check_fail_message
        elif "check_fail_message" in self._nulls:
            field_dict["check_fail_message"] = None
        if self.check_in_progress is not None:
            field_dict["check_in_progress"] = self.check_in_progress
        elif "check_in_progress" in self._nulls:
            field_dict["check_in_progress"] = None
        if self.commits is not None:
            field_dict["commits"] = encode(self.commits)
        elif "commits" in self._nulls:
            field_dict["commits"] = None
        if self.count is not None:
            field_dict["count"] = self.count
        elif "count" in self._nulls:
            field_dict["count"] = None
        if self.current_revision is not None:
            field_dict["current_revision"] = self.current_revision
        elif "current_revision" in self._nulls:
            field_dict["current_revision"] = None
        if self.last_checked_at is not None:
            field_dict["last_checked_at"] = encode(self.last_checked_at)
        elif "last_checked_at" in self._nulls:
            field_dict["last_checked_at"] = None
        if self.latest_deployed_revision is not None:
            field_dict["latest_deployed_revision"] = self.latest_deployed_revision
        elif "latest_deployed_revision" in self._nulls:
            field_dict["latest_deployed_revision"] = None
        if self.truncated is not None:
            field_dict["truncated"] = self.truncated
        elif "truncated" in self._nulls:
            field_dict["truncated"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        check_fail_message: None | str
        _value = d.pop("check_fail_message", UNSET)
        if _value is None:
            check_fail_message = None
            null("check_fail_message")
        elif _value is UNSET:
            check_fail_message = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                check_fail_message = _value

            except FAILURES as error:
                loose(d, "UndeployedChanges", "check_fail_message", _value, "None | str", error)
                check_fail_message = None

        check_in_progress: bool | None
        _value = d.pop("check_in_progress", UNSET)
        if _value is None:
            check_in_progress = None
            null("check_in_progress")
        elif _value is UNSET:
            check_in_progress = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                check_in_progress = _value

            except FAILURES as error:
                loose(d, "UndeployedChanges", "check_in_progress", _value, "bool | None", error)
                check_in_progress = None

        commits: list[UndeployedChangesCommitsItem] | None
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
                commits = [UndeployedChangesCommitsItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "UndeployedChanges", "commits", _value, "list[UndeployedChangesCommitsItem] | None", error)
                commits = None

        count: int | None
        _value = d.pop("count", UNSET)
        if _value is None:
            count = None
            null("count")
        elif _value is UNSET:
            count = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                count = _value

            except FAILURES as error:
                loose(d, "UndeployedChanges", "count", _value, "int | None", error)
                count = None

        current_revision: None | str
        _value = d.pop("current_revision", UNSET)
        if _value is None:
            current_revision = None
            null("current_revision")
        elif _value is UNSET:
            current_revision = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                current_revision = _value

            except FAILURES as error:
                loose(d, "UndeployedChanges", "current_revision", _value, "None | str", error)
                current_revision = None

        last_checked_at: datetime.datetime | None
        _value = d.pop("last_checked_at", UNSET)
        if _value is None:
            last_checked_at = None
            null("last_checked_at")
        elif _value is UNSET:
            last_checked_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                last_checked_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "UndeployedChanges", "last_checked_at", _value, "datetime.datetime | None", error)
                last_checked_at = None

        latest_deployed_revision: None | str
        _value = d.pop("latest_deployed_revision", UNSET)
        if _value is None:
            latest_deployed_revision = None
            null("latest_deployed_revision")
        elif _value is UNSET:
            latest_deployed_revision = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                latest_deployed_revision = _value

            except FAILURES as error:
                loose(d, "UndeployedChanges", "latest_deployed_revision", _value, "None | str", error)
                latest_deployed_revision = None

        truncated: bool | None
        _value = d.pop("truncated", UNSET)
        if _value is None:
            truncated = None
            null("truncated")
        elif _value is UNSET:
            truncated = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                truncated = _value

            except FAILURES as error:
                loose(d, "UndeployedChanges", "truncated", _value, "bool | None", error)
                truncated = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_UndeployedChangesBuilding)
        _instance.check_fail_message = check_fail_message
        _instance.check_in_progress = check_in_progress
        _instance.commits = commits
        _instance.count = count
        _instance.current_revision = current_revision
        _instance.last_checked_at = last_checked_at
        _instance.latest_deployed_revision = latest_deployed_revision
        _instance.truncated = truncated
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


class _UndeployedChangesBuilding(UndeployedChanges):
    """A UndeployedChanges while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.undeployed_changes_commits_item import UndeployedChangesCommitsItem
