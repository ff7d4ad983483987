"""Finding a generated operation module by name, importing only what is asked for."""

from __future__ import annotations

import importlib
import pkgutil
import re
import sys
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING

from .errors import UnknownOperationError

if TYPE_CHECKING:
    import ast

API_PACKAGE = "deployhq_api.api"


def snake_case(name: str) -> str:
    """`getProjectDeploymentById` -> `get_project_deployment_by_id` (as the generator names modules)."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).replace("-", "_").lower()


@cache
def operation_index() -> dict[str, str]:
    """Operation name -> module path, from the per-tag OPERATIONS tuples (tiny modules)."""
    api = importlib.import_module(API_PACKAGE)
    index: dict[str, str] = {}
    for tag in pkgutil.iter_modules(api.__path__):
        package = importlib.import_module(f"{API_PACKAGE}.{tag.name}")
        for name in package.OPERATIONS:
            index[name] = f"{API_PACKAGE}.{tag.name}.{name}"
    return index


def operation_module(tag: str, name: str) -> ModuleType:
    """The generated module for `name` under `tag` (imported on first use)."""
    return importlib.import_module(f"{API_PACKAGE}.{tag}.{name}")


def resolve_operation(operation: str | ModuleType) -> ModuleType:
    if isinstance(operation, ModuleType):
        if not all(hasattr(operation, a) for a in ("build_request", "parse_response", "METHOD")):
            raise UnknownOperationError(f"{operation.__name__} is not a generated operation module")
        return operation
    if not isinstance(operation, str):
        raise TypeError(f"operation must be a name or a generated module, not {type(operation).__name__}")
    name = snake_case(operation.rsplit(".", 1)[-1])
    path = operation_index().get(name)
    if path is None:
        raise UnknownOperationError(
            f"no operation named {operation!r}; use an operationId from DeployHQ's document "
            "(e.g. 'getProjectDeploymentById') or a module name under deployhq_api.api"
        )
    return importlib.import_module(path)


def facade_operations() -> dict[str, set[str]]:
    """Which generated operations (`tag.module`) each public facade method
    (`resource.method`) calls, read from the resource classes' code, so the map
    cannot drift from what the methods really do."""
    from ._client import DeployHQ, _LazyResource

    result: dict[str, set[str]] = {}
    for attribute, descriptor in vars(DeployHQ).items():
        if not isinstance(descriptor, _LazyResource):
            continue
        cls = descriptor.resource_class()
        for name in dir(cls):
            if not name.startswith("_") and callable(getattr(cls, name)):
                result[f"{attribute}.{name}"] = _operations_of(cls, name, set())
    return result


_REQUEST_HELPERS = {"_run", "_exchange", "_unpaged"}
_COLLECTION_HELPERS = {"_verb", "_listing"}


def _operations_of(cls: type, method: str, visiting: set[tuple[type, str]], after: type | None = None) -> set[str]:
    """Operations `cls.method` reaches (looking the method up past `after` in the MRO, for super())."""
    import ast
    import inspect
    import textwrap

    mro = cls.__mro__[cls.__mro__.index(after) + 1 :] if after is not None else cls.__mro__
    owner = next((k for k in mro if method in vars(k)), None)
    if owner is None or (owner, method) in visiting:
        return set()
    visiting.add((owner, method))
    function = vars(owner)[method]
    tree = ast.parse(textwrap.dedent(inspect.getsource(function)))
    names = vars(sys.modules[owner.__module__])
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            target, attr = node.func.value, node.func.attr
            if attr in _REQUEST_HELPERS and len(node.args) >= 2:
                found.add(f"{_literal(cls, node.args[0], names)}.{_literal(cls, node.args[1], names)}")
            elif attr in _COLLECTION_HELPERS:
                # The CRUD collections name operations by verb: self._verb("get", ...), self._listing(...).
                verb = node.args[0] if attr == "_verb" else ast.Constant("list")
                collection = cls.collection  # type: ignore[attr-defined]
                found.add(f"{collection.tag}.{_literal(cls, _operation_call(verb), names)}")
            elif isinstance(target, ast.Name) and target.id == "self":
                found |= _operations_of(cls, attr, visiting)
            elif isinstance(target, ast.Call) and getattr(target.func, "id", None) == "super":
                found |= _operations_of(cls, attr, visiting, after=owner)
            elif isinstance(target, ast.Attribute) and target.attr == "_deployments":
                from .resources.deployments import Deployments

                found |= _operations_of(Deployments, attr, visiting)
        elif isinstance(node, ast.ImportFrom) and node.module and node.module.endswith("_bulk"):
            # deploy_many hands over to BulkRun, which calls back into Deployments.
            package = owner.__module__.rsplit(".", 1)[0]
            bulk = importlib.import_module("." * node.level + node.module, package)
            for helper in ("_create", "_reconcile", "_one"):
                found |= _operations_of(bulk.BulkRun, helper, visiting)
    return found


def _operation_call(verb: ast.expr) -> ast.Call:
    """The expression `c.operation(verb)`, which _literal resolves against the collection table."""
    import ast

    return ast.Call(ast.Attribute(ast.Name("c"), "operation"), [verb], [])


def _literal(cls: type, node: ast.expr, names: dict[str, object]) -> str:
    """A tag or operation name as written: a string, a module constant, or the
    collection table's `c.tag` / `c.operation("verb")`."""
    import ast

    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.Name) and isinstance(names.get(node.id), str):
        return str(names[node.id])
    collection = getattr(cls, "collection", None)
    if isinstance(node, ast.Attribute) and node.attr == "tag" and collection is not None:
        return str(collection.tag)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "operation"
        and collection is not None
        and isinstance(node.args[0], ast.Constant)
    ):
        return str(collection.operation(node.args[0].value))
    raise LookupError(f"{cls.__name__}: cannot read an operation name from {ast.unparse(node)}")
