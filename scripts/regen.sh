#!/usr/bin/env bash
# Regenerate generated/deployhq_api from the pinned DeployHQ document
# (options: scripts/regen.sh --help). Installs the dev tools first if needed.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
"$root/scripts/dev.sh" setup >&2
PYTHONPATH="$root/tools${PYTHONPATH:+:$PYTHONPATH}" exec "$root/.venv/bin/python" -m deployhq_codegen "$@"
