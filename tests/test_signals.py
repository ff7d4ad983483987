"""SIGINT, SIGTERM and SIGHUP stop the CLI alike: the innermost block acts, and
the handlers are gone once the outermost block ends."""

from __future__ import annotations

import asyncio
import os
import signal

import pytest

from deployhq_async._signals import on_stop

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")


async def signalled(signum: int) -> None:
    os.kill(os.getpid(), signum)
    for _ in range(100):  # the loop reads its wake-up pipe on a later turn
        await asyncio.sleep(0)


async def test_the_innermost_block_acts_and_the_exit_status_names_the_signal() -> None:
    acted: list[str] = []
    with on_stop(lambda: acted.append("command")) as outer:
        with on_stop(lambda: acted.append("run")) as inner:
            await signalled(signal.SIGTERM)
            await signalled(signal.SIGHUP)
        await signalled(signal.SIGINT)
    assert acted == ["run", "run", "command"]
    assert inner.signals == [signal.SIGTERM, signal.SIGHUP] and inner.exit_status == 143
    assert outer.signals == [signal.SIGINT] and outer.exit_status == 130
    assert signal.getsignal(signal.SIGTERM) == signal.SIG_DFL  # nothing of ours left behind
