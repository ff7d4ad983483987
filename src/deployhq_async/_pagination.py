"""Lazy, async-iterable listings over paginated and unpaginated endpoints alike."""

from __future__ import annotations

from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from contextlib import aclosing
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ._config import check_count
from .errors import DeployHQError, ResponseDecodeError

if TYPE_CHECKING:
    import httpx2

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
        response: httpx2.Response | None = None,
    ) -> None:
        self.items = items
        self.response = response  # the answer it was decoded from, when there was one
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
        """The pages in order. A page that is not the one asked for, or repeats
        the records of the page before (a cache in between that ignores `page`),
        ends the listing with a `ResponseDecodeError`: no record is yielded twice."""
        number = self._first_page
        previous: Page[T] | None = None
        while True:
            page = await self._fetch_page(number)
            if previous is not None and (page.current_page != number or (page.items and page.items == previous.items)):
                raise _stuck(page, number)
            yield page
            if page.is_last:
                return
            previous = page
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


def _stuck(page: Page[Any], number: int) -> DeployHQError:
    got = f"page {page.current_page}" if page.current_page != number else "the records of the page before"
    message = (
        f"asked for page {number} of the listing and got {got}: something between this client and "
        "DeployHQ (a cache or proxy) ignores the page asked for; the listing stops here"
    )
    return DeployHQError(message) if page.response is None else ResponseDecodeError(message, response=page.response)
