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
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs
from visier_data_handling_api.errors import ErrorResponse

from .._exceptions import InvalidArgument
from .arguments import _field_hints, norm
from .pagination import Pager, _attr

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


def _page_items(module: types.ModuleType, spec: Mapping[str, Any]) -> Callable[[Any], list[Any]]:
    """A page's JSON body -> its items as models. Where the items are a list of one model, each item is built
    straight from its dict (the page-level model around them is never needed by the iteration); otherwise the page
    model of the generated ``_parse_response``'s return type is built and its items taken."""
    page_model = typing.get_type_hints(module._parse_response)["return"]
    key = spec["items"]
    hint = next((h for name, h in _field_hints(page_model).items() if norm(name) == norm(key)), None)
    lists = [a for a in typing.get_args(hint) if typing.get_origin(a) is list] if hint is not None else []
    item = typing.get_args(lists[0])[0] if len(lists) == 1 else None
    if isinstance(item, type) and attrs.has(item):
        from_dict = item.from_dict  # type: ignore[attr-defined]
        return lambda body: list(map(from_dict, body.get(key) or []))
    return lambda body: list(_attr(page_model.from_dict(body), key) or [])


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

    items = _page_items(module, pager.spec)
    body = fetch(pager.request())
    pool = ThreadPoolExecutor(1, thread_name_prefix="visier-page-ahead")
    ahead: Future[Any] | None = None
    try:
        while True:
            _, more = pager.advance(body)
            ahead = pool.submit(fetch, pager.request()) if more else None
            yield from items(body)
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

    items = _page_items(module, pager.spec)
    body = await fetch(pager.request())
    ahead: asyncio.Future[Any] | None = None
    try:
        while True:
            _, more = pager.advance(body)
            ahead = asyncio.ensure_future(fetch(pager.request())) if more else None
            for item in items(body):
                yield item
            if ahead is None:
                return
            body = await ahead
    finally:
        if ahead is not None:
            ahead.cancel()  # nothing happens if it is done
            with contextlib.suppress(BaseException):  # its outcome is nobody's any more (and is retrieved)
                await ahead
