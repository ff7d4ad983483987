"""Finding a generated operation module by name, importing only what is asked for."""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache
from types import ModuleType

from .errors import DeployHQError

API_PACKAGE = "deployhq_api.api"


class UnknownOperationError(DeployHQError, LookupError):
    """No generated operation has that name."""


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
