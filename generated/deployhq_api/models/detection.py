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
    from ..models.detection_build_commands_item import DetectionBuildCommandsItem
    from ..models.detection_static_hosting import DetectionStaticHosting


T = TypeVar("T", bound="Detection")


@_attrs_define(frozen=True, repr=False)
class Detection:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        build_commands (list[DetectionBuildCommandsItem] | None)
        description (None | str)
        evidence (list[str] | None)
        stack (None | str)
        static_hosting (DetectionStaticHosting | None)
        suggested_protocol (None | str)
        version (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    build_commands: list[DetectionBuildCommandsItem] | None = None
    description: None | str = None
    evidence: list[str] | None = None
    stack: None | str = None
    static_hosting: DetectionStaticHosting | None = None
    suggested_protocol: None | str = None
    version: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.build_commands is not None:
            field_dict["build_commands"] = encode(self.build_commands)
        elif "build_commands" in self._nulls:
            field_dict["build_commands"] = None
        if self.description is not None:
            field_dict["description"] = self.description
        elif "description" in self._nulls:
            field_dict["description"] = None
        if self.evidence is not None:
            field_dict["evidence"] = encode(self.evidence)
        elif "evidence" in self._nulls:
            field_dict["evidence"] = None
        if self.stack is not None:
            field_dict["stack"] = self.stack
        elif "stack" in self._nulls:
            field_dict["stack"] = None
        if self.static_hosting is not None:
            field_dict["static_hosting"] = encode(self.static_hosting)
        elif "static_hosting" in self._nulls:
            field_dict["static_hosting"] = None
        if self.suggested_protocol is not None:
            field_dict["suggested_protocol"] = self.suggested_protocol
        elif "suggested_protocol" in self._nulls:
            field_dict["suggested_protocol"] = None
        if self.version is not None:
            field_dict["version"] = self.version
        elif "version" in self._nulls:
            field_dict["version"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        build_commands: list[DetectionBuildCommandsItem] | None
        _value = d.pop("build_commands", UNSET)
        if _value is None:
            build_commands = None
            null("build_commands")
        elif _value is UNSET:
            build_commands = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                build_commands = [DetectionBuildCommandsItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "Detection", "build_commands", _value, "list[DetectionBuildCommandsItem] | None", error)
                build_commands = None

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
                loose(d, "Detection", "description", _value, "None | str", error)
                description = None

        evidence: list[str] | None
        _value = d.pop("evidence", UNSET)
        if _value is None:
            evidence = None
            null("evidence")
        elif _value is UNSET:
            evidence = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                for _item0 in _value:
                    if not (isinstance(_item0, str)):
                        raise TypeError(f"an item is {type(_item0).__name__}")
                evidence = _value

            except FAILURES as error:
                loose(d, "Detection", "evidence", _value, "list[str] | None", error)
                evidence = None

        stack: None | str
        _value = d.pop("stack", UNSET)
        if _value is None:
            stack = None
            null("stack")
        elif _value is UNSET:
            stack = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                stack = _value

            except FAILURES as error:
                loose(d, "Detection", "stack", _value, "None | str", error)
                stack = None

        static_hosting: DetectionStaticHosting | None
        _value = d.pop("static_hosting", UNSET)
        if _value is None:
            static_hosting = None
            null("static_hosting")
        elif _value is UNSET:
            static_hosting = None
        else:
            try:
                static_hosting = DetectionStaticHosting.from_dict(_value)

            except FAILURES as error:
                loose(d, "Detection", "static_hosting", _value, "DetectionStaticHosting | None", error)
                static_hosting = None

        suggested_protocol: None | str
        _value = d.pop("suggested_protocol", UNSET)
        if _value is None:
            suggested_protocol = None
            null("suggested_protocol")
        elif _value is UNSET:
            suggested_protocol = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                suggested_protocol = _value

            except FAILURES as error:
                loose(d, "Detection", "suggested_protocol", _value, "None | str", error)
                suggested_protocol = None

        version: None | str
        _value = d.pop("version", UNSET)
        if _value is None:
            version = None
            null("version")
        elif _value is UNSET:
            version = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                version = _value

            except FAILURES as error:
                loose(d, "Detection", "version", _value, "None | str", error)
                version = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DetectionBuilding)
        _instance.build_commands = build_commands
        _instance.description = description
        _instance.evidence = evidence
        _instance.stack = stack
        _instance.static_hosting = static_hosting
        _instance.suggested_protocol = suggested_protocol
        _instance.version = version
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


class _DetectionBuilding(Detection):
    """A Detection while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.detection_build_commands_item import DetectionBuildCommandsItem
from ..models.detection_static_hosting import DetectionStaticHosting
