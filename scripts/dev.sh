#!/usr/bin/env bash
# Project entry point: creates .venv (once, and again when pyproject.toml changes),
# installs the package with its dev tools, then runs one job.
#   scripts/dev.sh setup   only install
#   scripts/dev.sh demo    the demo (README's main command)
#   scripts/dev.sh test    lint and type-check (src, the codegen package, tests), then the whole
#                          test suite, whose tests/generated/test_package.py runs the regen check
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv"
stamp="$venv/.installed"

setup() {
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv"
  fi
  if [ ! -f "$stamp" ] || [ "$root/pyproject.toml" -nt "$stamp" ]; then
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$venv/bin/python" -m pip install --quiet --disable-pip-version-check -e "$root[dev]"
    touch "$stamp"
  fi
}

job=${1:-}
case "$job" in
  setup)
    setup ;;
  demo)
    setup
    shift
    exec "$venv/bin/python" -m deployhq_async demo "$@" ;;
  test)
    setup
    shift
    cd "$root"
    "$venv/bin/ruff" check src tools tests benchmarks
    "$venv/bin/ruff" format --check src tools tests benchmarks
    "$venv/bin/mypy"
    exec "$venv/bin/python" -m pytest "$@" ;;
  *)
    echo "usage: scripts/dev.sh setup|demo|test [args]" >&2
    exit 2 ;;
esac
