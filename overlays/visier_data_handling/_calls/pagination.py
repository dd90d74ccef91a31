"""``iterator=True``: the items of every page, fetched lazily with start/limit, one page in memory at a time.

Which operations page, which array holds the items, and the extras come from the operation's ``paging`` (generated
from the spec's ``x-pagination``): ``requires`` are parameters paging needs (receivingJobStatus lists its jobs only
with ``jobs=true``), ``counts`` names a nested array that the offset counts instead of the items themselves
(retrieveReceivingJobExtractedFiles pages over files but returns them grouped by tenant).

A page is read as its JSON body: the pager advances on it and builds each item's model with the operation's
``page_item`` (never the page-level model, which iterating does not need). Paging stops at a page with fewer
entries than the limit -- the limit the service echoes when it does, since it may cap the requested one -- or with none.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any, Generic, TypeVar

import attrs
from visier_data_handling_api.operation import Operation, Paging

from .._exceptions import InvalidArgument

I = TypeVar("I")  # noqa: E741 -- a page's item
DEFAULT_PAGE_SIZE = 100
PageBody = Mapping[str, Any]  # a page's decoded JSON object: Any, as JSON values are


def _count(value: object) -> int:
    return len(value) if isinstance(value, list) else 0


@attrs.define
class Pager(Generic[I]):
    """The paging state of one iteration: what to ask for next and when to stop."""

    paging: Paging
    item: Callable[[PageBody], I]  # one item's model, from its JSON object
    kwargs: dict[str, object]
    start: int
    limit: int
    ahead: int = 0  # pages fetched ahead while one is consumed (``page_ahead``)
    stride: int = 0  # once a page came back full: the offset between pages (the limit the service applies)

    @classmethod
    def create(
        # Any: paging never reads the parsed answer, whatever its type
        cls, operation: Operation[Any, I], kwargs: dict[str, object], page_size: object, ahead: int
    ) -> Pager[I]:
        paging, item = operation.paging, operation.page_item
        if paging is None or item is None:
            name = operation.name
            raise InvalidArgument(f"{name}() does not page; iterator=True is not available", argument="iterator")
        kwargs = dict(kwargs)
        start = kwargs.pop(paging.start, None)
        start = 0 if start is None else start
        # The limit's name is the one the caller wrote: page_size, or the operation's own (limit).
        limit_name = "page_size" if page_size is not None else paging.limit
        limit = page_size if page_size is not None else kwargs.pop(paging.limit, None)
        kwargs.pop(paging.limit, None)
        limit = DEFAULT_PAGE_SIZE if limit is None else limit
        checked: dict[str, int] = {}
        for name, value, lowest in ((paging.start, start, 0), (limit_name, limit, 1)):
            if isinstance(value, bool) or not isinstance(value, int) or value < lowest:
                raise InvalidArgument(
                    f"{operation.name}(): {name} must be an int >= {lowest}, not {value!r}", argument=name
                )
            checked[name] = value
        kwargs.update(paging.requires)
        return cls(paging, item, kwargs, checked[paging.start], checked[limit_name], ahead)

    def request(self) -> dict[str, object]:
        return {**self.kwargs, self.paging.start: self.start, self.paging.limit: self.limit}

    def items(self, page: PageBody) -> list[I]:
        """The page's items, as models."""
        return list(map(self.item, page.get(self.paging.items) or []))

    def _seen(self, page: PageBody) -> int:
        entries = page.get(self.paging.items) or []
        counts = self.paging.counts
        return sum(_count(entry.get(counts)) for entry in entries) if counts else _count(entries)

    def advance(self, page: PageBody) -> bool:
        """Move past ``page``; whether another page may follow."""
        seen = self._seen(page)
        echoed = page.get(self.paging.limit_wire)
        self.stride = echoed if isinstance(echoed, int) and not isinstance(echoed, bool) and echoed > 0 else self.limit
        self.start += seen
        return seen > 0 and seen >= self.stride

    def full(self, page: PageBody) -> bool:
        """Whether a page fetched ahead came back full, so that pages may follow it (after :meth:`advance`)."""
        seen = self._seen(page)
        return seen > 0 and seen >= self.stride

    def claim_next(self) -> dict[str, object]:
        """The request for the next page not yet asked for, assuming the ones before come back full."""
        request = self.request()
        self.start += self.stride
        return request


def iterate(pager: Pager[I], fetch: Callable[[dict[str, object]], PageBody]) -> Iterator[I]:
    more = True
    while more:
        page = fetch(pager.request())
        more = pager.advance(page)
        yield from pager.items(page)


async def aiterate(pager: Pager[I], fetch: Callable[[dict[str, object]], Awaitable[PageBody]]) -> AsyncIterator[I]:
    more = True
    while more:
        page = await fetch(pager.request())
        more = pager.advance(page)
        for item in pager.items(page):
            yield item
