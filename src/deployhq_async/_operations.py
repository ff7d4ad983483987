"""The generated operations as the facade sees them: finding a module by name
(importing only what is asked for), the typed shape every operation module has,
decoding its answers and making its request bodies, and the declaration of
which operations each public method runs."""

from __future__ import annotations

import importlib
import re
from collections.abc import Callable, Mapping
from functools import cache
from types import ModuleType
from typing import Any, Protocol, TypeVar

import httpx2

from ._logging import logger
from ._retry import IDEMPOTENT_METHODS
from .errors import ResponseDecodeError, UnknownOperationError

API_PACKAGE = "deployhq_async.generated.api"

R = TypeVar("R")
T_co = TypeVar("T_co", covariant=True)
F = TypeVar("F", bound=Callable[..., Any])


class Operation(Protocol[T_co]):
    """A generated operation module (`deployhq_async.generated.api.<tag>.<name>`), typed by
    what its `parse_response` returns."""

    @property
    def OPERATION(self) -> str: ...
    @property
    def METHOD(self) -> str: ...
    @property
    def PATH(self) -> str: ...
    @property
    def SUCCESS_STATUSES(self) -> tuple[int, ...]: ...
    def parse_response(self, response: httpx2.Response) -> T_co: ...


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


def resolve_operation(operation: str | ModuleType) -> ModuleType:
    if isinstance(operation, ModuleType):
        if not all(hasattr(operation, a) for a in ("build_request", "parse_response", "METHOD")):
            raise UnknownOperationError(f"{operation.__name__} is not a generated operation module")
        return operation
    if not isinstance(operation, str):
        raise TypeError(f"operation must be a name or a generated module, not {type(operation).__name__}")
    name = snake_case(operation.rsplit(".", 1)[-1])
    index = operation_index()
    path = index.get(name)
    if path is None:
        import difflib

        close = [camel_case(m) for m in difflib.get_close_matches(name, index, n=3, cutoff=0.75)]
        hint = f"did you mean {' or '.join(repr(c) for c in close)}?" if close else "no operationId is close to it"
        raise UnknownOperationError(
            f"no operation named {operation!r} in DeployHQ's document: {hint} "
            "(pass an operationId of the document, or a module name under deployhq_async.generated.api)"
        )
    return importlib.import_module(path)


def camel_case(name: str) -> str:
    """`list_projects` -> `listProjects`: a module name as its operationId."""
    first, *rest = name.split("_")
    return first + "".join(part[:1].upper() + part[1:] for part in rest)


def parse(module: Operation[R], response: httpx2.Response, *, strict: bool = False) -> R:
    """The operation's typed result from a 2xx response; a body that cannot be
    decoded is a `ResponseDecodeError`, never a bare JSON or key error. An
    optional field whose value fits none of its types reads as None (its value
    kept in the model's `additional_properties`) unless `strict`."""
    expected = module.SUCCESS_STATUSES
    if response.status_code not in expected:
        if not response.content and (204 in expected or module.METHOD == "DELETE"):
            return None  # type: ignore[return-value]  # the operation's result is None
        # DeployHQ sometimes answers 200 where the document says 201 (or back). The
        # content is decoded already: the copy must not decode it again.
        headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() != "content-encoding"]
        response = httpx2.Response(expected[0], content=response.content, headers=headers, request=response.request)
    if not response.content and response.status_code != 204:
        if module.METHOD == "DELETE":
            return None  # type: ignore[return-value]  # deletes may answer with no body: typed "X | None"
        raise ResponseDecodeError(
            "empty body where a JSON document was expected",
            response=response,
            may_have_been_processed=module.METHOD not in IDEMPOTENT_METHODS,
        )
    try:
        return decode(module.OPERATION, strict, lambda: module.parse_response(response))
    except (ValueError, KeyError, TypeError, AttributeError, IndexError, RecursionError) as exc:
        reason = _decode_failure(exc)
        kind = response.headers.get("content-type", "no content type").split(";")[0]
        raise ResponseDecodeError(
            f"could not decode the {module.OPERATION} result ({kind}, {len(response.content)} bytes): {reason}",
            response=response,
            may_have_been_processed=module.METHOD not in IDEMPOTENT_METHODS,
        ) from exc


_decoding: Any = None  # deployhq_async.generated.types.decoding, once a response is decoded
_warned: set[tuple[str, str, str, str]] = set()


def decode(operation: str, strict: bool, run: Callable[[], R]) -> R:
    """`run()`, decoding response models leniently (or `strict`ly); each field
    that fit none of its types (or was missing) is logged once per process and kind."""
    global _decoding
    if _decoding is None:
        from deployhq_async.generated.types import decoding

        _decoding = decoding
    with _decoding(strict) as current:
        result = run()
    for model, field, kind in current.mismatches:
        if (operation, model, field, kind) not in _warned:
            _warned.add((operation, model, field, kind))
            if kind == "missing":  # deployhq_async.generated.types.MISSING: a required field was absent
                logger.warning(
                    "%s: %s.%s is missing: it reads as None (DeployHQ(strict=True) makes this an error)",
                    operation,
                    model,
                    field,
                )
                continue
            logger.warning(
                "%s: %s.%s is a JSON %s, which fits none of its types: it reads as None and its value is kept in "
                "additional_properties[%r] (DeployHQ(strict=True) makes this an error)",
                operation,
                model,
                field,
                kind,
                field,
            )
    return result


def _decode_failure(exc: Exception) -> str:
    # The standard library runs out of stack; orjson stops at 1,024 levels.
    if isinstance(exc, RecursionError) or "depth limit" in str(exc):
        return "the JSON is nested too deeply to decode"
    if isinstance(exc, ValueError) and "JSON" in type(exc).__name__:
        return "body is not JSON"
    if isinstance(exc, KeyError):
        return f"required field {exc.args[0]!r} is missing"
    return str(exc)


def request_model(module: ModuleType, body: Mapping[str, Any]) -> Any:
    """A plain-dict body as the operation's generated request model."""
    import typing

    hints = typing.get_type_hints(module.build_request)
    model = next(
        (t for t in typing.get_args(hints.get("body")) or (hints.get("body"),) if hasattr(t, "from_dict")), None
    )
    if model is None:
        raise TypeError(f"{module.OPERATION} takes no JSON body")
    try:
        return model.from_dict(body)
    except KeyError as exc:
        raise TypeError(f"{module.OPERATION}: the body lacks the required field {exc.args[0]!r}") from None
    except (TypeError, ValueError, AttributeError) as exc:
        raise TypeError(f"{module.OPERATION}: the body does not fit {model.__name__}: {exc}") from None
