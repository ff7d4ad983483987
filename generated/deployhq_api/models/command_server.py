from __future__ import annotations

import datetime
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
    parse_datetime,
)

if TYPE_CHECKING:
    from ..models.agent import Agent


T = TypeVar("T", bound="CommandServer")


@_attrs_define(frozen=True, repr=False)
class CommandServer:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        agent (Agent | None | str)
        atomic (None | str)
        atomic_retention (int | None)
        atomic_strategy (None | str)
        auto_deploy (bool | None)
        branch (None | str)
        connection_checked_at (None | str)
        connection_error_message (None | str)
        created_at (datetime.datetime | None)
        enabled (bool | None)
        environment (None | str)
        force_hidden_files (bool | None)
        hostname (None | str)
        id (int | None)
        identifier (None | str)
        last_revision (None | str)
        name (None | str)
        notify_email (bool | None | str)
        passive (bool | None)
        port (int | None | str)
        position (int | None)
        preferred_branch (None | str)
        protocol_type (None | str)
        root_path (None | str)
        server_group_identifier (None | str)
        server_path (None | str)
        updated_at (datetime.datetime | None)
        use_accelerated_transfer (bool | None)
        use_compression (bool | None)
        use_parallel_upload (bool | None)
        username (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    agent: Agent | None | str = None
    atomic: None | str = None
    atomic_retention: int | None = None
    atomic_strategy: None | str = None
    auto_deploy: bool | None = None
    branch: None | str = None
    connection_checked_at: None | str = None
    connection_error_message: None | str = None
    created_at: datetime.datetime | None = None
    enabled: bool | None = None
    environment: None | str = None
    force_hidden_files: bool | None = None
    hostname: None | str = None
    id: int | None = None
    identifier: None | str = None
    last_revision: None | str = None
    name: None | str = None
    notify_email: bool | None | str = None
    passive: bool | None = None
    port: int | None | str = None
    position: int | None = None
    preferred_branch: None | str = None
    protocol_type: None | str = None
    root_path: None | str = None
    server_group_identifier: None | str = None
    server_path: None | str = None
    updated_at: datetime.datetime | None = None
    use_accelerated_transfer: bool | None = None
    use_compression: bool | None = None
    use_parallel_upload: bool | None = None
    username: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.agent is not None:
            field_dict["agent"] = encode(self.agent)
        elif "agent" in self._nulls:
            field_dict["agent"] = None
        if self.atomic is not None:
            field_dict["atomic"] = self.atomic
        elif "atomic" in self._nulls:
            field_dict["atomic"] = None
        if self.atomic_retention is not None:
            field_dict["atomic_retention"] = self.atomic_retention
        elif "atomic_retention" in self._nulls:
            field_dict["atomic_retention"] = None
        if self.atomic_strategy is not None:
            field_dict["atomic_strategy"] = self.atomic_strategy
        elif "atomic_strategy" in self._nulls:
            field_dict["atomic_strategy"] = None
        if self.auto_deploy is not None:
            field_dict["auto_deploy"] = self.auto_deploy
        elif "auto_deploy" in self._nulls:
            field_dict["auto_deploy"] = None
        if self.branch is not None:
            field_dict["branch"] = self.branch
        elif "branch" in self._nulls:
            field_dict["branch"] = None
        if self.connection_checked_at is not None:
            field_dict["connection_checked_at"] = self.connection_checked_at
        elif "connection_checked_at" in self._nulls:
            field_dict["connection_checked_at"] = None
        if self.connection_error_message is not None:
            field_dict["connection_error_message"] = self.connection_error_message
        elif "connection_error_message" in self._nulls:
            field_dict["connection_error_message"] = None
        if self.created_at is not None:
            field_dict["created_at"] = encode(self.created_at)
        elif "created_at" in self._nulls:
            field_dict["created_at"] = None
        if self.enabled is not None:
            field_dict["enabled"] = self.enabled
        elif "enabled" in self._nulls:
            field_dict["enabled"] = None
        if self.environment is not None:
            field_dict["environment"] = self.environment
        elif "environment" in self._nulls:
            field_dict["environment"] = None
        if self.force_hidden_files is not None:
            field_dict["force_hidden_files"] = self.force_hidden_files
        elif "force_hidden_files" in self._nulls:
            field_dict["force_hidden_files"] = None
        if self.hostname is not None:
            field_dict["hostname"] = self.hostname
        elif "hostname" in self._nulls:
            field_dict["hostname"] = None
        if self.id is not None:
            field_dict["id"] = self.id
        elif "id" in self._nulls:
            field_dict["id"] = None
        if self.identifier is not None:
            field_dict["identifier"] = self.identifier
        elif "identifier" in self._nulls:
            field_dict["identifier"] = None
        if self.last_revision is not None:
            field_dict["last_revision"] = self.last_revision
        elif "last_revision" in self._nulls:
            field_dict["last_revision"] = None
        if self.name is not None:
            field_dict["name"] = self.name
        elif "name" in self._nulls:
            field_dict["name"] = None
        if self.notify_email is not None:
            field_dict["notify_email"] = self.notify_email
        elif "notify_email" in self._nulls:
            field_dict["notify_email"] = None
        if self.passive is not None:
            field_dict["passive"] = self.passive
        elif "passive" in self._nulls:
            field_dict["passive"] = None
        if self.port is not None:
            field_dict["port"] = self.port
        elif "port" in self._nulls:
            field_dict["port"] = None
        if self.position is not None:
            field_dict["position"] = self.position
        elif "position" in self._nulls:
            field_dict["position"] = None
        if self.preferred_branch is not None:
            field_dict["preferred_branch"] = self.preferred_branch
        elif "preferred_branch" in self._nulls:
            field_dict["preferred_branch"] = None
        if self.protocol_type is not None:
            field_dict["protocol_type"] = self.protocol_type
        elif "protocol_type" in self._nulls:
            field_dict["protocol_type"] = None
        if self.root_path is not None:
            field_dict["root_path"] = self.root_path
        elif "root_path" in self._nulls:
            field_dict["root_path"] = None
        if self.server_group_identifier is not None:
            field_dict["server_group_identifier"] = self.server_group_identifier
        elif "server_group_identifier" in self._nulls:
            field_dict["server_group_identifier"] = None
        if self.server_path is not None:
            field_dict["server_path"] = self.server_path
        elif "server_path" in self._nulls:
            field_dict["server_path"] = None
        if self.updated_at is not None:
            field_dict["updated_at"] = encode(self.updated_at)
        elif "updated_at" in self._nulls:
            field_dict["updated_at"] = None
        if self.use_accelerated_transfer is not None:
            field_dict["use_accelerated_transfer"] = self.use_accelerated_transfer
        elif "use_accelerated_transfer" in self._nulls:
            field_dict["use_accelerated_transfer"] = None
        if self.use_compression is not None:
            field_dict["use_compression"] = self.use_compression
        elif "use_compression" in self._nulls:
            field_dict["use_compression"] = None
        if self.use_parallel_upload is not None:
            field_dict["use_parallel_upload"] = self.use_parallel_upload
        elif "use_parallel_upload" in self._nulls:
            field_dict["use_parallel_upload"] = None
        if self.username is not None:
            field_dict["username"] = self.username
        elif "username" in self._nulls:
            field_dict["username"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        agent: Agent | None | str
        _value = d.pop("agent", UNSET)
        if _value is None:
            agent = None
            null("agent")
        elif _value is UNSET:
            agent = None
        else:
            try:
                if isinstance(_value, dict):
                    agent = Agent.from_dict(_value)

                elif isinstance(_value, str):
                    agent = _value

                else:
                    raise TypeError()

            except FAILURES as error:
                loose(d, "CommandServer", "agent", _value, "Agent | None | str", error)
                agent = None

        atomic: None | str
        _value = d.pop("atomic", UNSET)
        if _value is None:
            atomic = None
            null("atomic")
        elif _value is UNSET:
            atomic = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                atomic = _value

            except FAILURES as error:
                loose(d, "CommandServer", "atomic", _value, "None | str", error)
                atomic = None

        atomic_retention: int | None
        _value = d.pop("atomic_retention", UNSET)
        if _value is None:
            atomic_retention = None
            null("atomic_retention")
        elif _value is UNSET:
            atomic_retention = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                atomic_retention = _value

            except FAILURES as error:
                loose(d, "CommandServer", "atomic_retention", _value, "int | None", error)
                atomic_retention = None

        atomic_strategy: None | str
        _value = d.pop("atomic_strategy", UNSET)
        if _value is None:
            atomic_strategy = None
            null("atomic_strategy")
        elif _value is UNSET:
            atomic_strategy = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                atomic_strategy = _value

            except FAILURES as error:
                loose(d, "CommandServer", "atomic_strategy", _value, "None | str", error)
                atomic_strategy = None

        auto_deploy: bool | None
        _value = d.pop("auto_deploy", UNSET)
        if _value is None:
            auto_deploy = None
            null("auto_deploy")
        elif _value is UNSET:
            auto_deploy = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                auto_deploy = _value

            except FAILURES as error:
                loose(d, "CommandServer", "auto_deploy", _value, "bool | None", error)
                auto_deploy = None

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
                loose(d, "CommandServer", "branch", _value, "None | str", error)
                branch = None

        connection_checked_at: None | str
        _value = d.pop("connection_checked_at", UNSET)
        if _value is None:
            connection_checked_at = None
            null("connection_checked_at")
        elif _value is UNSET:
            connection_checked_at = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                connection_checked_at = _value

            except FAILURES as error:
                loose(d, "CommandServer", "connection_checked_at", _value, "None | str", error)
                connection_checked_at = None

        connection_error_message: None | str
        _value = d.pop("connection_error_message", UNSET)
        if _value is None:
            connection_error_message = None
            null("connection_error_message")
        elif _value is UNSET:
            connection_error_message = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                connection_error_message = _value

            except FAILURES as error:
                loose(d, "CommandServer", "connection_error_message", _value, "None | str", error)
                connection_error_message = None

        created_at: datetime.datetime | None
        _value = d.pop("created_at", UNSET)
        if _value is None:
            created_at = None
            null("created_at")
        elif _value is UNSET:
            created_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                created_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "CommandServer", "created_at", _value, "datetime.datetime | None", error)
                created_at = None

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
                loose(d, "CommandServer", "enabled", _value, "bool | None", error)
                enabled = None

        environment: None | str
        _value = d.pop("environment", UNSET)
        if _value is None:
            environment = None
            null("environment")
        elif _value is UNSET:
            environment = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                environment = _value

            except FAILURES as error:
                loose(d, "CommandServer", "environment", _value, "None | str", error)
                environment = None

        force_hidden_files: bool | None
        _value = d.pop("force_hidden_files", UNSET)
        if _value is None:
            force_hidden_files = None
            null("force_hidden_files")
        elif _value is UNSET:
            force_hidden_files = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                force_hidden_files = _value

            except FAILURES as error:
                loose(d, "CommandServer", "force_hidden_files", _value, "bool | None", error)
                force_hidden_files = None

        hostname: None | str
        _value = d.pop("hostname", UNSET)
        if _value is None:
            hostname = None
            null("hostname")
        elif _value is UNSET:
            hostname = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                hostname = _value

            except FAILURES as error:
                loose(d, "CommandServer", "hostname", _value, "None | str", error)
                hostname = None

        id: int | None
        _value = d.pop("id", UNSET)
        if _value is None:
            id = None
            null("id")
        elif _value is UNSET:
            id = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                id = _value

            except FAILURES as error:
                loose(d, "CommandServer", "id", _value, "int | None", error)
                id = None

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
                loose(d, "CommandServer", "identifier", _value, "None | str", error)
                identifier = None

        last_revision: None | str
        _value = d.pop("last_revision", UNSET)
        if _value is None:
            last_revision = None
            null("last_revision")
        elif _value is UNSET:
            last_revision = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                last_revision = _value

            except FAILURES as error:
                loose(d, "CommandServer", "last_revision", _value, "None | str", error)
                last_revision = None

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
                loose(d, "CommandServer", "name", _value, "None | str", error)
                name = None

        notify_email: bool | None | str
        _value = d.pop("notify_email", UNSET)
        if _value is None:
            notify_email = None
            null("notify_email")
        elif _value is UNSET:
            notify_email = None
        else:
            try:
                if isinstance(_value, str) or type(_value) is bool:
                    notify_email = _value

                else:
                    raise TypeError()

            except FAILURES as error:
                loose(d, "CommandServer", "notify_email", _value, "bool | None | str", error)
                notify_email = None

        passive: bool | None
        _value = d.pop("passive", UNSET)
        if _value is None:
            passive = None
            null("passive")
        elif _value is UNSET:
            passive = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                passive = _value

            except FAILURES as error:
                loose(d, "CommandServer", "passive", _value, "bool | None", error)
                passive = None

        port: int | None | str
        _value = d.pop("port", UNSET)
        if _value is None:
            port = None
            null("port")
        elif _value is UNSET:
            port = None
        else:
            try:
                if isinstance(_value, str) or type(_value) is int:
                    port = _value

                else:
                    raise TypeError()

            except FAILURES as error:
                loose(d, "CommandServer", "port", _value, "int | None | str", error)
                port = None

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
                loose(d, "CommandServer", "position", _value, "int | None", error)
                position = None

        preferred_branch: None | str
        _value = d.pop("preferred_branch", UNSET)
        if _value is None:
            preferred_branch = None
            null("preferred_branch")
        elif _value is UNSET:
            preferred_branch = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                preferred_branch = _value

            except FAILURES as error:
                loose(d, "CommandServer", "preferred_branch", _value, "None | str", error)
                preferred_branch = None

        protocol_type: None | str
        _value = d.pop("protocol_type", UNSET)
        if _value is None:
            protocol_type = None
            null("protocol_type")
        elif _value is UNSET:
            protocol_type = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                protocol_type = _value

            except FAILURES as error:
                loose(d, "CommandServer", "protocol_type", _value, "None | str", error)
                protocol_type = None

        root_path: None | str
        _value = d.pop("root_path", UNSET)
        if _value is None:
            root_path = None
            null("root_path")
        elif _value is UNSET:
            root_path = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                root_path = _value

            except FAILURES as error:
                loose(d, "CommandServer", "root_path", _value, "None | str", error)
                root_path = None

        server_group_identifier: None | str
        _value = d.pop("server_group_identifier", UNSET)
        if _value is None:
            server_group_identifier = None
            null("server_group_identifier")
        elif _value is UNSET:
            server_group_identifier = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                server_group_identifier = _value

            except FAILURES as error:
                loose(d, "CommandServer", "server_group_identifier", _value, "None | str", error)
                server_group_identifier = None

        server_path: None | str
        _value = d.pop("server_path", UNSET)
        if _value is None:
            server_path = None
            null("server_path")
        elif _value is UNSET:
            server_path = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                server_path = _value

            except FAILURES as error:
                loose(d, "CommandServer", "server_path", _value, "None | str", error)
                server_path = None

        updated_at: datetime.datetime | None
        _value = d.pop("updated_at", UNSET)
        if _value is None:
            updated_at = None
            null("updated_at")
        elif _value is UNSET:
            updated_at = None
        else:
            try:
                if not isinstance(_value, str):
                    raise TypeError()
                updated_at = parse_datetime(_value)

            except FAILURES as error:
                loose(d, "CommandServer", "updated_at", _value, "datetime.datetime | None", error)
                updated_at = None

        use_accelerated_transfer: bool | None
        _value = d.pop("use_accelerated_transfer", UNSET)
        if _value is None:
            use_accelerated_transfer = None
            null("use_accelerated_transfer")
        elif _value is UNSET:
            use_accelerated_transfer = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                use_accelerated_transfer = _value

            except FAILURES as error:
                loose(d, "CommandServer", "use_accelerated_transfer", _value, "bool | None", error)
                use_accelerated_transfer = None

        use_compression: bool | None
        _value = d.pop("use_compression", UNSET)
        if _value is None:
            use_compression = None
            null("use_compression")
        elif _value is UNSET:
            use_compression = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                use_compression = _value

            except FAILURES as error:
                loose(d, "CommandServer", "use_compression", _value, "bool | None", error)
                use_compression = None

        use_parallel_upload: bool | None
        _value = d.pop("use_parallel_upload", UNSET)
        if _value is None:
            use_parallel_upload = None
            null("use_parallel_upload")
        elif _value is UNSET:
            use_parallel_upload = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                use_parallel_upload = _value

            except FAILURES as error:
                loose(d, "CommandServer", "use_parallel_upload", _value, "bool | None", error)
                use_parallel_upload = None

        username: None | str
        _value = d.pop("username", UNSET)
        if _value is None:
            username = None
            null("username")
        elif _value is UNSET:
            username = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                username = _value

            except FAILURES as error:
                loose(d, "CommandServer", "username", _value, "None | str", error)
                username = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_CommandServerBuilding)
        _instance.agent = agent
        _instance.atomic = atomic
        _instance.atomic_retention = atomic_retention
        _instance.atomic_strategy = atomic_strategy
        _instance.auto_deploy = auto_deploy
        _instance.branch = branch
        _instance.connection_checked_at = connection_checked_at
        _instance.connection_error_message = connection_error_message
        _instance.created_at = created_at
        _instance.enabled = enabled
        _instance.environment = environment
        _instance.force_hidden_files = force_hidden_files
        _instance.hostname = hostname
        _instance.id = id
        _instance.identifier = identifier
        _instance.last_revision = last_revision
        _instance.name = name
        _instance.notify_email = notify_email
        _instance.passive = passive
        _instance.port = port
        _instance.position = position
        _instance.preferred_branch = preferred_branch
        _instance.protocol_type = protocol_type
        _instance.root_path = root_path
        _instance.server_group_identifier = server_group_identifier
        _instance.server_path = server_path
        _instance.updated_at = updated_at
        _instance.use_accelerated_transfer = use_accelerated_transfer
        _instance.use_compression = use_compression
        _instance.use_parallel_upload = use_parallel_upload
        _instance.username = username
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


class _CommandServerBuilding(CommandServer):
    """A CommandServer while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.agent import Agent
