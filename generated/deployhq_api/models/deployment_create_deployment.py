from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from typing_extensions import Self

from ..types import UNSET, Unset

T = TypeVar("T", bound="DeploymentCreateDeployment")


@_attrs_define
class DeploymentCreateDeployment:
    """
    Attributes:
        start_revision (str | Unset):
        end_revision (str | Unset):
        copy_config_files (bool | Unset):
        notification_addresses (str | Unset):
        branch (str | Unset):
        parent_identifier (str | Unset):
        server_identifier (str | Unset):
        run_build_commands (bool | Unset):
        use_build_cache (bool | Unset):
        config_files_deployment (bool | Unset):
        mode (str | Unset):
        use_latest (bool | Unset):
        skip_if_not_changes (bool | Unset):
    """

    start_revision: str | Unset = UNSET
    end_revision: str | Unset = UNSET
    copy_config_files: bool | Unset = UNSET
    notification_addresses: str | Unset = UNSET
    branch: str | Unset = UNSET
    parent_identifier: str | Unset = UNSET
    server_identifier: str | Unset = UNSET
    run_build_commands: bool | Unset = UNSET
    use_build_cache: bool | Unset = UNSET
    config_files_deployment: bool | Unset = UNSET
    mode: str | Unset = UNSET
    use_latest: bool | Unset = UNSET
    skip_if_not_changes: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        start_revision = self.start_revision

        end_revision = self.end_revision

        copy_config_files = self.copy_config_files

        notification_addresses = self.notification_addresses

        branch = self.branch

        parent_identifier = self.parent_identifier

        server_identifier = self.server_identifier

        run_build_commands = self.run_build_commands

        use_build_cache = self.use_build_cache

        config_files_deployment = self.config_files_deployment

        mode = self.mode

        use_latest = self.use_latest

        skip_if_not_changes = self.skip_if_not_changes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if start_revision is not UNSET:
            field_dict["start_revision"] = start_revision
        if end_revision is not UNSET:
            field_dict["end_revision"] = end_revision
        if copy_config_files is not UNSET:
            field_dict["copy_config_files"] = copy_config_files
        if notification_addresses is not UNSET:
            field_dict["notification_addresses"] = notification_addresses
        if branch is not UNSET:
            field_dict["branch"] = branch
        if parent_identifier is not UNSET:
            field_dict["parent_identifier"] = parent_identifier
        if server_identifier is not UNSET:
            field_dict["server_identifier"] = server_identifier
        if run_build_commands is not UNSET:
            field_dict["run_build_commands"] = run_build_commands
        if use_build_cache is not UNSET:
            field_dict["use_build_cache"] = use_build_cache
        if config_files_deployment is not UNSET:
            field_dict["config_files_deployment"] = config_files_deployment
        if mode is not UNSET:
            field_dict["mode"] = mode
        if use_latest is not UNSET:
            field_dict["use_latest"] = use_latest
        if skip_if_not_changes is not UNSET:
            field_dict["skip_if_not_changes"] = skip_if_not_changes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        start_revision = d.pop("start_revision", UNSET)

        end_revision = d.pop("end_revision", UNSET)

        copy_config_files = d.pop("copy_config_files", UNSET)

        notification_addresses = d.pop("notification_addresses", UNSET)

        branch = d.pop("branch", UNSET)

        parent_identifier = d.pop("parent_identifier", UNSET)

        server_identifier = d.pop("server_identifier", UNSET)

        run_build_commands = d.pop("run_build_commands", UNSET)

        use_build_cache = d.pop("use_build_cache", UNSET)

        config_files_deployment = d.pop("config_files_deployment", UNSET)

        mode = d.pop("mode", UNSET)

        use_latest = d.pop("use_latest", UNSET)

        skip_if_not_changes = d.pop("skip_if_not_changes", UNSET)

        deployment_create_deployment = cls(
            start_revision=start_revision,
            end_revision=end_revision,
            copy_config_files=copy_config_files,
            notification_addresses=notification_addresses,
            branch=branch,
            parent_identifier=parent_identifier,
            server_identifier=server_identifier,
            run_build_commands=run_build_commands,
            use_build_cache=use_build_cache,
            config_files_deployment=config_files_deployment,
            mode=mode,
            use_latest=use_latest,
            skip_if_not_changes=skip_if_not_changes,
        )

        deployment_create_deployment.additional_properties = d
        return deployment_create_deployment

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
