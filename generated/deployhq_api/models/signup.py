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
    from ..models.signup_account import SignupAccount
    from ..models.signup_mcp_config import SignupMcpConfig
    from ..models.signup_oauth_urls import SignupOauthUrls
    from ..models.signup_ssh_public_key import SignupSshPublicKey


T = TypeVar("T", bound="Signup")


@_attrs_define(frozen=True, repr=False)
class Signup:
    """A response object: fields DeployHQ did not send, or sent as null, are None.

    Attributes:
        account (None | SignupAccount)
        api_key (None | str)
        client (None | str)
        email_verified (bool | None)
        mcp_config (None | SignupMcpConfig)
        oauth_urls (None | SignupOauthUrls)
        ssh_public_key (None | SignupSshPublicKey)
        additional_properties (dict[str, Any]): fields the document does not name, and values that fit no
            type of their field (under its name)
    """

    account: None | SignupAccount = None
    api_key: None | str = None
    client: None | str = None
    email_verified: bool | None = None
    mcp_config: None | SignupMcpConfig = None
    oauth_urls: None | SignupOauthUrls = None
    ssh_public_key: None | SignupSshPublicKey = None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    # The optional fields the decoded body gave as null (to_dict() gives them back).
    _nulls: list[str] = _attrs_field(init=False, factory=list, eq=False)

    __repr__ = model_repr

    def to_dict(self) -> dict[str, Any]:
        field_dict: dict[str, Any] = {key: encode(value) for key, value in self.additional_properties.items()}
        if self.account is not None:
            field_dict["account"] = encode(self.account)
        elif "account" in self._nulls:
            field_dict["account"] = None
        if self.api_key is not None:
            field_dict["api_key"] = self.api_key
        elif "api_key" in self._nulls:
            field_dict["api_key"] = None
        if self.client is not None:
            field_dict["client"] = self.client
        elif "client" in self._nulls:
            field_dict["client"] = None
        if self.email_verified is not None:
            field_dict["email_verified"] = self.email_verified
        elif "email_verified" in self._nulls:
            field_dict["email_verified"] = None
        if self.mcp_config is not None:
            field_dict["mcp_config"] = encode(self.mcp_config)
        elif "mcp_config" in self._nulls:
            field_dict["mcp_config"] = None
        if self.oauth_urls is not None:
            field_dict["oauth_urls"] = encode(self.oauth_urls)
        elif "oauth_urls" in self._nulls:
            field_dict["oauth_urls"] = None
        if self.ssh_public_key is not None:
            field_dict["ssh_public_key"] = encode(self.ssh_public_key)
        elif "ssh_public_key" in self._nulls:
            field_dict["ssh_public_key"] = None
        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        nulls: list[str] = []
        null = nulls.append
        account: None | SignupAccount
        _value = d.pop("account", UNSET)
        if _value is None:
            account = None
            null("account")
        elif _value is UNSET:
            account = None
        else:
            try:
                account = SignupAccount.from_dict(_value)

            except FAILURES as error:
                loose(d, "Signup", "account", _value, "None | SignupAccount", error)
                account = None

        api_key: None | str
        _value = d.pop("api_key", UNSET)
        if _value is None:
            api_key = None
            null("api_key")
        elif _value is UNSET:
            api_key = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                api_key = _value

            except FAILURES as error:
                loose(d, "Signup", "api_key", _value, "None | str", error)
                api_key = None

        client: None | str
        _value = d.pop("client", UNSET)
        if _value is None:
            client = None
            null("client")
        elif _value is UNSET:
            client = None
        else:
            try:
                if not (isinstance(_value, str)):
                    raise TypeError()
                client = _value

            except FAILURES as error:
                loose(d, "Signup", "client", _value, "None | str", error)
                client = None

        email_verified: bool | None
        _value = d.pop("email_verified", UNSET)
        if _value is None:
            email_verified = None
            null("email_verified")
        elif _value is UNSET:
            email_verified = None
        else:
            try:
                if not (type(_value) is bool):
                    raise TypeError()
                email_verified = _value

            except FAILURES as error:
                loose(d, "Signup", "email_verified", _value, "bool | None", error)
                email_verified = None

        mcp_config: None | SignupMcpConfig
        _value = d.pop("mcp_config", UNSET)
        if _value is None:
            mcp_config = None
            null("mcp_config")
        elif _value is UNSET:
            mcp_config = None
        else:
            try:
                mcp_config = SignupMcpConfig.from_dict(_value)

            except FAILURES as error:
                loose(d, "Signup", "mcp_config", _value, "None | SignupMcpConfig", error)
                mcp_config = None

        oauth_urls: None | SignupOauthUrls
        _value = d.pop("oauth_urls", UNSET)
        if _value is None:
            oauth_urls = None
            null("oauth_urls")
        elif _value is UNSET:
            oauth_urls = None
        else:
            try:
                oauth_urls = SignupOauthUrls.from_dict(_value)

            except FAILURES as error:
                loose(d, "Signup", "oauth_urls", _value, "None | SignupOauthUrls", error)
                oauth_urls = None

        ssh_public_key: None | SignupSshPublicKey
        _value = d.pop("ssh_public_key", UNSET)
        if _value is None:
            ssh_public_key = None
            null("ssh_public_key")
        elif _value is UNSET:
            ssh_public_key = None
        else:
            try:
                ssh_public_key = SignupSshPublicKey.from_dict(_value)

            except FAILURES as error:
                loose(d, "Signup", "ssh_public_key", _value, "None | SignupSshPublicKey", error)
                ssh_public_key = None

        # Built as a writable twin (no call of the frozen __init__, which writes each
        # field through object.__setattr__), then made what it is.
        _instance: Any = object.__new__(_SignupBuilding)
        _instance.account = account
        _instance.api_key = api_key
        _instance.client = client
        _instance.email_verified = email_verified
        _instance.mcp_config = mcp_config
        _instance.oauth_urls = oauth_urls
        _instance.ssh_public_key = ssh_public_key
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


class _SignupBuilding(Signup):
    """A Signup while from_dict fills it in: the same slots, writable."""

    __slots__ = ()
    # Both, or the type keeps dispatching every write to Python.
    __setattr__ = object.__setattr__
    __delattr__ = object.__delattr__


# Imported once the class exists, not on every call: models refer to each other in cycles.
from ..models.signup_account import SignupAccount
from ..models.signup_mcp_config import SignupMcpConfig
from ..models.signup_oauth_urls import SignupOauthUrls
from ..models.signup_ssh_public_key import SignupSshPublicKey
