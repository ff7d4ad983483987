#!/usr/bin/env bash
# Project entry point: creates .venv (once, and again when pyproject.toml changes),
# installs the package with its dev tools, then runs one job.
#   scripts/dev.sh setup   only install
#   scripts/dev.sh demo    the demo (README's main command)
#   scripts/dev.sh test    lint and type-check (src, the codegen package, tests), then the whole
#                          test suite, whose tests/generated/test_package.py runs the regen check,
#                          then the suite again: clients on the aiohttp transport, under uvloop,
#                          and both at once
#   scripts/dev.sh pythons the test suite again on every other Python 3.11-3.13 found
#                          (each in its own .venv-3.X); fails if fewer than two are found
#   scripts/dev.sh docs    the documentation site (docs/, mkdocs.yml), built with --strict into site/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv"
stamp="$venv/.installed"

# install PYTHON VENV: a venv of PYTHON with the package and its dev tools (again when
# pyproject.toml changes).
install() {
  local python=$1 target=$2
  if [ ! -x "$target/bin/python" ]; then
    "$python" -m venv "$target"
  fi
  if [ ! -f "$target/.installed" ] || [ "$root/pyproject.toml" -nt "$target/.installed" ]; then
    "$target/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$target/bin/python" -m pip install --quiet --disable-pip-version-check -e "$root[dev]"
    touch "$target/.installed"
  fi
}

setup() {
  install python3 "$venv"
}

# The interpreter of Python VERSION: python3.X on PATH, else pyenv's.
find_python() {
  local version=$1 candidate
  if candidate=$(command -v "python$version") && "$candidate" -c "" 2>/dev/null; then
    echo "$candidate"
    return
  fi
  if command -v pyenv >/dev/null; then
    for candidate in "$(pyenv root)/versions/$version".*/bin/python; do
      if [ -x "$candidate" ]; then
        echo "$candidate"
        return
      fi
    done
  fi
  return 1
}

pythons() {
  local main found=1 version python output
  main=$("$venv/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  for version in 3.11 3.12 3.13; do
    [ "$version" = "$main" ] && continue
    if ! python=$(find_python "$version"); then
      echo "Python $version: not found" >&2
      continue
    fi
    found=$((found + 1))
    install "$python" "$root/.venv-$version"
    echo "Python $version ($python):"
    if ! output=$(cd "$root" && "$root/.venv-$version/bin/python" -m pytest -q -p no:cacheprovider "$@" 2>&1); then
      echo "$output" | tail -n 80
      exit 1
    fi
    echo "$output" | tail -n 1
  done
  if [ "$found" -lt 2 ]; then
    echo "the tests ran on $found Python; at least two of 3.11-3.13 are needed" >&2
    exit 1
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
    "$venv/bin/python" -m pytest "$@"
    # The generator's and the type checker's tests send no request: once is enough.
    again=("$venv/bin/python" -m pytest -q -p no:cacheprovider -m "not generator and not typing and not docs")
    echo "The suite again, clients on the aiohttp transport:"
    "${again[@]}" --transport aiohttp "$@"
    echo "The suite again, under uvloop:"
    "${again[@]}" --loop uvloop "$@"
    echo "The suite again, under uvloop, clients on the aiohttp transport:"
    exec "${again[@]}" --loop uvloop --transport aiohttp "$@" ;;
  pythons)
    setup
    shift
    pythons "$@" ;;
  docs)
    setup
    shift
    cd "$root"
    NO_MKDOCS_2_WARNING=1 exec "$venv/bin/python" -m mkdocs build --strict "$@" ;;
  *)
    echo "usage: scripts/dev.sh setup|demo|test|pythons|docs [args]" >&2
    exit 2 ;;
esac
