from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset, required_value

T = TypeVar("T", bound="DeploymentCheckCreateDeploymentCheck")


@_attrs_define
class DeploymentCheckCreateDeploymentCheck:
    """
    Attributes:
        name (str):
        stage (str):
        check_type (str):
        description (str | Unset):
        enabled (bool | Unset):
        timeout_seconds (int | Unset):
        command (str | Unset):
        servers (list[str] | Unset):
        http_method (str | Unset):
        http_url (str | Unset):
        http_expected_status (int | Unset):
        http_body_match (str | Unset):
        scanner (str | Unset):
        scan_target_kind (str | Unset):
        scan_target (str | Unset):
        severity_threshold (str | Unset):
        fail_on_unfixed_only (bool | Unset):
        sarif_output_path (str | Unset):
        integration_identifier (str | Unset):
        window_minutes (int | Unset):
        match_by_release (bool | Unset):
    """

    name: str
    stage: str
    check_type: str
    description: str | Unset = UNSET
    enabled: bool | Unset = UNSET
    timeout_seconds: int | Unset = UNSET
    command: str | Unset = UNSET
    servers: list[str] | Unset = UNSET
    http_method: str | Unset = UNSET
    http_url: str | Unset = UNSET
    http_expected_status: int | Unset = UNSET
    http_body_match: str | Unset = UNSET
    scanner: str | Unset = UNSET
    scan_target_kind: str | Unset = UNSET
    scan_target: str | Unset = UNSET
    severity_threshold: str | Unset = UNSET
    fail_on_unfixed_only: bool | Unset = UNSET
    sarif_output_path: str | Unset = UNSET
    integration_identifier: str | Unset = UNSET
    window_minutes: int | Unset = UNSET
    match_by_release: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        stage = self.stage

        check_type = self.check_type

        description = self.description

        enabled = self.enabled

        timeout_seconds = self.timeout_seconds

        command = self.command

        servers: list[str] | Unset = UNSET
        if not isinstance(self.servers, Unset):
            servers = self.servers

        http_method = self.http_method

        http_url = self.http_url

        http_expected_status = self.http_expected_status

        http_body_match = self.http_body_match

        scanner = self.scanner

        scan_target_kind = self.scan_target_kind

        scan_target = self.scan_target

        severity_threshold = self.severity_threshold

        fail_on_unfixed_only = self.fail_on_unfixed_only

        sarif_output_path = self.sarif_output_path

        integration_identifier = self.integration_identifier

        window_minutes = self.window_minutes

        match_by_release = self.match_by_release

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "stage": stage,
                "check_type": check_type,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if timeout_seconds is not UNSET:
            field_dict["timeout_seconds"] = timeout_seconds
        if command is not UNSET:
            field_dict["command"] = command
        if servers is not UNSET:
            field_dict["servers"] = servers
        if http_method is not UNSET:
            field_dict["http_method"] = http_method
        if http_url is not UNSET:
            field_dict["http_url"] = http_url
        if http_expected_status is not UNSET:
            field_dict["http_expected_status"] = http_expected_status
        if http_body_match is not UNSET:
            field_dict["http_body_match"] = http_body_match
        if scanner is not UNSET:
            field_dict["scanner"] = scanner
        if scan_target_kind is not UNSET:
            field_dict["scan_target_kind"] = scan_target_kind
        if scan_target is not UNSET:
            field_dict["scan_target"] = scan_target
        if severity_threshold is not UNSET:
            field_dict["severity_threshold"] = severity_threshold
        if fail_on_unfixed_only is not UNSET:
            field_dict["fail_on_unfixed_only"] = fail_on_unfixed_only
        if sarif_output_path is not UNSET:
            field_dict["sarif_output_path"] = sarif_output_path
        if integration_identifier is not UNSET:
            field_dict["integration_identifier"] = integration_identifier
        if window_minutes is not UNSET:
            field_dict["window_minutes"] = window_minutes
        if match_by_release is not UNSET:
            field_dict["match_by_release"] = match_by_release

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        name = required_value(d, "name", str)

        stage = required_value(d, "stage", str)

        check_type = required_value(d, "check_type", str)

        description = d.pop("description", UNSET)

        enabled = d.pop("enabled", UNSET)

        timeout_seconds = d.pop("timeout_seconds", UNSET)

        command = d.pop("command", UNSET)

        servers = cast(list[str], d.pop("servers", UNSET))

        http_method = d.pop("http_method", UNSET)

        http_url = d.pop("http_url", UNSET)

        http_expected_status = d.pop("http_expected_status", UNSET)

        http_body_match = d.pop("http_body_match", UNSET)

        scanner = d.pop("scanner", UNSET)

        scan_target_kind = d.pop("scan_target_kind", UNSET)

        scan_target = d.pop("scan_target", UNSET)

        severity_threshold = d.pop("severity_threshold", UNSET)

        fail_on_unfixed_only = d.pop("fail_on_unfixed_only", UNSET)

        sarif_output_path = d.pop("sarif_output_path", UNSET)

        integration_identifier = d.pop("integration_identifier", UNSET)

        window_minutes = d.pop("window_minutes", UNSET)

        match_by_release = d.pop("match_by_release", UNSET)

        deployment_check_create_deployment_check = cls(
            name=name,
            stage=stage,
            check_type=check_type,
            description=description,
            enabled=enabled,
            timeout_seconds=timeout_seconds,
            command=command,
            servers=servers,
            http_method=http_method,
            http_url=http_url,
            http_expected_status=http_expected_status,
            http_body_match=http_body_match,
            scanner=scanner,
            scan_target_kind=scan_target_kind,
            scan_target=scan_target,
            severity_threshold=severity_threshold,
            fail_on_unfixed_only=fail_on_unfixed_only,
            sarif_output_path=sarif_output_path,
            integration_identifier=integration_identifier,
            window_minutes=window_minutes,
            match_by_release=match_by_release,
        )

        deployment_check_create_deployment_check.additional_properties = d
        return deployment_check_create_deployment_check

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
