"""Regenerate `generated/deployhq_api` from the pinned DeployHQ document.

    scripts/regen.sh                     normalize, validate, generate into generated/
    scripts/regen.sh --check             generate into a temporary folder; exit 1 if generated/ differs
    scripts/regen.sh --update --spec P   take a new document: drift report, re-pin, regenerate, run the tests
    scripts/regen.sh --update --url U    the same, downloading the new document
    scripts/regen.sh --update --report-only [--json]   only write (or print) the drift report

The pinned document is found at --spec, $DEPLOYHQ_OPENAPI_SPEC,
../shared/openapi/deployhq.openapi.json, the working copy in .build/, or the lock's
URL: the first whose sha256 is the one in openapi/spec.lock.json.

--update exits 0 for a compatible or additive change, 3 for a breaking one (a
repair rule that no longer fits the new document included: the report names it,
and nothing is regenerated or re-pinned), and 1 when the new document cannot be
normalized or the tests fail against it.
"""

from __future__ import annotations

import argparse
import datetime
import filecmp
import hashlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import urllib.request
import xml.etree.ElementTree as ElementTree
from pathlib import Path
from typing import Any

from . import call_signatures, drift, normalize, request_schemas, walk

ROOT = Path(__file__).resolve().parents[2]
OPENAPI = ROOT / "openapi"
LOCK = OPENAPI / "spec.lock.json"
REPORT = OPENAPI / "drift-report.md"
WORK = ROOT / ".build"  # git-ignored working copies
WORKING_COPY = WORK / "deployhq.openapi.json"
PACKAGE = "deployhq_api"
GENERATED = ROOT / "generated" / PACKAGE
SHARED_SPEC = ROOT.parent / "shared" / "openapi" / "deployhq.openapi.json"


class RegenError(Exception):
    """A step failed; the message says which and what to do."""


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="fail if generated/ is not what the pinned spec gives")
    parser.add_argument("--update", action="store_true", help="take a new document (see --spec, --url)")
    parser.add_argument("--spec", type=Path, help="path of the DeployHQ document")
    parser.add_argument("--url", help="download the new DeployHQ document from this URL (with --update)")
    parser.add_argument("--old-spec", type=Path, help="the currently pinned document, if not found by the usual rules")
    parser.add_argument("--report-only", action="store_true", help="with --update: only write the drift report")
    parser.add_argument("--json", action="store_true", help="with --update: print the drift report as JSON")
    parser.add_argument("--no-tests", action="store_true", help="with --update: do not run the test suite")
    args = parser.parse_args(argv)
    WORK.mkdir(exist_ok=True)
    try:
        return update(args) if args.update else regenerate(check=args.check, spec=args.spec)
    except (RegenError, normalize.NormalizeError) as exc:
        print(f"regen: {exc}", file=sys.stderr)
        return 1


# --- regenerating from the pinned document --------------------------------------------


def regenerate(*, check: bool, spec: Path | None) -> int:
    lock = read_lock()
    raw = load_json(pinned_spec(lock, spec))
    doc = normalize_and_validate(raw)
    operations = count_operations(doc)
    if operations != lock["operations"]:
        raise RegenError(f"the document has {operations} operations, the lock says {lock['operations']}")
    if check:
        with tempfile.TemporaryDirectory() as tmp:
            out = Path(tmp) / PACKAGE
            generate(doc, out)
            differing = compare_trees(out, GENERATED)
        if differing:
            print("generated/ differs from what the pinned spec produces; run scripts/regen.sh:", file=sys.stderr)
            for name in differing:
                print(f"  {name}", file=sys.stderr)
            return 1
        print(f"generated/{PACKAGE} is up to date ({operations} operations)")
        return 0
    generate(doc, GENERATED)
    print(f"generated/{PACKAGE}: {operations} operations")
    return 0


def read_lock() -> dict[str, Any]:
    return json.loads(LOCK.read_text())  # type: ignore[no-any-return]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pinned_spec(lock: dict[str, Any], explicit: Path | None) -> Path:
    """The pinned document: the first candidate whose hash is the lock's."""
    if explicit is not None:
        candidates = [explicit]
    else:
        env = os.environ.get("DEPLOYHQ_OPENAPI_SPEC")
        candidates = [Path(p) for p in (env,) if p] + [SHARED_SPEC, WORKING_COPY]
    seen = []
    for path in candidates:
        if path.is_file():
            digest = sha256(path)
            if digest == lock["sha256"]:
                _keep_working_copy(path)
                return path
            seen.append(f"{path} has sha256 {digest}")
        elif path == explicit:
            raise RegenError(f"--spec {path}: no such file")
    if explicit is None:
        downloaded = download(lock["source_url"])
        if sha256(downloaded) == lock["sha256"]:
            _keep_working_copy(downloaded)
            return downloaded
        seen.append(f"{lock['source_url']} now serves sha256 {sha256(downloaded)}")
    raise RegenError(
        "; ".join(seen) + f", but openapi/spec.lock.json pins {lock['sha256']}. If DeployHQ published a new "
        "document, run scripts/regen.sh --update --spec PATH and review the drift report."
    )


def _keep_working_copy(path: Path) -> None:
    if path.resolve() != WORKING_COPY.resolve():
        shutil.copyfile(path, WORKING_COPY)


def download(url: str) -> Path:
    target = WORK / "downloaded.openapi.json"
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            target.write_bytes(response.read())
    except OSError as exc:
        raise RegenError(
            f"cannot download {url}: {exc}; give DeployHQ's document another way: --spec PATH, or "
            f"DEPLOYHQ_OPENAPI_SPEC=PATH (which scripts/dev.sh test uses too), or a copy at {SHARED_SPEC}"
        ) from exc
    return target


def load_json(path: Path) -> dict[str, Any]:
    try:
        return json.loads(path.read_bytes())  # type: ignore[no-any-return]
    except json.JSONDecodeError as exc:
        raise RegenError(f"{path} is not JSON: {exc}") from exc


def normalize_and_validate(raw: dict[str, Any], label: str = "") -> dict[str, Any]:
    """Normalize into .build/, validate, and return the normalized document."""
    doc, report = _normalize(raw)
    _validate(doc)
    for name, data in ((f"normalized{label}", doc), (f"normalize-report{label}", report)):
        (WORK / f"{name}.json").write_text(json.dumps(data, indent=2) + "\n")
    return doc


def _normalize(raw: dict[str, Any], *, stale: list[str] | None = None) -> tuple[dict[str, Any], list[dict[str, str]]]:
    """Normalize; with `stale`, tolerantly: the rules that do not fit are added to it."""
    rules, names = normalize.load_data()
    doc, report = normalize.normalize(raw, rules, names, tolerant=stale is not None)
    if stale is not None:
        stale.extend(report.stale)
    return doc, report.entries


def _validate(doc: dict[str, Any]) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        validate(doc)
    except OpenAPIValidationError as exc:
        raise RegenError(f"the normalized document is not valid OpenAPI: {exc.message}") from exc


def count_operations(doc: dict[str, Any]) -> int:
    return sum(1 for _ in walk.operations(doc))


def generate(doc: dict[str, Any], out: Path) -> None:
    """Run the generator on the normalized document's generation view (ruff from
    this interpreter's environment formats the output), then write the data the
    fake reads (which needs the error answers the view leaves out)."""
    view = normalize.generation_view(doc)
    view_path = WORK / "generator-view.json"
    view_path.write_text(json.dumps(view, indent=2) + "\n")
    bin_dir = Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ.get('PATH', '')}"}
    command = [
        str(bin_dir / "openapi-python-client"),
        "generate",
        "--path", str(view_path),
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
    call_signatures.write(out, view)
    request_schemas.write(out, doc)


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


# --- taking a new document -------------------------------------------------------------


def update(args: argparse.Namespace) -> int:
    lock = read_lock()
    if args.spec is not None:
        new_path = args.spec
        if not new_path.is_file():
            raise RegenError(f"--spec {new_path}: no such file")
    else:
        new_path = download(args.url or lock["source_url"])
    old_path = pinned_spec(lock, args.old_spec)
    print(
        f"pinned: sha256 {lock['sha256']}\nnew:    sha256 {sha256(new_path)} ({args.url or new_path})", file=sys.stderr
    )
    new_raw = load_json(new_path)
    report = drift_report(load_json(old_path), new_raw)
    labels = {"old_label": f"sha256 {lock['sha256']}", "new_label": f"{new_path.name}, sha256 {sha256(new_path)}"}
    write_report(report, args, labels)
    if args.report_only:
        return drift.VERDICT_EXIT[report.verdict]
    if report.stale:  # nothing regenerated or re-pinned from rules that do not fit
        print(f"verdict: breaking; rules to update first are in {REPORT}", file=sys.stderr)
        return drift.VERDICT_EXIT["breaking"]

    doc = normalize_and_validate(new_raw)
    generate(doc, GENERATED)
    shutil.copyfile(new_path, WORKING_COPY)
    lock.update(
        sha256=sha256(new_path),
        snapshot_date=datetime.date.today().isoformat(),
        openapi=new_raw.get("openapi", ""),
        operations=count_operations(doc),
    )
    LOCK.write_text(json.dumps(lock, indent=2) + "\n")
    if not args.no_tests:
        report.tests = run_tests(new_path)
        write_report(report, args, labels)
    print(f"verdict: {report.verdict}; report in {REPORT}", file=sys.stderr)
    if report.verdict == "breaking":
        return 3
    return 1 if report.tests.get("failed") else 0


def drift_report(old_raw: dict[str, Any], new_raw: dict[str, Any]) -> drift.Report:
    """Compare the two documents after normalization; name the facade methods affected."""
    from deployhq_async._client import facade_operations

    old_stale: list[str] = []
    new_stale: list[str] = []
    old_doc, old_entries = _normalize(old_raw, stale=old_stale)
    new_doc, new_entries = _normalize(new_raw, stale=new_stale)
    report = drift.compare(old_doc, new_doc)
    report.stale = [misfit for misfit in new_stale if misfit not in old_stale]
    report.document = drift.compare_document(old_raw, new_raw, old_doc, new_doc)
    report.defects = drift.new_defects(old_entries, new_entries)
    users = facade_operations()
    for operation, module in drift.changed_modules(report):
        methods = sorted(name for name, modules in users.items() if module in modules)
        if methods:
            report.impact[operation] = methods
    return report


def write_report(report: drift.Report, args: argparse.Namespace, labels: dict[str, str]) -> None:
    REPORT.write_text(drift.render_markdown(report, **labels))
    data = json.dumps(report.to_json(), indent=2, default=list)
    (WORK / "drift-report.json").write_text(data + "\n")
    if args.json:
        print(data)


def run_tests(spec: Path) -> dict[str, Any]:
    """Run the test suite against the new document; which tests failed."""
    junit = WORK / "update-tests.xml"
    env = {**os.environ, "DEPLOYHQ_OPENAPI_SPEC": str(spec.resolve())}
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", f"--junitxml={junit}"]
    subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False)
    if not junit.is_file():
        return {"passed": 0, "failed": ["the test suite did not run"]}
    failed, total = [], 0
    for case in ElementTree.parse(junit).getroot().iter("testcase"):
        total += 1
        if case.find("failure") is not None or case.find("error") is not None:
            failed.append(f"{case.get('classname')}::{case.get('name')}")
    return {"passed": total - len(failed), "failed": failed}


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
