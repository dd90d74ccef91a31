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
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

from ._exceptions import InvalidArgument
from ._pagination import Pager

if TYPE_CHECKING:  # imported where used: a sync first call imports neither
    import asyncio
    from concurrent.futures import Future


def check(method: str, value: object, iterator: bool) -> bool:
    """Whether to look ahead; ``value`` is the ``page_ahead`` given, or None (the default: yes)."""
    if value is None:
        return True
    if not isinstance(value, bool):
        raise InvalidArgument(f"{method}(): page_ahead must be True or False, not {value!r}", argument="page_ahead")
    if not iterator:
        raise InvalidArgument(f"{method}(): page_ahead needs iterator=True", argument="page_ahead")
    return value


def iterate_ahead(pager: Pager, fetch: Callable[[dict[str, Any]], Any]) -> Iterator[Any]:
    items, more = pager.advance(fetch(pager.request()))
    if not more:
        yield from items
        return
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(1, thread_name_prefix="visier-page-ahead")
    ahead: Future[Any] | None = None
    try:
        while True:
            ahead = pool.submit(fetch, pager.request()) if more else None
            yield from items
            if ahead is None:
                return
            items, more = pager.advance(ahead.result())
    finally:
        if ahead is not None:
            ahead.cancel()
        pool.shutdown(wait=False, cancel_futures=True)


async def aiterate_ahead(pager: Pager, fetch: Callable[[dict[str, Any]], Awaitable[Any]]) -> AsyncIterator[Any]:
    import asyncio

    items, more = pager.advance(await fetch(pager.request()))
    ahead: asyncio.Future[Any] | None = None
    try:
        while True:
            ahead = asyncio.ensure_future(fetch(pager.request())) if more else None
            for item in items:
                yield item
            if ahead is None:
                return
            items, more = pager.advance(await ahead)
    finally:
        if ahead is not None:
            ahead.cancel()  # nothing happens if it is done
            with contextlib.suppress(BaseException):  # its outcome is nobody's any more (and is retrieved)
                await ahead
