"""``iterator=True`` with one page of look-ahead: the next page is fetched while the current one is consumed.

Semantics (on by default; ``page_ahead=False`` fetches each page only when the previous one is used up):

* Items and errors come in exactly the order and at exactly the place they would without look-ahead: an error
  fetching page N+1 is raised when the iteration reaches page N+1, after every item of page N was yielded.
* The first page is fetched at the first ``next()``, in the caller's thread or task, as without look-ahead.
* At most two pages are held at a time: the one being consumed and the one being fetched.
* The look-ahead may send one request the caller never needs (only paged GETs look ahead, which change nothing).
* Stopping the iteration cancels the look-ahead: closing the iterator (``close()``/``aclose()``, a ``break`` in a
  sync ``for`` loop, or garbage collection) requests no further page; a pending fetch is cancelled (an async task)
  or, when already on the wire in its thread, its answer is dropped. ``async for`` does not close its iterator on
  ``break``; wrap it in ``contextlib.aclosing`` to stop at once.

Sync look-ahead runs on one worker thread per iteration; the client's connection pool and sign-in are thread-safe.
A page is fetched as its JSON body, through the same request path as every call; the consumer builds the items'
models while the next page is on the wire.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

from .._exceptions import InvalidArgument
from .pagination import PageBody, Pager

if TYPE_CHECKING:  # imported where used: a sync first call imports neither
    import asyncio
    from concurrent.futures import Future

I = TypeVar("I")  # noqa: E741 -- a page's item


def check(method: str, value: object, iterator: bool) -> bool:
    """Whether to look ahead; ``value`` is the ``page_ahead`` given, or None (the default: yes)."""
    if value is None:
        return True
    if not isinstance(value, bool):
        raise InvalidArgument(f"{method}(): page_ahead must be True or False, not {value!r}", argument="page_ahead")
    if not iterator:
        raise InvalidArgument(f"{method}(): page_ahead needs iterator=True", argument="page_ahead")
    return value


def iterate_ahead(pager: Pager[I], fetch: Callable[[dict[str, object]], PageBody]) -> Iterator[I]:
    """``fetch(request)`` answers with a page's JSON body."""
    from concurrent.futures import ThreadPoolExecutor

    page = fetch(pager.request())
    pool = ThreadPoolExecutor(1, thread_name_prefix="visier-page-ahead")
    ahead: Future[PageBody] | None = None
    try:
        while True:
            more = pager.advance(page)
            ahead = pool.submit(fetch, pager.request()) if more else None
            yield from pager.items(page)
            if ahead is None:
                return
            page = ahead.result()
    finally:
        if ahead is not None:
            ahead.cancel()
        pool.shutdown(wait=False, cancel_futures=True)


async def aiterate_ahead(
    pager: Pager[I], fetch: Callable[[dict[str, object]], Awaitable[PageBody]]
) -> AsyncIterator[I]:
    """The async twin of :func:`iterate_ahead`."""
    import asyncio

    page = await fetch(pager.request())
    ahead: asyncio.Future[PageBody] | None = None
    try:
        while True:
            more = pager.advance(page)
            ahead = asyncio.ensure_future(fetch(pager.request())) if more else None
            for item in pager.items(page):
                yield item
            if ahead is None:
                return
            page = await ahead
    finally:
        if ahead is not None:
            ahead.cancel()  # nothing happens if it is done
            with contextlib.suppress(BaseException):  # its outcome is nobody's any more (and is retrieved)
                await ahead
