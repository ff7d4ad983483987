"""The event loop a command runs on, and `--version`."""

from __future__ import annotations

import argparse
import asyncio
import os
from collections.abc import Callable, Sequence
from typing import Any

from .. import __version__
from ._common import UsageError

LOOPS = ("auto", "asyncio", "uvloop")


def _uvloop_installed() -> bool:
    import importlib.util

    return importlib.util.find_spec("uvloop") is not None


def loop_factory(name: str) -> Callable[[], asyncio.AbstractEventLoop] | None:
    """The event loop a command runs on: uvloop when asked for, or (auto) when installed."""
    if name == "asyncio" or (name == "auto" and not _uvloop_installed()):
        return None
    try:
        import uvloop
    except ImportError:
        raise UsageError("--loop uvloop needs uvloop: pip install 'deployhq-async[speed]'") from None
    factory: Callable[[], asyncio.AbstractEventLoop] = uvloop.new_event_loop
    return factory


def loop_name(name: str) -> str:
    if loop_factory(name) is None:
        return "asyncio"
    from importlib.metadata import version

    return f"uvloop {version('uvloop')}"


class Version(argparse.Action):
    """`--version`: the package, its HTTP stack and the event loop commands run on."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        super().__init__(option_strings, dest, nargs=0, default=argparse.SUPPRESS, **kwargs)

    def __call__(self, parser: argparse.ArgumentParser, *args: Any) -> None:
        import httpx2

        loop = loop_name(os.environ.get("DEPLOYHQ_LOOP") or "auto")
        print(f"deployhq-async {__version__} (httpx2 {httpx2.__version__}, event loop: {loop})")
        parser.exit()
