from __future__ import annotations

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
)

T = TypeVar("T", bound="DeploymentCheck")


@_attrs_define(frozen=True, repr=False)
class DeploymentCheck:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        check_type (None | str)
        command (None | str)
        enabled (bool | None)
        fail_on_unfixed_only (bool | None)
        http_body_match (None | str)
        http_expected_status (int | None)
        http_method (None | str)
        http_url (None | str)
        identifier (None | str)
        integration_identifier (None | str)
        match_by_release (bool | None)
        name (None | str)
        position (int | None)
        sarif_output_path (None | str)
        scan_target (None | str)
        scan_target_kind (None | str)
        scanner (None | str)
        servers (list[str] | None)
        severity_threshold (None | str)
        stage (None | str)
        timeout_seconds (int | None)
        window_minutes (int | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    check_type: None | str = None
    command: None | str = None
    enabled: bool | None = None
    fail_on_unfixed_only: bool | None = None
    http_body_match: None | str = None
    http_expected_status: int | None = None
    http_method: None | str = None
    http_url: None | str = None
    identifier: None | str = None
    integration_identifier: None | str = None
    match_by_release: bool | None = None
    name: None | str = None
    position: int | None = None
    sarif_output_path: None | str = None
    scan_target: None | str = None
    scan_target_kind: None | str = None
    scanner: None | str = None
    servers: list[str] | None = None
    severity_threshold: None | str = None
    stage: None | str = None
    timeout_seconds: int | None = None
    window_minutes: int | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.check_type is not None:
            field_dict["check_type"] = self.check_type
        elif "check_type" in self._nulls:
            field_dict["check_type"] = None
        if self.command is not None:
            field_dict["command"] = self.command
        elif "command" in self._nulls:
            field_dict["command"] = None
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif "enabled" in self._nulls:
            field_dict["enabled"] = None
        if self.fail_on_unfixed_only is not None:
            field_dict["fail_on_unfixed_only"] = self.fail_on_unfixed_only
        elif "fail_on_unfixed_only" in self._nulls:
            field_dict["fail_on_unfixed_only"] = None
        if self.http_body_match is not None:
            field_dict["http_body_match"] = self.http_body_match
        elif "http_body_match" in self._nulls:
            field_dict["http_body_match"] = None
        if self.http_expected_status is not None:
            field_dict["http_expected_status"] = self.http_expected_status
        elif "http_expected_status" in self._nulls:
            field_dict["http_expected_status"] = None
        if self.http_method is not None:
            field_dict["http_method"] = self.http_method
        elif "http_method" in self._nulls:
            field_dict["http_method"] = None
        if self.http_url is not None:
            field_dict["http_url"] = self.http_url
        elif "http_url" in self._nulls:
            field_dict["http_url"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.integration_identifier is not None:
            field_dict["integration_identifier"] = self.integration_identifier
        elif "integration_identifier" in self._nulls:
            field_dict["integration_identifier"] = None
        if self.match_by_release is not None:
            field_dict["match_by_release"] = self.match_by_release
        elif "match_by_release" in self._nulls:
            field_dict["match_by_release"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.position is not None:
            field_dict["position"] = self.position
        elif "position" in self._nulls:
            field_dict["position"] = None
        if self.sarif_output_path is not None:
            field_dict["sarif_output_path"] = self.sarif_output_path
        elif "sarif_output_path" in self._nulls:
            field_dict["sarif_output_path"] = None
        if self.scan_target is not None:
            field_dict["scan_target"] = self.scan_target
        elif "scan_target" in self._nulls:
            field_dict["scan_target"] = None
        if self.scan_target_kind is not None:
            field_dict["scan_target_kind"] = self.scan_target_kind
        elif "scan_target_kind" in self._nulls:
            field_dict["scan_target_kind"] = None
        if self.scanner is not None:
            field_dict["scanner"] = self.scanner
        elif "scanner" in self._nulls:
            field_dict["scanner"] = None
        if self.servers is not None:
            field_dict["servers"] = encode(self.servers)
        elif "servers" in self._nulls:
            field_dict["servers"] = None
        if self.severity_threshold is not None:
            field_dict["severity_threshold"] = self.severity_threshold
        elif "severity_threshold" in self._nulls:
            field_dict["severity_threshold"] = None
        if self.stage is not None:
            field_dict["stage"] = self.stage
        elif "stage" in self._nulls:
            field_dict["stage"] = None
        if self.timeout_seconds is not None:
            field_dict["timeout_seconds"] = self.timeout_seconds
        elif "timeout_seconds" in self._nulls:
            field_dict["timeout_seconds"] = None
        if self.window_minutes is not None:
            field_dict["window_minutes"] = self.window_minutes
        elif "window_minutes" in self._nulls:
            field_dict["window_minutes"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        check_type: None | str
        _value = d.pop("check_type", UNSET)
        if _value is None:
            check_type = None
            null("check_type")
        elif _value is UNSET:
            check_type = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                check_type = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "check_type", _value, "None | str", error)
                check_type = None

        command: None | str
        _value = d.pop("command", UNSET)
        if _value is None:
            command = None
            null("command")
        elif _value is UNSET:
            command = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                command = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "command", _value, "None | str", error)
                command = None

        enabled: bool | None
        _value = d.pop("enabled", UNSET)
        if _value is None:
            enabled = None
            null("enabled")
        elif _value is UNSET:
            enabled = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                enabled = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "enabled", _value, "bool | None", error)
                enabled = None

        fail_on_unfixed_only: bool | None
        _value = d.pop("fail_on_unfixed_only", UNSET)
        if _value is None:
            fail_on_unfixed_only = None
            null("fail_on_unfixed_only")
        elif _value is UNSET:
            fail_on_unfixed_only = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                fail_on_unfixed_only = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "fail_on_unfixed_only", _value, "bool | None", error)
                fail_on_unfixed_only = None

        http_body_match: None | str
        _value = d.pop("http_body_match", UNSET)
        if _value is None:
            http_body_match = None
            null("http_body_match")
        elif _value is UNSET:
            http_body_match = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                http_body_match = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "http_body_match", _value, "None | str", error)
                http_body_match = None

        http_expected_status: int | None
        _value = d.pop("http_expected_status", UNSET)
        if _value is None:
            http_expected_status = None
            null("http_expected_status")
        elif _value is UNSET:
            http_expected_status = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                http_expected_status = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "http_expected_status", _value, "int | None", error)
                http_expected_status = None

        http_method: None | str
        _value = d.pop("http_method", UNSET)
        if _value is None:
            http_method = None
            null("http_method")
        elif _value is UNSET:
            http_method = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                http_method = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "http_method", _value, "None | str", error)
                http_method = None

        http_url: None | str
        _value = d.pop("http_url", UNSET)
        if _value is None:
            http_url = None
            null("http_url")
        elif _value is UNSET:
            http_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                http_url = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "http_url", _value, "None | str", error)
                http_url = None

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
                loose(d, "DeploymentCheck", "identifier", _value, "None | str", error)
                identifier = None

        integration_identifier: None | str
        _value = d.pop("integration_identifier", UNSET)
        if _value is None:
            integration_identifier = None
            null("integration_identifier")
        elif _value is UNSET:
            integration_identifier = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                integration_identifier = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "integration_identifier", _value, "None | str", error)
                integration_identifier = None

        match_by_release: bool | None
        _value = d.pop("match_by_release", UNSET)
        if _value is None:
            match_by_release = None
            null("match_by_release")
        elif _value is UNSET:
            match_by_release = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                match_by_release = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "match_by_release", _value, "bool | None", error)
                match_by_release = None

        name: None | str
        _value = d.pop("name", UNSET)
        if _value is None:
            name = None
            null("name")
        elif _value is UNSET:
            name = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                name = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "name", _value, "None | str", error)
                name = None

        position: int | None
        _value = d.pop("position", UNSET)
        if _value is None:
            position = None
            null("position")
        elif _value is UNSET:
            position = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                position = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "position", _value, "int | None", error)
                position = None

        sarif_output_path: None | str
        _value = d.pop("sarif_output_path", UNSET)
        if _value is None:
            sarif_output_path = None
            null("sarif_output_path")
        elif _value is UNSET:
            sarif_output_path = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                sarif_output_path = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "sarif_output_path", _value, "None | str", error)
                sarif_output_path = None

        scan_target: None | str
        _value = d.pop("scan_target", UNSET)
        if _value is None:
            scan_target = None
            null("scan_target")
        elif _value is UNSET:
            scan_target = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                scan_target = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "scan_target", _value, "None | str", error)
                scan_target = None

        scan_target_kind: None | str
        _value = d.pop("scan_target_kind", UNSET)
        if _value is None:
            scan_target_kind = None
            null("scan_target_kind")
        elif _value is UNSET:
            scan_target_kind = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                scan_target_kind = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "scan_target_kind", _value, "None | str", error)
                scan_target_kind = None

        scanner: None | str
        _value = d.pop("scanner", UNSET)
        if _value is None:
            scanner = None
            null("scanner")
        elif _value is UNSET:
            scanner = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                scanner = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "scanner", _value, "None | str", error)
                scanner = None

        servers: list[str] | None
        _value = d.pop("servers", UNSET)
        if _value is None:
            servers = None
            null("servers")
        elif _value is UNSET:
            servers = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                for _item0 in _value:
                    if not (isinstance(_item0, str)):
                        raise TypeError(f"an item is {type(_item0).__name__}")
                servers = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "servers", _value, "list[str] | None", error)
                servers = None

        severity_threshold: None | str
        _value = d.pop("severity_threshold", UNSET)
        if _value is None:
            severity_threshold = None
            null("severity_threshold")
        elif _value is UNSET:
            severity_threshold = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                severity_threshold = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "severity_threshold", _value, "None | str", error)
                severity_threshold = None

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
                loose(d, "DeploymentCheck", "stage", _value, "None | str", error)
                stage = None

        timeout_seconds: int | None
        _value = d.pop("timeout_seconds", UNSET)
        if _value is None:
            timeout_seconds = None
            null("timeout_seconds")
        elif _value is UNSET:
            timeout_seconds = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                timeout_seconds = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "timeout_seconds", _value, "int | None", error)
                timeout_seconds = None

        window_minutes: int | None
        _value = d.pop("window_minutes", UNSET)
        if _value is None:
            window_minutes = None
            null("window_minutes")
        elif _value is UNSET:
            window_minutes = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                window_minutes = _value

            except FAILURES as error:
                loose(d, "DeploymentCheck", "window_minutes", _value, "int | None", error)
                window_minutes = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DeploymentCheckBuilding)
        _instance.check_type = check_type
        _instance.command = command
        _instance.enabled = enabled
        _instance.fail_on_unfixed_only = fail_on_unfixed_only
        _instance.http_body_match = http_body_match
        _instance.http_expected_status = http_expected_status
        _instance.http_method = http_method
        _instance.http_url = http_url
        _instance.identifier = identifier
        _instance.integration_identifier = integration_identifier
        _instance.match_by_release = match_by_release
        _instance.name = name
        _instance.position = position
        _instance.sarif_output_path = sarif_output_path
        _instance.scan_target = scan_target
        _instance.scan_target_kind = scan_target_kind
        _instance.scanner = scanner
        _instance.servers = servers
        _instance.severity_threshold = severity_threshold
        _instance.stage = stage
        _instance.timeout_seconds = timeout_seconds
        _instance.window_minutes = window_minutes
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


class _DeploymentCheckBuilding(DeploymentCheck):
    """A DeploymentCheck while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
