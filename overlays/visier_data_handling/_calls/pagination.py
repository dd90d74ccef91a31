"""``iterator=True``: the items of every page, fetched lazily with start/limit, one page in memory at a time.

Which operations page, which array holds the items, and the extras come from ``OPERATIONS[...]["pagination"]``
(generated from the spec): ``requires`` are parameters paging needs (receivingJobStatus lists its jobs only with
``jobs=true``), ``counts`` names a nested array that the offset counts instead of the items themselves
(retrieveReceivingJobExtractedFiles pages over files but returns them grouped by tenant).

Paging stops at a page with fewer entries than the limit -- the limit the service echoes when it does, since it may
cap the requested one -- or with none.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import Any

import attrs

from .._exceptions import InvalidArgument
from .arguments import norm

DEFAULT_PAGE_SIZE = 100


def _snake(name: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in name).lstrip("_")


def _attr(page: Any, wire: str) -> Any:
    """The value of the field that the wire name ``wire`` maps to (fields are matched like keyword arguments)."""
    if attrs.has(type(page)):
        for field in attrs.fields(type(page)):
            if norm(field.name) == norm(wire):
                return getattr(page, field.name)
        return page.additional_properties.get(wire) if hasattr(page, "additional_properties") else None
    return page.get(wire) if isinstance(page, Mapping) else None


@attrs.define
class Pager:
    """The paging state of one iteration: what to ask for next and when to stop."""

    spec: Mapping[str, Any]
    kwargs: dict[str, Any]
    start: int
    limit: int
    ahead: bool = False  # fetch the next page while this one is consumed (``_page_ahead``)

    @classmethod
    def create(cls, method: str, spec: Mapping[str, Any] | None, kwargs: dict[str, Any], page_size: Any) -> Pager:
        if spec is None:
            raise InvalidArgument(f"{method}() does not page; iterator=True is not available", argument="iterator")
        start_name, limit_name = _snake(spec["start"]), _snake(spec["limit"])
        kwargs = dict(kwargs)
        start = kwargs.pop(start_name, None) or 0
        limit = page_size if page_size is not None else kwargs.pop(limit_name, None)
        kwargs.pop(limit_name, None)
        limit = DEFAULT_PAGE_SIZE if limit is None else limit
        for name, value in {"start": start, "page_size": limit}.items():
            if isinstance(value, bool) or not isinstance(value, int) or value < (1 if name == "page_size" else 0):
                raise InvalidArgument(f"{method}(): {name} must be a positive int, not {value!r}", argument=name)
        for wire, value in (spec.get("requires") or {}).items():
            kwargs[_snake(wire)] = value
        return cls(spec, kwargs, start, limit)

    def request(self) -> dict[str, Any]:
        return {**self.kwargs, _snake(self.spec["start"]): self.start, _snake(self.spec["limit"]): self.limit}

    def advance(self, page: Any) -> tuple[list[Any], bool]:
        """The page's items, and whether another page may follow."""
        items = list(_attr(page, self.spec["items"]) or [])
        counts = self.spec.get("counts")
        seen = sum(len(_attr(item, counts) or []) for item in items) if counts else len(items)
        echoed = _attr(page, self.spec["limit"])
        limit = echoed if isinstance(echoed, int) and not isinstance(echoed, bool) and echoed > 0 else self.limit
        self.start += seen
        return items, seen > 0 and seen >= limit


def iterate(pager: Pager, fetch: Callable[[dict[str, Any]], Any]) -> Iterator[Any]:
    more = True
    while more:
        items, more = pager.advance(fetch(pager.request()))
        yield from items


async def aiterate(pager: Pager, fetch: Callable[[dict[str, Any]], Awaitable[Any]]) -> AsyncIterator[Any]:
    more = True
    while more:
        items, more = pager.advance(await fetch(pager.request()))
        for item in items:
            yield item
