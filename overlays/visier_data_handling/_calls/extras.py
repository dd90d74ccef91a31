"""``extra_headers``, ``extra_query`` and ``extra_body``: checked when the call is made, before anything is sent.

Every operation takes the first two, and the operations whose body is a JSON object take ``extra_body``: they reach
a field the spec does not describe yet. What each may not do, and why:

* ``extra_headers`` may not set the headers the SDK owns, checked as ``default_headers=`` is
  (``_http/headers.py``).
* ``extra_query`` may not repeat one of the operation's parameters (compared like keywords, so ``sourceId`` and
  ``source_id`` are one): the typed keyword sets it, checked; a second value would make the query ambiguous.
* ``extra_body`` is copied as JSON values (tuples become lists); floats must be finite, keys strings. A key the
  model sets too gets the extra's value, as in openai-python.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import TypeVar

from visier_data_handling_api.operation import Operation

from .._exceptions import InvalidArgument
from .._http.headers import checked_headers
from .._http.request_extras import NO_EXTRAS, QueryValue, RequestExtras
from .arguments import norm

T = TypeVar("T")
I = TypeVar("I")  # noqa: E741 -- a page's item


def take(operation: Operation[T, I], given: dict[str, object]) -> RequestExtras:
    """Pop the three keywords from ``given`` (the call's keywords) and check them."""
    name = operation.name
    headers, query, body = (given.pop(k, None) for k in ("extra_headers", "extra_query", "extra_body"))
    if headers is None and query is None and body is None:
        return NO_EXTRAS
    if body is not None and not operation.json_body:
        raise InvalidArgument(
            f"{name}() has no JSON object body, so it takes no extra_body", argument="extra_body"
        )
    return RequestExtras(
        headers=checked_headers(headers, "extra_headers", f"{name}() extra_headers"),
        query=_query(name, operation, _mapping(name, "extra_query", query)),
        body=_json_object(name, "extra_body", _mapping(name, "extra_body", body)),
    )


def _mapping(method: str, argument: str, value: object) -> Mapping[object, object]:
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        raise InvalidArgument(f"{method}() {argument} must be a dict, not {type(value).__name__}", argument=argument)
    return value


def _key(method: str, where: str, key: object, argument: str) -> str:
    if not isinstance(key, str) or not key:
        raise InvalidArgument(f"{method}() {where} keys must be non-empty str, not {key!r}", argument=argument)
    return key


def _query(method: str, operation: Operation[T, I], given: Mapping[object, object]) -> dict[str, QueryValue]:
    parameters = {norm(p): p for p in operation.signature.query}
    out: dict[str, QueryValue] = {}
    for key, value in given.items():
        name = _key(method, "extra_query", key, "extra_query")
        where = f"{method}() extra_query[{name!r}]"
        own = parameters.get(norm(name))
        if own is not None:
            raise InvalidArgument(f"{where} is the operation's parameter; pass it as {own}=", argument="extra_query")
        if not isinstance(value, str | int | float) or (isinstance(value, float) and not math.isfinite(value)):
            raise InvalidArgument(
                f"{where} must be a str, int, float or bool, not {value!r}", argument="extra_query"
            )
        out[name] = value
    return out


def _json_object(method: str, where: str, given: Mapping[object, object]) -> dict[str, object]:
    return {
        key: _json_value(method, f"{where}[{key!r}]", value)
        for key, value in ((_key(method, where, k, "extra_body"), v) for k, v in given.items())
    }


def _json_value(method: str, where: str, value: object) -> object:
    """``value`` copied as JSON (so a later change to the caller's dict does not change what is sent)."""
    if value is None or isinstance(value, str | bool | int):
        return value
    if isinstance(value, float):
        if math.isfinite(value):
            return value
        raise InvalidArgument(f"{method}() {where} must be a finite number, not {value!r}", argument="extra_body")
    if isinstance(value, list | tuple):
        return [_json_value(method, f"{where}[{i}]", v) for i, v in enumerate(value)]
    if isinstance(value, Mapping):
        return _json_object(method, where, value)
    raise InvalidArgument(
        f"{method}() {where} must be a JSON value (str, number, bool, None, list or dict), not {type(value).__name__}",
        argument="extra_body",
    )
