"""Every argument check, before any request is made: one checker per kind of
value, each raising `ConfigurationError` (a `ValueError`) that says what is
wrong and what to pass instead."""

from __future__ import annotations

import re

import httpx2

from ._clock import Clock
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
        url = httpx2.URL(base_url)
    except (httpx2.InvalidURL, TypeError) as exc:
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


def check_count(name: str, value: object, *, allow_zero: bool = False) -> None:
    """A whole number: positive, or (allow_zero) non-negative."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise ConfigurationError(f"{name} must be an integer, not {type(value).__name__}")
    if value < 0 or (value == 0 and not allow_zero):
        raise ConfigurationError(f"{name} must be {'non-negative' if allow_zero else 'positive'}, got {value}")


def check_seconds(name: str, value: object, *, allow_zero: bool = False) -> None:
    """A duration in seconds: positive, or (allow_zero) non-negative; None passes."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value != value:
        raise ConfigurationError(f"{name} must be a number of seconds, got {value!r}")
    if value < 0 or (value == 0 and not allow_zero):
        raise ConfigurationError(f"{name} must be {'non-negative' if allow_zero else 'positive'}, got {value}")


def check_percentage(name: str, value: object) -> None:
    """A share in percent: a number from 0 to 100; None passes."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 <= value <= 100:
        raise ConfigurationError(f"{name} must be a percentage from 0 to 100, got {value!r}")


def check_rate(name: str, value: object) -> None:
    """Requests per second: a positive, finite number; None passes."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < float("inf"):
        raise ConfigurationError(f"{name} must be a positive number of requests per second, got {value!r}")


def check_choice(name: str, value: object, choices: tuple[str, ...]) -> None:
    """One of `choices`."""
    if value not in choices:
        raise ConfigurationError(f"{name} must be one of {', '.join(choices)}, got {value!r}")


def check_flag(name: str, value: object) -> bool:
    """A bool option; anything else (a string "false", say) is a ConfigurationError."""
    if not isinstance(value, bool):
        raise ConfigurationError(f"{name} must be True or False, not {value!r}")
    return value


def check_text(name: str, value: object) -> None:
    """A string (empty allowed). Not one is a TypeError, as the generated
    operations raise for a path value of the wrong type."""
    if not isinstance(value, str):
        raise TypeError(f"{name} must be a string, not {type(value).__name__}")


def check_timeout(value: object) -> tuple[httpx2.Timeout, float | None]:
    """The phases of a `timeout` argument and the bound of a whole attempt: a
    number bounds each attempt from connect to last byte (and each phase); an
    `httpx2.Timeout` bounds its phases only, as httpx2 does."""
    if isinstance(value, httpx2.Timeout):
        phases = (value.connect, value.read, value.write, value.pool)
        if any(p is not None and (isinstance(p, bool) or not p > 0) for p in phases):
            raise ConfigurationError(f"timeout phases must be positive seconds or None, got {value!r}")
        return value, None
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ConfigurationError(
            f"timeout must be a number of seconds or an httpx2.Timeout, not {type(value).__name__}"
        )
    if not value > 0:
        raise ConfigurationError(f"timeout must be positive, got {value}")
    return httpx2.Timeout(float(value)), float(value)


def check_header_value(name: str, value: object) -> None:
    """A value sent in a header: one line of Latin-1 text (else httpx2 fails later,
    after the request was counted as sent)."""
    if not isinstance(value, str):
        raise ConfigurationError(f"{name} must be a string, not {type(value).__name__}")
    if any(c in value for c in "\r\n\0"):
        raise ConfigurationError(f"{name} contains a line break; an HTTP header value is one line")
    try:
        value.encode("latin-1")
    except UnicodeEncodeError:
        raise ConfigurationError(f"{name} has characters an HTTP header cannot carry (use ASCII)") from None


def check_http_client(value: object) -> None:
    """An `httpx2.AsyncClient` (or None); a client of another HTTP package is named."""
    if value is None or isinstance(value, httpx2.AsyncClient):
        return
    package = type(value).__module__.split(".")[0]
    if package == "httpx":
        raise ConfigurationError(
            "http_client is an httpx.AsyncClient; this library is built on httpx2 (httpx's maintained "
            "continuation, the same API): pass an httpx2.AsyncClient (pip install httpx2; import httpx2)"
        )
    raise ConfigurationError(f"http_client must be an httpx2.AsyncClient, not {type(value).__name__}")


def check_transport(value: object, names: tuple[str, ...]) -> None:
    """One of the transport `names`, an `httpx2.AsyncBaseTransport`, or None."""
    if value is None or isinstance(value, httpx2.AsyncBaseTransport) or value in names:
        if value == "aiohttp":
            from ._transports import check_aiohttp

            check_aiohttp()
        return
    if type(value).__module__.split(".")[0] == "httpx":
        raise ConfigurationError(
            "transport is an httpx transport; this library is built on httpx2: pass an "
            "httpx2.AsyncBaseTransport (for example httpx2.MockTransport)"
        )
    raise ConfigurationError(
        f"transport must be one of {', '.join(map(repr, names))} or an httpx2.AsyncBaseTransport, not {value!r}"
    )


def check_connection(http_client: object, transport: object, proxy: object, names: tuple[str, ...]) -> None:
    """How requests are sent: a caller's httpx2 client, or a transport (by name or
    object), with a proxy only when the client makes its own transport."""
    if http_client is not None and transport is not None:
        raise ConfigurationError("pass http_client or transport, not both (configure the transport on the client)")
    check_http_client(http_client)
    check_transport(transport, names)
    if proxy is None:
        return
    if http_client is not None or isinstance(transport, httpx2.AsyncBaseTransport):
        raise ConfigurationError("pass proxy= or your own http_client/transport (configure the proxy there), not both")
    if not isinstance(proxy, (str, httpx2.Proxy)):
        raise ConfigurationError(f"proxy must be a URL or an httpx2.Proxy, not {type(proxy).__name__}")


def check_clock(clock: object) -> None:
    if clock is not None and not isinstance(clock, Clock):
        raise ConfigurationError(f"clock must have now(), monotonic() and sleep(), not {type(clock).__name__}")


def check_hub(hub: object) -> None:
    """A `webhooks.NotificationHub` (or None)."""
    if hub is not None and not callable(getattr(hub, "until", None)):
        raise ConfigurationError(f"hub must be a webhooks.NotificationHub, not {type(hub).__name__}")
