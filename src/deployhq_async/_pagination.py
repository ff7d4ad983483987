"""Lazy, async-iterable listings over paginated and unpaginated endpoints alike."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from contextlib import aclosing
from typing import Any, Generic, TypeVar

from ._config import check_count

T = TypeVar("T")


class Page(Generic[T]):
    """One page of a listing. Unpaginated endpoints give a single page."""

    def __init__(
        self,
        items: list[T],
        current_page: int = 1,
        total_pages: int | None = 1,
        total_records: int | None = None,
        raw: Any = None,
    ) -> None:
        self.items = items
        self.current_page = current_page
        self.total_pages = total_pages
        if total_records is None and total_pages == 1:
            total_records = len(items)
        self.total_records = total_records
        self.raw = raw

    def __repr__(self) -> str:
        return (
            f"Page(current_page={self.current_page}, total_pages={self.total_pages}, "
            f"total_records={self.total_records}, items={len(self.items)})"
        )

    @property
    def is_last(self) -> bool:
        # Without page metadata there is no way to ask for more: stop here.
        return self.total_pages is None or self.current_page >= self.total_pages


class AsyncPaginator(Generic[T]):
    """`async for item in paginator` fetches one page at a time, on demand.

    `pages()` yields the pages themselves; `collect()` gathers items into a list.
    Nothing is requested until iteration starts, and each iteration starts over.
    """

    def __init__(self, fetch_page: Callable[[int], Awaitable[Page[T]]], *, first_page: int = 1) -> None:
        self._fetch_page = fetch_page
        self._first_page = first_page

    async def pages(self) -> AsyncGenerator[Page[T], None]:
        number = self._first_page
        while True:
            page = await self._fetch_page(number)
            yield page
            if page.is_last or page.current_page < number:
                return
            number = page.current_page + 1

    async def __aiter__(self) -> AsyncGenerator[T, None]:
        async for page in self.pages():
            for item in page.items:
                yield item

    async def collect(self, limit: int | None = None) -> list[T]:
        """All items (or the first `limit`), fetching no more pages than needed."""
        if limit is not None:
            check_count("limit", limit, allow_zero=True)
        items: list[T] = []
        if limit == 0:
            return items
        async with aclosing(self.__aiter__()) as iterator:
            async for item in iterator:
                items.append(item)
                if limit is not None and len(items) >= limit:
                    break
        return items

    def __await__(self) -> Generator[Any, None, list[T]]:
        """`await paginator` is `await paginator.collect()`."""
        return self.collect().__await__()
