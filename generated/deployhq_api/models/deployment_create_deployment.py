from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
)

T = TypeVar("T", bound="DeploymentCreateDeployment")


@_attrs_define
class DeploymentCreateDeployment:
    """
    Attributes:
        branch (str | Unset):
        config_files_deployment (bool | Unset):
        copy_config_files (bool | Unset):
        end_revision (str | Unset):
        mode (str | Unset):
        notification_addresses (str | Unset):
        parent_identifier (str | Unset):
        run_build_commands (bool | Unset):
        server_identifier (str | Unset):
        skip_if_not_changes (bool | Unset):
        start_revision (str | Unset):
        use_build_cache (bool | Unset):
        use_latest (bool | Unset):
    """

    branch: str | Unset = UNSET
    config_files_deployment: bool | Unset = UNSET
    copy_config_files: bool | Unset = UNSET
    end_revision: str | Unset = UNSET
    mode: str | Unset = UNSET
    notification_addresses: str | Unset = UNSET
    parent_identifier: str | Unset = UNSET
    run_build_commands: bool | Unset = UNSET
    server_identifier: str | Unset = UNSET
    skip_if_not_changes: bool | Unset = UNSET
    start_revision: str | Unset = UNSET
    use_build_cache: bool | Unset = UNSET
    use_latest: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        branch = self.branch

        config_files_deployment = self.config_files_deployment

        copy_config_files = self.copy_config_files

        end_revision = self.end_revision

        mode = self.mode

        notification_addresses = self.notification_addresses

        parent_identifier = self.parent_identifier

        run_build_commands = self.run_build_commands

        server_identifier = self.server_identifier

        skip_if_not_changes = self.skip_if_not_changes

        start_revision = self.start_revision

        use_build_cache = self.use_build_cache

        use_latest = self.use_latest

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if branch is not UNSET:
            field_dict["branch"] = branch
        if config_files_deployment is not UNSET:
            field_dict["config_files_deployment"] = config_files_deployment
        if copy_config_files is not UNSET:
            field_dict["copy_config_files"] = copy_config_files
        if end_revision is not UNSET:
            field_dict["end_revision"] = end_revision
        if mode is not UNSET:
            field_dict["mode"] = mode
        if notification_addresses is not UNSET:
            field_dict["notification_addresses"] = notification_addresses
        if parent_identifier is not UNSET:
            field_dict["parent_identifier"] = parent_identifier
        if run_build_commands is not UNSET:
            field_dict["run_build_commands"] = run_build_commands
        if server_identifier is not UNSET:
            field_dict["server_identifier"] = server_identifier
        if skip_if_not_changes is not UNSET:
            field_dict["skip_if_not_changes"] = skip_if_not_changes
        if start_revision is not UNSET:
            field_dict["start_revision"] = start_revision
        if use_build_cache is not UNSET:
            field_dict["use_build_cache"] = use_build_cache
        if use_latest is not UNSET:
            field_dict["use_latest"] = use_latest

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        branch = d.pop("branch", UNSET)

        config_files_deployment = d.pop("config_files_deployment", UNSET)

        copy_config_files = d.pop("copy_config_files", UNSET)

        end_revision = d.pop("end_revision", UNSET)

        mode = d.pop("mode", UNSET)

        notification_addresses = d.pop("notification_addresses", UNSET)

        parent_identifier = d.pop("parent_identifier", UNSET)

        run_build_commands = d.pop("run_build_commands", UNSET)

        server_identifier = d.pop("server_identifier", UNSET)

        skip_if_not_changes = d.pop("skip_if_not_changes", UNSET)

        start_revision = d.pop("start_revision", UNSET)

        use_build_cache = d.pop("use_build_cache", UNSET)

        use_latest = d.pop("use_latest", UNSET)

        _instance = cls(
            branch,
            config_files_deployment,
            copy_config_files,
            end_revision,
            mode,
            notification_addresses,
            parent_identifier,
            run_build_commands,
            server_identifier,
            skip_if_not_changes,
            start_revision,
            use_build_cache,
            use_latest,
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
