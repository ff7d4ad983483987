from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    FAILURES,
    UNSET,
    encode,
    loose,
    model_repr,
)

T = TypeVar("T", bound="DeploymentSummaryConfiguration")


@_attrs_define(frozen=True, repr=False)
class DeploymentSummaryConfiguration:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        copy_config_files (bool | None)
        notification_addresses (None | str)
        skip_project_files (bool | None)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    copy_config_files: bool | None = None
    notification_addresses: None | str = None
    skip_project_files: bool | None = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.copy_config_files is not None:
            field_dict["copy_config_files"] = self.copy_config_files
        elif "copy_config_files" in self._nulls:
            field_dict["copy_config_files"] = None
        if self.notification_addresses is not None:
            field_dict["notification_addresses"] = self.notification_addresses
        elif "notification_addresses" in self._nulls:
            field_dict["notification_addresses"] = None
        if self.skip_project_files is not None:
            field_dict["skip_project_files"] = self.skip_project_files
        elif "skip_project_files" in self._nulls:
            field_dict["skip_project_files"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        copy_config_files: bool | None
        _value = d.pop("copy_config_files", UNSET)
        if _value is None:
            copy_config_files = None
            null("copy_config_files")
        elif _value is UNSET:
            copy_config_files = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                copy_config_files = _value

            except FAILURES as error:
                loose(d, "DeploymentSummaryConfiguration", "copy_config_files", _value, "bool | None", error)
                copy_config_files = None

        notification_addresses: None | str
        _value = d.pop("notification_addresses", UNSET)
        if _value is None:
            notification_addresses = None
            null("notification_addresses")
        elif _value is UNSET:
            notification_addresses = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                notification_addresses = _value

            except FAILURES as error:
                loose(d, "DeploymentSummaryConfiguration", "notification_addresses", _value, "None | str", error)
                notification_addresses = None

        skip_project_files: bool | None
        _value = d.pop("skip_project_files", UNSET)
        if _value is None:
            skip_project_files = None
            null("skip_project_files")
        elif _value is UNSET:
            skip_project_files = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                skip_project_files = _value

            except FAILURES as error:
                loose(d, "DeploymentSummaryConfiguration", "skip_project_files", _value, "bool | None", error)
                skip_project_files = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DeploymentSummaryConfigurationBuilding)
        _instance.copy_config_files = copy_config_files
        _instance.notification_addresses = notification_addresses
        _instance.skip_project_files = skip_project_files
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


class _DeploymentSummaryConfigurationBuilding(DeploymentSummaryConfiguration):
    """A DeploymentSummaryConfiguration while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
