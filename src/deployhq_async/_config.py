"""Checking what the client is constructed with, before any request is made."""

from __future__ import annotations

import re

import httpx

from .errors import ConfigurationError

DOMAIN = "deployhq.com"
_SUBDOMAIN = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")


def base_url_for(account: str | None, base_url: str | None) -> str:
    """The API root: `base_url` when given, else `https://{account}.deployhq.com`."""
    if base_url is not None:
        return _check_base_url(base_url)
    if account is None or not account.strip():
        raise ConfigurationError(
            "no DeployHQ account: pass account='yourcompany' (the subdomain of yourcompany.deployhq.com) "
            "or base_url=..., or set DEPLOYHQ_ACCOUNT"
        )
    name = account.strip().lower()
    if name.endswith("." + DOMAIN):
        name = name[: -len(DOMAIN) - 1]
    if not _SUBDOMAIN.fullmatch(name):
        raise ConfigurationError(
            f"invalid DeployHQ account {account!r}: expected the subdomain of <account>.deployhq.com "
            "(letters, digits and hyphens) or that full host name"
        )
    return f"https://{name}.{DOMAIN}"


def _check_base_url(base_url: str) -> str:
    try:
        url = httpx.URL(base_url)
    except (httpx.InvalidURL, TypeError) as exc:
        raise ConfigurationError(f"invalid base_url: {exc}") from None
    if url.scheme not in ("http", "https") or not url.host:
        raise ConfigurationError("invalid base_url: expected an http(s) URL such as https://acme.deployhq.com")
    if url.userinfo:
        raise ConfigurationError("invalid base_url: put credentials in email= and api_key=, not in the URL")
    if url.query or url.fragment:
        raise ConfigurationError("invalid base_url: expected no query or fragment")
    if url.scheme == "http" and not _is_loopback(url.host):
        raise ConfigurationError(
            f"base_url uses plain http to {url.host}: the API key would travel unencrypted; "
            "use https (plain http is only allowed to loopback addresses)"
        )
    return str(url).rstrip("/")


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    import ipaddress

    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def check_credentials(email: str | None, api_key: str | None) -> tuple[str, str]:
    if not isinstance(email, str) or not email.strip():
        raise ConfigurationError("no email: pass email='you@example.com' (your DeployHQ login) or set DEPLOYHQ_EMAIL")
    if not isinstance(api_key, str) or not api_key.strip():
        raise ConfigurationError(
            "no API key: pass api_key=... (Settings > Security in DeployHQ) or set DEPLOYHQ_API_KEY"
        )
    if any(c in api_key for c in "\r\n:") or any(c in email for c in "\r\n"):
        raise ConfigurationError("the email or API key contains a line break or colon; check how it was read")
    return email.strip(), api_key.strip()


def check_positive(name: str, value: float | None, *, allow_zero: bool = False) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(f"{name} must be a number, not {type(value).__name__}")
    if value < 0 or (value == 0 and not allow_zero):
        raise ConfigurationError(f"{name} must be {'non-negative' if allow_zero else 'positive'}, got {value}")
