"""MkDocs hook: writes `reference/operations.md`, one row per operation of
DeployHQ's document (through the generated package): its operationId, method
and path, the facade methods that run it (their `@runs` declarations), and its
`call()` form."""

from __future__ import annotations

import importlib
import re
from pathlib import Path
from typing import Any

PAGE = "reference/operations.md"


def operations() -> list[dict[str, Any]]:
    """Every operation, sorted by path then method."""
    from deployhq_async._client import DeployHQ, _LazyResource, facade_operations
    from deployhq_async._operations import operation_index

    signatures = importlib.import_module("deployhq_async.generated.call_signatures")
    source = Path(str(signatures.__file__)).read_text(encoding="utf-8")
    ids = dict(re.findall(r'Literal\["([A-Za-z0-9_]+)", "([a-z0-9_]+)"\]', source))
    by_module = {module: operation_id for operation_id, module in ids.items()}
    methods: dict[str, list[str]] = {}
    for method, modules in facade_operations().items():
        for module in modules:
            methods.setdefault(module, []).append(method)
    # Each resource attribute's class, where its methods are documented.
    classes = {
        name: f"{d.resource_class().__module__}.{d.resource_class().__name__}"
        for name, d in vars(DeployHQ).items()
        if isinstance(d, _LazyResource)
    }
    rows = []
    for module, path in operation_index().items():
        generated = importlib.import_module(path)
        rows.append(
            {
                "operation_id": by_module.get(module, module),
                "method": generated.METHOD,
                "path": generated.PATH,
                "facade": [(m, reference(classes, m)) for m in sorted(methods.get(module, []))],
                "module": module,
            }
        )
    return sorted(rows, key=lambda r: (r["path"], r["method"]))


def reference(classes: dict[str, str], method: str) -> str:
    """Where `resource.method` is documented: its class's dotted path, then its name."""
    resource, name = method.split(".")
    return f"{classes[resource]}.{name}"


def page() -> str:
    rows = operations()
    covered = sum(1 for r in rows if r["facade"])
    lines = [
        "# Operations",
        "",
        f"All {len(rows)} operations of DeployHQ's document. {covered} are run by a method of the",
        "client's resources; every one runs through `await dhq.call(operationId, ...)`, with",
        "the path values as positional arguments and `body=` for a request body.",
        "",
        "| operationId | method | path | facade method | `call()` |",
        "| --- | --- | --- | --- | --- |",
    ]
    for row in rows:
        # Each facade method links to its entry in the API reference (mkdocstrings' cross-references).
        facade = ", ".join(f"[`dhq.{m}`][{target}]" for m, target in row["facade"]) or "(none)"
        path = row["path"].replace("|", "\\|")
        call = f'dhq.call("{row["operation_id"]}", ...)'
        lines.append(f"| `{row['operation_id']}` | {row['method']} | `{path}` | {facade} | `{call}` |")
    return "\n".join(lines) + "\n"


def on_files(files: Any, config: Any) -> Any:
    from mkdocs.structure.files import File

    files.append(File.generated(config, PAGE, content=page()))
    return files
