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
    from ..models.scheduled_deployment_server import ScheduledDeploymentServer


T = TypeVar("T", bound="ScheduledDeployment")


@_attrs_define(frozen=True, repr=False)
class ScheduledDeployment:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        identifier (None | str)
        frequency (None | str)
        server (None | ScheduledDeploymentServer)
        start_revision (None | str)
        end_revision (None | str)
        next_deployment_at (datetime.datetime | None)
        created_at (datetime.datetime | None)
        updated_at (datetime.datetime | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    identifier: None | str = None
    frequency: None | str = None
    server: None | ScheduledDeploymentServer = None
    start_revision: None | str = None
    end_revision: None | str = None
    next_deployment_at: datetime.datetime | None = None
    created_at: datetime.datetime | None = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.frequency is not None:
            field_dict["frequency"] = self.frequency
        elif "frequency" in self._nulls:
            field_dict["frequency"] = None
        if self.server is not None:
            field_dict["server"] = encode(self.server)
        elif "server" in self._nulls:
            field_dict["server"] = None
        if self.start_revision is not None:
            field_dict["start_revision"] = self.start_revision
        elif "start_revision" in self._nulls:
            field_dict["start_revision"] = None
        if self.end_revision is not None:
            field_dict["end_revision"] = self.end_revision
        elif "end_revision" in self._nulls:
            field_dict["end_revision"] = None
        if self.next_deployment_at is not None:
            field_dict["next_deployment_at"] = encode(self.next_deployment_at)
        elif "next_deployment_at" in self._nulls:
            field_dict["next_deployment_at"] = None
        if self.created_at is not None:
            field_dict["created_at"] = encode(self.created_at)
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None
        if self.updated_at is not None:
            field_dict["updated_at"] = encode(self.updated_at)
        elif "updated_at" in self._nulls:
            field_dict["updated_at"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        identifier: None | str
        _value = d.pop("identifier", UNSET)
        if _value is None:
            identifier = None
            null("identifier")
        elif _value is UNSET:
            identifier = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                identifier = _value

            except FAILURES as error:
                loose(d, "ScheduledDeployment", "identifier", _value, "None | str", error)
                identifier = None

        frequency: None | str
        _value = d.pop("frequency", UNSET)
        if _value is None:
            frequency = None
            null("frequency")
        elif _value is UNSET:
            frequency = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                frequency = _value

            except FAILURES as error:
                loose(d, "ScheduledDeployment", "frequency", _value, "None | str", error)
                frequency = None

        server: None | ScheduledDeploymentServer
        _value = d.pop("server", UNSET)
        if _value is None:
            server = None
            null("server")
        elif _value is UNSET:
            server = None
        else:
            try:
                server = ScheduledDeploymentServer.from_dict(_value)

            except FAILURES as error:
                loose(d, "ScheduledDeployment", "server", _value, "None | ScheduledDeploymentServer", error)
                server = None

        start_revision: None | str
        _value = d.pop("start_revision", UNSET)
        if _value is None:
            start_revision = None
            null("start_revision")
        elif _value is UNSET:
            start_revision = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                start_revision = _value

            except FAILURES as error:
                loose(d, "ScheduledDeployment", "start_revision", _value, "None | str", error)
                start_revision = None

        end_revision: None | str
        _value = d.pop("end_revision", UNSET)
        if _value is None:
            end_revision = None
            null("end_revision")
        elif _value is UNSET:
            end_revision = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                end_revision = _value

            except FAILURES as error:
                loose(d, "ScheduledDeployment", "end_revision", _value, "None | str", error)
                end_revision = None

        next_deployment_at: datetime.datetime | None
        _value = d.pop("next_deployment_at", UNSET)
        if _value is None:
            next_deployment_at = None
            null("next_deployment_at")
        elif _value is UNSET:
            next_deployment_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                next_deployment_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "ScheduledDeployment", "next_deployment_at", _value, "datetime.datetime | None", error)
                next_deployment_at = None

        created_at: datetime.datetime | None
        _value = d.pop("created_at", UNSET)
        if _value is None:
            created_at = None
            null("created_at")
        elif _value is UNSET:
            created_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                created_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "ScheduledDeployment", "created_at", _value, "datetime.datetime | None", error)
                created_at = None

        updated_at: datetime.datetime | None
        _value = d.pop("updated_at", UNSET)
        if _value is None:
            updated_at = None
            null("updated_at")
        elif _value is UNSET:
            updated_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                updated_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "ScheduledDeployment", "updated_at", _value, "datetime.datetime | None", error)
                updated_at = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ScheduledDeploymentBuilding)
        _instance.identifier = identifier
        _instance.frequency = frequency
        _instance.server = server
        _instance.start_revision = start_revision
        _instance.end_revision = end_revision
        _instance.next_deployment_at = next_deployment_at
        _instance.created_at = created_at
        _instance.updated_at = updated_at
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


class _ScheduledDeploymentBuilding(ScheduledDeployment):
    """A ScheduledDeployment while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.scheduled_deployment_server import ScheduledDeploymentServer
