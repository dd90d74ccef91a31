"""What the SDK needs to know about one operation, and what a client gives the generated surface.

Generated from the spec by generator/surface.py: do not edit. Each endpoint module
(``api/<group>/<name>.py``) ends with its ``OPERATION``: the request builder and response parser it
defines, the parameters the client checks untyped callers against, and how the operation pages. The surface's
methods hand that object, with the caller's arguments, to one :class:`Caller` (the hand-written client).
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator, Mapping, Sequence
from typing import Any, Generic, NamedTuple, Protocol, TypeAlias, TypeVar

import attrs
import httpx

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 -- a page's item

# Keywords every operation method takes besides the spec's parameters (the client names them in did-you-mean hints).
CALL_KEYWORDS = frozenset(
    {
        "timeout",
        "max_retries",
        "iterator",
        "page_size",
        "page_ahead",
        "extra_headers",
        "extra_query",
    }
)

# A JSON value, as ``extra_body`` takes one: what the request's JSON encoder writes.
JSONValue: TypeAlias = "str | int | float | bool | None | Sequence[JSONValue] | Mapping[str, JSONValue]"


class Signature(NamedTuple):
    """An operation's parameters, as the client checks and converts a caller's arguments before sending."""

    path: tuple[str, ...]  # required, unless path_defaults has a value for it
    path_defaults: Mapping[str, str]  # x-sdk-default: what the SDK sends for a path parameter left out
    query: Mapping[str, object]  # query and header parameters -> their generated types
    body: type | None  # the request body's model
    inner: type | None  # the model a wrapped body (startLoad, disableDv) holds in its ``model`` field
    # The spec's minimum and maximum (None: none stated) of the query parameters that state one.
    bounds: Mapping[str, tuple[int | None, int | None]] = {}


class Paging(NamedTuple):
    """``x-pagination``: start/limit paging. ``requires`` are parameters paging needs; ``counts`` names a nested
    array that the offset counts instead of the items themselves."""

    start: str  # the parameters, as the build_request keywords
    limit: str
    limit_wire: str  # the response field that echoes the limit
    items: str  # the response field that holds the items
    counts: str | None
    requires: Mapping[str, object]


@attrs.frozen
class Operation(Generic[T, I]):
    """One operation: how to build its request and read its answer. ``T`` is the parsed answer, ``I`` a page item."""

    name: str
    signature: Signature
    build_request: Callable[..., dict[str, Any]]  # the endpoint module's keyword arguments, as httpx's request()
    parse: Callable[[httpx.Response], T]  # the answer's model; raises errors.ErrorResponse for an error status
    paging: Paging | None = None
    page_item: Callable[[Mapping[str, Any]], I] | None = None  # one item of a page, from its JSON object
    # The documented success is a redirect (fileUpload's 307): the caller sends the request without its body, then the
    # body to the answer's Location.
    redirect: bool = False
    # The body is a JSON object: ``extra_body`` adds fields to it (operations without one do not take extra_body).
    json_body: bool = False
    # The path as the spec writes it ("/v1/op/jobs/{jobId}"): traces name a call's route by it (``url.template``).
    template: str = ""


@attrs.frozen
class RawResponse(Generic[T]):
    """The HTTP response of a successful call: ``body`` is the decoded JSON (or text), ``parsed`` the model."""

    body: object
    headers: Mapping[str, str]
    status: int
    round_trip_time: float
    parsed: T = attrs.field(repr=False)

    @classmethod
    def from_content(
        cls, content: bytes, headers: Mapping[str, str], status: int, round_trip_time: float, parsed: T
    ) -> RawResponse[T]:
        try:
            body: object = json.loads(content) if content else None
        except (ValueError, UnicodeDecodeError):
            body = content.decode("utf-8", errors="replace")
        return cls(body, headers, status, round_trip_time, parsed)


class Caller(Protocol):
    """What a client gives the surface: each operation method hands its :class:`Operation` and the arguments as given
    (the client checks them, so an untyped caller gets the SDK's own error naming the argument)."""

    def call(
        self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> T | Iterator[I]: ...

    def acall(
        self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> Awaitable[T] | AsyncIterator[I]: ...

    def call_raw(
        self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> RawResponse[T]: ...

    def acall_raw(
        self, operation: Operation[T, I], args: tuple[object, ...], kwargs: dict[str, object]
    ) -> Awaitable[RawResponse[T]]: ...
