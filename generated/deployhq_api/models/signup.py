from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset, mismatch

if TYPE_CHECKING:
    from ..models.signup_account import SignupAccount
    from ..models.signup_mcp_config import SignupMcpConfig
    from ..models.signup_oauth_urls import SignupOauthUrls
    from ..models.signup_ssh_public_key import SignupSshPublicKey


T = TypeVar("T", bound="Signup")


@_attrs_define
class Signup:
    """
    Attributes:
        account (None | SignupAccount | Unset):
        api_key (None | str | Unset):
        client (None | str | Unset):
        email_verified (bool | None | Unset):
        mcp_config (None | SignupMcpConfig | Unset):
        oauth_urls (None | SignupOauthUrls | Unset):
        ssh_public_key (None | SignupSshPublicKey | Unset):
    """

    account: None | SignupAccount | Unset = UNSET
    api_key: None | str | Unset = UNSET
    client: None | str | Unset = UNSET
    email_verified: bool | None | Unset = UNSET
    mcp_config: None | SignupMcpConfig | Unset = UNSET
    oauth_urls: None | SignupOauthUrls | Unset = UNSET
    ssh_public_key: None | SignupSshPublicKey | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, SignupAccount):
            account = self.account.to_dict()
        else:
            account = self.account

        api_key: None | str | Unset
        if isinstance(self.api_key, Unset):
            api_key = UNSET
        else:
            api_key = self.api_key

        client: None | str | Unset
        if isinstance(self.client, Unset):
            client = UNSET
        else:
            client = self.client

        email_verified: bool | None | Unset
        if isinstance(self.email_verified, Unset):
            email_verified = UNSET
        else:
            email_verified = self.email_verified

        mcp_config: dict[str, Any] | None | Unset
        if isinstance(self.mcp_config, Unset):
            mcp_config = UNSET
        elif isinstance(self.mcp_config, SignupMcpConfig):
            mcp_config = self.mcp_config.to_dict()
        else:
            mcp_config = self.mcp_config

        oauth_urls: dict[str, Any] | None | Unset
        if isinstance(self.oauth_urls, Unset):
            oauth_urls = UNSET
        elif isinstance(self.oauth_urls, SignupOauthUrls):
            oauth_urls = self.oauth_urls.to_dict()
        else:
            oauth_urls = self.oauth_urls

        ssh_public_key: dict[str, Any] | None | Unset
        if isinstance(self.ssh_public_key, Unset):
            ssh_public_key = UNSET
        elif isinstance(self.ssh_public_key, SignupSshPublicKey):
            ssh_public_key = self.ssh_public_key.to_dict()
        else:
            ssh_public_key = self.ssh_public_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if account is not UNSET:
            field_dict["account"] = account
        if api_key is not UNSET:
            field_dict["api_key"] = api_key
        if client is not UNSET:
            field_dict["client"] = client
        if email_verified is not UNSET:
            field_dict["email_verified"] = email_verified
        if mcp_config is not UNSET:
            field_dict["mcp_config"] = mcp_config
        if oauth_urls is not UNSET:
            field_dict["oauth_urls"] = oauth_urls
        if ssh_public_key is not UNSET:
            field_dict["ssh_public_key"] = ssh_public_key

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        if not isinstance(src_dict, Mapping):
            raise TypeError(f"expected an object, got {type(src_dict).__name__}")
        d = dict(src_dict)
        account: None | SignupAccount | Unset
        _account_data = d.pop("account", UNSET)
        if isinstance(_account_data, dict):
            try:
                account_type_0 = SignupAccount.from_dict(_account_data)

                account = account_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("account", _account_data, "None | SignupAccount | Unset", error) from error
        elif _account_data is None or isinstance(_account_data, Unset):
            account = _account_data
        else:
            raise mismatch("account", _account_data, "None | SignupAccount | Unset")

        api_key: None | str | Unset = d.pop("api_key", UNSET)
        if not (api_key is None or isinstance(api_key, (str, Unset))):
            raise mismatch("api_key", api_key, "None | str | Unset")

        client: None | str | Unset = d.pop("client", UNSET)
        if not (client is None or isinstance(client, (str, Unset))):
            raise mismatch("client", client, "None | str | Unset")

        email_verified: bool | None | Unset = d.pop("email_verified", UNSET)
        if not (email_verified is None or isinstance(email_verified, (bool, Unset))):
            raise mismatch("email_verified", email_verified, "bool | None | Unset")

        mcp_config: None | SignupMcpConfig | Unset
        _mcp_config_data = d.pop("mcp_config", UNSET)
        if isinstance(_mcp_config_data, dict):
            try:
                mcp_config_type_0 = SignupMcpConfig.from_dict(_mcp_config_data)

                mcp_config = mcp_config_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("mcp_config", _mcp_config_data, "None | SignupMcpConfig | Unset", error) from error
        elif _mcp_config_data is None or isinstance(_mcp_config_data, Unset):
            mcp_config = _mcp_config_data
        else:
            raise mismatch("mcp_config", _mcp_config_data, "None | SignupMcpConfig | Unset")

        oauth_urls: None | SignupOauthUrls | Unset
        _oauth_urls_data = d.pop("oauth_urls", UNSET)
        if isinstance(_oauth_urls_data, dict):
            try:
                oauth_urls_type_0 = SignupOauthUrls.from_dict(_oauth_urls_data)

                oauth_urls = oauth_urls_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch("oauth_urls", _oauth_urls_data, "None | SignupOauthUrls | Unset", error) from error
        elif _oauth_urls_data is None or isinstance(_oauth_urls_data, Unset):
            oauth_urls = _oauth_urls_data
        else:
            raise mismatch("oauth_urls", _oauth_urls_data, "None | SignupOauthUrls | Unset")

        ssh_public_key: None | SignupSshPublicKey | Unset
        _ssh_public_key_data = d.pop("ssh_public_key", UNSET)
        if isinstance(_ssh_public_key_data, dict):
            try:
                ssh_public_key_type_0 = SignupSshPublicKey.from_dict(_ssh_public_key_data)

                ssh_public_key = ssh_public_key_type_0
            except (TypeError, ValueError, AttributeError, KeyError) as error:
                raise mismatch(
                    "ssh_public_key", _ssh_public_key_data, "None | SignupSshPublicKey | Unset", error
                ) from error
        elif _ssh_public_key_data is None or isinstance(_ssh_public_key_data, Unset):
            ssh_public_key = _ssh_public_key_data
        else:
            raise mismatch("ssh_public_key", _ssh_public_key_data, "None | SignupSshPublicKey | Unset")

        _instance = cls(
            account,
            api_key,
            client,
            email_verified,
            mcp_config,
            oauth_urls,
            ssh_public_key,
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
from ..models.signup_account import SignupAccount
from ..models.signup_mcp_config import SignupMcpConfig
from ..models.signup_oauth_urls import SignupOauthUrls
from ..models.signup_ssh_public_key import SignupSshPublicKey
