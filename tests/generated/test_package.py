"""The generated package is complete, typed, readable and exactly what the pinned spec gives."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import deployhq_async.generated.api
import deployhq_async.generated.models
import pytest
from deployhq_codegen import regen


def operation_modules() -> list[ModuleType]:
    modules = []
    for tag in pkgutil.iter_modules(deployhq_async.generated.api.__path__):
        package = importlib.import_module(f"deployhq_async.generated.api.{tag.name}")
        for info in pkgutil.iter_modules(package.__path__):
            modules.append(importlib.import_module(f"{package.__name__}.{info.name}"))
    return modules


def test_every_operation_has_a_module() -> None:
    modules = operation_modules()
    assert len(modules) == 191
    assert len({(m.METHOD, m.PATH) for m in modules}) == 191
    for module in modules:
        assert module.__name__.rsplit(".", 1)[1] == module.OPERATION
        assert module.METHOD in {"GET", "POST", "PUT", "PATCH", "DELETE"}


def test_each_tag_lists_its_operations() -> None:
    for tag in pkgutil.iter_modules(deployhq_async.generated.api.__path__):
        package = importlib.import_module(f"deployhq_async.generated.api.{tag.name}")
        on_disk = {info.name for info in pkgutil.iter_modules(package.__path__)}
        assert set(package.OPERATIONS) == on_disk


def test_every_success_result_is_typed() -> None:
    untyped = []
    kinds: dict[str, int] = {}
    for module in operation_modules():
        annotation = inspect.signature(module.parse_response).return_annotation
        if annotation is Any or "Any" in str(annotation):
            untyped.append(module.OPERATION)
        kind = {None: "None", bytes: "bytes", str: "str"}.get(annotation, "model")
        kinds[kind] = kinds.get(kind, 0) + 1
    assert untyped == []
    # Two badges as bytes, the private key as text, the two real 204s as None.
    assert (kinds["bytes"], kinds["str"], kinds["None"]) == (2, 1, 2)


def test_undocumented_status_raises() -> None:
    import httpx2
    from deployhq_async.generated.api.deployments import get_project_deployment_by_id
    from deployhq_async.generated.errors import UnexpectedStatus

    with pytest.raises(UnexpectedStatus) as info:
        get_project_deployment_by_id.parse_response(httpx2.Response(302))
    assert info.value.status_code == 302


def test_model_class_names_are_readable() -> None:
    names = [name for name in deployhq_async.generated.models.__all__ if inspect.isclass(getattr(deployhq_async.generated.models, name))]
    assert len(names) > 150
    bad = [n for n in names if not re.fullmatch(r"[A-Z][A-Za-z]*", n) or n.endswith("Object")]
    assert bad == []
    for name in ("Deployment", "DeploymentSummary", "DeploymentPage", "Project", "ProjectSummary", "Server"):
        assert name in names


def test_no_upstream_prose_in_generated_code() -> None:
    root = Path(deployhq_async.generated.__file__).parent
    text = "\n".join(p.read_text() for p in root.rglob("*.py"))
    # Sentences from the published document's descriptions.
    assert "Archived deployments cannot be rolled back" not in text
    assert "Creates a new deployment that reverts" not in text


@pytest.mark.generator
@pytest.mark.usefixtures("pinned_spec")  # skipped without the document, rather than downloading it
def test_generated_code_matches_the_pinned_spec(capsys: pytest.CaptureFixture[str]) -> None:
    assert regen.main(["--check"]) == 0
    assert "is up to date (191 operations)" in capsys.readouterr().out


def test_hash_mismatch_names_both_hashes_and_the_fix(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.json"
    other.write_text('{"openapi": "3.1.0"}')
    assert regen.main(["--check", "--spec", str(other)]) == 1
    err = capsys.readouterr().err
    assert "4cf62de1e24612c57225e23c88ea39503f5d9369cc2079948347e021b45bf32f" in err
    assert "sha256 " in err and "--update" in err


def test_compare_trees_lists_added_removed_and_changed_files(tmp_path: Path) -> None:
    new, old = tmp_path / "new", tmp_path / "old"
    for root in (new, old):
        (root / "models").mkdir(parents=True)
        (root / "same.py").write_text("x = 1\n")
    (new / "models" / "changed.py").write_text("a\n")
    (old / "models" / "changed.py").write_text("b\n")
    (new / "added.py").write_text("")
    (old / "removed.py").write_text("")
    assert regen.compare_trees(new, old) == ["added.py", "models/changed.py", "removed.py"]


def test_every_model_module_imports_first() -> None:
    """Models import each other after their own class exists; any one of them can
    be the first imported (a cycle would fail here)."""
    import subprocess
    import sys

    code = (
        "import importlib, sys\n"
        "import deployhq_async.generated.models as m\n"
        "names = sorted(set(m._MODULES.values()))\n"
        "for name in names:\n"
        "    for key in [k for k in sys.modules if k.startswith('deployhq_async.generated.models.')]:\n"
        "        del sys.modules[key]\n"
        "    importlib.import_module('deployhq_async.generated.models' + name)\n"
        "print(len(names))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert int(out) == len(deployhq_async.generated.models.__all__)


def test_the_generated_package_is_installed_under_the_facade_only() -> None:
    # One distribution, one import name: the wheel packs src/deployhq_async, whose
    # `generated` links to the generator's output (kept apart in generated/).
    import importlib.util
    import tomllib

    root = Path(__file__).parents[2]
    config = tomllib.loads((root / "pyproject.toml").read_text())
    assert config["tool"]["hatch"]["build"]["targets"]["wheel"]["packages"] == ["src/deployhq_async"]
    link = root / "src" / "deployhq_async" / "generated"
    assert link.is_symlink()
    assert link.resolve() == (root / "generated" / "deployhq_api").resolve()
    assert Path(deployhq_async.generated.__file__).parent == link
    assert importlib.util.find_spec("deployhq_api") is None  # no generic top-level name
