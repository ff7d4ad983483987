#!/usr/bin/env bash
# Project entry point: creates .venv (once, and again when pyproject.toml changes),
# installs the package with its dev tools, then runs one job.
#   scripts/dev.sh setup   only install
#   scripts/dev.sh demo    the demo (README's main command)
#   scripts/dev.sh test    lint and type-check (src, the codegen package, tests), then the whole
#                          test suite, whose tests/generated/test_package.py runs the regen check
#                          and tests/test_prism.py drives every operation against Stoplight Prism
#                          (installed from npm into .build/prism, where npm is),
#                          then the suite again: clients on the aiohttp transport, under uvloop,
#                          and both at once
#   scripts/dev.sh pythons the test suite again (but the Prism and schemathesis passes and the code
#                          generation's tests, which run on the project's Python) on every other
#                          Python 3.11-3.13 found
#                          (each in its own .venv-3.X, with the newest releases); fails if
#                          fewer than two are found
#                          (the Pythons at once, each in a process of its own)
#   scripts/dev.sh prepare only install the venvs of `pythons` and `oldest`
#   scripts/dev.sh oldest  the test suite on the oldest versions pyproject.toml allows
#                          (constraints/oldest.txt, in .venv-oldest)
#   scripts/dev.sh lock    refresh constraints/locked.txt, what the default .venv installs
#   scripts/dev.sh docs    the documentation site (docs/, mkdocs.yml), built with --strict into site/
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
venv="$root/.venv"
stamp="$venv/.installed"

# install PYTHON VENV [EXTRA] [CONSTRAINTS]: a venv of PYTHON with the package and EXTRA
# (dev: every dev tool), within CONSTRAINTS when given (again when either file changes).
install() {
  local python=$1 target=$2 extra=${3:-dev} constraints=${4:-}
  local pins=()
  [ -n "$constraints" ] && pins=(-c "$constraints")
  if [ ! -x "$target/bin/python" ]; then
    "$python" -m venv "$target"
  fi
  if [ ! -f "$target/.installed" ] || [ "$root/pyproject.toml" -nt "$target/.installed" ] \
    || { [ -n "$constraints" ] && [ "$constraints" -nt "$target/.installed" ]; }; then
    "$target/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
    "$target/bin/python" -m pip install --quiet --disable-pip-version-check "${pins[@]}" -e "$root[$extra]"
    touch "$target/.installed"
  fi
}

setup() {
  install python3 "$venv" dev "$root/constraints/locked.txt"
}

# Stoplight Prism from npm (pinned), which tests/test_prism.py serves DeployHQ's
# published document with: installed once into .build/prism, where npm is.
install_prism() {
  local target="$root/.build/prism"
  if [ -x "$target/node_modules/.bin/prism" ] || ! command -v npm >/dev/null 2>&1; then
    return 0
  fi
  mkdir -p "$target"
  npm install --prefix "$target" --no-audit --no-fund --loglevel=error @stoplight/prism-cli@5.16.0 >&2
}

# Both cores busy while a command runs: no test may depend on an idle machine.
loaded() {
  local hogs=() n
  for n in $(seq "$(nproc 2>/dev/null || echo 2)"); do
    "$venv/bin/python" -c "while True: pass" &
    hogs+=($!)
  done
  local status=0
  "$@" || status=$?
  kill "${hogs[@]}" 2>/dev/null || true
  wait "${hogs[@]}" 2>/dev/null || true
  return "$status"
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

# The interpreters of the other Pythons 3.11-3.13 found, as "VERSION PATH" lines.
other_pythons() {
  local main version python
  main=$("$venv/bin/python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
  for version in 3.11 3.12 3.13; do
    [ "$version" = "$main" ] && continue
    if python=$(find_python "$version"); then
      echo "$version $python"
    else
      echo "Python $version: not found" >&2
    fi
  done
}

oldest_venv() {
  install "$(find_python 3.11 || command -v python3)" "$root/.venv-oldest" test "$root/constraints/oldest.txt"
}

# Every venv `pythons` and `oldest` use, installed one after another (.ci/run
# does this while the main suite runs).
prepare() {
  local version python
  while read -r version python; do
    install "$python" "$root/.venv-$version" </dev/null
  done < <(other_pythons)
  oldest_venv
}

# The suite on each other Python, at once (each in a process of its own, its
# output kept until it ends: the suite passes with both cores busy).
pythons() {
  local found=1 version python logs failed=0
  local -A pids=()
  logs=$(mktemp -d)
  while read -r version python; do
    found=$((found + 1))
    install "$python" "$root/.venv-$version" </dev/null
    (cd "$root" && "$root/.venv-$version/bin/python" -m pytest -q -p no:cacheprovider --basetemp "$logs/tmp-$version" \
      -m "not prism and not schemathesis and not codegen and not once" "$@") </dev/null >"$logs/$version.log" 2>&1 &
    pids[$version]=$!
  done < <(other_pythons)
  if [ "$found" -lt 2 ]; then
    echo "the tests ran on $found Python; at least two of 3.11-3.13 are needed" >&2
    exit 1
  fi
  for version in $(printf '%s\n' "${!pids[@]}" | sort); do
    echo "Python $version:"
    if wait "${pids[$version]}"; then
      tail -n 1 "$logs/$version.log"
    else
      tail -n 80 "$logs/$version.log"
      failed=1
    fi
  done
  rm -rf "$logs"
  return "$failed"
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
    install_prism
    shift
    cd "$root"
    "$venv/bin/ruff" check src tools tests benchmarks examples
    "$venv/bin/ruff" format --check src tools tests benchmarks examples
    "$venv/bin/mypy"
    "$venv/bin/python" -m pytest "$@"
    # The generator's, the code generation's and the type checker's tests send no
    # request, and the Prism pass checks the document, not the transport: once is enough.
    again=("$venv/bin/python" -m pytest -q -p no:cacheprovider -m "not generator and not typing and not docs and not prism and not schemathesis and not codegen and not once")
    echo "The suite again, clients on the aiohttp transport:"
    "${again[@]}" --transport aiohttp "$@"
    echo "The suite again, under uvloop:"
    "${again[@]}" --loop uvloop "$@"
    echo "The suite again, under uvloop, clients on the aiohttp transport, both cores kept busy beside it:"
    loaded "${again[@]}" --loop uvloop --transport aiohttp "$@" ;;
  oldest)
    shift
    oldest_venv
    cd "$root"
    echo "The suite on the oldest versions pyproject.toml allows ($(
      "$root/.venv-oldest/bin/python" -c 'import httpx2, httpcore2, aiohttp; print("httpx2", httpx2.__version__, "httpcore2", httpcore2.__version__, "aiohttp", aiohttp.__version__)'
    )):"
    exec "$root/.venv-oldest/bin/python" -m pytest -q -p no:cacheprovider -m "not generator and not typing and not docs and not prism and not schemathesis and not codegen and not once" "$@" ;;
  lock)
    setup
    { sed -n '1,3p' "$root/constraints/locked.txt"
      "$venv/bin/python" -m pip freeze --exclude-editable | grep -v '^deployhq-async'
    } > "$root/constraints/locked.txt.new"
    mv "$root/constraints/locked.txt.new" "$root/constraints/locked.txt" ;;
  pythons)
    setup
    shift
    pythons "$@" ;;
  prepare)
    setup
    prepare ;;
  docs)
    setup
    shift
    cd "$root"
    NO_MKDOCS_2_WARNING=1 exec "$venv/bin/python" -m mkdocs build --strict "$@" ;;
  *)
    echo "usage: scripts/dev.sh setup|demo|test|pythons|prepare|oldest|lock|docs [args]" >&2
    exit 2 ;;
esac
