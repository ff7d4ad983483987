"""Regenerate `generated/deployhq_api` from the pinned DeployHQ document.

    scripts/regen.sh                 normalize, validate, generate into generated/
    scripts/regen.sh --check         generate into a temporary folder; exit 1 if generated/ differs
    scripts/regen.sh --update        accept a new document: re-pin its hash in the lock, then generate
    scripts/regen.sh --spec PATH     read the document from PATH (also $DEPLOYHQ_OPENAPI_SPEC)
    scripts/regen.sh --url URL       download the document (with --update)

Without --spec the document comes from $DEPLOYHQ_OPENAPI_SPEC, then
../shared/openapi/deployhq.openapi.json beside the repository, then the lock's URL.
"""

from __future__ import annotations

import argparse
import datetime
import filecmp
import hashlib
import json
import os
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OPENAPI = ROOT / "openapi"
LOCK = OPENAPI / "spec.lock.json"
WORK = ROOT / ".build"  # git-ignored working copies
PACKAGE = "deployhq_api"
GENERATED = ROOT / "generated" / PACKAGE
SHARED_SPEC = ROOT.parent / "shared" / "openapi" / "deployhq.openapi.json"

sys.path.insert(0, str(OPENAPI))
import normalize  # noqa: E402


class RegenError(Exception):
    """A step failed; the message says which and what to do."""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not what the pinned spec gives")
    parser.add_argument("--update", action="store_true", help="pin the given document's hash in the lock")
    parser.add_argument("--spec", type=Path, help="path of the DeployHQ document")
    parser.add_argument("--url", help="download the DeployHQ document from this URL")
    args = parser.parse_args(argv)
    try:
        return run(args)
    except RegenError as exc:
        print(f"regen: {exc}", file=sys.stderr)
        return 1


def run(args: argparse.Namespace) -> int:
    lock = json.loads(LOCK.read_text())
    WORK.mkdir(exist_ok=True)
    raw_path = obtain_spec(args.spec, args.url, lock["source_url"])
    raw_bytes = raw_path.read_bytes()
    digest = hashlib.sha256(raw_bytes).hexdigest()
    if digest != lock["sha256"] and not args.update:
        raise RegenError(
            f"{raw_path} has sha256 {digest}, but openapi/spec.lock.json pins {lock['sha256']}. "
            "If DeployHQ published a new document, run scripts/regen.sh --update --spec PATH and review the result."
        )
    try:
        raw = json.loads(raw_bytes)
    except json.JSONDecodeError as exc:
        raise RegenError(f"{raw_path} is not JSON: {exc}") from exc
    view = normalize_and_validate(raw)
    operations = count_operations(view)
    if args.update:
        lock.update(
            sha256=digest,
            snapshot_date=datetime.date.today().isoformat(),
            openapi=raw.get("openapi", ""),
            operations=operations,
        )
    elif operations != lock["operations"]:
        raise RegenError(f"the document has {operations} operations, the lock says {lock['operations']}")

    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / PACKAGE
            generate(WORK / "generator-view.json", out)
            differing = compare_trees(out, GENERATED)
        if differing:
            print("generated/ differs from what the pinned spec produces; run scripts/regen.sh:", file=sys.stderr)
            for name in differing:
                print(f"  {name}", file=sys.stderr)
            return 1
        print(f"generated/{PACKAGE} is up to date ({operations} operations)")
        return 0

    generate(WORK / "generator-view.json", GENERATED)
    if args.update:
        LOCK.write_text(json.dumps(lock, indent=2) + "\n")
    print(f"generated/{PACKAGE}: {operations} operations")
    return 0


def obtain_spec(spec: Path | None, url: str | None, lock_url: str) -> Path:
    if spec is not None:
        if not spec.is_file():
            raise RegenError(f"--spec {spec}: no such file")
        return spec
    if url is None:
        env = os.environ.get("DEPLOYHQ_OPENAPI_SPEC")
        if env:
            if not Path(env).is_file():
                raise RegenError(f"$DEPLOYHQ_OPENAPI_SPEC={env}: no such file")
            return Path(env)
        if SHARED_SPEC.is_file():
            return SHARED_SPEC
    target = WORK / "downloaded.openapi.json"
    source = url or lock_url
    try:
        with urllib.request.urlopen(source, timeout=60) as response:
            target.write_bytes(response.read())
    except OSError as exc:
        raise RegenError(f"cannot download {source}: {exc}; pass --spec PATH instead") from exc
    return target


def normalize_and_validate(raw: dict[str, object]) -> dict[str, object]:
    """Normalize into .build/, validate, and return the generator's view."""
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    rules, names = normalize.load_data()
    try:
        doc, report = normalize.normalize(raw, rules, names)
    except normalize.NormalizeError as exc:
        raise RegenError(f"normalize: {exc}") from exc
    view = normalize.generation_view(doc)
    for name, data in (("normalized", doc), ("generator-view", view), ("normalize-report", report.entries)):
        (WORK / f"{name}.json").write_text(json.dumps(data, indent=2) + "\n")
    try:
        validate(doc)  # type: ignore[arg-type]
    except OpenAPIValidationError as exc:
        raise RegenError(f"the normalized document is not valid OpenAPI: {exc.message}") from exc
    return view


def count_operations(doc: dict[str, object]) -> int:
    return sum(1 for _ in normalize.operations(doc))


def generate(view: Path, out: Path) -> None:
    """Run the generator (ruff from this interpreter's environment formats the output)."""
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(view),
        "--meta", "none",
        "--config", str(OPENAPI / "generator.yaml"),
        "--custom-template-path", str(OPENAPI / "templates"),
        "--output-path", str(out),
        "--overwrite",
        "--fail-on-warning",
    ]  # fmt: skip
    result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RegenError(f"openapi-python-client failed:\n{result.stdout}{result.stderr}")
    # The generator writes py.typed only for full projects; the package is typed.
    (out / "py.typed").write_text("")


def compare_trees(new: Path, old: Path) -> list[str]:
    """Relative paths that differ between two trees, sorted."""

    def files(root: Path) -> set[str]:
        if not root.is_dir():
            return set()
        return {str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts}

    new_files, old_files = files(new), files(old)
    differing = new_files ^ old_files
    for name in new_files & old_files:
        if not filecmp.cmp(new / name, old / name, shallow=False):
            differing.add(name)
    return sorted(differing)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
