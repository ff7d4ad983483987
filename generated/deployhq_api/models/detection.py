from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.detection_build_commands_item import DetectionBuildCommandsItem
    from ..models.detection_static_hosting import DetectionStaticHosting


T = TypeVar("T", bound="Detection")


@_attrs_define
class Detection:
    """
    Attributes:
        build_commands (list[DetectionBuildCommandsItem] | None | Unset):
        description (None | str | Unset):
        evidence (list[str] | None | Unset):
        stack (None | str | Unset):
        static_hosting (DetectionStaticHosting | None | Unset):
        suggested_protocol (None | str | Unset):
        version (None | str | Unset):
    """

    build_commands: list[DetectionBuildCommandsItem] | None | Unset = UNSET
    description: None | str | Unset = UNSET
    evidence: list[str] | None | Unset = UNSET
    stack: None | str | Unset = UNSET
    static_hosting: DetectionStaticHosting | None | Unset = UNSET
    suggested_protocol: None | str | Unset = UNSET
    version: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        evidence: list[str] | None | Unset
        if isinstance(self.evidence, Unset):
            evidence = UNSET
        elif isinstance(self.evidence, list):
            evidence = self.evidence

        else:
            evidence = self.evidence

        stack: None | str | Unset
        if isinstance(self.stack, Unset):
            stack = UNSET
        else:
            stack = self.stack

        static_hosting: dict[str, Any] | None | Unset
        if isinstance(self.static_hosting, Unset):
            static_hosting = UNSET
        elif isinstance(self.static_hosting, DetectionStaticHosting):
            static_hosting = self.static_hosting.to_dict()
        else:
            static_hosting = self.static_hosting

        suggested_protocol: None | str | Unset
        if isinstance(self.suggested_protocol, Unset):
            suggested_protocol = UNSET
        else:
            suggested_protocol = self.suggested_protocol

        version: None | str | Unset
        if isinstance(self.version, Unset):
            version = UNSET
        else:
            version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if build_commands is not UNSET:
            field_dict["build_commands"] = build_commands
        if description is not UNSET:
            field_dict["description"] = description
        if evidence is not UNSET:
            field_dict["evidence"] = evidence
        if stack is not UNSET:
            field_dict["stack"] = stack
        if static_hosting is not UNSET:
            field_dict["static_hosting"] = static_hosting
        if suggested_protocol is not UNSET:
            field_dict["suggested_protocol"] = suggested_protocol
        if version is not UNSET:
            field_dict["version"] = version

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        build_commands: list[DetectionBuildCommandsItem] | None | Unset
        _build_commands_data = d.pop("build_commands", UNSET)
        if isinstance(_build_commands_data, list):
            try:
                build_commands_type_0 = []
                _build_commands_type_0 = _build_commands_data
                for build_commands_type_0_item_data in _build_commands_type_0:
                    build_commands_type_0_item = DetectionBuildCommandsItem.from_dict(build_commands_type_0_item_data)

                    build_commands_type_0.append(build_commands_type_0_item)

                build_commands = build_commands_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "build_commands", _build_commands_data, "list[DetectionBuildCommandsItem] | None | Unset", error
                ) from error
        elif _build_commands_data is None or isinstance(_build_commands_data, Unset):
            build_commands = _build_commands_data
        else:
            raise mismatch("build_commands", _build_commands_data, "list[DetectionBuildCommandsItem] | None | Unset")

        description: None | str | Unset = d.pop("description", UNSET)
        if not (description is None or isinstance(description, (str, Unset))):
            raise mismatch("description", description, "None | str | Unset")

        evidence: list[str] | None | Unset
        _evidence_data = d.pop("evidence", UNSET)
        if isinstance(_evidence_data, list):
            try:
                evidence_type_0: list[str] = _evidence_data

                evidence = evidence_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("evidence", _evidence_data, "list[str] | None | Unset", error) from error
        elif _evidence_data is None or isinstance(_evidence_data, Unset):
            evidence = _evidence_data
        else:
            raise mismatch("evidence", _evidence_data, "list[str] | None | Unset")

        stack: None | str | Unset = d.pop("stack", UNSET)
        if not (stack is None or isinstance(stack, (str, Unset))):
            raise mismatch("stack", stack, "None | str | Unset")

        static_hosting: DetectionStaticHosting | None | Unset
        _static_hosting_data = d.pop("static_hosting", UNSET)
        if isinstance(_static_hosting_data, dict):
            try:
                static_hosting_type_0 = DetectionStaticHosting.from_dict(_static_hosting_data)

                static_hosting = static_hosting_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "static_hosting", _static_hosting_data, "DetectionStaticHosting | None | Unset", error
                ) from error
        elif _static_hosting_data is None or isinstance(_static_hosting_data, Unset):
            static_hosting = _static_hosting_data
        else:
            raise mismatch("static_hosting", _static_hosting_data, "DetectionStaticHosting | None | Unset")

        suggested_protocol: None | str | Unset = d.pop("suggested_protocol", UNSET)
        if not (suggested_protocol is None or isinstance(suggested_protocol, (str, Unset))):
            raise mismatch("suggested_protocol", suggested_protocol, "None | str | Unset")

        version: None | str | Unset = d.pop("version", UNSET)
        if not (version is None or isinstance(version, (str, Unset))):
            raise mismatch("version", version, "None | str | Unset")

        _instance = cls(
            build_commands,
            description,
            evidence,
            stack,
            static_hosting,
            suggested_protocol,
            version,
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
from ..models.detection_build_commands_item import DetectionBuildCommandsItem
from ..models.detection_static_hosting import DetectionStaticHosting
