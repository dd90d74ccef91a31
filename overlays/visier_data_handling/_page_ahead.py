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
import types
import typing
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from typing import TYPE_CHECKING, Any

from visier_data_handling_api.errors import ErrorResponse

from ._exceptions import InvalidArgument
from ._pagination import Pager, _attr

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


def _page_model(module: types.ModuleType) -> Callable[[Any], Any]:
    """The ``from_dict`` of the model a paged operation answers with (the return type of its ``_parse_response``)."""
    return typing.get_type_hints(module._parse_response)["return"].from_dict  # type: ignore[no-any-return]


def body_only(module: types.ModuleType) -> Callable[..., Any]:
    """A stand-in for the generated ``sync_detailed``: the same request, answered with the decoded JSON body, so that
    the models are built by the consumer while the next page is on its way."""

    def call(*, client: Any, **kwargs: Any) -> Any:
        response = client.get_httpx_client().request(**module._get_kwargs(**kwargs))
        if response.status_code != 200:  # what the generated _parse_response does for a paged GET
            raise ErrorResponse(response.status_code, response.content, response.headers)
        return response.json()

    return call


def abody_only(module: types.ModuleType) -> Callable[..., Awaitable[Any]]:
    """The async twin of :func:`body_only`."""

    async def call(*, client: Any, **kwargs: Any) -> Any:
        response = await client.get_async_httpx_client().request(**module._get_kwargs(**kwargs))
        if response.status_code != 200:
            raise ErrorResponse(response.status_code, response.content, response.headers)
        return response.json()

    return call


def iterate_ahead(pager: Pager, fetch: Callable[[dict[str, Any]], Any], module: types.ModuleType) -> Iterator[Any]:
    """``fetch(request)`` answers with a page's JSON body (see :func:`body_only`)."""
    from concurrent.futures import ThreadPoolExecutor

    build = _page_model(module)
    body = fetch(pager.request())
    pool = ThreadPoolExecutor(1, thread_name_prefix="visier-page-ahead")
    ahead: Future[Any] | None = None
    try:
        while True:
            _, more = pager.advance(body)
            ahead = pool.submit(fetch, pager.request()) if more else None
            yield from list(_attr(build(body), pager.spec["items"]) or [])
            if ahead is None:
                return
            body = ahead.result()
    finally:
        if ahead is not None:
            ahead.cancel()
        pool.shutdown(wait=False, cancel_futures=True)


async def aiterate_ahead(
    pager: Pager, fetch: Callable[[dict[str, Any]], Awaitable[Any]], module: types.ModuleType
) -> AsyncIterator[Any]:
    """The async twin of :func:`iterate_ahead`."""
    import asyncio

    build = _page_model(module)
    body = await fetch(pager.request())
    ahead: asyncio.Future[Any] | None = None
    try:
        while True:
            _, more = pager.advance(body)
            ahead = asyncio.ensure_future(fetch(pager.request())) if more else None
            for item in list(_attr(build(body), pager.spec["items"]) or []):
                yield item
            if ahead is None:
                return
            body = await ahead
    finally:
        if ahead is not None:
            ahead.cancel()  # nothing happens if it is done
            with contextlib.suppress(BaseException):  # its outcome is nobody's any more (and is retrieved)
                await ahead
