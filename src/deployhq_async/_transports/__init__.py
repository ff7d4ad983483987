"""The transports a client can send through: httpcore's pool split into shards
(the default), aiohttp's pool (the `aiohttp` extra), and the proxy choice both share."""

from ._aiohttp import AiohttpTransport, check_aiohttp
from ._proxy import proxy_from_environment
from ._sharded import ShardedTransport

__all__ = ["AiohttpTransport", "ShardedTransport", "check_aiohttp", "proxy_from_environment"]
