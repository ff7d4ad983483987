from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    required_value,
)

T = TypeVar("T", bound="DeploymentCheckCreateDeploymentCheck")


@_attrs_define
class DeploymentCheckCreateDeploymentCheck:
    """
    Attributes:
        check_type (str):
        name (str):
        stage (str):
        command (str | Unset):
        description (str | Unset):
        enabled (bool | Unset):
        fail_on_unfixed_only (bool | Unset):
        http_body_match (str | Unset):
        http_expected_status (int | Unset):
        http_method (str | Unset):
        http_url (str | Unset):
        integration_identifier (str | Unset):
        match_by_release (bool | Unset):
        sarif_output_path (str | Unset):
        scan_target (str | Unset):
        scan_target_kind (str | Unset):
        scanner (str | Unset):
        servers (list[str] | Unset):
        severity_threshold (str | Unset):
        timeout_seconds (int | Unset):
        window_minutes (int | Unset):
    """

    check_type: str
    name: str
    stage: str
    command: str | Unset = UNSET
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    fail_on_unfixed_only: bool | Unset = UNSET
    http_body_match: str | Unset = UNSET
    http_expected_status: int | Unset = UNSET
    http_method: str | Unset = UNSET
    http_url: str | Unset = UNSET
    integration_identifier: str | Unset = UNSET
    match_by_release: bool | Unset = UNSET
    sarif_output_path: str | Unset = UNSET
    scan_target: str | Unset = UNSET
    scan_target_kind: str | Unset = UNSET
    scanner: str | Unset = UNSET
    servers: list[str] | Unset = UNSET
    severity_threshold: str | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    window_minutes: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        check_type = self.check_type

        name = self.name

        stage = self.stage

        command = self.command

        description = self.description

        enabled = self.enabled

        fail_on_unfixed_only = self.fail_on_unfixed_only

        http_body_match = self.http_body_match

        http_expected_status = self.http_expected_status

        http_method = self.http_method

        http_url = self.http_url

        integration_identifier = self.integration_identifier

        match_by_release = self.match_by_release

        sarif_output_path = self.sarif_output_path

        scan_target = self.scan_target

        scan_target_kind = self.scan_target_kind

        scanner = self.scanner

        servers: list[str] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = self.servers

        severity_threshold = self.severity_threshold

        timeout_seconds = self.timeout_seconds

        window_minutes = self.window_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "check_type": check_type,
                "name": name,
                "stage": stage,
            }
        )
        if command is not UNSET:
            field_dict["command"] = command
        if description is not UNSET:
            field_dict["description"] = description
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
        if integration_identifier is not UNSET:
            field_dict["integration_identifier"] = integration_identifier
        if match_by_release is not UNSET:
            field_dict["match_by_release"] = match_by_release
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
        check_type = required_value(d, "DeploymentCheckCreateDeploymentCheck", "check_type", str)

        name = required_value(d, "DeploymentCheckCreateDeploymentCheck", "name", str)

        stage = required_value(d, "DeploymentCheckCreateDeploymentCheck", "stage", str)

        command = d.pop("command", UNSET)

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        fail_on_unfixed_only = d.pop("fail_on_unfixed_only", UNSET)

        http_body_match = d.pop("http_body_match", UNSET)

        http_expected_status = d.pop("http_expected_status", UNSET)

        http_method = d.pop("http_method", UNSET)

        http_url = d.pop("http_url", UNSET)

        integration_identifier = d.pop("integration_identifier", UNSET)

        match_by_release = d.pop("match_by_release", UNSET)

        sarif_output_path = d.pop("sarif_output_path", UNSET)

        scan_target = d.pop("scan_target", UNSET)

        scan_target_kind = d.pop("scan_target_kind", UNSET)

        scanner = d.pop("scanner", UNSET)

        servers: list[str] = d.pop("servers", UNSET)

        severity_threshold = d.pop("severity_threshold", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        window_minutes = d.pop("window_minutes", UNSET)

        _instance = cls(
            check_type,
            name,
            stage,
            command,
            description,
            enabled,
            fail_on_unfixed_only,
            http_body_match,
            http_expected_status,
            http_method,
            http_url,
            integration_identifier,
            match_by_release,
            sarif_output_path,
            scan_target,
            scan_target_kind,
            scanner,
            servers,
            severity_threshold,
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
