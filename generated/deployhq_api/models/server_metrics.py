from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.server_metrics_cpu import ServerMetricsCpu
    from ..models.server_metrics_disk import ServerMetricsDisk
    from ..models.server_metrics_memory import ServerMetricsMemory
    from ..models.server_metrics_profile import ServerMetricsProfile


T = TypeVar("T", bound="ServerMetrics")


@_attrs_define
class ServerMetrics:
    """
    Attributes:
        cpu (None | ServerMetricsCpu | Unset):
        disk (None | ServerMetricsDisk | Unset):
        memory (None | ServerMetricsMemory | Unset):
        profile (None | ServerMetricsProfile | Unset):
        uptime (None | str | Unset):
    """

    cpu: None | ServerMetricsCpu | Unset = UNSET
    disk: None | ServerMetricsDisk | Unset = UNSET
    memory: None | ServerMetricsMemory | Unset = UNSET
    profile: None | ServerMetricsProfile | Unset = UNSET
    uptime: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cpu: dict[str, Any] | None | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        elif isinstance(self.cpu, ServerMetricsCpu):
            cpu = self.cpu.to_dict()
        else:
            cpu = self.cpu

        disk: dict[str, Any] | None | Unset
        if isinstance(self.disk, Unset):
            disk = UNSET
        elif isinstance(self.disk, ServerMetricsDisk):
            disk = self.disk.to_dict()
        else:
            disk = self.disk

        memory: dict[str, Any] | None | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        elif isinstance(self.memory, ServerMetricsMemory):
            memory = self.memory.to_dict()
        else:
            memory = self.memory

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, ServerMetricsProfile):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        uptime: None | str | Unset
        if isinstance(self.uptime, Unset):
            uptime = UNSET
        else:
            uptime = self.uptime

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if disk is not UNSET:
            field_dict["disk"] = disk
        if memory is not UNSET:
            field_dict["memory"] = memory
        if profile is not UNSET:
            field_dict["profile"] = profile
        if uptime is not UNSET:
            field_dict["uptime"] = uptime

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        cpu: None | ServerMetricsCpu | Unset
        _cpu_data = d.pop("cpu", UNSET)
        if isinstance(_cpu_data, dict):
            try:
                cpu_type_0 = ServerMetricsCpu.from_dict(_cpu_data)

                cpu = cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("cpu", _cpu_data, "None | ServerMetricsCpu | Unset", error) from error
        elif _cpu_data is None or isinstance(_cpu_data, Unset):
            cpu = _cpu_data
        else:
            raise mismatch("cpu", _cpu_data, "None | ServerMetricsCpu | Unset")

        disk: None | ServerMetricsDisk | Unset
        _disk_data = d.pop("disk", UNSET)
        if isinstance(_disk_data, dict):
            try:
                disk_type_0 = ServerMetricsDisk.from_dict(_disk_data)

                disk = disk_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("disk", _disk_data, "None | ServerMetricsDisk | Unset", error) from error
        elif _disk_data is None or isinstance(_disk_data, Unset):
            disk = _disk_data
        else:
            raise mismatch("disk", _disk_data, "None | ServerMetricsDisk | Unset")

        memory: None | ServerMetricsMemory | Unset
        _memory_data = d.pop("memory", UNSET)
        if isinstance(_memory_data, dict):
            try:
                memory_type_0 = ServerMetricsMemory.from_dict(_memory_data)

                memory = memory_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("memory", _memory_data, "None | ServerMetricsMemory | Unset", error) from error
        elif _memory_data is None or isinstance(_memory_data, Unset):
            memory = _memory_data
        else:
            raise mismatch("memory", _memory_data, "None | ServerMetricsMemory | Unset")

        profile: None | ServerMetricsProfile | Unset
        _profile_data = d.pop("profile", UNSET)
        if isinstance(_profile_data, dict):
            try:
                profile_type_0 = ServerMetricsProfile.from_dict(_profile_data)

                profile = profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("profile", _profile_data, "None | ServerMetricsProfile | Unset", error) from error
        elif _profile_data is None or isinstance(_profile_data, Unset):
            profile = _profile_data
        else:
            raise mismatch("profile", _profile_data, "None | ServerMetricsProfile | Unset")

        uptime: None | str | Unset = d.pop("uptime", UNSET)
        if not (uptime is None or isinstance(uptime, (str, Unset))):
            raise mismatch("uptime", uptime, "None | str | Unset")

        _instance = cls(
            cpu,
            disk,
            memory,
            profile,
            uptime,
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
from ..models.server_metrics_cpu import ServerMetricsCpu
from ..models.server_metrics_disk import ServerMetricsDisk
from ..models.server_metrics_memory import ServerMetricsMemory
from ..models.server_metrics_profile import ServerMetricsProfile
