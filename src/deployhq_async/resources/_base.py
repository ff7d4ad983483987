"""What every resource shares: running a generated operation through the client's
request path, and the table-driven CRUD collections most resources are."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, TypeVar, cast

import httpx
from deployhq_api.types import quote_segment

from .._client import parse
from .._operations import operation_module
from .._pagination import AsyncPaginator, Page
from ..errors import ResponseDecodeError

if TYPE_CHECKING:
    from .._client import DeployHQ

T = TypeVar("T")
Extra = Mapping[str, Any] | None


def identifier(name: str, value: object) -> str:
    """A path value, checked before any request is made."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"{name} must be a string (a permalink or identifier), not {type(value).__name__}")
    text = str(value)
    if not text.strip():
        raise ValueError(f"{name} must not be empty")
    return text


def fields(values: Mapping[str, Any], extra: Mapping[str, Any] | None = None) -> dict[str, Any]:
    """Request fields without the ones left at None (made JSON-ready), plus any `extra` fields."""
    body = {k: _jsonable(v) for k, v in values.items() if v is not None}
    if extra:
        body.update(extra)
    return body


# Parameters of create/update methods that are not body fields.
_NOT_FIELDS = frozenset({"self", "project", "id", "extra"})


def arguments(method_locals: Mapping[str, Any]) -> dict[str, Any]:
    """The body fields of a create/update method, from `locals()` taken as its first
    statement: each keyword argument not left at None, plus its `extra` fields."""
    values = {k: v for k, v in method_locals.items() if k not in _NOT_FIELDS}
    return fields(values, method_locals.get("extra"))


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return dict(value)
    if isinstance(value, (list, tuple)):
        return list(value)
    return value


def expect_list(value: object, what: str, response: httpx.Response) -> list[Any]:
    """`value` as a list; anything else is a response of the wrong shape."""
    if value is None:
        return []
    if not isinstance(value, list):
        raise ResponseDecodeError(f"{what} is a {type(value).__name__}, not a list", response=response)
    return value


class Resource:
    """Base of every resource: holds the client and runs operations through it."""

    def __init__(self, client: DeployHQ) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__} of {self._client!r}>"

    async def _run(
        self,
        tag: str,
        operation: str,
        path: Mapping[str, object] | None = None,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> Any:
        result, _ = await self._exchange(tag, operation, path, params=params, body=body)
        return result

    async def _exchange(
        self,
        tag: str,
        operation: str,
        path: Mapping[str, object] | None = None,
        *,
        params: Mapping[str, Any] | None = None,
        body: Any = None,
    ) -> tuple[Any, httpx.Response]:
        """The parsed result and the response it came from."""
        module = operation_module(tag, operation)
        url = module.PATH.format(**{k: quote_segment(identifier(k, v)) for k, v in (path or {}).items()})
        response = await self._client._send(module.METHOD, url, params=params, json=body)
        return parse(module, response), response

    def _unpaged(self, tag: str, operation: str, path: Mapping[str, object] | None = None) -> AsyncPaginator[Any]:
        """A bare-array listing, presented as a single page."""
        for key, value in (path or {}).items():
            identifier(key, value)

        async def fetch(number: int) -> Page[Any]:
            items, response = await self._exchange(tag, operation, path)
            return Page(items=expect_list(items, "the listing", response))

        return AsyncPaginator(fetch)


Scope = Literal["project", "global", "account"]


@dataclass(frozen=True)
class Collection:
    """How one CRUD collection is named in the generated package and on the wire."""

    tag: str
    singular: str
    plural: str
    scope: Scope
    body_key: str = ""

    def operation(self, verb: str) -> str:
        if self.scope == "account":
            return f"{verb}_{self.plural if verb == 'list' else self.singular}"
        noun = self.plural if verb == "list" else self.singular
        suffix = "_by_id" if verb == "get" and self.scope == "project" else ""
        return f"{verb}_{self.scope}_{noun}{suffix}"

    def wrap(self, values: dict[str, Any]) -> dict[str, Any]:
        return {self.body_key or self.singular: values}


class _CollectionResource(Resource, Generic[T]):
    collection: ClassVar[Collection]

    def _listing(self, path: Mapping[str, object]) -> AsyncPaginator[T]:
        c = self.collection
        return self._unpaged(c.tag, c.operation("list"), path)

    async def _verb(self, verb: str, path: Mapping[str, object], values: dict[str, Any] | None = None) -> Any:
        """Run the collection's operation for `verb` ("get", "create", ...)."""
        c = self.collection
        return await self._run(c.tag, c.operation(verb), path, body=None if values is None else c.wrap(values))


class ProjectCollection(_CollectionResource[T]):
    """Records that belong to a project: `list(project)`, `get(project, id)`, ..."""

    def list(self, project: str) -> AsyncPaginator[T]:
        """All records of the project."""
        return self._listing({"project_id": project})

    async def get(self, project: str, id: str) -> T:
        """One record by identifier."""
        return cast(T, await self._verb("get", {"project_id": project, "id": id}))

    async def delete(self, project: str, id: str) -> None:
        """Delete one record."""
        await self._verb("delete", {"project_id": project, "id": id})

    async def _create(self, project: str, values: dict[str, Any]) -> T:
        return cast(T, await self._verb("create", {"project_id": project}, values))

    async def _update(self, project: str, id: str, values: dict[str, Any]) -> T:
        return cast(T, await self._verb("update", {"project_id": project, "id": id}, values))


class AccountCollection(_CollectionResource[T]):
    """Records of the whole account: `list()`, `get(id)`, ..."""

    def list(self) -> AsyncPaginator[T]:
        """All records of the account."""
        return self._listing({})

    async def get(self, id: str) -> T:
        """One record by identifier."""
        return cast(T, await self._verb("get", {"id": id}))

    async def delete(self, id: str) -> None:
        """Delete one record."""
        await self._verb("delete", {"id": id})

    async def _create(self, values: dict[str, Any]) -> T:
        return cast(T, await self._verb("create", {}, values))

    async def _update(self, id: str, values: dict[str, Any]) -> T:
        return cast(T, await self._verb("update", {"id": id}, values))
