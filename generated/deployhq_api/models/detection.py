from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.detection_build_commands_item import DetectionBuildCommandsItem
    from ..models.detection_static_hosting import DetectionStaticHosting


T = TypeVar("T", bound="Detection")


@_attrs_define
class Detection:
    """
    Attributes:
        stack (None | str | Unset):
        version (None | str | Unset):
        evidence (list[str] | None | Unset):
        description (None | str | Unset):
        suggested_protocol (None | str | Unset):
        static_hosting (DetectionStaticHosting | None | Unset):
        build_commands (list[DetectionBuildCommandsItem] | None | Unset):
    """

    stack: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    evidence: list[str] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    suggested_protocol: None | str | Unset = UNSET
    static_hosting: DetectionStaticHosting | None | Unset = UNSET
    build_commands: list[DetectionBuildCommandsItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.detection_static_hosting import DetectionStaticHosting

        stack: None | str | Unset
        if isinstance(self.stack, Unset):
            stack = UNSET
        else:
            stack = self.stack

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        evidence: list[str] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, list):
            evidence = self.evidence

        else:
            evidence = self.evidence

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        suggested_protocol: None | str | Unset
        if isinstance(self.suggested_protocol, Unset):
            suggested_protocol = UNSET
        else:
            suggested_protocol = self.suggested_protocol

        static_hosting: dict[str, Any] | None | Unset
        if isinstance(self.static_hosting, Unset):
            static_hosting = UNSET
        elif isinstance(self.static_hosting, DetectionStaticHosting):
            static_hosting = self.static_hosting.to_dict()
        else:
            static_hosting = self.static_hosting

        build_commands: list[dict[str, Any]] | None | Unset
        if isinstance(self.build_commands, Unset):
            build_commands = UNSET
        elif isinstance(self.build_commands, list):
            build_commands = []
            for build_commands_type_0_item_data in self.build_commands:
                build_commands_type_0_item = build_commands_type_0_item_data.to_dict()
                build_commands.append(build_commands_type_0_item)

        else:
            build_commands = self.build_commands

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if stack is not UNSET:
            field_dict["stack"] = stack
        if version is not UNSET:
            field_dict["version"] = version
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if description is not UNSET:
            field_dict["description"] = description
        if suggested_protocol is not UNSET:
            field_dict["suggested_protocol"] = suggested_protocol
        if static_hosting is not UNSET:
            field_dict["static_hosting"] = static_hosting
        if build_commands is not UNSET:
            field_dict["build_commands"] = build_commands

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.detection_build_commands_item import DetectionBuildCommandsItem
        from ..models.detection_static_hosting import DetectionStaticHosting

        d = dict(src_dict)

        def _parse_stack(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stack = _parse_stack(d.pop("stack", UNSET))

        def _parse_version(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        version = _parse_version(d.pop("version", UNSET))

        def _parse_evidence(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                evidence_type_0 = cast(list[str], data)

                return evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        evidence = _parse_evidence(d.pop("evidence", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_suggested_protocol(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        suggested_protocol = _parse_suggested_protocol(d.pop("suggested_protocol", UNSET))

        def _parse_static_hosting(data: object) -> DetectionStaticHosting | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                static_hosting_type_0 = DetectionStaticHosting.from_dict(data)

                return static_hosting_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DetectionStaticHosting | None | Unset, data)

        static_hosting = _parse_static_hosting(d.pop("static_hosting", UNSET))

        def _parse_build_commands(data: object) -> list[DetectionBuildCommandsItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                build_commands_type_0 = []
                _build_commands_type_0 = data
                for build_commands_type_0_item_data in _build_commands_type_0:
                    build_commands_type_0_item = DetectionBuildCommandsItem.from_dict(build_commands_type_0_item_data)

                    build_commands_type_0.append(build_commands_type_0_item)

                return build_commands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DetectionBuildCommandsItem] | None | Unset, data)

        build_commands = _parse_build_commands(d.pop("build_commands", UNSET))

        detection = cls(
            stack=stack,
            version=version,
            evidence=evidence,
            description=description,
            suggested_protocol=suggested_protocol,
            static_hosting=static_hosting,
            build_commands=build_commands,
        )

        detection.additional_properties = d
        return detection

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
