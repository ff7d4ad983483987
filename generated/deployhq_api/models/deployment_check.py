from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="DeploymentCheck")


@_attrs_define
class DeploymentCheck:
    """
    Attributes:
        check_type (None | str | Unset):
        command (None | str | Unset):
        enabled (bool | None | Unset):
        fail_on_unfixed_only (bool | None | Unset):
        http_body_match (None | str | Unset):
        http_expected_status (int | None | Unset):
        http_method (None | str | Unset):
        http_url (None | str | Unset):
        identifier (None | str | Unset):
        integration_identifier (None | str | Unset):
        match_by_release (bool | None | Unset):
        name (None | str | Unset):
        position (int | None | Unset):
        sarif_output_path (None | str | Unset):
        scan_target (None | str | Unset):
        scan_target_kind (None | str | Unset):
        scanner (None | str | Unset):
        servers (list[str] | None | Unset):
        severity_threshold (None | str | Unset):
        stage (None | str | Unset):
        timeout_seconds (int | None | Unset):
        window_minutes (int | None | Unset):
    """

    check_type: None | str | Unset = UNSET
    command: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    fail_on_unfixed_only: bool | None | Unset = UNSET
    http_body_match: None | str | Unset = UNSET
    http_expected_status: int | None | Unset = UNSET
    http_method: None | str | Unset = UNSET
    http_url: None | str | Unset = UNSET
    identifier: None | str | Unset = UNSET
    integration_identifier: None | str | Unset = UNSET
    match_by_release: bool | None | Unset = UNSET
    name: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    sarif_output_path: None | str | Unset = UNSET
    scan_target: None | str | Unset = UNSET
    scan_target_kind: None | str | Unset = UNSET
    scanner: None | str | Unset = UNSET
    servers: list[str] | None | Unset = UNSET
    severity_threshold: None | str | Unset = UNSET
    stage: None | str | Unset = UNSET
    timeout_seconds: int | None | Unset = UNSET
    window_minutes: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_type: None | str | Unset
        if isinstance(self.check_type, Unset):
            check_type = UNSET
        else:
            check_type = self.check_type

        command: None | str | Unset
        if isinstance(self.command, Unset):
            command = UNSET
        else:
            command = self.command

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        fail_on_unfixed_only: bool | None | Unset
        if isinstance(self.fail_on_unfixed_only, Unset):
            fail_on_unfixed_only = UNSET
        else:
            fail_on_unfixed_only = self.fail_on_unfixed_only

        http_body_match: None | str | Unset
        if isinstance(self.http_body_match, Unset):
            http_body_match = UNSET
        else:
            http_body_match = self.http_body_match

        http_expected_status: int | None | Unset
        if isinstance(self.http_expected_status, Unset):
            http_expected_status = UNSET
        else:
            http_expected_status = self.http_expected_status

        http_method: None | str | Unset
        if isinstance(self.http_method, Unset):
            http_method = UNSET
        else:
            http_method = self.http_method

        http_url: None | str | Unset
        if isinstance(self.http_url, Unset):
            http_url = UNSET
        else:
            http_url = self.http_url

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        integration_identifier: None | str | Unset
        if isinstance(self.integration_identifier, Unset):
            integration_identifier = UNSET
        else:
            integration_identifier = self.integration_identifier

        match_by_release: bool | None | Unset
        if isinstance(self.match_by_release, Unset):
            match_by_release = UNSET
        else:
            match_by_release = self.match_by_release

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        sarif_output_path: None | str | Unset
        if isinstance(self.sarif_output_path, Unset):
            sarif_output_path = UNSET
        else:
            sarif_output_path = self.sarif_output_path

        scan_target: None | str | Unset
        if isinstance(self.scan_target, Unset):
            scan_target = UNSET
        else:
            scan_target = self.scan_target

        scan_target_kind: None | str | Unset
        if isinstance(self.scan_target_kind, Unset):
            scan_target_kind = UNSET
        else:
            scan_target_kind = self.scan_target_kind

        scanner: None | str | Unset
        if isinstance(self.scanner, Unset):
            scanner = UNSET
        else:
            scanner = self.scanner

        servers: list[str] | None | Unset
        if isinstance(self.servers, Unset):
            servers = UNSET
        elif isinstance(self.servers, list):
            servers = self.servers

        else:
            servers = self.servers

        severity_threshold: None | str | Unset
        if isinstance(self.severity_threshold, Unset):
            severity_threshold = UNSET
        else:
            severity_threshold = self.severity_threshold

        stage: None | str | Unset
        if isinstance(self.stage, Unset):
            stage = UNSET
        else:
            stage = self.stage

        timeout_seconds: int | None | Unset
        if isinstance(self.timeout_seconds, Unset):
            timeout_seconds = UNSET
        else:
            timeout_seconds = self.timeout_seconds

        window_minutes: int | None | Unset
        if isinstance(self.window_minutes, Unset):
            window_minutes = UNSET
        else:
            window_minutes = self.window_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if check_type is not UNSET:
            field_dict["check_type"] = check_type
        if command is not UNSET:
            field_dict["command"] = command
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if fail_on_unfixed_only is not UNSET:
            field_dict["fail_on_unfixed_only"] = fail_on_unfixed_only
        if http_body_match is not UNSET:
            field_dict["http_body_match"] = http_body_match
        if http_expected_status is not UNSET:
            field_dict["http_expected_status"] = http_expected_status
        if http_method is not UNSET:
            field_dict["http_method"] = http_method
        if http_url is not UNSET:
            field_dict["http_url"] = http_url
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if integration_identifier is not UNSET:
            field_dict["integration_identifier"] = integration_identifier
        if match_by_release is not UNSET:
            field_dict["match_by_release"] = match_by_release
        if name is not UNSET:
            field_dict["name"] = name
        if position is not UNSET:
            field_dict["position"] = position
        if sarif_output_path is not UNSET:
            field_dict["sarif_output_path"] = sarif_output_path
        if scan_target is not UNSET:
            field_dict["scan_target"] = scan_target
        if scan_target_kind is not UNSET:
            field_dict["scan_target_kind"] = scan_target_kind
        if scanner is not UNSET:
            field_dict["scanner"] = scanner
        if servers is not UNSET:
            field_dict["servers"] = servers
        if severity_threshold is not UNSET:
            field_dict["severity_threshold"] = severity_threshold
        if stage is not UNSET:
            field_dict["stage"] = stage
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if window_minutes is not UNSET:
            field_dict["window_minutes"] = window_minutes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        check_type: None | str | Unset = d.pop("check_type", UNSET)
        if not (check_type is None or isinstance(check_type, (str, Unset))):
            raise mismatch("check_type", check_type, "None | str | Unset")

        command: None | str | Unset = d.pop("command", UNSET)
        if not (command is None or isinstance(command, (str, Unset))):
            raise mismatch("command", command, "None | str | Unset")

        enabled: bool | None | Unset = d.pop("enabled", UNSET)
        if not (enabled is None or isinstance(enabled, (bool, Unset))):
            raise mismatch("enabled", enabled, "bool | None | Unset")

        fail_on_unfixed_only: bool | None | Unset = d.pop("fail_on_unfixed_only", UNSET)
        if not (fail_on_unfixed_only is None or isinstance(fail_on_unfixed_only, (bool, Unset))):
            raise mismatch("fail_on_unfixed_only", fail_on_unfixed_only, "bool | None | Unset")

        http_body_match: None | str | Unset = d.pop("http_body_match", UNSET)
        if not (http_body_match is None or isinstance(http_body_match, (str, Unset))):
            raise mismatch("http_body_match", http_body_match, "None | str | Unset")

        http_expected_status: int | None | Unset = d.pop("http_expected_status", UNSET)
        if not (http_expected_status is None or isinstance(http_expected_status, (int, Unset))):
            raise mismatch("http_expected_status", http_expected_status, "int | None | Unset")

        http_method: None | str | Unset = d.pop("http_method", UNSET)
        if not (http_method is None or isinstance(http_method, (str, Unset))):
            raise mismatch("http_method", http_method, "None | str | Unset")

        http_url: None | str | Unset = d.pop("http_url", UNSET)
        if not (http_url is None or isinstance(http_url, (str, Unset))):
            raise mismatch("http_url", http_url, "None | str | Unset")

        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        integration_identifier: None | str | Unset = d.pop("integration_identifier", UNSET)
        if not (integration_identifier is None or isinstance(integration_identifier, (str, Unset))):
            raise mismatch("integration_identifier", integration_identifier, "None | str | Unset")

        match_by_release: bool | None | Unset = d.pop("match_by_release", UNSET)
        if not (match_by_release is None or isinstance(match_by_release, (bool, Unset))):
            raise mismatch("match_by_release", match_by_release, "bool | None | Unset")

        name: None | str | Unset = d.pop("name", UNSET)
        if not (name is None or isinstance(name, (str, Unset))):
            raise mismatch("name", name, "None | str | Unset")

        position: int | None | Unset = d.pop("position", UNSET)
        if not (position is None or isinstance(position, (int, Unset))):
            raise mismatch("position", position, "int | None | Unset")

        sarif_output_path: None | str | Unset = d.pop("sarif_output_path", UNSET)
        if not (sarif_output_path is None or isinstance(sarif_output_path, (str, Unset))):
            raise mismatch("sarif_output_path", sarif_output_path, "None | str | Unset")

        scan_target: None | str | Unset = d.pop("scan_target", UNSET)
        if not (scan_target is None or isinstance(scan_target, (str, Unset))):
            raise mismatch("scan_target", scan_target, "None | str | Unset")

        scan_target_kind: None | str | Unset = d.pop("scan_target_kind", UNSET)
        if not (scan_target_kind is None or isinstance(scan_target_kind, (str, Unset))):
            raise mismatch("scan_target_kind", scan_target_kind, "None | str | Unset")

        scanner: None | str | Unset = d.pop("scanner", UNSET)
        if not (scanner is None or isinstance(scanner, (str, Unset))):
            raise mismatch("scanner", scanner, "None | str | Unset")

        servers: list[str] | None | Unset
        _servers_data = d.pop("servers", UNSET)
        if isinstance(_servers_data, list):
            try:
                servers_type_0: list[str] = _servers_data

                servers = servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("servers", _servers_data, "list[str] | None | Unset", error) from error
        elif _servers_data is None or isinstance(_servers_data, Unset):
            servers = _servers_data
        else:
            raise mismatch("servers", _servers_data, "list[str] | None | Unset")

        severity_threshold: None | str | Unset = d.pop("severity_threshold", UNSET)
        if not (severity_threshold is None or isinstance(severity_threshold, (str, Unset))):
            raise mismatch("severity_threshold", severity_threshold, "None | str | Unset")

        stage: None | str | Unset = d.pop("stage", UNSET)
        if not (stage is None or isinstance(stage, (str, Unset))):
            raise mismatch("stage", stage, "None | str | Unset")

        timeout_seconds: int | None | Unset = d.pop("timeout_seconds", UNSET)
        if not (timeout_seconds is None or isinstance(timeout_seconds, (int, Unset))):
            raise mismatch("timeout_seconds", timeout_seconds, "int | None | Unset")

        window_minutes: int | None | Unset = d.pop("window_minutes", UNSET)
        if not (window_minutes is None or isinstance(window_minutes, (int, Unset))):
            raise mismatch("window_minutes", window_minutes, "int | None | Unset")

        _instance = cls(
            check_type,
            command,
            enabled,
            fail_on_unfixed_only,
            http_body_match,
            http_expected_status,
            http_method,
            http_url,
            identifier,
            integration_identifier,
            match_by_release,
            name,
            position,
            sarif_output_path,
            scan_target,
            scan_target_kind,
            scanner,
            servers,
            severity_threshold,
            stage,
            timeout_seconds,
            window_minutes,
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
