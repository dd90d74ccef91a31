"""The one request path. Every method of the generated surface hands its operation (``OPERATION``, at the end of its
endpoint module) and the arguments as given to :class:`OperationCaller`, sync or async, parsed, raw or paged.

It checks the arguments before anything is sent, builds the operation's request, sends it on the client's httpx
client (auth, retries and timeouts live in its transport), and reads the answer: the model, the ``RawResponse``, or
for ``iterator=True`` each page's JSON body, whose items the operation builds. Sending is written once for both
twins (``_sending``); the sync twin drives it without an event loop (``_twins``).
"""

from __future__ import annotations

import functools
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
import httpx
from visier_data_handling_api.errors import ErrorResponse
from visier_data_handling_api.operation import CALL_KEYWORDS, Operation, RawResponse

from .._config import call_timeout, max_retries_setting
from .._exceptions import ApiException, InvalidArgument
from .._http import direct_send
from .._http.retry import CallOptions
from .._observe import attempts, tracing
from .._twins import finish, ready
from . import bodies, fact_checks
from .arguments import bind

if TYPE_CHECKING:  # paging, extras and redirects are imported where used: a plain first call needs none of them
    from .pagination import PageBody, Pager

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 -- a page's item
# httpx's request(): the generated build_request's keywords go straight in. Any: they are httpx's many parameters.
Request = Callable[..., Awaitable[httpx.Response]]
# The keywords _prepare splits off before binding: every operation's, and extra_body (of those with a JSON body).
SDK_KEYWORDS = CALL_KEYWORDS | {"extra_body"}


@attrs.frozen
class PreparedCall:
    """A call's arguments checked: what to send (or the pager that sends it), and the per-call options."""

    bound: dict[str, object]
    options: CallOptions
    pager: Pager[Any] | None  # Any: the item type is the operation's, which this record does not carry


class OperationCaller:
    """Implements the generated surface's ``Caller`` protocol for a client."""

    def __init__(
        self,
        http: httpx.Client,
        async_http: Callable[[], httpx.AsyncClient],
        host: str,
        defaults: Mapping[str, object],
        per_request: CallOptions | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self._http, self._async_http, self._host, self._defaults = http, async_http, host, defaults
        self._sync_request = ready(functools.partial(direct_send.request, http))  # Client.request, fewer layers
        # A with_options copy's timeout, retries and headers, sent with each request over the shared clients' own.
        self._per_request, self._headers = per_request or CallOptions(), headers or {}
        # A call's options when it gives none of SDK_KEYWORDS.
        self._options = CallOptions(self._per_request.timeout, self._per_request.max_retries)

    def __repr__(self) -> str:
        return f"<calls to {self._host}>"

    # -- the Caller protocol --------------------------------------------------------------------------------------

    def call(self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object]) -> T | Iterator[I]:
        prep = self._prepare(operation, args, kwargs, raw=False)
        return self._one(operation, prep) if prep.pager is None else self._iterate(operation, prep.pager, prep.options)

    def call_raw(
        self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> RawResponse[T]:
        return self._raw_one(operation, self._prepare(operation, args, kwargs, raw=True))

    def acall(
        self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> Awaitable[T] | AsyncIterator[I]:
        """A coroutine, or with iterator=True an async iterator (so ``async for`` needs no ``await``)."""
        prep = self._prepare(operation, args, kwargs, raw=False)
        pager = prep.pager
        return self._aone(operation, prep) if pager is None else self._aiterate(operation, pager, prep.options)

    def acall_raw(
        self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> Awaitable[RawResponse[T]]:
        return self._araw(operation, self._prepare(operation, args, kwargs, raw=True))

    # -- checking the arguments, before anything is sent ----------------------------------------------------------

    def _prepare(
        self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object], *, raw: bool
    ) -> PreparedCall:
        """Split off the SDK's own keywords and bind the rest (so bad arguments fail here, at the call, even when it
        is awaited later); with iterator=True, make the pager instead."""
        name = operation.name
        if args:
            raise InvalidArgument(f"{name}() takes keyword arguments only, not {len(args)} positional", argument="")
        if kwargs.keys().isdisjoint(SDK_KEYWORDS):  # the usual call: what the steps below would find, at once
            return PreparedCall(self._bound(operation, kwargs), self._options, None)
        from . import extras, page_ahead
        from .pagination import Pager

        rest = dict(kwargs)
        extra = extras.take(operation, rest)
        timeout, retries = rest.pop("timeout", None), rest.pop("max_retries", None)
        timeout = self._per_request.timeout if timeout is None else call_timeout(timeout)
        retries = self._per_request.max_retries if retries is None else max_retries_setting(retries)
        options = CallOptions(timeout, retries, extras=extra)
        iterator, page_size = rest.pop("iterator", False), rest.pop("page_size", None)
        ahead = page_ahead.check(name, rest.pop("page_ahead", None), bool(iterator))
        if not iterator:
            if page_size is not None:
                raise InvalidArgument(f"{name}(): page_size needs iterator=True", argument="page_size")
            return PreparedCall(self._bound(operation, rest), options, None)
        if raw:
            raise InvalidArgument(f"raw.{name}() does not take iterator=True", argument="iterator")
        pager = Pager.create(operation, rest, page_size, ahead)
        bind(operation.signature, name, pager.request(), self._defaults)
        return PreparedCall(rest, options, pager)

    # -- sending: one definition, two drivers ---------------------------------------------------------------------

    def _bound(self, operation: Operation[T, I], given: Mapping[str, object]) -> dict[str, object]:
        """The call's arguments bound to the operation (the client's defaults filled in), and the spec's facts
        checked, before anything is sent."""
        bound = bind(operation.signature, operation.name, given, self._defaults)
        fact_checks.check(operation.name, bound)
        return bound

    async def _sending(
        self,
        operation: Operation[T, I],
        bound: Mapping[str, object],
        options: CallOptions,
        request: Request,
        body: bodies.FileBody,
    ) -> tuple[httpx.Response, float]:
        """The answer to parse and the round trip. A file body is streamed and rewound for each try. An operation
        answered by a redirect (fileUpload) is sent without its body; the body goes to the redirect's Location, and
        the redirect, the operation's documented answer, is what is parsed."""
        started = time.monotonic()
        kwargs = operation.build_request(**bound)
        if self._headers:  # the operation's own headers win over the client's defaults; the call's extras over both
            kwargs = {**kwargs, "headers": {**self._headers, **kwargs.get("headers", {})}}
        if options.extras is not None:
            kwargs = options.extras.merged(kwargs)
        if not operation.redirect:
            response = await self._attempt(operation, bodies.replayable(kwargs, body), options, request, started)
            return _succeeded(response, started), time.monotonic() - started
        from . import redirect

        probe = await self._attempt(operation, bodies.without_body(kwargs), options, request, started)
        _parsed(operation, _succeeded(probe, started, redirect=True), time.monotonic() - started)  # documented?
        to = redirect.target(operation.name, kwargs, probe, self._host, options.extras)
        sent = await self._attempt(operation, bodies.replayable(to.kwargs, body), options, request, started, to.origin)
        _succeeded(sent, started)
        return probe, time.monotonic() - started

    async def _attempt(
        self,
        operation: Operation[T, I],
        kwargs: bodies.RequestKeywords,
        options: CallOptions,
        request: Request,
        started: float,
        where: str | None = None,
    ) -> httpx.Response:
        extensions = options.extensions()
        extensions[attempts.OPERATION] = operation.name  # for each attempt's span and log record
        if where is None:  # a redirect's target is not the operation's route
            extensions[attempts.TEMPLATE] = operation.template
        try:
            return await request(**kwargs, extensions=extensions)
        except httpx.TransportError as exc:
            from .._http.connection_errors import connection_error  # only a failed connection needs it

            hidden = frozenset() if options.extras is None else options.extras.header_names  # values may be secret
            raise connection_error(operation.name, where or self._host, exc, started, hidden) from exc

    def _one(self, operation: Operation[T, I], prepared: PreparedCall) -> T:
        response, elapsed = self._send(operation, prepared.bound, prepared.options)
        return _parsed(operation, response, elapsed)

    def _raw_one(self, operation: Operation[T, I], prepared: PreparedCall) -> RawResponse[T]:
        response, elapsed = self._send(operation, prepared.bound, prepared.options)
        return _raw(operation, response, elapsed)

    def _iterate(self, operation: Operation[T, I], pager: Pager[I], options: CallOptions) -> Iterator[I]:
        from . import page_ahead, pagination

        if not pager.ahead:
            return pagination.iterate(pager, functools.partial(self._page, operation, options))
        window, throttled = page_ahead.window(pager, options)
        return page_ahead.iterate_ahead(pager, functools.partial(self._page, operation, throttled), window)

    def _aiterate(self, operation: Operation[T, I], pager: Pager[I], options: CallOptions) -> AsyncIterator[I]:
        from . import page_ahead, pagination

        if not pager.ahead:
            return pagination.aiterate(pager, functools.partial(self._apage, operation, options))
        window, throttled = page_ahead.window(pager, options)
        return page_ahead.aiterate_ahead(pager, functools.partial(self._apage, operation, throttled), window)

    def _send(
        self, operation: Operation[T, I], bound: Mapping[str, object], options: CallOptions
    ) -> tuple[httpx.Response, float]:
        with tracing.span(operation.name):  # the call's span: its attempts (and a sign-in) are its children
            return finish(self._sending(operation, bound, options, self._sync_request, bodies.SyncFileBody))

    async def _asend(
        self, operation: Operation[T, I], bound: Mapping[str, object], options: CallOptions
    ) -> tuple[httpx.Response, float]:
        with tracing.span(operation.name):
            return await self._sending(operation, bound, options, self._async_http().request, bodies.AsyncFileBody)

    async def _aone(self, operation: Operation[T, I], prepared: PreparedCall) -> T:
        response, elapsed = await self._asend(operation, prepared.bound, prepared.options)
        return _parsed(operation, response, elapsed)

    async def _araw(self, operation: Operation[T, I], prepared: PreparedCall) -> RawResponse[T]:
        response, elapsed = await self._asend(operation, prepared.bound, prepared.options)
        return _raw(operation, response, elapsed)

    def _page(self, operation: Operation[T, I], options: CallOptions, request: Mapping[str, object]) -> PageBody:
        bound = bind(operation.signature, operation.name, request, self._defaults)
        return _json(self._send(operation, bound, options)[0])

    async def _apage(
        self, operation: Operation[T, I], options: CallOptions, request: Mapping[str, object]
    ) -> PageBody:
        bound = bind(operation.signature, operation.name, request, self._defaults)
        return _json((await self._asend(operation, bound, options))[0])


def _succeeded(response: httpx.Response, started: float, *, redirect: bool = False) -> httpx.Response:
    """``response``, unless its status is an error (a redirect only where it is the documented answer)."""
    if response.is_success or (redirect and response.is_redirect):
        return response
    elapsed = time.monotonic() - started
    raise ApiException.from_response(response.status_code, response.content, response.headers, elapsed)


def _parsed(operation: Operation[T, I], response: httpx.Response, elapsed: float) -> T:
    try:
        return operation.parse(response)
    except ErrorResponse as exc:  # a success status the spec does not document for this operation
        raise ApiException.from_response(exc.status_code, exc.content, exc.headers, elapsed) from None


def _raw(operation: Operation[T, I], response: httpx.Response, elapsed: float) -> RawResponse[T]:
    parsed = _parsed(operation, response, elapsed)
    return RawResponse.from_content(response.content, response.headers, response.status_code, elapsed, parsed)


def _json(response: httpx.Response) -> PageBody:
    body = response.json()
    return body if isinstance(body, dict) else {}


class SyncDrivenCaller(OperationCaller):
    """The async twins run synchronously: each awaited call does its I/O at once and never suspends, so code written
    once as coroutines against ``a<operation>`` (the job-tree walk, reconciliation) runs to its end under
    ``_twins.finish``, without an event loop, as the sync twin of the same code."""

    def acall(
        self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> Awaitable[T] | AsyncIterator[I]:
        prepared = self._prepare(operation, args, kwargs, raw=False)
        if prepared.pager is not None:
            return _unsuspending(self._iterate(operation, prepared.pager, prepared.options))
        return ready(self._one)(operation, prepared)

    def acall_raw(
        self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> Awaitable[RawResponse[T]]:
        return ready(self._raw_one)(operation, self._prepare(operation, args, kwargs, raw=True))


async def _unsuspending(items: Iterator[I]) -> AsyncIterator[I]:
    for item in items:
        yield item
