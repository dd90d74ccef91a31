"""Retrying transports, sync and async side by side, under httpx's auth layer.

What is retried, and why:

* ``ConnectError`` / ``ConnectTimeout``, any method: the request provably never reached the service.
* ``ReadTimeout`` / ``ReadError`` / ``RemoteProtocolError``: only idempotent methods (GET, PUT, DELETE), since a
  POST may have been carried out -- a second ``startLoad`` would start a second load.
* status 429/502/503/504: GET, PUT, DELETE. POST only on 429 and 503, which say the request was not processed.

* sign-ins (POST, marked by the auth flow): like an idempotent request -- signing in twice is harmless.

Delays: exponential backoff (0.5 s base, x2, capped at 8 s) with full jitter, unless the response has a
``Retry-After`` (seconds or an HTTP date), which is honoured. A ``Retry-After`` beyond 60 s is not waited out: the
answer goes back to the caller as :class:`RateLimited` (or ``ServerError``) with ``retry_after`` set, so an
unattended run decides itself instead of sleeping for an hour inside a call.

Per-call ``timeout`` and ``max_retries`` travel on the request itself, as extensions (:meth:`CallOptions.extensions`):
httpx's own ``timeout``, and :data:`MAX_RETRIES`, read here.
"""

from __future__ import annotations

import random
import time
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

import attrs
import httpx

from .._exceptions import parse_retry_after
from .._observe.attempts import observed, operation_of
from .._observe.logs import fields
from .._twins import finish, ready
from .log import retry_log

if TYPE_CHECKING:  # a call with extras imports them (_calls/extras.py); a plain call has none
    from .request_extras import RequestExtras

IDEMPOTENT = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE"})
RETRY_STATUS = frozenset({429, 502, 503, 504})
RETRY_STATUS_POST = frozenset({429, 503})
THROTTLE_STATUS = frozenset({429, 503})  # the service asks to slow down
BACKOFF_BASE = 0.5
BACKOFF_CAP = 8.0
RETRY_AFTER_CAP = 60.0


MAX_RETRIES = "visier_max_retries"  # a request extension: the retries of this call, over the client's
# A request extension: a time.monotonic() after which no try starts and no try waits (a sign-in's own limit).
DEADLINE = "visier_deadline"
# A request extension: called with the delay when the service asks to slow down (a 429 or 503 about to be retried).
ON_THROTTLE = "visier_on_throttle"


@attrs.frozen
class CallOptions:
    """Overrides for one call; None keeps the client's setting."""

    timeout: httpx.Timeout | None = None
    max_retries: int | None = None
    on_throttle: Callable[[float], None] | None = None  # told of each 429/503 retried (paging ahead slows down)
    # extra_headers/extra_query/extra_body (None: none): merged into the request itself (the transports never read
    # them), so a retry, which resends that request, carries them.
    extras: RequestExtras | None = None

    def extensions(self) -> dict[str, object]:
        """The request extensions that carry these options to the transports."""
        out: dict[str, object] = {} if self.timeout is None else {"timeout": self.timeout.as_dict()}
        if self.max_retries is not None:
            out[MAX_RETRIES] = self.max_retries
        if self.on_throttle is not None:
            out[ON_THROTTLE] = self.on_throttle
        return out


def backoff(attempt: int, rand: Callable[[], float] = random.random) -> float:
    """Full jitter: a uniform delay in [0, min(cap, base * 2**attempt)) for the ``attempt``-th retry (0-based)."""
    return rand() * min(BACKOFF_CAP, BACKOFF_BASE * 2.0**attempt)


@attrs.define
class RetryPolicy:
    max_retries: int = 3
    rand: Callable[[], float] = random.random

    def retries_for(self, request: httpx.Request) -> int:
        override = request.extensions.get(MAX_RETRIES)
        return self.max_retries if override is None else int(override)

    def status_reason(self, request: httpx.Request, response: httpx.Response) -> str | None:
        allowed = RETRY_STATUS if repeatable(request) else RETRY_STATUS_POST
        if response.status_code not in allowed:
            return None
        hint = parse_retry_after(response.headers.get("retry-after"))
        if hint is not None and hint > RETRY_AFTER_CAP:
            return None  # the service asks for a longer pause than a call should block for
        return f"status {response.status_code}"

    def error_reason(self, request: httpx.Request, exc: Exception) -> str | None:
        if isinstance(exc, httpx.ConnectError | httpx.ConnectTimeout):
            return type(exc).__name__
        if repeatable(request) and isinstance(
            exc, httpx.ReadTimeout | httpx.ReadError | httpx.RemoteProtocolError | httpx.WriteError
        ):
            return type(exc).__name__
        return None

    def delay(self, attempt: int, response: httpx.Response | None) -> float:
        if response is not None:
            hint = parse_retry_after(response.headers.get("retry-after"))
            if hint is not None:
                return min(hint, RETRY_AFTER_CAP)
        return backoff(attempt, self.rand)


def repeatable(request: httpx.Request) -> bool:
    """Whether repeating the request cannot do harm: an idempotent method, or a sign-in."""
    return request.method in IDEMPOTENT or bool(request.extensions.get("visier_sign_in"))


def _log_retry(request: httpx.Request, reason: str, delay: float, attempt: int) -> None:
    extra = fields(operation_of(request), attempt=attempt + 1, status=reason)
    retry_log.warning(
        "retrying %s %s after %s in %.2f s (retry %d)", request.method, request.url.path, reason, delay, attempt + 1,
        extra=extra,
    )


def _within(request: httpx.Request, remaining: float) -> None:
    """Shorten the request's timeouts to what is left before its deadline."""
    timeouts = request.extensions.get("timeout") or {}
    left = max(remaining, 0.001)
    request.extensions["timeout"] = {
        phase: left if limit is None else min(limit, left)
        for phase, limit in {**dict.fromkeys(("connect", "read", "write", "pool")), **timeouts}.items()
    }


def _past(deadline: object, delay: float) -> bool:
    """Whether waiting ``delay`` would start the next try after ``deadline``."""
    return isinstance(deadline, float) and time.monotonic() + delay >= deadline


async def _send_with_retries(
    request: httpx.Request,
    policy: RetryPolicy,
    send: Callable[[httpx.Request], Awaitable[httpx.Response]],
    sleep: Callable[[float], Awaitable[None]],
    close: Callable[[httpx.Response], Awaitable[None]],
    read: Callable[[httpx.Response], Awaitable[bytes]],
) -> httpx.Response:
    """Send ``request`` until it succeeds, fails for good or runs out of retries: written once for both transports
    (the sync one passes steps that never suspend). Each attempt is observed (a span, a log record) when anyone
    listens."""
    retries, attempt = policy.retries_for(request), 0
    send = observed(request, send, read)
    deadline = request.extensions.get(DEADLINE)
    while True:
        started = time.monotonic()
        if isinstance(deadline, float):
            _within(request, deadline - started)
        try:
            response = await send(request)
        except httpx.TransportError as exc:
            reason = policy.error_reason(request, exc)
            if reason is None or attempt >= retries:
                raise
            delay = policy.delay(attempt, None)
            if _past(deadline, delay):
                raise
        else:
            reason = policy.status_reason(request, response)
            if reason is None or attempt >= retries:
                return response
            delay = policy.delay(attempt, response)
            if _past(deadline, delay):
                return response
            await close(response)
            on_throttle = request.extensions.get(ON_THROTTLE)
            if callable(on_throttle) and response.status_code in THROTTLE_STATUS:
                on_throttle(delay)
        _log_retry(request, reason, delay, attempt)
        await sleep(delay)
        attempt += 1


_CLOSE, _READ = ready(httpx.Response.close), ready(httpx.Response.read)  # the sync transport's steps


class RetryTransport(httpx.BaseTransport):
    def __init__(
        self,
        inner: httpx.BaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._inner, self._policy, self._sleep = inner, policy, sleep
        self._steps = ready(sleep), _CLOSE, _READ  # made once: a call's cost is what it sends

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        sleep, close, read = self._steps
        return finish(_send_with_retries(request, self._policy, ready(self._inner.handle_request), sleep, close, read))

    def close(self) -> None:
        self._inner.close()


class AsyncRetryTransport(httpx.AsyncBaseTransport):
    def __init__(
        self,
        inner: httpx.AsyncBaseTransport,
        policy: RetryPolicy,
        sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if sleep is None:
            import asyncio  # here, so that a sync-only program never imports asyncio

            sleep = asyncio.sleep
        self._inner, self._policy, self._sleep = inner, policy, sleep

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        send, close = self._inner.handle_async_request, httpx.Response.aclose
        return await _send_with_retries(request, self._policy, send, self._sleep, close, httpx.Response.aread)

    async def aclose(self) -> None:
        await self._inner.aclose()
