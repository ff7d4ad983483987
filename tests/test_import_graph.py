"""The package's import graph has no circle: each module can be read (and
changed) knowing only the modules below it. Imports a type checker alone reads
(`if TYPE_CHECKING:`) do not count; imports inside functions do."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent / "src" / "deployhq_async"


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports(path: Path, modules: set[str]) -> set[str]:
    """The package's modules `path` imports when it runs."""
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):  # what only a type checker reads goes
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            node.body = []
    name = module_name(path)
    package = name.split(".") if path.name == "__init__.py" else name.split(".")[:-1]
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom):
            base = ".".join([*package[: len(package) - node.level + 1], node.module or ""]).rstrip(".")
            target = base if node.level else node.module or ""
            for alias in node.names:
                found |= {f"{target}.{alias.name}"} & modules or {target} & modules
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names} & modules
    return found - {name}


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected groups of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for other in sorted(graph[node]):
            if other not in index:
                visit(other)
                low[node] = min(low[node], low[other])
            elif other in stack:
                low[node] = min(low[node], index[other])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_no_module_of_the_package_imports_one_that_imports_it_back() -> None:
    paths = sorted(ROOT.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    graph = {module_name(p): imports(p, modules) for p in paths}
    assert "deployhq_async._client" in graph["deployhq_async"]  # the walk sees imports at all
    assert circles(graph) == []


def test_a_circle_is_found_when_there_is_one() -> None:
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_bulk_runs_reach_neither_the_client_nor_its_resources() -> None:
    """Bulk runs and rollouts see DeployHQ through their port (bulk/_port.py) alone."""
    paths = sorted(ROOT.rglob("*.py"))
    modules = {module_name(p) for p in paths}
    graph = {module_name(p): imports(p, modules) for p in paths}
    reached: set[str] = set()
    todo = [m for m in graph if m.startswith("deployhq_async.bulk")]
    while todo:
        module = todo.pop()
        for other in graph[module] - reached:
            reached.add(other)
            todo.append(other)
    assert "deployhq_async.bulk._port" in reached
    assert sorted(m for m in reached if m == "deployhq_async._client" or ".resources" in m) == []
