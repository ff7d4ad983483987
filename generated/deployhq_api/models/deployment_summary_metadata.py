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

T = TypeVar("T", bound="DeploymentSummaryMetadata")


@_attrs_define(frozen=True, repr=False)
class DeploymentSummaryMetadata:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        deployment_host (None | str)
        github_deployment_id (int | None)
        github_deployment_url (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    deployment_host: None | str = None
    github_deployment_id: int | None = None
    github_deployment_url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.deployment_host is not None:
            field_dict["deployment_host"] = self.deployment_host
        elif "deployment_host" in self._nulls:
            field_dict["deployment_host"] = None
        if self.github_deployment_id is not None:
            field_dict["github_deployment_id"] = self.github_deployment_id
        elif "github_deployment_id" in self._nulls:
            field_dict["github_deployment_id"] = None
        if self.github_deployment_url is not None:
            field_dict["github_deployment_url"] = self.github_deployment_url
        elif "github_deployment_url" in self._nulls:
            field_dict["github_deployment_url"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        deployment_host: None | str
        _value = d.pop("deployment_host", UNSET)
        if _value is None:
            deployment_host = None
            null("deployment_host")
        elif _value is UNSET:
            deployment_host = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                deployment_host = _value

            except FAILURES as error:
                loose(d, "DeploymentSummaryMetadata", "deployment_host", _value, "None | str", error)
                deployment_host = None

        github_deployment_id: int | None
        _value = d.pop("github_deployment_id", UNSET)
        if _value is None:
            github_deployment_id = None
            null("github_deployment_id")
        elif _value is UNSET:
            github_deployment_id = None
        else:
            try:
                if not (type(_value) is int):
                    raise TypeError()
                github_deployment_id = _value

            except FAILURES as error:
                loose(d, "DeploymentSummaryMetadata", "github_deployment_id", _value, "int | None", error)
                github_deployment_id = None

        github_deployment_url: None | str
        _value = d.pop("github_deployment_url", UNSET)
        if _value is None:
            github_deployment_url = None
            null("github_deployment_url")
        elif _value is UNSET:
            github_deployment_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                github_deployment_url = _value

            except FAILURES as error:
                loose(d, "DeploymentSummaryMetadata", "github_deployment_url", _value, "None | str", error)
                github_deployment_url = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_DeploymentSummaryMetadataBuilding)
        _instance.deployment_host = deployment_host
        _instance.github_deployment_id = github_deployment_id
        _instance.github_deployment_url = github_deployment_url
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


class _DeploymentSummaryMetadataBuilding(DeploymentSummaryMetadata):
    """A DeploymentSummaryMetadata while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__
