"""What every resource shares: running a generated operation through the client's
request path, building request bodies from the generated models, and the
table-driven CRUD collections most resources are."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar

import httpx2

from deployhq_async.generated.types import UNSET, Unset, path_value

from .._operations import Operation, declared_operations, decode, runs, snake_case
from .._pagination import AsyncPaginator, Page
from ..errors import ResponseDecodeError

if TYPE_CHECKING:
    from attrs import AttrsInstance

    from .._client import DeployHQ
    from .._pipeline import Pipeline

T = TypeVar("T")
M = TypeVar("M")
F = TypeVar("F", bound=Callable[..., Any])
A = TypeVar("A", bound="AttrsInstance")  # a generated request model
Extra = Mapping[str, Any] | None

__all__ = ["Extra", "Resource", "fields", "given", "runs", "with_extra"]

# A create or update method's arguments that are not body fields: the resource
# itself, the path's values and the caller's undocumented fields.
_NOT_FIELDS = frozenset({"self", "project", "id", "extra"})


def identifier(name: str, value: object) -> str:
    """A permalink or identifier the facade checks before any request (as the
    generated operations check their path values)."""
    return path_value(value, name)


def given(value: T | None) -> T | Unset:
    """A method argument as a generated model field: None (left out) is unset."""
    return UNSET if value is None else value


def with_extra(model: M, extra: Extra) -> M:
    """`model` with the caller's `extra` fields, which DeployHQ accepts but the
    document does not name, in its additional properties."""
    if extra:
        model.additional_properties.update(extra)  # type: ignore[attr-defined]
    return model


def fields(model: type[A], arguments: Mapping[str, Any], /, **converted: Any) -> A:
    """A request model built from a create or update method's own arguments
    (`locals()`, before any other local is set): each field the argument of its
    name (None left unset), or its `converted` value; the caller's `extra` in
    its additional properties. The method's signature is the declaration;
    nothing restates the field list.

    Raises TypeError for an argument that is no field of `model` (a method that
    would drop it silently; every method's test call finds it)."""
    import attrs

    names = {field.name for field in attrs.fields(model) if field.init}
    values = {**arguments, **converted}
    stray = values.keys() - names - _NOT_FIELDS
    if stray:
        raise TypeError(f"{model.__name__} has no field {', '.join(sorted(stray))}")
    return with_extra(model(**{name: given(values[name]) for name in names & values.keys()}), arguments.get("extra"))


def expect_list(value: object, what: str, response: httpx2.Response) -> list[Any]:
    """`value` as a list; anything else is a response of the wrong shape."""
    if value is None or isinstance(value, Unset):
        return []
    if not isinstance(value, list):
        raise ResponseDecodeError(f"{what} is a {type(value).__name__}, not a list", response=response)
    return value


def other_shape(
    error: ResponseDecodeError, model: Callable[[Any], T], operation: str, strict: bool, *, page_object: bool
) -> list[T]:
    """The records of a listing answered in the other shape than the document's:
    a bare array where it has a page object (`page_object`), or a page object of
    one page where it has a bare array. Anything else re-raises `error`: a listing
    never ends early without saying so (a page object that failed to decode is
    not read as the listing's last page)."""
    from deployhq_async.generated.types import loads  # the one JSON reading, whichever parser is installed

    try:
        body = loads(error.response.content)
        if page_object:
            records = body if isinstance(body, list) else None
        else:
            records = body.get("records") if isinstance(body, dict) and _one_page(body) else None
        if not isinstance(records, list):
            raise error
        return decode(operation, strict, lambda: [model(record) for record in records])
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise error from None


def _one_page(body: dict[str, Any]) -> bool:
    """A page object that says it is the only page (or says nothing of pages)."""
    meta = body.get("pagination")
    total = meta.get("total_pages") if isinstance(meta, dict) else None
    return not isinstance(total, int) or total <= 1


def _item_model(operation: Operation[list[T]]) -> Callable[[Any], T]:
    import typing

    (item,) = typing.get_args(typing.get_type_hints(operation.parse_response)["return"])
    return item.from_dict  # type: ignore[no-any-return]


def runs_verb(verb: str) -> Callable[[F], F]:
    """Declare a CRUD method whose operation the collection's table names."""

    def declare(method: F) -> F:
        method.__deployhq_verb__ = verb  # type: ignore[attr-defined]
        return method

    return declare


class Resource:
    """Base of every resource: holds the client and runs operations through it."""

    def __init__(self, client: DeployHQ, pipeline: Pipeline) -> None:
        self._client = client
        self._pipeline = pipeline

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    @classmethod
    def _operations_of(cls, method: str) -> set[str]:
        """The generated operation modules public method `method` runs, as declared."""
        return {snake_case(operation_id) for operation_id in declared_operations(getattr(cls, method))}

    async def _run(self, operation: Operation[T], request: Mapping[str, Any]) -> T:
        """Send `request` (from the operation's `build_request`); its typed result."""
        result, _ = await self._pipeline.execute(operation, request)
        return result

    async def _exchange(self, operation: Operation[T], request: Mapping[str, Any]) -> tuple[T, httpx2.Response]:
        """The typed result and the response it came from."""
        return await self._pipeline.execute(operation, request)

    def _unpaged(self, operation: Operation[list[T]], request: Mapping[str, Any]) -> AsyncPaginator[T]:
        """A bare-array listing, presented as a single page."""

        async def fetch(number: int) -> Page[T]:
            try:
                items, response = await self._exchange(operation, request)
            except ResponseDecodeError as exc:
                # The same records as a page object ({"records": [...], "pagination": ...}).
                records = other_shape(
                    exc, _item_model(operation), operation.OPERATION, self._client.strict, page_object=False
                )
                return Page(items=records)
            return Page(items=expect_list(items, "the listing", response))

        return AsyncPaginator(fetch)


@dataclass(frozen=True)
class Crud:
    """A collection's generated operations, imported where the resource is
    declared (so go-to-definition and renames reach them). `get` is None where
    DeployHQ has no endpoint for one record (the resource finds it in the listing)."""

    list: Any  # the operation modules; each resource's annotations type what they return
    get: Any | None
    delete: Any


class _CollectionResource(Resource, Generic[T]):
    crud: ClassVar[Crud]

    @classmethod
    def _operations_of(cls, method: str) -> set[str]:
        verb = getattr(getattr(cls, method), "__deployhq_verb__", None)
        module = getattr(cls.crud, verb) if verb else None
        return {module.OPERATION} if module is not None else super()._operations_of(method)

    def _listing(self, **path: str) -> AsyncPaginator[T]:
        module = self.crud.list
        return self._unpaged(module, module.build_request(**path))

    async def _one(self, module: Any, **path: str) -> T:
        """Run the collection's `get` or `delete` operation."""
        result: T = await self._run(module, module.build_request(**path))
        return result


class ProjectCollection(_CollectionResource[T]):
    """Records that belong to a project: `list(project)`, `get(project, id)`, ..."""

    @runs_verb("list")
    def list(self, project: str) -> AsyncPaginator[T]:
        """All records of the project."""
        return self._listing(project_id=project)

    @runs_verb("get")
    async def get(self, project: str, id: str) -> T:
        """One record by identifier."""
        return await self._one(self.crud.get, project_id=project, id=id)

    @runs_verb("delete")
    async def delete(self, project: str, id: str) -> None:
        """Delete one record."""
        await self._one(self.crud.delete, project_id=project, id=id)


class AccountCollection(_CollectionResource[T]):
    """Records of the whole account: `list()`, `get(id)`, ..."""

    @runs_verb("list")
    def list(self) -> AsyncPaginator[T]:
        """All records of the account."""
        return self._listing()

    @runs_verb("get")
    async def get(self, id: str) -> T:
        """One record by identifier."""
        return await self._one(self.crud.get, id=id)

    @runs_verb("delete")
    async def delete(self, id: str) -> None:
        """Delete one record."""
        await self._one(self.crud.delete, id=id)
