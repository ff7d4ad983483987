from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
    parse_datetime,
    required_value,
)

T = TypeVar("T", bound="DeploymentStep")


@_attrs_define(frozen=True, repr=False)
class DeploymentStep:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        identifier (str)
        status (str)
        completed_items (int | None | str)
        deployment_started_at (datetime.datetime | None)
        description (None | str)
        logs (bool | None)
        server (int | None | str)
        stage (None | str)
        step (None | str)
        total_items (int | None | str)
        updated_at (datetime.datetime | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    identifier: str
    status: str
    completed_items: int | None | str = None
    deployment_started_at: datetime.datetime | None = None
    description: None | str = None
    logs: bool | None = None
    server: int | None | str = None
    stage: None | str = None
    step: None | str = None
    total_items: int | None | str = None
    updated_at: datetime.datetime | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        field_dict["identifier"] = self.identifier
        field_dict["status"] = self.status
        if self.completed_items is not None:
            field_dict["completed_items"] = self.completed_items
        elif "completed_items" in self._nulls:
            field_dict["completed_items"] = None
        if self.deployment_started_at is not None:
            field_dict["deployment_started_at"] = encode(self.deployment_started_at)
        elif "deployment_started_at" in self._nulls:
            field_dict["deployment_started_at"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.logs is not None:
            field_dict["logs"] = self.logs
        elif "logs" in self._nulls:
            field_dict["logs"] = None
        if self.server is not None:
            field_dict["server"] = self.server
        elif "server" in self._nulls:
            field_dict["server"] = None
        if self.stage is not None:
            field_dict["stage"] = self.stage
        elif "stage" in self._nulls:
            field_dict["stage"] = None
        if self.step is not None:
            field_dict["step"] = self.step
        elif "step" in self._nulls:
            field_dict["step"] = None
        if self.total_items is not None:
            field_dict["total_items"] = self.total_items
        elif "total_items" in self._nulls:
            field_dict["total_items"] = None
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
        identifier = required_value(d, "DeploymentStep", "identifier", str)

        status = required_value(d, "DeploymentStep", "status", str)

        completed_items: int | None | str
        _value = d.pop("completed_items", UNSET)
        if _value is None:
            completed_items = None
            null("completed_items")
        elif _value is UNSET:
            completed_items = None
        else:
            try:
                if type(_value) is int or isinstance(_value, str):
                    completed_items = _value

                else:
                    raise TypeError()

            except FAILURES as error:
                loose(d, "DeploymentStep", "completed_items", _value, "int | None | str", error)
                completed_items = None

        deployment_started_at: datetime.datetime | None
        _value = d.pop("deployment_started_at", UNSET)
        if _value is None:
            deployment_started_at = None
            null("deployment_started_at")
        elif _value is UNSET:
            deployment_started_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                deployment_started_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "DeploymentStep", "deployment_started_at", _value, "datetime.datetime | None", error)
                deployment_started_at = None

        description: None | str
        _value = d.pop("description", UNSET)
        if _value is None:
            description = None
            null("description")
        elif _value is UNSET:
            description = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                description = _value

            except FAILURES as error:
                loose(d, "DeploymentStep", "description", _value, "None | str", error)
                description = None

        logs: bool | None
        _value = d.pop("logs", UNSET)
        if _value is None:
            logs = None
            null("logs")
        elif _value is UNSET:
            logs = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                logs = _value

            except FAILURES as error:
                loose(d, "DeploymentStep", "logs", _value, "bool | None", error)
                logs = None

        server: int | None | str
        _value = d.pop("server", UNSET)
        if _value is None:
            server = None
            null("server")
        elif _value is UNSET:
            server = None
        else:
            try:
                if type(_value) is int or isinstance(_value, str):
                    server = _value

                else:
                    raise TypeError()

            except FAILURES as error:
                loose(d, "DeploymentStep", "server", _value, "int | None | str", error)
                server = None

        stage: None | str
        _value = d.pop("stage", UNSET)
        if _value is None:
            stage = None
            null("stage")
        elif _value is UNSET:
            stage = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                stage = _value

            except FAILURES as error:
                loose(d, "DeploymentStep", "stage", _value, "None | str", error)
                stage = None

        step: None | str
        _value = d.pop("step", UNSET)
        if _value is None:
            step = None
            null("step")
        elif _value is UNSET:
            step = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                step = _value

            except FAILURES as error:
                loose(d, "DeploymentStep", "step", _value, "None | str", error)
                step = None

        total_items: int | None | str
        _value = d.pop("total_items", UNSET)
        if _value is None:
            total_items = None
            null("total_items")
        elif _value is UNSET:
            total_items = None
        else:
            try:
                if type(_value) is int or isinstance(_value, str):
                    total_items = _value

                else:
                    raise TypeError()

            except FAILURES as error:
                loose(d, "DeploymentStep", "total_items", _value, "int | None | str", error)
                total_items = None

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
                loose(d, "DeploymentStep", "updated_at", _value, "datetime.datetime | None", error)
                updated_at = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DeploymentStepBuilding)
        _instance.identifier = identifier
        _instance.status = status
        _instance.completed_items = completed_items
        _instance.deployment_started_at = deployment_started_at
        _instance.description = description
        _instance.logs = logs
        _instance.server = server
        _instance.stage = stage
        _instance.step = step
        _instance.total_items = total_items
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


class _DeploymentStepBuilding(DeploymentStep):
    """A DeploymentStep while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
