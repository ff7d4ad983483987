"""`python -m deployhq_codegen check | regen | update [options]`; the options of
`scripts/regen.sh --help` work too."""

from __future__ import annotations

import sys

from .regen import main

COMMANDS = {"check": ["--check"], "regen": [], "update": ["--update"]}


def run(argv: list[str]) -> int:
    if argv and argv[0] in COMMANDS:
        argv = COMMANDS[argv[0]] + argv[1:]
    return main(argv)


if __name__ == "__main__":
    sys.exit(run(sys.argv[1:]))
