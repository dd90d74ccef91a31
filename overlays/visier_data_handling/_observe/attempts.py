"""Each HTTP attempt, observed: a span (HTTP client semantic conventions) and a log record with the fields.

The retry loop sends through :func:`observed`; unless a tracer provider is set or the SDK's logger is on at INFO,
that is the bare ``send``, so an unobserved request pays nothing per attempt. An error answer's body is read here
when it is observed, for its ``rci`` (httpx would read it next anyway: the calls never stream an error).
"""

from __future__ import annotations

import itertools
import logging
import time
from collections.abc import Awaitable, Callable
from contextlib import AbstractContextManager

import httpx

from .._http.log import logger
from . import logs, tracing
from .error_ids import rci_in

# Request extensions the caller sets: the operation's name and path template (a sign-in has neither).
OPERATION, TEMPLATE = "visier_operation", "visier_template"
SIGN_IN = "sign_in"

Send = Callable[[httpx.Request], Awaitable[httpx.Response]]
Read = Callable[[httpx.Response], Awaitable[bytes]]


def observed(request: httpx.Request, send: Send, read: Read) -> Send:
    """``send``, or, when anyone listens, ``send`` with a span and a log record per attempt."""
    traced = tracing.tracer() is not None
    if not traced and not logger.isEnabledFor(logging.INFO):
        return send
    operation = operation_of(request)
    template = request.url.path if operation == SIGN_IN else str(request.extensions.get(TEMPLATE) or "")
    tries = itertools.count()

    async def attempt(sent: httpx.Request) -> httpx.Response:
        number, started = next(tries), time.monotonic()
        with _span(traced, sent, template, number) as span:
            try:
                response = await send(sent)
            except httpx.TransportError as exc:
                span.set(tracing.ERROR_TYPE, type(exc).__qualname__)
                _log(sent, operation, number, type(exc).__name__, started, None)
                raise
            span.set(tracing.STATUS, response.status_code)
            rci = None
            if response.status_code >= 400:
                rci = rci_in(await read(response))
                span.failed(str(response.status_code))
                span.set(tracing.RCI, rci)
            _log(sent, operation, number, response.status_code, started, rci)
            return response

    return attempt


def operation_of(request: httpx.Request) -> str | None:
    """The operation a request is sent for (``sign_in`` for a sign-in), as the caller named it."""
    if request.extensions.get("visier_sign_in"):
        return SIGN_IN
    return str(request.extensions.get(OPERATION) or "") or None


def _span(
    traced: bool, request: httpx.Request, template: str, number: int
) -> AbstractContextManager[tracing.Span]:
    if not traced:
        return tracing.UNTRACED
    url = request.url
    return tracing.span(
        f"{request.method} {template}" if template else request.method,
        {
            tracing.METHOD: request.method,
            tracing.TEMPLATE: template or None,
            tracing.SERVER: url.host,
            tracing.PORT: url.port,
            tracing.RESEND: number or None,  # the conventions: only on a resend
        },
        client=True,
    )


def _log(
    request: httpx.Request, operation: str | None, number: int, status: int | str, started: float, rci: str | None
) -> None:
    elapsed = time.monotonic() - started
    extra = logs.fields(operation, attempt=number + 1, status=status, elapsed=elapsed, rci=rci)
    logs.log(
        logger,
        logging.INFO,
        extra,
        "%s %s -> %s in %.0f ms (attempt %d)%s",
        request.method,
        request.url.path,
        status,
        elapsed * 1000,
        number + 1,
        f" rci={rci}" if rci else "",
    )
