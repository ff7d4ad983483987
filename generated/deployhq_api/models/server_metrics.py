from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

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
        memory (None | ServerMetricsMemory | Unset):
        disk (None | ServerMetricsDisk | Unset):
        uptime (None | str | Unset):
        profile (None | ServerMetricsProfile | Unset):
    """

    cpu: None | ServerMetricsCpu | Unset = UNSET
    memory: None | ServerMetricsMemory | Unset = UNSET
    disk: None | ServerMetricsDisk | Unset = UNSET
    uptime: None | str | Unset = UNSET
    profile: None | ServerMetricsProfile | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.server_metrics_cpu import ServerMetricsCpu
        from ..models.server_metrics_disk import ServerMetricsDisk
        from ..models.server_metrics_memory import ServerMetricsMemory
        from ..models.server_metrics_profile import ServerMetricsProfile

        cpu: dict[str, Any] | None | Unset
        if isinstance(self.cpu, Unset):
            cpu = UNSET
        elif isinstance(self.cpu, ServerMetricsCpu):
            cpu = self.cpu.to_dict()
        else:
            cpu = self.cpu

        memory: dict[str, Any] | None | Unset
        if isinstance(self.memory, Unset):
            memory = UNSET
        elif isinstance(self.memory, ServerMetricsMemory):
            memory = self.memory.to_dict()
        else:
            memory = self.memory

        disk: dict[str, Any] | None | Unset
        if isinstance(self.disk, Unset):
            disk = UNSET
        elif isinstance(self.disk, ServerMetricsDisk):
            disk = self.disk.to_dict()
        else:
            disk = self.disk

        uptime: None | str | Unset
        if isinstance(self.uptime, Unset):
            uptime = UNSET
        else:
            uptime = self.uptime

        profile: dict[str, Any] | None | Unset
        if isinstance(self.profile, Unset):
            profile = UNSET
        elif isinstance(self.profile, ServerMetricsProfile):
            profile = self.profile.to_dict()
        else:
            profile = self.profile

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cpu is not UNSET:
            field_dict["cpu"] = cpu
        if memory is not UNSET:
            field_dict["memory"] = memory
        if disk is not UNSET:
            field_dict["disk"] = disk
        if uptime is not UNSET:
            field_dict["uptime"] = uptime
        if profile is not UNSET:
            field_dict["profile"] = profile

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.server_metrics_cpu import ServerMetricsCpu
        from ..models.server_metrics_disk import ServerMetricsDisk
        from ..models.server_metrics_memory import ServerMetricsMemory
        from ..models.server_metrics_profile import ServerMetricsProfile

        d = dict(src_dict)

        def _parse_cpu(data: object) -> None | ServerMetricsCpu | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                cpu_type_0 = ServerMetricsCpu.from_dict(data)

                return cpu_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerMetricsCpu | Unset, data)

        cpu = _parse_cpu(d.pop("cpu", UNSET))

        def _parse_memory(data: object) -> None | ServerMetricsMemory | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                memory_type_0 = ServerMetricsMemory.from_dict(data)

                return memory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerMetricsMemory | Unset, data)

        memory = _parse_memory(d.pop("memory", UNSET))

        def _parse_disk(data: object) -> None | ServerMetricsDisk | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                disk_type_0 = ServerMetricsDisk.from_dict(data)

                return disk_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerMetricsDisk | Unset, data)

        disk = _parse_disk(d.pop("disk", UNSET))

        def _parse_uptime(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        uptime = _parse_uptime(d.pop("uptime", UNSET))

        def _parse_profile(data: object) -> None | ServerMetricsProfile | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                profile_type_0 = ServerMetricsProfile.from_dict(data)

                return profile_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ServerMetricsProfile | Unset, data)

        profile = _parse_profile(d.pop("profile", UNSET))

        server_metrics = cls(
            cpu=cpu,
            memory=memory,
            disk=disk,
            uptime=uptime,
            profile=profile,
        )

        server_metrics.additional_properties = d
        return server_metrics

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
