from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, required_value

if TYPE_CHECKING:
    from ..models.deployment_configuration import DeploymentConfiguration
    from ..models.deployment_files import DeploymentFiles
    from ..models.deployment_metadata import DeploymentMetadata
    from ..models.deployment_project import DeploymentProject
    from ..models.deployment_server import DeploymentServer
    from ..models.deployment_step import DeploymentStep
    from ..models.deployment_timestamps import DeploymentTimestamps
    from ..models.revision import Revision


T = TypeVar("T", bound="Deployment")


@_attrs_define
class Deployment:
    """
    Attributes:
        identifier (str):
        status (str):
        archived (bool | None | Unset):
        archived_at (None | str | Unset):
        branch (None | str | Unset):
        config_files_deployment (bool | None | Unset):
        configuration (DeploymentConfiguration | None | Unset):
        deferred (bool | None | Unset):
        deployer (None | str | Unset):
        deployer_avatar (None | str | Unset):
        end_revision (None | Revision | Unset):
        files (DeploymentFiles | None | Unset):
        legacy (bool | None | Unset):
        log_summary (None | str | Unset):
        metadata (DeploymentMetadata | None | Unset):
        overview (None | str | Unset):
        project (DeploymentProject | None | Unset):
        servers (list[DeploymentServer] | None | Unset):
        start_revision (None | Revision | Unset):
        steps (list[DeploymentStep] | None | Unset):
        timestamps (DeploymentTimestamps | None | Unset):
    """

    identifier: str
    status: str
    archived: bool | None | Unset = UNSET
    archived_at: None | str | Unset = UNSET
    branch: None | str | Unset = UNSET
    config_files_deployment: bool | None | Unset = UNSET
    configuration: DeploymentConfiguration | None | Unset = UNSET
    deferred: bool | None | Unset = UNSET
    deployer: None | str | Unset = UNSET
    deployer_avatar: None | str | Unset = UNSET
    end_revision: None | Revision | Unset = UNSET
    files: DeploymentFiles | None | Unset = UNSET
    legacy: bool | None | Unset = UNSET
    log_summary: None | str | Unset = UNSET
    metadata: DeploymentMetadata | None | Unset = UNSET
    overview: None | str | Unset = UNSET
    project: DeploymentProject | None | Unset = UNSET
    servers: list[DeploymentServer] | None | Unset = UNSET
    start_revision: None | Revision | Unset = UNSET
    steps: list[DeploymentStep] | None | Unset = UNSET
    timestamps: DeploymentTimestamps | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        status = self.status

        archived: bool | None | Unset
        if isinstance(self.archived, Unset):
            archived = UNSET
        else:
            archived = self.archived

        archived_at: None | str | Unset
        if isinstance(self.archived_at, Unset):
            archived_at = UNSET
        else:
            archived_at = self.archived_at

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        config_files_deployment: bool | None | Unset
        if isinstance(self.config_files_deployment, Unset):
            config_files_deployment = UNSET
        else:
            config_files_deployment = self.config_files_deployment

        configuration: dict[str, Any] | None | Unset
        if isinstance(self.configuration, Unset):
            configuration = UNSET
        elif isinstance(self.configuration, DeploymentConfiguration):
            configuration = self.configuration.to_dict()
        else:
            configuration = self.configuration

        deferred: bool | None | Unset
        if isinstance(self.deferred, Unset):
            deferred = UNSET
        else:
            deferred = self.deferred

        deployer: None | str | Unset
        if isinstance(self.deployer, Unset):
            deployer = UNSET
        else:
            deployer = self.deployer

        deployer_avatar: None | str | Unset
        if isinstance(self.deployer_avatar, Unset):
            deployer_avatar = UNSET
        else:
            deployer_avatar = self.deployer_avatar

        end_revision: dict[str, Any] | None | Unset
        if isinstance(self.end_revision, Unset):
            end_revision = UNSET
        elif isinstance(self.end_revision, Revision):
            end_revision = self.end_revision.to_dict()
        else:
            end_revision = self.end_revision

        files: dict[str, Any] | None | Unset
        if isinstance(self.files, Unset):
            files = UNSET
        elif isinstance(self.files, DeploymentFiles):
            files = self.files.to_dict()
        else:
            files = self.files

        legacy: bool | None | Unset
        if isinstance(self.legacy, Unset):
            legacy = UNSET
        else:
            legacy = self.legacy

        log_summary: None | str | Unset
        if isinstance(self.log_summary, Unset):
            log_summary = UNSET
        else:
            log_summary = self.log_summary

        metadata: dict[str, Any] | None | Unset
        if isinstance(self.metadata, Unset):
            metadata = UNSET
        elif isinstance(self.metadata, DeploymentMetadata):
            metadata = self.metadata.to_dict()
        else:
            metadata = self.metadata

        overview: None | str | Unset
        if isinstance(self.overview, Unset):
            overview = UNSET
        else:
            overview = self.overview

        project: dict[str, Any] | None | Unset
        if isinstance(self.project, Unset):
            project = UNSET
        elif isinstance(self.project, DeploymentProject):
            project = self.project.to_dict()
        else:
            project = self.project

        servers: list[dict[str, Any]] | None | Unset
        if isinstance(self.servers, Unset):
            servers = UNSET
        elif isinstance(self.servers, list):
            servers = []
            for servers_type_0_item_data in self.servers:
                servers_type_0_item = servers_type_0_item_data.to_dict()
                servers.append(servers_type_0_item)

        else:
            servers = self.servers

        start_revision: dict[str, Any] | None | Unset
        if isinstance(self.start_revision, Unset):
            start_revision = UNSET
        elif isinstance(self.start_revision, Revision):
            start_revision = self.start_revision.to_dict()
        else:
            start_revision = self.start_revision

        steps: list[dict[str, Any]] | None | Unset
        if isinstance(self.steps, Unset):
            steps = UNSET
        elif isinstance(self.steps, list):
            steps = []
            for steps_type_0_item_data in self.steps:
                steps_type_0_item = steps_type_0_item_data.to_dict()
                steps.append(steps_type_0_item)

        else:
            steps = self.steps

        timestamps: dict[str, Any] | None | Unset
        if isinstance(self.timestamps, Unset):
            timestamps = UNSET
        elif isinstance(self.timestamps, DeploymentTimestamps):
            timestamps = self.timestamps.to_dict()
        else:
            timestamps = self.timestamps

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "status": status,
            }
        )
        if archived is not UNSET:
            field_dict["archived"] = archived
        if archived_at is not UNSET:
            field_dict["archived_at"] = archived_at
        if branch is not UNSET:
            field_dict["branch"] = branch
        if config_files_deployment is not UNSET:
            field_dict["config_files_deployment"] = config_files_deployment
        if configuration is not UNSET:
            field_dict["configuration"] = configuration
        if deferred is not UNSET:
            field_dict["deferred"] = deferred
        if deployer is not UNSET:
            field_dict["deployer"] = deployer
        if deployer_avatar is not UNSET:
            field_dict["deployer_avatar"] = deployer_avatar
        if end_revision is not UNSET:
            field_dict["end_revision"] = end_revision
        if files is not UNSET:
            field_dict["files"] = files
        if legacy is not UNSET:
            field_dict["legacy"] = legacy
        if log_summary is not UNSET:
            field_dict["log_summary"] = log_summary
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if overview is not UNSET:
            field_dict["overview"] = overview
        if project is not UNSET:
            field_dict["project"] = project
        if servers is not UNSET:
            field_dict["servers"] = servers
        if start_revision is not UNSET:
            field_dict["start_revision"] = start_revision
        if steps is not UNSET:
            field_dict["steps"] = steps
        if timestamps is not UNSET:
            field_dict["timestamps"] = timestamps

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        identifier = required_value(d, "identifier", str)

        status = required_value(d, "status", str)

        archived: bool | None | Unset = d.pop("archived", UNSET)
        if not (archived is None or isinstance(archived, (bool, Unset))):
            raise mismatch("archived", archived, "bool | None | Unset")

        archived_at: None | str | Unset = d.pop("archived_at", UNSET)
        if not (archived_at is None or isinstance(archived_at, (str, Unset))):
            raise mismatch("archived_at", archived_at, "None | str | Unset")

        branch: None | str | Unset = d.pop("branch", UNSET)
        if not (branch is None or isinstance(branch, (str, Unset))):
            raise mismatch("branch", branch, "None | str | Unset")

        config_files_deployment: bool | None | Unset = d.pop("config_files_deployment", UNSET)
        if not (config_files_deployment is None or isinstance(config_files_deployment, (bool, Unset))):
            raise mismatch("config_files_deployment", config_files_deployment, "bool | None | Unset")

        configuration: DeploymentConfiguration | None | Unset
        _configuration_data = d.pop("configuration", UNSET)
        if isinstance(_configuration_data, dict):
            try:
                configuration_type_0 = DeploymentConfiguration.from_dict(_configuration_data)

                configuration = configuration_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "configuration", _configuration_data, "DeploymentConfiguration | None | Unset", error
                ) from error
        elif _configuration_data is None or isinstance(_configuration_data, Unset):
            configuration = _configuration_data
        else:
            raise mismatch("configuration", _configuration_data, "DeploymentConfiguration | None | Unset")

        deferred: bool | None | Unset = d.pop("deferred", UNSET)
        if not (deferred is None or isinstance(deferred, (bool, Unset))):
            raise mismatch("deferred", deferred, "bool | None | Unset")

        deployer: None | str | Unset = d.pop("deployer", UNSET)
        if not (deployer is None or isinstance(deployer, (str, Unset))):
            raise mismatch("deployer", deployer, "None | str | Unset")

        deployer_avatar: None | str | Unset = d.pop("deployer_avatar", UNSET)
        if not (deployer_avatar is None or isinstance(deployer_avatar, (str, Unset))):
            raise mismatch("deployer_avatar", deployer_avatar, "None | str | Unset")

        end_revision: None | Revision | Unset
        _end_revision_data = d.pop("end_revision", UNSET)
        if isinstance(_end_revision_data, dict):
            try:
                end_revision_type_0 = Revision.from_dict(_end_revision_data)

                end_revision = end_revision_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("end_revision", _end_revision_data, "None | Revision | Unset", error) from error
        elif _end_revision_data is None or isinstance(_end_revision_data, Unset):
            end_revision = _end_revision_data
        else:
            raise mismatch("end_revision", _end_revision_data, "None | Revision | Unset")

        files: DeploymentFiles | None | Unset
        _files_data = d.pop("files", UNSET)
        if isinstance(_files_data, dict):
            try:
                files_type_0 = DeploymentFiles.from_dict(_files_data)

                files = files_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("files", _files_data, "DeploymentFiles | None | Unset", error) from error
        elif _files_data is None or isinstance(_files_data, Unset):
            files = _files_data
        else:
            raise mismatch("files", _files_data, "DeploymentFiles | None | Unset")

        legacy: bool | None | Unset = d.pop("legacy", UNSET)
        if not (legacy is None or isinstance(legacy, (bool, Unset))):
            raise mismatch("legacy", legacy, "bool | None | Unset")

        log_summary: None | str | Unset = d.pop("log_summary", UNSET)
        if not (log_summary is None or isinstance(log_summary, (str, Unset))):
            raise mismatch("log_summary", log_summary, "None | str | Unset")

        metadata: DeploymentMetadata | None | Unset
        _metadata_data = d.pop("metadata", UNSET)
        if isinstance(_metadata_data, dict):
            try:
                metadata_type_0 = DeploymentMetadata.from_dict(_metadata_data)

                metadata = metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("metadata", _metadata_data, "DeploymentMetadata | None | Unset", error) from error
        elif _metadata_data is None or isinstance(_metadata_data, Unset):
            metadata = _metadata_data
        else:
            raise mismatch("metadata", _metadata_data, "DeploymentMetadata | None | Unset")

        overview: None | str | Unset = d.pop("overview", UNSET)
        if not (overview is None or isinstance(overview, (str, Unset))):
            raise mismatch("overview", overview, "None | str | Unset")

        project: DeploymentProject | None | Unset
        _project_data = d.pop("project", UNSET)
        if isinstance(_project_data, dict):
            try:
                project_type_0 = DeploymentProject.from_dict(_project_data)

                project = project_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("project", _project_data, "DeploymentProject | None | Unset", error) from error
        elif _project_data is None or isinstance(_project_data, Unset):
            project = _project_data
        else:
            raise mismatch("project", _project_data, "DeploymentProject | None | Unset")

        servers: list[DeploymentServer] | None | Unset
        _servers_data = d.pop("servers", UNSET)
        if isinstance(_servers_data, list):
            try:
                servers_type_0 = []
                _servers_type_0 = _servers_data
                for servers_type_0_item_data in _servers_type_0:
                    servers_type_0_item = DeploymentServer.from_dict(servers_type_0_item_data)

                    servers_type_0.append(servers_type_0_item)

                servers = servers_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("servers", _servers_data, "list[DeploymentServer] | None | Unset", error) from error
        elif _servers_data is None or isinstance(_servers_data, Unset):
            servers = _servers_data
        else:
            raise mismatch("servers", _servers_data, "list[DeploymentServer] | None | Unset")

        start_revision: None | Revision | Unset
        _start_revision_data = d.pop("start_revision", UNSET)
        if isinstance(_start_revision_data, dict):
            try:
                start_revision_type_0 = Revision.from_dict(_start_revision_data)

                start_revision = start_revision_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("start_revision", _start_revision_data, "None | Revision | Unset", error) from error
        elif _start_revision_data is None or isinstance(_start_revision_data, Unset):
            start_revision = _start_revision_data
        else:
            raise mismatch("start_revision", _start_revision_data, "None | Revision | Unset")

        steps: list[DeploymentStep] | None | Unset
        _steps_data = d.pop("steps", UNSET)
        if isinstance(_steps_data, list):
            try:
                steps_type_0 = []
                _steps_type_0 = _steps_data
                for steps_type_0_item_data in _steps_type_0:
                    steps_type_0_item = DeploymentStep.from_dict(steps_type_0_item_data)

                    steps_type_0.append(steps_type_0_item)

                steps = steps_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("steps", _steps_data, "list[DeploymentStep] | None | Unset", error) from error
        elif _steps_data is None or isinstance(_steps_data, Unset):
            steps = _steps_data
        else:
            raise mismatch("steps", _steps_data, "list[DeploymentStep] | None | Unset")

        timestamps: DeploymentTimestamps | None | Unset
        _timestamps_data = d.pop("timestamps", UNSET)
        if isinstance(_timestamps_data, dict):
            try:
                timestamps_type_0 = DeploymentTimestamps.from_dict(_timestamps_data)

                timestamps = timestamps_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("timestamps", _timestamps_data, "DeploymentTimestamps | None | Unset", error) from error
        elif _timestamps_data is None or isinstance(_timestamps_data, Unset):
            timestamps = _timestamps_data
        else:
            raise mismatch("timestamps", _timestamps_data, "DeploymentTimestamps | None | Unset")

        _instance = cls(
            identifier,
            status,
            archived,
            archived_at,
            branch,
            config_files_deployment,
            configuration,
            deferred,
            deployer,
            deployer_avatar,
            end_revision,
            files,
            legacy,
            log_summary,
            metadata,
            overview,
            project,
            servers,
            start_revision,
            steps,
            timestamps,
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
from ..models.deployment_configuration import DeploymentConfiguration
from ..models.deployment_files import DeploymentFiles
from ..models.deployment_metadata import DeploymentMetadata
from ..models.deployment_project import DeploymentProject
from ..models.deployment_server import DeploymentServer
from ..models.deployment_step import DeploymentStep
from ..models.deployment_timestamps import DeploymentTimestamps
from ..models.revision import Revision
