from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import (
    UNSET,
    Unset,
    required_value,
)

if TYPE_CHECKING:
    from ..models.signup_create_utm_params import SignupCreateUtmParams


T = TypeVar("T", bound="SignupCreate")


@_attrs_define
class SignupCreate:
    """
    Attributes:
        email (str):
        password (str):
        terms_accepted (bool):
        account_name (str | Unset):
        client (str | Unset):
        coupon (str | Unset):
        full_name (str | Unset):
        newsletter_opt_in (bool | Unset):
        package (str | Unset):
        signup_source (str | Unset):
        utm_params (SignupCreateUtmParams | Unset):
    """

    email: str
    password: str
    terms_accepted: bool
    account_name: str | Unset = UNSET
    client: str | Unset = UNSET
    coupon: str | Unset = UNSET
    full_name: str | Unset = UNSET
    newsletter_opt_in: bool | Unset = UNSET
    package: str | Unset = UNSET
    signup_source: str | Unset = UNSET
    utm_params: SignupCreateUtmParams | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        terms_accepted = self.terms_accepted

        account_name = self.account_name

        client = self.client

        coupon = self.coupon

        full_name = self.full_name

        newsletter_opt_in = self.newsletter_opt_in

        package = self.package

        signup_source = self.signup_source

        utm_params: dict[str, Any] | Unset = UNSET
        if not isinstance(self.utm_params, Unset):
            utm_params = self.utm_params.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
                "password": password,
                "terms_accepted": terms_accepted,
            }
        )
        if account_name is not UNSET:
            field_dict["account_name"] = account_name
        if client is not UNSET:
            field_dict["client"] = client
        if coupon is not UNSET:
            field_dict["coupon"] = coupon
        if full_name is not UNSET:
            field_dict["full_name"] = full_name
        if newsletter_opt_in is not UNSET:
            field_dict["newsletter_opt_in"] = newsletter_opt_in
        if package is not UNSET:
            field_dict["package"] = package
        if signup_source is not UNSET:
            field_dict["signup_source"] = signup_source
        if utm_params is not UNSET:
            field_dict["utm_params"] = utm_params

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        email = required_value(d, "SignupCreate", "email", str)

        password = required_value(d, "SignupCreate", "password", str)

        terms_accepted = required_value(d, "SignupCreate", "terms_accepted", bool)

        account_name = d.pop("account_name", UNSET)

        client = d.pop("client", UNSET)

        coupon = d.pop("coupon", UNSET)

        full_name = d.pop("full_name", UNSET)

        newsletter_opt_in = d.pop("newsletter_opt_in", UNSET)

        package = d.pop("package", UNSET)

        signup_source = d.pop("signup_source", UNSET)

        _utm_params = d.pop("utm_params", UNSET)
        utm_params: SignupCreateUtmParams | Unset
        if isinstance(_utm_params, Unset):
            utm_params = UNSET
        else:
            utm_params = SignupCreateUtmParams.from_dict(_utm_params)

        _instance = cls(
            email,
            password,
            terms_accepted,
            account_name,
            client,
            coupon,
            full_name,
            newsletter_opt_in,
            package,
            signup_source,
            utm_params,
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
from ..models.signup_create_utm_params import SignupCreateUtmParams
