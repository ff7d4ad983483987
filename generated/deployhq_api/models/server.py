from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime, required_value

if TYPE_CHECKING:
    from ..models.agent import Agent
    from ..models.server_static_hosting import ServerStaticHosting


T = TypeVar("T", bound="Server")


@_attrs_define
class Server:
    """
    Attributes:
        identifier (str):
        name (str):
        agent (Agent | None | str | Unset):
        atomic (bool | None | Unset):
        atomic_retention (int | None | Unset):
        atomic_strategy (None | str | Unset):
        auto_deploy (bool | None | Unset):
        branch (None | str | Unset):
        connection_checked_at (None | str | Unset):
        connection_error_message (None | str | Unset):
        created_at (datetime.datetime | None | Unset):
        enabled (bool | None | Unset):
        environment (None | str | Unset):
        id (int | None | Unset):
        last_revision (None | str | Unset):
        notify_email (None | str | Unset):
        position (int | None | Unset):
        preferred_branch (None | str | Unset):
        protocol_type (None | str | Unset):
        root_path (None | str | Unset):
        server_group_identifier (None | str | Unset):
        server_path (None | str | Unset):
        static_hosting (None | ServerStaticHosting | Unset):
        updated_at (datetime.datetime | None | Unset):
        use_accelerated_transfer (bool | None | Unset):
        use_compression (bool | None | Unset):
        use_parallel_upload (bool | None | Unset):
        port (int | None | str | Unset):
    """

    identifier: str
    name: str
    agent: Agent | None | str | Unset = UNSET
    atomic: bool | None | Unset = UNSET
    atomic_retention: int | None | Unset = UNSET
    atomic_strategy: None | str | Unset = UNSET
    auto_deploy: bool | None | Unset = UNSET
    branch: None | str | Unset = UNSET
    connection_checked_at: None | str | Unset = UNSET
    connection_error_message: None | str | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    environment: None | str | Unset = UNSET
    id: int | None | Unset = UNSET
    last_revision: None | str | Unset = UNSET
    notify_email: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    preferred_branch: None | str | Unset = UNSET
    protocol_type: None | str | Unset = UNSET
    root_path: None | str | Unset = UNSET
    server_group_identifier: None | str | Unset = UNSET
    server_path: None | str | Unset = UNSET
    static_hosting: None | ServerStaticHosting | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    use_accelerated_transfer: bool | None | Unset = UNSET
    use_compression: bool | None | Unset = UNSET
    use_parallel_upload: bool | None | Unset = UNSET
    port: int | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier = self.identifier

        name = self.name

        agent: dict[str, Any] | None | str | Unset
        if isinstance(self.agent, Unset):
            agent = UNSET
        elif isinstance(self.agent, Agent):
            agent = self.agent.to_dict()
        else:
            agent = self.agent

        atomic: bool | None | Unset
        if isinstance(self.atomic, Unset):
            atomic = UNSET
        else:
            atomic = self.atomic

        atomic_retention: int | None | Unset
        if isinstance(self.atomic_retention, Unset):
            atomic_retention = UNSET
        else:
            atomic_retention = self.atomic_retention

        atomic_strategy: None | str | Unset
        if isinstance(self.atomic_strategy, Unset):
            atomic_strategy = UNSET
        else:
            atomic_strategy = self.atomic_strategy

        auto_deploy: bool | None | Unset
        if isinstance(self.auto_deploy, Unset):
            auto_deploy = UNSET
        else:
            auto_deploy = self.auto_deploy

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        connection_checked_at: None | str | Unset
        if isinstance(self.connection_checked_at, Unset):
            connection_checked_at = UNSET
        else:
            connection_checked_at = self.connection_checked_at

        connection_error_message: None | str | Unset
        if isinstance(self.connection_error_message, Unset):
            connection_error_message = UNSET
        else:
            connection_error_message = self.connection_error_message

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_revision: None | str | Unset
        if isinstance(self.last_revision, Unset):
            last_revision = UNSET
        else:
            last_revision = self.last_revision

        notify_email: None | str | Unset
        if isinstance(self.notify_email, Unset):
            notify_email = UNSET
        else:
            notify_email = self.notify_email

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        preferred_branch: None | str | Unset
        if isinstance(self.preferred_branch, Unset):
            preferred_branch = UNSET
        else:
            preferred_branch = self.preferred_branch

        protocol_type: None | str | Unset
        if isinstance(self.protocol_type, Unset):
            protocol_type = UNSET
        else:
            protocol_type = self.protocol_type

        root_path: None | str | Unset
        if isinstance(self.root_path, Unset):
            root_path = UNSET
        else:
            root_path = self.root_path

        server_group_identifier: None | str | Unset
        if isinstance(self.server_group_identifier, Unset):
            server_group_identifier = UNSET
        else:
            server_group_identifier = self.server_group_identifier

        server_path: None | str | Unset
        if isinstance(self.server_path, Unset):
            server_path = UNSET
        else:
            server_path = self.server_path

        static_hosting: dict[str, Any] | None | Unset
        if isinstance(self.static_hosting, Unset):
            static_hosting = UNSET
        elif isinstance(self.static_hosting, ServerStaticHosting):
            static_hosting = self.static_hosting.to_dict()
        else:
            static_hosting = self.static_hosting

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        use_accelerated_transfer: bool | None | Unset
        if isinstance(self.use_accelerated_transfer, Unset):
            use_accelerated_transfer = UNSET
        else:
            use_accelerated_transfer = self.use_accelerated_transfer

        use_compression: bool | None | Unset
        if isinstance(self.use_compression, Unset):
            use_compression = UNSET
        else:
            use_compression = self.use_compression

        use_parallel_upload: bool | None | Unset
        if isinstance(self.use_parallel_upload, Unset):
            use_parallel_upload = UNSET
        else:
            use_parallel_upload = self.use_parallel_upload

        port: int | None | str | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "identifier": identifier,
                "name": name,
            }
        )
        if agent is not UNSET:
            field_dict["agent"] = agent
        if atomic is not UNSET:
            field_dict["atomic"] = atomic
        if atomic_retention is not UNSET:
            field_dict["atomic_retention"] = atomic_retention
        if atomic_strategy is not UNSET:
            field_dict["atomic_strategy"] = atomic_strategy
        if auto_deploy is not UNSET:
            field_dict["auto_deploy"] = auto_deploy
        if branch is not UNSET:
            field_dict["branch"] = branch
        if connection_checked_at is not UNSET:
            field_dict["connection_checked_at"] = connection_checked_at
        if connection_error_message is not UNSET:
            field_dict["connection_error_message"] = connection_error_message
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if environment is not UNSET:
            field_dict["environment"] = environment
        if id is not UNSET:
            field_dict["id"] = id
        if last_revision is not UNSET:
            field_dict["last_revision"] = last_revision
        if notify_email is not UNSET:
            field_dict["notify_email"] = notify_email
        if position is not UNSET:
            field_dict["position"] = position
        if preferred_branch is not UNSET:
            field_dict["preferred_branch"] = preferred_branch
        if protocol_type is not UNSET:
            field_dict["protocol_type"] = protocol_type
        if root_path is not UNSET:
            field_dict["root_path"] = root_path
        if server_group_identifier is not UNSET:
            field_dict["server_group_identifier"] = server_group_identifier
        if server_path is not UNSET:
            field_dict["server_path"] = server_path
        if static_hosting is not UNSET:
            field_dict["static_hosting"] = static_hosting
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if use_accelerated_transfer is not UNSET:
            field_dict["use_accelerated_transfer"] = use_accelerated_transfer
        if use_compression is not UNSET:
            field_dict["use_compression"] = use_compression
        if use_parallel_upload is not UNSET:
            field_dict["use_parallel_upload"] = use_parallel_upload
        if port is not UNSET:
            field_dict["port"] = port

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        identifier = required_value(d, "identifier", str)

        name = required_value(d, "name", str)

        agent: Agent | None | str | Unset
        _agent_data = d.pop("agent", UNSET)
        if isinstance(_agent_data, dict):
            try:
                agent_type_0 = Agent.from_dict(_agent_data)

                agent = agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("agent", _agent_data, "Agent | None | str | Unset", error) from error
        elif _agent_data is None or isinstance(_agent_data, (str, Unset)):
            agent = _agent_data
        else:
            raise mismatch("agent", _agent_data, "Agent | None | str | Unset")

        atomic: bool | None | Unset = d.pop("atomic", UNSET)
        if not (atomic is None or isinstance(atomic, (bool, Unset))):
            raise mismatch("atomic", atomic, "bool | None | Unset")

        atomic_retention: int | None | Unset = d.pop("atomic_retention", UNSET)
        if not (atomic_retention is None or isinstance(atomic_retention, (int, Unset))):
            raise mismatch("atomic_retention", atomic_retention, "int | None | Unset")

        atomic_strategy: None | str | Unset = d.pop("atomic_strategy", UNSET)
        if not (atomic_strategy is None or isinstance(atomic_strategy, (str, Unset))):
            raise mismatch("atomic_strategy", atomic_strategy, "None | str | Unset")

        auto_deploy: bool | None | Unset = d.pop("auto_deploy", UNSET)
        if not (auto_deploy is None or isinstance(auto_deploy, (bool, Unset))):
            raise mismatch("auto_deploy", auto_deploy, "bool | None | Unset")

        branch: None | str | Unset = d.pop("branch", UNSET)
        if not (branch is None or isinstance(branch, (str, Unset))):
            raise mismatch("branch", branch, "None | str | Unset")

        connection_checked_at: None | str | Unset = d.pop("connection_checked_at", UNSET)
        if not (connection_checked_at is None or isinstance(connection_checked_at, (str, Unset))):
            raise mismatch("connection_checked_at", connection_checked_at, "None | str | Unset")

        connection_error_message: None | str | Unset = d.pop("connection_error_message", UNSET)
        if not (connection_error_message is None or isinstance(connection_error_message, (str, Unset))):
            raise mismatch("connection_error_message", connection_error_message, "None | str | Unset")

        created_at: datetime.datetime | None | Unset
        _created_at_data = d.pop("created_at", UNSET)
        if isinstance(_created_at_data, str):
            try:
                created_at_type_0 = parse_datetime(_created_at_data)

                created_at = created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("created_at", _created_at_data, "datetime.datetime | None | Unset", error) from error
        elif _created_at_data is None or isinstance(_created_at_data, Unset):
            created_at = _created_at_data
        else:
            raise mismatch("created_at", _created_at_data, "datetime.datetime | None | Unset")

        enabled: bool | None | Unset = d.pop("enabled", UNSET)
        if not (enabled is None or isinstance(enabled, (bool, Unset))):
            raise mismatch("enabled", enabled, "bool | None | Unset")

        environment: None | str | Unset = d.pop("environment", UNSET)
        if not (environment is None or isinstance(environment, (str, Unset))):
            raise mismatch("environment", environment, "None | str | Unset")

        id: int | None | Unset = d.pop("id", UNSET)
        if not (id is None or isinstance(id, (int, Unset))):
            raise mismatch("id", id, "int | None | Unset")

        last_revision: None | str | Unset = d.pop("last_revision", UNSET)
        if not (last_revision is None or isinstance(last_revision, (str, Unset))):
            raise mismatch("last_revision", last_revision, "None | str | Unset")

        notify_email: None | str | Unset = d.pop("notify_email", UNSET)
        if not (notify_email is None or isinstance(notify_email, (str, Unset))):
            raise mismatch("notify_email", notify_email, "None | str | Unset")

        position: int | None | Unset = d.pop("position", UNSET)
        if not (position is None or isinstance(position, (int, Unset))):
            raise mismatch("position", position, "int | None | Unset")

        preferred_branch: None | str | Unset = d.pop("preferred_branch", UNSET)
        if not (preferred_branch is None or isinstance(preferred_branch, (str, Unset))):
            raise mismatch("preferred_branch", preferred_branch, "None | str | Unset")

        protocol_type: None | str | Unset = d.pop("protocol_type", UNSET)
        if not (protocol_type is None or isinstance(protocol_type, (str, Unset))):
            raise mismatch("protocol_type", protocol_type, "None | str | Unset")

        root_path: None | str | Unset = d.pop("root_path", UNSET)
        if not (root_path is None or isinstance(root_path, (str, Unset))):
            raise mismatch("root_path", root_path, "None | str | Unset")

        server_group_identifier: None | str | Unset = d.pop("server_group_identifier", UNSET)
        if not (server_group_identifier is None or isinstance(server_group_identifier, (str, Unset))):
            raise mismatch("server_group_identifier", server_group_identifier, "None | str | Unset")

        server_path: None | str | Unset = d.pop("server_path", UNSET)
        if not (server_path is None or isinstance(server_path, (str, Unset))):
            raise mismatch("server_path", server_path, "None | str | Unset")

        static_hosting: None | ServerStaticHosting | Unset
        _static_hosting_data = d.pop("static_hosting", UNSET)
        if isinstance(_static_hosting_data, dict):
            try:
                static_hosting_type_0 = ServerStaticHosting.from_dict(_static_hosting_data)

                static_hosting = static_hosting_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "static_hosting", _static_hosting_data, "None | ServerStaticHosting | Unset", error
                ) from error
        elif _static_hosting_data is None or isinstance(_static_hosting_data, Unset):
            static_hosting = _static_hosting_data
        else:
            raise mismatch("static_hosting", _static_hosting_data, "None | ServerStaticHosting | Unset")

        updated_at: datetime.datetime | None | Unset
        _updated_at_data = d.pop("updated_at", UNSET)
        if isinstance(_updated_at_data, str):
            try:
                updated_at_type_0 = parse_datetime(_updated_at_data)

                updated_at = updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("updated_at", _updated_at_data, "datetime.datetime | None | Unset", error) from error
        elif _updated_at_data is None or isinstance(_updated_at_data, Unset):
            updated_at = _updated_at_data
        else:
            raise mismatch("updated_at", _updated_at_data, "datetime.datetime | None | Unset")

        use_accelerated_transfer: bool | None | Unset = d.pop("use_accelerated_transfer", UNSET)
        if not (use_accelerated_transfer is None or isinstance(use_accelerated_transfer, (bool, Unset))):
            raise mismatch("use_accelerated_transfer", use_accelerated_transfer, "bool | None | Unset")

        use_compression: bool | None | Unset = d.pop("use_compression", UNSET)
        if not (use_compression is None or isinstance(use_compression, (bool, Unset))):
            raise mismatch("use_compression", use_compression, "bool | None | Unset")

        use_parallel_upload: bool | None | Unset = d.pop("use_parallel_upload", UNSET)
        if not (use_parallel_upload is None or isinstance(use_parallel_upload, (bool, Unset))):
            raise mismatch("use_parallel_upload", use_parallel_upload, "bool | None | Unset")

        port: int | None | str | Unset = d.pop("port", UNSET)
        if not (port is None or isinstance(port, (str, int, Unset))):
            raise mismatch("port", port, "int | None | str | Unset")

        _instance = cls(
            identifier,
            name,
            agent,
            atomic,
            atomic_retention,
            atomic_strategy,
            auto_deploy,
            branch,
            connection_checked_at,
            connection_error_message,
            created_at,
            enabled,
            environment,
            id,
            last_revision,
            notify_email,
            position,
            preferred_branch,
            protocol_type,
            root_path,
            server_group_identifier,
            server_path,
            static_hosting,
            updated_at,
            use_accelerated_transfer,
            use_compression,
            use_parallel_upload,
            port,
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
from ..models.agent import Agent
from ..models.server_static_hosting import ServerStaticHosting
