from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

T = TypeVar("T", bound="DeploymentLogEntry")


@_attrs_define
class DeploymentLogEntry:
    """
    Attributes:
        detail (None | str | Unset):
        id (int | None | str | Unset):
        message (None | str | Unset):
        step (None | str | Unset):
        type_ (None | str | Unset):
    """

    detail: None | str | Unset = UNSET
    id: int | None | str | Unset = UNSET
    message: None | str | Unset = UNSET
    step: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        detail: None | str | Unset
        if isinstance(self.detail, Unset):
            detail = UNSET
        else:
            detail = self.detail

        id: int | None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        step: None | str | Unset
        if isinstance(self.step, Unset):
            step = UNSET
        else:
            step = self.step

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if detail is not UNSET:
            field_dict["detail"] = detail
        if id is not UNSET:
            field_dict["id"] = id
        if message is not UNSET:
            field_dict["message"] = message
        if step is not UNSET:
            field_dict["step"] = step
        if type_ is not UNSET:
            field_dict["type"] = type_

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        detail: None | str | Unset = d.pop("detail", UNSET)
        if not (detail is None or isinstance(detail, (str, Unset))):
            raise mismatch("detail", detail, "None | str | Unset")

        id: int | None | str | Unset = d.pop("id", UNSET)
        if not (id is None or isinstance(id, (int, str, Unset))):
            raise mismatch("id", id, "int | None | str | Unset")

        message: None | str | Unset = d.pop("message", UNSET)
        if not (message is None or isinstance(message, (str, Unset))):
            raise mismatch("message", message, "None | str | Unset")

        step: None | str | Unset = d.pop("step", UNSET)
        if not (step is None or isinstance(step, (str, Unset))):
            raise mismatch("step", step, "None | str | Unset")

        type_: None | str | Unset = d.pop("type", UNSET)
        if not (type_ is None or isinstance(type_, (str, Unset))):
            raise mismatch("type", type_, "None | str | Unset")

        _instance = cls(
            detail,
            id,
            message,
            step,
            type_,
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
