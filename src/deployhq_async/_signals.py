"""How the CLI stops on a signal: SIGINT (Ctrl-C), SIGTERM (how CI runners and
Kubernetes stop a job) and SIGHUP (a closed terminal) stop it alike. Inside a
bulk run or rollout the signal stops the run gently (nothing new is sent, what
is on the wire finishes, the journal is flushed, the summary is printed);
anywhere else it cancels the command. The exit status is 128 plus the signal's
number, as a shell reports a job a signal ended: 130, 143, 129."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import asyncio

# The signals that stop the CLI (SIGHUP does not exist on Windows).
STOPPING = tuple(s for s in (getattr(signal, name, None) for name in ("SIGINT", "SIGTERM", "SIGHUP")) if s is not None)


class Received:
    """The stopping signals a block received, first first."""

    def __init__(self) -> None:
        self.signals: list[int] = []

    def __bool__(self) -> bool:
        return bool(self.signals)

    @property
    def exit_status(self) -> int:
        """128 plus the first signal's number (130 for SIGINT, 143 for SIGTERM)."""
        return 128 + self.signals[0]


_acting: list[Callable[[int], None]] = []  # what a signal does, the innermost block's last


@contextlib.contextmanager
def on_stop(act: Callable[[], object]) -> Iterator[Received]:
    """Within this block (on the running loop), each stopping signal calls `act`
    (the blocks nest: the innermost acts); yields what was received. Where the
    loop cannot take signal handlers (not the main thread, Windows), nothing is
    installed and the signals act as they would."""
    import asyncio  # the caller's loop runs: already imported

    loop = asyncio.get_running_loop()
    received = Received()

    def on(signum: int) -> None:
        received.signals.append(signum)
        act()

    installed = bool(_acting)
    if not installed:
        try:
            for stopping in STOPPING:
                loop.add_signal_handler(stopping, _dispatch, stopping)
            installed = True
        except (NotImplementedError, RuntimeError, ValueError):
            _remove(loop)
    if installed:
        _acting.append(on)
    try:
        yield received
    finally:
        if installed:
            _acting.pop()
            if not _acting:
                _remove(loop)


def _dispatch(signum: int) -> None:
    if _acting:
        _acting[-1](signum)


def _remove(loop: asyncio.AbstractEventLoop) -> None:
    for stopping in STOPPING:
        with contextlib.suppress(NotImplementedError, RuntimeError, ValueError):
            loop.remove_signal_handler(stopping)
