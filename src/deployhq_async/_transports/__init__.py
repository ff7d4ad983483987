"""The transports a client can send through: httpcore2's pool split into shards
(the default), aiohttp's pool (the `aiohttp` extra), the proxy choice both share,
and the deadline of an attempt both keep."""

from ._aiohttp import AiohttpTransport, check_aiohttp
from ._deadline import DEADLINE
from ._proxy import proxy_from_environment
from ._sharded import ShardedTransport

__all__ = ["DEADLINE", "AiohttpTransport", "ShardedTransport", "check_aiohttp", "proxy_from_environment"]
