"""A small cache for values a client makes again and again (parsed URLs,
request templates, timeouts): bounded by emptying it when full, which costs
nothing per hit and is enough when the values are cheap to make again."""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import TypeVar

K = TypeVar("K", bound=Hashable)
V = TypeVar("V")
SIZE = 256


def remembered(cache: dict[K, V], key: K, make: Callable[[], V]) -> V:
    """`cache[key]`, made (and kept) on first use."""
    value = cache.get(key)
    if value is None:
        if len(cache) >= SIZE:
            cache.clear()
        value = cache[key] = make()
    return value
