"""``iterator=True`` with pages fetched ahead: up to N pages are on the wire while the current one is consumed.

start/limit paging knows every page's offset once the first page came back full: the next pages start one limit
apart (the limit the service echoes, if it capped the one asked for). So while the consumer reads page k, pages
k+1 .. k+N are fetched at once, and a wire's round trip is paid about once per N pages instead of once per page.

Semantics (``page_ahead=N``; ``True`` is :data:`DEFAULT_PAGES_AHEAD`, ``False`` or 0 fetches each page only when the
previous one is used up):

* Items and errors come in exactly the order and at exactly the place they would without look-ahead: an error
  fetching page k is raised when the iteration reaches page k, after every item before it was yielded.
* The first page is fetched at the first ``next()``, in the caller's thread or task, as without look-ahead; a list
  that fits in it sends nothing more.
* At most N pages are fetched or held ahead of the one being consumed: memory stays bounded by N + 1 pages.
* A 429 or 503 on any page (retried as every call's, ``Retry-After`` honoured) halves N for the rest of the
  iteration, down to one page ahead.
* Fetching ahead may send up to N requests the caller never needs, past the end of the list (only paged GETs look
  ahead, which change nothing).
* Stopping the iteration cancels the look-ahead: closing the iterator (``close()``/``aclose()``, a ``break`` in a
  sync ``for`` loop, or garbage collection) requests no further page; pending fetches are cancelled (async tasks)
  or, when already on the wire in their threads, their answers are dropped. ``async for`` does not close its
  iterator on ``break``; wrap it in ``contextlib.aclosing`` to stop at once.

Why N = 3 by default: three requests at a time is a modest load for one client, well inside what a service that
rate-limits per client answers without 429s, and it already takes paging at 50 ms of latency past twice the
sequential speed (``docs/benchmarks.md``); a 429 or 503 halves it anyway. Sync look-ahead runs on up to N worker
threads per iteration; the client's connection pool and sign-in are thread-safe.
"""

from __future__ import annotations

from collections import deque
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, TypeVar

import attrs

from .._exceptions import InvalidArgument
from .pagination import PageBody, Pager

if TYPE_CHECKING:  # imported where used: a sync first call imports neither
    import asyncio
    from concurrent.futures import Future

    from .._http.retry import CallOptions

I = TypeVar("I")  # noqa: E741 -- a page's item

DEFAULT_PAGES_AHEAD = 3
MAX_PAGES_AHEAD = 16  # more would only add load: the consumer cannot use pages faster than it builds their models


def check(method: str, value: object, iterator: bool) -> int:
    """Pages to fetch ahead; ``value`` is the ``page_ahead`` given, or None (the default)."""
    if value is None:
        return DEFAULT_PAGES_AHEAD
    if isinstance(value, bool):
        pages = DEFAULT_PAGES_AHEAD if value else 0
    elif isinstance(value, int) and 0 <= value <= MAX_PAGES_AHEAD:
        pages = value
    else:
        raise InvalidArgument(
            f"{method}(): page_ahead must be True, False or a number of pages from 0 to {MAX_PAGES_AHEAD}, "
            f"not {value!r}",
            argument="page_ahead",
        )
    if not iterator:
        raise InvalidArgument(f"{method}(): page_ahead needs iterator=True", argument="page_ahead")
    return pages


class Window:
    """How many pages may be in flight ahead of the consumer: N at first, halved on each 429 or 503."""

    def __init__(self, pages: int) -> None:
        self.pages = pages

    def throttled(self, _delay: float) -> None:
        """Called by the retry loop when the service asks to slow down (any thread: one int, written whole)."""
        self.pages = max(1, self.pages // 2)


def window(pager: Pager[I], options: CallOptions) -> tuple[Window, CallOptions]:
    """The pages an iteration may keep in flight, and its call options, which tell that window of each 429/503."""
    pages = Window(pager.ahead)
    return pages, attrs.evolve(options, on_throttle=pages.throttled)


def iterate_ahead(pager: Pager[I], fetch: Callable[[dict[str, object]], PageBody], window: Window) -> Iterator[I]:
    """``fetch(request)`` answers with a page's JSON body."""
    page = fetch(pager.request())
    more = pager.advance(page)
    if not more:
        yield from pager.items(page)
        return
    import contextvars
    from concurrent.futures import ThreadPoolExecutor

    pool = ThreadPoolExecutor(window.pages, thread_name_prefix="visier-page-ahead")
    pending: deque[Future[PageBody]] = deque()
    try:
        while True:
            while more and len(pending) < window.pages:
                # In the caller's context (a copy each: one context runs in one thread at a time), so a page fetched
                # ahead is traced and logged as part of the call that iterates.
                pending.append(pool.submit(contextvars.copy_context().run, fetch, pager.claim_next()))
            yield from pager.items(page)
            if not pending:
                return
            page = pending.popleft().result()
            if more and not pager.full(page):
                more = False  # the last page: what was fetched past it is dropped
                for extra in pending:
                    extra.cancel()
                pending.clear()
    finally:
        for extra in pending:
            extra.cancel()
        pool.shutdown(wait=False, cancel_futures=True)


async def aiterate_ahead(
    pager: Pager[I], fetch: Callable[[dict[str, object]], Awaitable[PageBody]], window: Window
) -> AsyncIterator[I]:
    """The async twin of :func:`iterate_ahead`."""
    import asyncio

    page = await fetch(pager.request())
    more = pager.advance(page)
    pending: deque[asyncio.Future[PageBody]] = deque()
    try:
        while True:
            while more and len(pending) < window.pages:
                pending.append(asyncio.ensure_future(fetch(pager.claim_next())))
            for item in pager.items(page):
                yield item
            if not pending:
                return
            page = await pending.popleft()
            if more and not pager.full(page):
                more = False
                await _drop(pending)
    finally:
        await _drop(pending)


async def _drop(pending: deque[asyncio.Future[PageBody]]) -> None:
    import contextlib

    while pending:
        extra = pending.popleft()
        extra.cancel()  # nothing happens if it is done
        with contextlib.suppress(BaseException):  # its outcome is nobody's any more (and is retrieved)
            await extra
