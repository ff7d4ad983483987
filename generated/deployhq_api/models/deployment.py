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
    required_value,
)

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


@_attrs_define(frozen=True, repr=False)
class Deployment:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        identifier (str)
        status (str)
        archived (bool | None)
        archived_at (None | str)
        branch (None | str)
        config_files_deployment (bool | None)
        configuration (DeploymentConfiguration | None)
        deferred (bool | None)
        deployer (None | str)
        deployer_avatar (None | str)
        end_revision (None | Revision)
        files (DeploymentFiles | None)
        legacy (bool | None)
        log_summary (None | str)
        metadata (DeploymentMetadata | None)
        overview (None | str)
        project (DeploymentProject | None)
        servers (list[DeploymentServer] | None)
        start_revision (None | Revision)
        steps (list[DeploymentStep] | None)
        timestamps (DeploymentTimestamps | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    identifier: str
    status: str
    archived: bool | None = None
    archived_at: None | str = None
    branch: None | str = None
    config_files_deployment: bool | None = None
    configuration: DeploymentConfiguration | None = None
    deferred: bool | None = None
    deployer: None | str = None
    deployer_avatar: None | str = None
    end_revision: None | Revision = None
    files: DeploymentFiles | None = None
    legacy: bool | None = None
    log_summary: None | str = None
    metadata: DeploymentMetadata | None = None
    overview: None | str = None
    project: DeploymentProject | None = None
    servers: list[DeploymentServer] | None = None
    start_revision: None | Revision = None
    steps: list[DeploymentStep] | None = None
    timestamps: DeploymentTimestamps | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        field_dict["identifier"] = self.identifier
        field_dict["status"] = self.status
        if self.archived is not None:
            field_dict["archived"] = self.archived
        elif "archived" in self._nulls:
            field_dict["archived"] = None
        if self.archived_at is not None:
            field_dict["archived_at"] = self.archived_at
        elif "archived_at" in self._nulls:
            field_dict["archived_at"] = None
        if self.branch is not None:
            field_dict["branch"] = self.branch
        elif "branch" in self._nulls:
            field_dict["branch"] = None
        if self.config_files_deployment is not None:
            field_dict["config_files_deployment"] = self.config_files_deployment
        elif "config_files_deployment" in self._nulls:
            field_dict["config_files_deployment"] = None
        if self.configuration is not None:
            field_dict["configuration"] = encode(self.configuration)
        elif "configuration" in self._nulls:
            field_dict["configuration"] = None
        if self.deferred is not None:
            field_dict["deferred"] = self.deferred
        elif "deferred" in self._nulls:
            field_dict["deferred"] = None
        if self.deployer is not None:
            field_dict["deployer"] = self.deployer
        elif "deployer" in self._nulls:
            field_dict["deployer"] = None
        if self.deployer_avatar is not None:
            field_dict["deployer_avatar"] = self.deployer_avatar
        elif "deployer_avatar" in self._nulls:
            field_dict["deployer_avatar"] = None
        if self.end_revision is not None:
            field_dict["end_revision"] = encode(self.end_revision)
        elif "end_revision" in self._nulls:
            field_dict["end_revision"] = None
        if self.files is not None:
            field_dict["files"] = encode(self.files)
        elif "files" in self._nulls:
            field_dict["files"] = None
        if self.legacy is not None:
            field_dict["legacy"] = self.legacy
        elif "legacy" in self._nulls:
            field_dict["legacy"] = None
        if self.log_summary is not None:
            field_dict["log_summary"] = self.log_summary
        elif "log_summary" in self._nulls:
            field_dict["log_summary"] = None
        if self.metadata is not None:
            field_dict["metadata"] = encode(self.metadata)
        elif "metadata" in self._nulls:
            field_dict["metadata"] = None
        if self.overview is not None:
            field_dict["overview"] = self.overview
        elif "overview" in self._nulls:
            field_dict["overview"] = None
        if self.project is not None:
            field_dict["project"] = encode(self.project)
        elif "project" in self._nulls:
            field_dict["project"] = None
        if self.servers is not None:
            field_dict["servers"] = encode(self.servers)
        elif "servers" in self._nulls:
            field_dict["servers"] = None
        if self.start_revision is not None:
            field_dict["start_revision"] = encode(self.start_revision)
        elif "start_revision" in self._nulls:
            field_dict["start_revision"] = None
        if self.steps is not None:
            field_dict["steps"] = encode(self.steps)
        elif "steps" in self._nulls:
            field_dict["steps"] = None
        if self.timestamps is not None:
            field_dict["timestamps"] = encode(self.timestamps)
        elif "timestamps" in self._nulls:
            field_dict["timestamps"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        identifier = required_value(d, "Deployment", "identifier", str)

        status = required_value(d, "Deployment", "status", str)

        archived: bool | None
        _value = d.pop("archived", UNSET)
        if _value is None:
            archived = None
            null("archived")
        elif _value is UNSET:
            archived = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                archived = _value

            except FAILURES as error:
                loose(d, "Deployment", "archived", _value, "bool | None", error)
                archived = None

        archived_at: None | str
        _value = d.pop("archived_at", UNSET)
        if _value is None:
            archived_at = None
            null("archived_at")
        elif _value is UNSET:
            archived_at = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                archived_at = _value

            except FAILURES as error:
                loose(d, "Deployment", "archived_at", _value, "None | str", error)
                archived_at = None

        branch: None | str
        _value = d.pop("branch", UNSET)
        if _value is None:
            branch = None
            null("branch")
        elif _value is UNSET:
            branch = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                branch = _value

            except FAILURES as error:
                loose(d, "Deployment", "branch", _value, "None | str", error)
                branch = None

        config_files_deployment: bool | None
        _value = d.pop("config_files_deployment", UNSET)
        if _value is None:
            config_files_deployment = None
            null("config_files_deployment")
        elif _value is UNSET:
            config_files_deployment = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                config_files_deployment = _value

            except FAILURES as error:
                loose(d, "Deployment", "config_files_deployment", _value, "bool | None", error)
                config_files_deployment = None

        configuration: DeploymentConfiguration | None
        _value = d.pop("configuration", UNSET)
        if _value is None:
            configuration = None
            null("configuration")
        elif _value is UNSET:
            configuration = None
        else:
            try:
                configuration = DeploymentConfiguration.from_dict(_value)

            except FAILURES as error:
                loose(d, "Deployment", "configuration", _value, "DeploymentConfiguration | None", error)
                configuration = None

        deferred: bool | None
        _value = d.pop("deferred", UNSET)
        if _value is None:
            deferred = None
            null("deferred")
        elif _value is UNSET:
            deferred = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                deferred = _value

            except FAILURES as error:
                loose(d, "Deployment", "deferred", _value, "bool | None", error)
                deferred = None

        deployer: None | str
        _value = d.pop("deployer", UNSET)
        if _value is None:
            deployer = None
            null("deployer")
        elif _value is UNSET:
            deployer = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                deployer = _value

            except FAILURES as error:
                loose(d, "Deployment", "deployer", _value, "None | str", error)
                deployer = None

        deployer_avatar: None | str
        _value = d.pop("deployer_avatar", UNSET)
        if _value is None:
            deployer_avatar = None
            null("deployer_avatar")
        elif _value is UNSET:
            deployer_avatar = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                deployer_avatar = _value

            except FAILURES as error:
                loose(d, "Deployment", "deployer_avatar", _value, "None | str", error)
                deployer_avatar = None

        end_revision: None | Revision
        _value = d.pop("end_revision", UNSET)
        if _value is None:
            end_revision = None
            null("end_revision")
        elif _value is UNSET:
            end_revision = None
        else:
            try:
                end_revision = Revision.from_dict(_value)

            except FAILURES as error:
                loose(d, "Deployment", "end_revision", _value, "None | Revision", error)
                end_revision = None

        files: DeploymentFiles | None
        _value = d.pop("files", UNSET)
        if _value is None:
            files = None
            null("files")
        elif _value is UNSET:
            files = None
        else:
            try:
                files = DeploymentFiles.from_dict(_value)

            except FAILURES as error:
                loose(d, "Deployment", "files", _value, "DeploymentFiles | None", error)
                files = None

        legacy: bool | None
        _value = d.pop("legacy", UNSET)
        if _value is None:
            legacy = None
            null("legacy")
        elif _value is UNSET:
            legacy = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                legacy = _value

            except FAILURES as error:
                loose(d, "Deployment", "legacy", _value, "bool | None", error)
                legacy = None

        log_summary: None | str
        _value = d.pop("log_summary", UNSET)
        if _value is None:
            log_summary = None
            null("log_summary")
        elif _value is UNSET:
            log_summary = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                log_summary = _value

            except FAILURES as error:
                loose(d, "Deployment", "log_summary", _value, "None | str", error)
                log_summary = None

        metadata: DeploymentMetadata | None
        _value = d.pop("metadata", UNSET)
        if _value is None:
            metadata = None
            null("metadata")
        elif _value is UNSET:
            metadata = None
        else:
            try:
                metadata = DeploymentMetadata.from_dict(_value)

            except FAILURES as error:
                loose(d, "Deployment", "metadata", _value, "DeploymentMetadata | None", error)
                metadata = None

        overview: None | str
        _value = d.pop("overview", UNSET)
        if _value is None:
            overview = None
            null("overview")
        elif _value is UNSET:
            overview = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                overview = _value

            except FAILURES as error:
                loose(d, "Deployment", "overview", _value, "None | str", error)
                overview = None

        project: DeploymentProject | None
        _value = d.pop("project", UNSET)
        if _value is None:
            project = None
            null("project")
        elif _value is UNSET:
            project = None
        else:
            try:
                project = DeploymentProject.from_dict(_value)

            except FAILURES as error:
                loose(d, "Deployment", "project", _value, "DeploymentProject | None", error)
                project = None

        servers: list[DeploymentServer] | None
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
                servers = [DeploymentServer.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "Deployment", "servers", _value, "list[DeploymentServer] | None", error)
                servers = None

        start_revision: None | Revision
        _value = d.pop("start_revision", UNSET)
        if _value is None:
            start_revision = None
            null("start_revision")
        elif _value is UNSET:
            start_revision = None
        else:
            try:
                start_revision = Revision.from_dict(_value)

            except FAILURES as error:
                loose(d, "Deployment", "start_revision", _value, "None | Revision", error)
                start_revision = None

        steps: list[DeploymentStep] | None
        _value = d.pop("steps", UNSET)
        if _value is None:
            steps = None
            null("steps")
        elif _value is UNSET:
            steps = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                steps = [DeploymentStep.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "Deployment", "steps", _value, "list[DeploymentStep] | None", error)
                steps = None

        timestamps: DeploymentTimestamps | None
        _value = d.pop("timestamps", UNSET)
        if _value is None:
            timestamps = None
            null("timestamps")
        elif _value is UNSET:
            timestamps = None
        else:
            try:
                timestamps = DeploymentTimestamps.from_dict(_value)

            except FAILURES as error:
                loose(d, "Deployment", "timestamps", _value, "DeploymentTimestamps | None", error)
                timestamps = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DeploymentBuilding)
        _instance.identifier = identifier
        _instance.status = status
        _instance.archived = archived
        _instance.archived_at = archived_at
        _instance.branch = branch
        _instance.config_files_deployment = config_files_deployment
        _instance.configuration = configuration
        _instance.deferred = deferred
        _instance.deployer = deployer
        _instance.deployer_avatar = deployer_avatar
        _instance.end_revision = end_revision
        _instance.files = files
        _instance.legacy = legacy
        _instance.log_summary = log_summary
        _instance.metadata = metadata
        _instance.overview = overview
        _instance.project = project
        _instance.servers = servers
        _instance.start_revision = start_revision
        _instance.steps = steps
        _instance.timestamps = timestamps
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


class _DeploymentBuilding(Deployment):
    """A Deployment while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.deployment_configuration import DeploymentConfiguration
from ..models.deployment_files import DeploymentFiles
from ..models.deployment_metadata import DeploymentMetadata
from ..models.deployment_project import DeploymentProject
from ..models.deployment_server import DeploymentServer
from ..models.deployment_step import DeploymentStep
from ..models.deployment_timestamps import DeploymentTimestamps
from ..models.revision import Revision
