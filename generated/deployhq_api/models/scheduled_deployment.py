from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch, parse_datetime

if TYPE_CHECKING:
    from ..models.scheduled_deployment_server import ScheduledDeploymentServer


T = TypeVar("T", bound="ScheduledDeployment")


@_attrs_define
class ScheduledDeployment:
    """
    Attributes:
        identifier (None | str | Unset):
        frequency (None | str | Unset):
        server (None | ScheduledDeploymentServer | Unset):
        start_revision (None | str | Unset):
        end_revision (None | str | Unset):
        next_deployment_at (datetime.datetime | None | Unset):
        created_at (datetime.datetime | None | Unset):
        updated_at (datetime.datetime | None | Unset):
    """

    identifier: None | str | Unset = UNSET
    frequency: None | str | Unset = UNSET
    server: None | ScheduledDeploymentServer | Unset = UNSET
    start_revision: None | str | Unset = UNSET
    end_revision: None | str | Unset = UNSET
    next_deployment_at: datetime.datetime | None | Unset = UNSET
    created_at: datetime.datetime | None | Unset = UNSET
    updated_at: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        identifier: None | str | Unset
        if isinstance(self.identifier, Unset):
            identifier = UNSET
        else:
            identifier = self.identifier

        frequency: None | str | Unset
        if isinstance(self.frequency, Unset):
            frequency = UNSET
        else:
            frequency = self.frequency

        server: dict[str, Any] | None | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        elif isinstance(self.server, ScheduledDeploymentServer):
            server = self.server.to_dict()
        else:
            server = self.server

        start_revision: None | str | Unset
        if isinstance(self.start_revision, Unset):
            start_revision = UNSET
        else:
            start_revision = self.start_revision

        end_revision: None | str | Unset
        if isinstance(self.end_revision, Unset):
            end_revision = UNSET
        else:
            end_revision = self.end_revision

        next_deployment_at: None | str | Unset
        if isinstance(self.next_deployment_at, Unset):
            next_deployment_at = UNSET
        elif isinstance(self.next_deployment_at, datetime.datetime):
            next_deployment_at = self.next_deployment_at.isoformat()
        else:
            next_deployment_at = self.next_deployment_at

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if identifier is not UNSET:
            field_dict["identifier"] = identifier
        if frequency is not UNSET:
            field_dict["frequency"] = frequency
        if server is not UNSET:
            field_dict["server"] = server
        if start_revision is not UNSET:
            field_dict["start_revision"] = start_revision
        if end_revision is not UNSET:
            field_dict["end_revision"] = end_revision
        if next_deployment_at is not UNSET:
            field_dict["next_deployment_at"] = next_deployment_at
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if updated_at is not UNSET:
            field_dict["updated_at"] = updated_at

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        identifier: None | str | Unset = d.pop("identifier", UNSET)
        if not (identifier is None or isinstance(identifier, (str, Unset))):
            raise mismatch("identifier", identifier, "None | str | Unset")

        frequency: None | str | Unset = d.pop("frequency", UNSET)
        if not (frequency is None or isinstance(frequency, (str, Unset))):
            raise mismatch("frequency", frequency, "None | str | Unset")

        server: None | ScheduledDeploymentServer | Unset
        _server_data = d.pop("server", UNSET)
        if isinstance(_server_data, dict):
            try:
                server_type_0 = ScheduledDeploymentServer.from_dict(_server_data)

                server = server_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("server", _server_data, "None | ScheduledDeploymentServer | Unset", error) from error
        elif _server_data is None or isinstance(_server_data, Unset):
            server = _server_data
        else:
            raise mismatch("server", _server_data, "None | ScheduledDeploymentServer | Unset")

        start_revision: None | str | Unset = d.pop("start_revision", UNSET)
        if not (start_revision is None or isinstance(start_revision, (str, Unset))):
            raise mismatch("start_revision", start_revision, "None | str | Unset")

        end_revision: None | str | Unset = d.pop("end_revision", UNSET)
        if not (end_revision is None or isinstance(end_revision, (str, Unset))):
            raise mismatch("end_revision", end_revision, "None | str | Unset")

        next_deployment_at: datetime.datetime | None | Unset
        _next_deployment_at_data = d.pop("next_deployment_at", UNSET)
        if isinstance(_next_deployment_at_data, str):
            try:
                next_deployment_at_type_0 = parse_datetime(_next_deployment_at_data)

                next_deployment_at = next_deployment_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "next_deployment_at", _next_deployment_at_data, "datetime.datetime | None | Unset", error
                ) from error
        elif _next_deployment_at_data is None or isinstance(_next_deployment_at_data, Unset):
            next_deployment_at = _next_deployment_at_data
        else:
            raise mismatch("next_deployment_at", _next_deployment_at_data, "datetime.datetime | None | Unset")

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

        _instance = cls(
            identifier,
            frequency,
            server,
            start_revision,
            end_revision,
            next_deployment_at,
            created_at,
            updated_at,
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
from ..models.scheduled_deployment_server import ScheduledDeploymentServer
