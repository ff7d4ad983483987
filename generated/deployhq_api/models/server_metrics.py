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
    from ..models.server_metrics_cpu import ServerMetricsCpu
    from ..models.server_metrics_disk import ServerMetricsDisk
    from ..models.server_metrics_memory import ServerMetricsMemory
    from ..models.server_metrics_profile import ServerMetricsProfile


T = TypeVar("T", bound="ServerMetrics")


@_attrs_define(frozen=True, repr=False)
class ServerMetrics:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        cpu (None | ServerMetricsCpu)
        disk (None | ServerMetricsDisk)
        memory (None | ServerMetricsMemory)
        profile (None | ServerMetricsProfile)
        uptime (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    cpu: None | ServerMetricsCpu = None
    disk: None | ServerMetricsDisk = None
    memory: None | ServerMetricsMemory = None
    profile: None | ServerMetricsProfile = None
    uptime: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.cpu is not None:
            field_dict["cpu"] = encode(self.cpu)
        elif "cpu" in self._nulls:
            field_dict["cpu"] = None
        if self.disk is not None:
            field_dict["disk"] = encode(self.disk)
        elif "disk" in self._nulls:
            field_dict["disk"] = None
        if self.memory is not None:
            field_dict["memory"] = encode(self.memory)
        elif "memory" in self._nulls:
            field_dict["memory"] = None
        if self.profile is not None:
            field_dict["profile"] = encode(self.profile)
        elif "profile" in self._nulls:
            field_dict["profile"] = None
        if self.uptime is not None:
            field_dict["uptime"] = self.uptime
        elif "uptime" in self._nulls:
            field_dict["uptime"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        cpu: None | ServerMetricsCpu
        _value = d.pop("cpu", UNSET)
        if _value is None:
            cpu = None
            null("cpu")
        elif _value is UNSET:
            cpu = None
        else:
            try:
                cpu = ServerMetricsCpu.from_dict(_value)

            except FAILURES as error:
                loose(d, "ServerMetrics", "cpu", _value, "None | ServerMetricsCpu", error)
                cpu = None

        disk: None | ServerMetricsDisk
        _value = d.pop("disk", UNSET)
        if _value is None:
            disk = None
            null("disk")
        elif _value is UNSET:
            disk = None
        else:
            try:
                disk = ServerMetricsDisk.from_dict(_value)

            except FAILURES as error:
                loose(d, "ServerMetrics", "disk", _value, "None | ServerMetricsDisk", error)
                disk = None

        memory: None | ServerMetricsMemory
        _value = d.pop("memory", UNSET)
        if _value is None:
            memory = None
            null("memory")
        elif _value is UNSET:
            memory = None
        else:
            try:
                memory = ServerMetricsMemory.from_dict(_value)

            except FAILURES as error:
                loose(d, "ServerMetrics", "memory", _value, "None | ServerMetricsMemory", error)
                memory = None

        profile: None | ServerMetricsProfile
        _value = d.pop("profile", UNSET)
        if _value is None:
            profile = None
            null("profile")
        elif _value is UNSET:
            profile = None
        else:
            try:
                profile = ServerMetricsProfile.from_dict(_value)

            except FAILURES as error:
                loose(d, "ServerMetrics", "profile", _value, "None | ServerMetricsProfile", error)
                profile = None

        uptime: None | str
        _value = d.pop("uptime", UNSET)
        if _value is None:
            uptime = None
            null("uptime")
        elif _value is UNSET:
            uptime = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                uptime = _value

            except FAILURES as error:
                loose(d, "ServerMetrics", "uptime", _value, "None | str", error)
                uptime = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_ServerMetricsBuilding)
        _instance.cpu = cpu
        _instance.disk = disk
        _instance.memory = memory
        _instance.profile = profile
        _instance.uptime = uptime
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


class _ServerMetricsBuilding(ServerMetrics):
    """A ServerMetrics while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.server_metrics_cpu import ServerMetricsCpu
from ..models.server_metrics_disk import ServerMetricsDisk
from ..models.server_metrics_memory import ServerMetricsMemory
from ..models.server_metrics_profile import ServerMetricsProfile
