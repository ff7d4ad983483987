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
)

if TYPE_CHECKING:
    from ..models.auto_deployments_deployables_item import AutoDeploymentsDeployablesItem


T = TypeVar("T", bound="AutoDeployments")


@_attrs_define(frozen=True, repr=False)
class AutoDeployments:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        deployables (list[AutoDeploymentsDeployablesItem] | None)
        webhook_url (None | str)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    deployables: list[AutoDeploymentsDeployablesItem] | None = None
    webhook_url: None | str = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.deployables is not None:
            field_dict["deployables"] = encode(self.deployables)
        elif "deployables" in self._nulls:
            field_dict["deployables"] = None
        if self.webhook_url is not None:
            field_dict["webhook_url"] = self.webhook_url
        elif "webhook_url" in self._nulls:
            field_dict["webhook_url"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        deployables: list[AutoDeploymentsDeployablesItem] | None
        _value = d.pop("deployables", UNSET)
        if _value is None:
            deployables = None
            null("deployables")
        elif _value is UNSET:
            deployables = None
        else:
            try:
                if type(_value) is not list:
                    raise TypeError()
                deployables = [AutoDeploymentsDeployablesItem.from_dict(_item0) for _item0 in _value]

            except FAILURES as error:
                loose(d, "AutoDeployments", "deployables", _value, "list[AutoDeploymentsDeployablesItem] | None", error)
                deployables = None

        webhook_url: None | str
        _value = d.pop("webhook_url", UNSET)
        if _value is None:
            webhook_url = None
            null("webhook_url")
        elif _value is UNSET:
            webhook_url = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                webhook_url = _value

            except FAILURES as error:
                loose(d, "AutoDeployments", "webhook_url", _value, "None | str", error)
                webhook_url = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_AutoDeploymentsBuilding)
        _instance.deployables = deployables
        _instance.webhook_url = webhook_url
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


class _AutoDeploymentsBuilding(AutoDeployments):
    """A AutoDeployments while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.auto_deployments_deployables_item import AutoDeploymentsDeployablesItem
