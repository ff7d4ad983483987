"""The documentation site: its operations reference lists every operation of
DeployHQ's document with the facade method that runs it, and its API reference
names every public method of every resource."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from deployhq_async import DeployHQ
from deployhq_async._client import _LazyResource, facade_operations
from deployhq_async._operations import operation_index

ROOT = Path(__file__).resolve().parents[1]


def _hook() -> object:
    spec = importlib.util.spec_from_file_location("operations_hook", ROOT / "tools" / "mkdocs_operations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_operations_page_lists_every_operation_with_its_method() -> None:
    page: str = _hook().page()  # type: ignore[attr-defined]
    rows = [line for line in page.splitlines() if line.startswith("| `")]
    assert len(rows) == len(operation_index()) == 191
    ids = [re.match(r"\| `([A-Za-z0-9_]+)`", row).group(1) for row in rows]  # type: ignore[union-attr]
    assert len(set(ids)) == 191 and "createProjectDeployment" in ids and "listProjects" in ids
    create = next(row for row in rows if row.startswith("| `createProjectDeployment`"))
    assert "| POST | `/projects/{project_id}/deployments` |" in create
    assert "`dhq.deployments.create`" in create and "`dhq.deployments.deploy_many`" in create
    # Each facade method links to its entry in the API reference.
    assert "[`dhq.deployments.create`][deployhq_async.resources.deployments.Deployments.create]" in create
    assert 'dhq.call("createProjectDeployment", ...)' in create
    declared = {module for modules in facade_operations().values() for module in modules}
    assert sum("(none)" not in row for row in rows) == len(declared)


def test_the_api_reference_covers_every_resource_and_its_public_methods() -> None:
    reference = (ROOT / "docs" / "reference" / "resources.md").read_text()
    client = DeployHQ("acme", "a@b.c", "k")
    for name, value in vars(DeployHQ).items():
        if not isinstance(value, _LazyResource):
            continue
        cls = type(getattr(client, name))
        assert f"## `dhq.{name}`\n\n::: {cls.__module__}.{cls.__name__}\n" in reference, name
    assert reference.count("inherited_members: true") == reference.count(":::")
    methods = facade_operations()
    assert "deployments.deploy_many" in methods and "servers.list" in methods


@pytest.mark.docs
def test_the_site_builds_strictly_and_documents_every_public_method(tmp_path: Path) -> None:
    site = tmp_path / "site"
    command = [sys.executable, "-m", "mkdocs", "build", "--strict", "--quiet", "-d", str(site)]
    result = subprocess.run(
        command, cwd=ROOT, capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    )
    assert result.returncode == 0, result.stderr
    html = (site / "reference" / "resources" / "index.html").read_text()
    client = DeployHQ("acme", "a@b.c", "k")
    missing = []
    for method in facade_operations():
        resource, name = method.split(".")
        cls = type(getattr(client, resource))
        if f'id="{cls.__module__}.{cls.__name__}.{name}"' not in html:
            missing.append(method)
    assert missing == []
    operations = (site / "reference" / "operations" / "index.html").read_text()
    assert operations.count("<tr>") == 192  # the header and one row per operation
    links = re.findall(r'href="\.\./resources/#([\w.]+)"><code>dhq\.([\w.]+)</code></a>', operations)
    assert len(links) == sum(len(v) for v in facade_operations().values() if v) > 100
    assert all(target.endswith(method.split(".")[1]) for target, method in links)
    assert "white-space: nowrap" in (site / "stylesheets" / "extra.css").read_text()  # identifiers unbroken
    built = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert not [p for p in built if p.endswith(".py")]  # the build's own hook is not published
    assert 'href="changelog/"' in (site / "index.html").read_text()


def test_every_page_has_one_title() -> None:
    for page in sorted((ROOT / "docs").rglob("*.md")):
        text = re.sub(r"```.*?```", "", page.read_text(), flags=re.S)  # not the comments of code blocks
        titles = re.findall(r"^# ", text, re.M)
        assert len(titles) == (0 if page.name == "changelog.md" else 1), page  # the changelog brings its own


def test_every_benchmark_table_comes_from_the_one_results_file() -> None:
    """The README and the guides quote benchmarks/results.json, section by
    section (benchmarks/tables.py), so no two of them can give different figures."""
    root = Path(__file__).resolve().parent.parent
    spec = importlib.util.spec_from_file_location("benchmark_tables", root / "benchmarks" / "tables.py")
    assert spec is not None and spec.loader is not None
    tables = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tables)
    results = json.loads((root / "benchmarks" / "results.json").read_text())
    regions = 0
    for name in tables.FILES:
        text = (root / name).read_text()
        regions += len(tables.REGION.findall(text))
        assert tables.rewritten(text, results) == text, f"{name}: run python benchmarks/tables.py"
    assert regions == 5
