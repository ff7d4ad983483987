"""The proxy the environment names for the one host a client talks to."""

from __future__ import annotations

import urllib.parse
import urllib.request


def proxy_from_environment(url: str) -> str | None:
    """The proxy for `url` from HTTP_PROXY, HTTPS_PROXY or ALL_PROXY (either case),
    or None when there is none or NO_PROXY names the host. A client only ever
    talks to its base URL's host, so this is decided once, not per request."""
    proxies = urllib.request.getproxies_environment()
    parts = urllib.parse.urlsplit(url)
    proxy = proxies.get(parts.scheme) or proxies.get("all")
    if not proxy or urllib.request.proxy_bypass(parts.netloc):
        return None
    return proxy if "://" in proxy else f"http://{proxy}"
