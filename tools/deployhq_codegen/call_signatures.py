"""Write `deployhq_api/call_signatures.py`: the typed signature of `DeployHQ.call`
for every operation, so `await dhq.call("listProjects")` is `list[ProjectSummary]`
to a type checker. Read from the generated operation modules (their
`build_request` parameters and `parse_response` result) and the document's
operationIds; regeneration (scripts/regen.sh) writes it after the generator."""

from __future__ import annotations

import ast
import json
from pathlib import Path
from typing import Any

from .walk import snake_case

HEADER = '''"""Typed signatures of `DeployHQ.call`, one per operation (written by scripts/regen.sh).

Only type checkers read this module.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import ModuleType
from typing import TYPE_CHECKING, Any, Literal, Protocol, overload

from .types import UNSET, File, Unset

if TYPE_CHECKING:
'''


def operation_ids(view: dict[str, Any]) -> dict[str, str]:
    """Module name -> operationId, from the document the generator read."""
    ids: dict[str, str] = {}
    for item in view.get("paths", {}).values():
        for operation in item.values():
            if isinstance(operation, dict) and "operationId" in operation:
                ids[snake_case(operation["operationId"])] = operation["operationId"]
    return ids


def write(package: Path, view: dict[str, Any]) -> None:
    ids = operation_ids(view)
    imports: set[str] = set()
    overloads: list[str] = []
    for module_path in sorted((package / "api").glob("*/*.py")):
        if module_path.name == "__init__.py":
            continue
        tree = ast.parse(module_path.read_text())
        functions = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}
        for node in tree.body:
            if isinstance(node, ast.ImportFrom) and node.level == 3 and (node.module or "").startswith("models."):
                for alias in node.names:
                    imports.add(f"    from .{node.module} import {alias.name}")
        name = module_path.stem
        overloads.append(_overload(ids.get(name, name), name, functions["build_request"], functions["parse_response"]))
    text = HEADER + "\n".join(sorted(imports)) + "\n\n\nclass Call(Protocol):\n"
    text += "".join(overloads)
    # A generated module itself may be passed; a name must be one of the above
    # (a typo is a type error; `call_untyped` takes any name).
    text += (
        "    @overload\n"
        "    async def __call__(\n"
        "        self, operation: ModuleType, /, *args: Any, max_retries: int | None = None, **arguments: Any\n"
        "    ) -> Any: ...\n"
    )
    (package / "call_signatures.py").write_text(text)


def _overload(operation_id: str, module: str, build: ast.FunctionDef, parse: ast.FunctionDef) -> str:
    params = ["self", f"operation: Literal[{json.dumps(operation_id)}, {json.dumps(module)}]", "/"]
    args = build.args
    for arg in args.args:
        params.append(f"{arg.arg}: {ast.unparse(arg.annotation)}")  # type: ignore[arg-type]
    params.append("*")
    for arg, default in zip(args.kwonlyargs, args.kw_defaults, strict=True):
        annotation = ast.unparse(arg.annotation)  # type: ignore[arg-type]
        if arg.arg == "body":
            annotation = (
                annotation.replace(" | Unset", "")
                + " | Mapping[str, Any]"
                + (" | Unset" if "Unset" in annotation else "")
            )
        params.append(f"{arg.arg}: {annotation}" + (f" = {ast.unparse(default)}" if default is not None else ""))
    params.append("max_retries: int | None = None")
    returns = ast.unparse(parse.returns)  # type: ignore[arg-type]
    joined = "".join(f"        {p},\n" for p in params)
    return f"    @overload\n    async def __call__(\n{joined}    ) -> {returns}: ...\n"
