"""The generated operations as the facade sees them: finding a module by name
(importing only what is asked for), the typed shape every operation module has,
and the declaration of which operations each public method runs."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable
from functools import cache
from types import ModuleType
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from .errors import UnknownOperationError

if TYPE_CHECKING:
    import httpx

API_PACKAGE = "deployhq_api.api"

T_co = TypeVar("T_co", covariant=True)
F = TypeVar("F", bound=Callable[..., Any])


class Operation(Protocol[T_co]):
    """A generated operation module (`deployhq_api.api.<tag>.<name>`), typed by
    what its `parse_response` returns."""

    @property
    def OPERATION(self) -> str: ...
    @property
    def METHOD(self) -> str: ...
    @property
    def PATH(self) -> str: ...
    @property
    def SUCCESS_STATUSES(self) -> tuple[int, ...]: ...
    def parse_response(self, response: httpx.Response) -> T_co: ...


def runs(*operation_ids: str) -> Callable[[F], F]:
    """Declare the operations of DeployHQ's document (by operationId) that a
    public resource method runs. The drift report reads these declarations to
    name the methods a change of the document affects."""

    def declare(method: F) -> F:
        method.__deployhq_operations__ = operation_ids  # type: ignore[attr-defined]
        return method

    return declare


def declared_operations(method: object) -> tuple[str, ...]:
    """The operationIds `method` was declared with (empty when none)."""
    return tuple(getattr(method, "__deployhq_operations__", ()))


def snake_case(name: str) -> str:
    """`getProjectDeploymentById` -> `get_project_deployment_by_id` (as the generator names modules)."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    return re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name).replace("-", "_").lower()


@cache
def operation_index() -> dict[str, str]:
    """Operation name -> module path, from the per-tag OPERATIONS tuples (tiny modules)."""
    import pkgutil  # only `call()` by name needs it: kept off the import path

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
    """The generated operation modules each public facade method (`resource.method`)
    declares it runs (by operationId, or through its collection's table)."""
    from ._client import DeployHQ, _LazyResource

    result: dict[str, set[str]] = {}
    for attribute, descriptor in vars(DeployHQ).items():
        if not isinstance(descriptor, _LazyResource):
            continue
        cls = descriptor.resource_class()
        for name in dir(cls):
            member = getattr(cls, name)
            if not name.startswith("_") and callable(member):
                result[f"{attribute}.{name}"] = set(cls._operations_of(name))
    return result
