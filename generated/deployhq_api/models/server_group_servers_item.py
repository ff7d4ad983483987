from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field
from dateutil.parser import isoparse
from typing_extensions import Self

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent import Agent


T = TypeVar("T", bound="ServerGroupServersItem")


@_attrs_define
class ServerGroupServersItem:
    """
    Attributes:
        id (int | None | Unset):
        identifier (None | str | Unset):
        name (None | str | Unset):
        protocol_type (None | str | Unset):
        server_path (None | str | Unset):
        last_revision (None | str | Unset):
        preferred_branch (None | str | Unset):
        branch (None | str | Unset):
        notify_email (None | str | Unset):
        server_group_identifier (None | str | Unset):
        auto_deploy (bool | None | Unset):
        environment (None | str | Unset):
        enabled (bool | None | Unset):
        agent (Agent | None | str | Unset):
        atomic (bool | None | Unset):
        atomic_strategy (None | str | Unset):
        atomic_retention (int | None | Unset):
        use_compression (bool | None | Unset):
        use_accelerated_transfer (bool | None | Unset):
        use_parallel_upload (bool | None | Unset):
        root_path (None | str | Unset):
        position (int | None | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
        connection_checked_at (None | str | Unset):
        connection_error_message (None | str | Unset):
        hostname (None | str | Unset):
        username (None | str | Unset):
        port (int | None | str | Unset):
        use_ssh_keys (bool | None | Unset):
        host_key (None | str | Unset):
        unlink_before_upload (bool | None | Unset):
    """

    id: int | None | Unset = UNSET
    identifier: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    protocol_type: None | str | Unset = UNSET
    server_path: None | str | Unset = UNSET
    last_revision: None | str | Unset = UNSET
    preferred_branch: None | str | Unset = UNSET
    branch: None | str | Unset = UNSET
    notify_email: None | str | Unset = UNSET
    server_group_identifier: None | str | Unset = UNSET
    auto_deploy: bool | None | Unset = UNSET
    environment: None | str | Unset = UNSET
    enabled: bool | None | Unset = UNSET
    agent: Agent | None | str | Unset = UNSET
    atomic: bool | None | Unset = UNSET
    atomic_strategy: None | str | Unset = UNSET
    atomic_retention: int | None | Unset = UNSET
    use_compression: bool | None | Unset = UNSET
    use_accelerated_transfer: bool | None | Unset = UNSET
    use_parallel_upload: bool | None | Unset = UNSET
    root_path: None | str | Unset = UNSET
    position: int | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    connection_checked_at: None | str | Unset = UNSET
    connection_error_message: None | str | Unset = UNSET
    hostname: None | str | Unset = UNSET
    username: None | str | Unset = UNSET
    port: int | None | str | Unset = UNSET
    use_ssh_keys: bool | None | Unset = UNSET
    host_key: None | str | Unset = UNSET
    unlink_before_upload: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent import Agent

        id: int | None | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        protocol_type: None | str | Unset
        if isinstance(self.protocol_type, Unset):
            protocol_type = UNSET
        else:
            protocol_type = self.protocol_type

        server_path: None | str | Unset
        if isinstance(self.server_path, Unset):
            server_path = UNSET
        else:
            server_path = self.server_path

        last_revision: None | str | Unset
        if isinstance(self.last_revision, Unset):
            last_revision = UNSET
        else:
            last_revision = self.last_revision

        preferred_branch: None | str | Unset
        if isinstance(self.preferred_branch, Unset):
            preferred_branch = UNSET
        else:
            preferred_branch = self.preferred_branch

        branch: None | str | Unset
        if isinstance(self.branch, Unset):
            branch = UNSET
        else:
            branch = self.branch

        notify_email: None | str | Unset
        if isinstance(self.notify_email, Unset):
            notify_email = UNSET
        else:
            notify_email = self.notify_email

        server_group_identifier: None | str | Unset
        if isinstance(self.server_group_identifier, Unset):
            server_group_identifier = UNSET
        else:
            server_group_identifier = self.server_group_identifier

        auto_deploy: bool | None | Unset
        if isinstance(self.auto_deploy, Unset):
            auto_deploy = UNSET
        else:
            auto_deploy = self.auto_deploy

        environment: None | str | Unset
        if isinstance(self.environment, Unset):
            environment = UNSET
        else:
            environment = self.environment

        enabled: bool | None | Unset
        if isinstance(self.enabled, Unset):
            enabled = UNSET
        else:
            enabled = self.enabled

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

        atomic_strategy: None | str | Unset
        if isinstance(self.atomic_strategy, Unset):
            atomic_strategy = UNSET
        else:
            atomic_strategy = self.atomic_strategy

        atomic_retention: int | None | Unset
        if isinstance(self.atomic_retention, Unset):
            atomic_retention = UNSET
        else:
            atomic_retention = self.atomic_retention

        use_compression: bool | None | Unset
        if isinstance(self.use_compression, Unset):
            use_compression = UNSET
        else:
            use_compression = self.use_compression

        use_accelerated_transfer: bool | None | Unset
        if isinstance(self.use_accelerated_transfer, Unset):
            use_accelerated_transfer = UNSET
        else:
            use_accelerated_transfer = self.use_accelerated_transfer

        use_parallel_upload: bool | None | Unset
        if isinstance(self.use_parallel_upload, Unset):
            use_parallel_upload = UNSET
        else:
            use_parallel_upload = self.use_parallel_upload

        root_path: None | str | Unset
        if isinstance(self.root_path, Unset):
            root_path = UNSET
        else:
            root_path = self.root_path

        position: int | None | Unset
        if isinstance(self.position, Unset):
            position = UNSET
        else:
            position = self.position

        created_at: None | str | Unset
        if isinstance(self.created_at, Unset):
            created_at = UNSET
        elif isinstance(self.created_at, datetime.datetime):
            created_at = self.created_at.isoformat()
        else:
            created_at = self.created_at

        updated_at: None | str | Unset
        if isinstance(self.updated_at, Unset):
            updated_at = UNSET
        elif isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

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

        hostname: None | str | Unset
        if isinstance(self.hostname, Unset):
            hostname = UNSET
        else:
            hostname = self.hostname

        username: None | str | Unset
        if isinstance(self.username, Unset):
            username = UNSET
        else:
            username = self.username

        port: int | None | str | Unset
        if isinstance(self.port, Unset):
            port = UNSET
        else:
            port = self.port

        use_ssh_keys: bool | None | Unset
        if isinstance(self.use_ssh_keys, Unset):
            use_ssh_keys = UNSET
        else:
            use_ssh_keys = self.use_ssh_keys

        host_key: None | str | Unset
        if isinstance(self.host_key, Unset):
            host_key = UNSET
        else:
            host_key = self.host_key

        unlink_before_upload: bool | None | Unset
        if isinstance(self.unlink_before_upload, Unset):
            unlink_before_upload = UNSET
        else:
            unlink_before_upload = self.unlink_before_upload

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if name is not UNSET:
            field_dict["name"] = name
        if protocol_type is not UNSET:
            field_dict["protocol_type"] = protocol_type
        if server_path is not UNSET:
            field_dict["server_path"] = server_path
        if last_revision is not UNSET:
            field_dict["last_revision"] = last_revision
        if preferred_branch is not UNSET:
            field_dict["preferred_branch"] = preferred_branch
        if branch is not UNSET:
            field_dict["branch"] = branch
        if notify_email is not UNSET:
            field_dict["notify_email"] = notify_email
        if server_group_identifier is not UNSET:
            field_dict["server_group_identifier"] = server_group_identifier
        if auto_deploy is not UNSET:
            field_dict["auto_deploy"] = auto_deploy
        if environment is not UNSET:
            field_dict["environment"] = environment
        if enabled is not UNSET:
            field_dict["enabled"] = enabled
        if agent is not UNSET:
            field_dict["agent"] = agent
        if atomic is not UNSET:
            field_dict["atomic"] = atomic
        if atomic_strategy is not UNSET:
            field_dict["atomic_strategy"] = atomic_strategy
        if atomic_retention is not UNSET:
            field_dict["atomic_retention"] = atomic_retention
        if use_compression is not UNSET:
            field_dict["use_compression"] = use_compression
        if use_accelerated_transfer is not UNSET:
            field_dict["use_accelerated_transfer"] = use_accelerated_transfer
        if use_parallel_upload is not UNSET:
            field_dict["use_parallel_upload"] = use_parallel_upload
        if root_path is not UNSET:
            field_dict["root_path"] = root_path
        if position is not UNSET:
            field_dict["position"] = position
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at
        if connection_checked_at is not UNSET:
            field_dict["connection_checked_at"] = connection_checked_at
        if connection_error_message is not UNSET:
            field_dict["connection_error_message"] = connection_error_message
        if hostname is not UNSET:
            field_dict["hostname"] = hostname
        if username is not UNSET:
            field_dict["username"] = username
        if port is not UNSET:
            field_dict["port"] = port
        if use_ssh_keys is not UNSET:
            field_dict["use_ssh_keys"] = use_ssh_keys
        if host_key is not UNSET:
            field_dict["host_key"] = host_key
        if unlink_before_upload is not UNSET:
            field_dict["unlink_before_upload"] = unlink_before_upload

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        from ..models.agent import Agent

        d = dict(src_dict)

        def _parse_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        identifier = _parse_identifier(d.pop("identifier", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_protocol_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        protocol_type = _parse_protocol_type(d.pop("protocol_type", UNSET))

        def _parse_server_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_path = _parse_server_path(d.pop("server_path", UNSET))

        def _parse_last_revision(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_revision = _parse_last_revision(d.pop("last_revision", UNSET))

        def _parse_preferred_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preferred_branch = _parse_preferred_branch(d.pop("preferred_branch", UNSET))

        def _parse_branch(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        branch = _parse_branch(d.pop("branch", UNSET))

        def _parse_notify_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notify_email = _parse_notify_email(d.pop("notify_email", UNSET))

        def _parse_server_group_identifier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        server_group_identifier = _parse_server_group_identifier(d.pop("server_group_identifier", UNSET))

        def _parse_auto_deploy(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        auto_deploy = _parse_auto_deploy(d.pop("auto_deploy", UNSET))

        def _parse_environment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        environment = _parse_environment(d.pop("environment", UNSET))

        def _parse_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        enabled = _parse_enabled(d.pop("enabled", UNSET))

        def _parse_agent(data: object) -> Agent | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                agent_type_0 = Agent.from_dict(data)

                return agent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Agent | None | str | Unset, data)

        agent = _parse_agent(d.pop("agent", UNSET))

        def _parse_atomic(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        atomic = _parse_atomic(d.pop("atomic", UNSET))

        def _parse_atomic_strategy(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        atomic_strategy = _parse_atomic_strategy(d.pop("atomic_strategy", UNSET))

        def _parse_atomic_retention(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        atomic_retention = _parse_atomic_retention(d.pop("atomic_retention", UNSET))

        def _parse_use_compression(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_compression = _parse_use_compression(d.pop("use_compression", UNSET))

        def _parse_use_accelerated_transfer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_accelerated_transfer = _parse_use_accelerated_transfer(d.pop("use_accelerated_transfer", UNSET))

        def _parse_use_parallel_upload(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_parallel_upload = _parse_use_parallel_upload(d.pop("use_parallel_upload", UNSET))

        def _parse_root_path(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        root_path = _parse_root_path(d.pop("root_path", UNSET))

        def _parse_position(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        position = _parse_position(d.pop("position", UNSET))

        def _parse_created_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_at_type_0 = isoparse(data)

                return created_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_at = _parse_created_at(d.pop("created_at", UNSET))

        def _parse_updated_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = isoparse(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        updated_at = _parse_updated_at(d.pop("updated_at", UNSET))

        def _parse_connection_checked_at(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_checked_at = _parse_connection_checked_at(d.pop("connection_checked_at", UNSET))

        def _parse_connection_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        connection_error_message = _parse_connection_error_message(d.pop("connection_error_message", UNSET))

        def _parse_hostname(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        hostname = _parse_hostname(d.pop("hostname", UNSET))

        def _parse_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        username = _parse_username(d.pop("username", UNSET))

        def _parse_port(data: object) -> int | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | str | Unset, data)

        port = _parse_port(d.pop("port", UNSET))

        def _parse_use_ssh_keys(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        use_ssh_keys = _parse_use_ssh_keys(d.pop("use_ssh_keys", UNSET))

        def _parse_host_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        host_key = _parse_host_key(d.pop("host_key", UNSET))

        def _parse_unlink_before_upload(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        unlink_before_upload = _parse_unlink_before_upload(d.pop("unlink_before_upload", UNSET))

        server_group_servers_item = cls(
            id=id,
            identifier=identifier,
            name=name,
            protocol_type=protocol_type,
            server_path=server_path,
            last_revision=last_revision,
            preferred_branch=preferred_branch,
            branch=branch,
            notify_email=notify_email,
            server_group_identifier=server_group_identifier,
            auto_deploy=auto_deploy,
            environment=environment,
            enabled=enabled,
            agent=agent,
            atomic=atomic,
            atomic_strategy=atomic_strategy,
            atomic_retention=atomic_retention,
            use_compression=use_compression,
            use_accelerated_transfer=use_accelerated_transfer,
            use_parallel_upload=use_parallel_upload,
            root_path=root_path,
            position=position,
            created_at=created_at,
            updated_at=updated_at,
            connection_checked_at=connection_checked_at,
            connection_error_message=connection_error_message,
            hostname=hostname,
            username=username,
            port=port,
            use_ssh_keys=use_ssh_keys,
            host_key=host_key,
            unlink_before_upload=unlink_before_upload,
        )

        server_group_servers_item.additional_properties = d
        return server_group_servers_item

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
