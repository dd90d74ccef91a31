"""What a failed connection becomes: an error that says the real reason, and whether the service may have acted.

* Never sent (connect error or timeout, no free connection): :class:`APIConnectionError` / :class:`APITimeoutError`;
  repeating the call is safe.
* Sent, but the answer was lost (a read timeout, a reset connection) on a request that is not safe to repeat:
  :class:`ServiceMayHaveActed`, naming since when, so nobody resends a ``startLoad`` blindly.
* Otherwise (an idempotent request): :class:`APITimeoutError` or :class:`APIConnectionError`.
* A proxy or a certificate that stopped the request (``network_errors.Refused``): the error it names
  (:class:`ProxyError`, :class:`ProxyAuthenticationRequired`, :class:`UntrustedCertificate`).

The httpx exception stays chained (its traceback helps), but with its ``request`` replaced by a copy without the
``apikey``, ``Authorization``, ``Cookie`` and ``Proxy-Authorization`` headers, nor the values of the call's
``extra_headers`` (the SDK cannot tell which are secrets): ``exc.__cause__.request.headers`` must not hand out secrets.
"""

from __future__ import annotations

import contextlib
import time
from datetime import UTC, datetime

import httpx

from .._exceptions import APIConnectionError, APITimeoutError, ServiceMayHaveActed
from .log import MASK, redact
from .network_errors import Refused
from .retry import repeatable

NEVER_SENT = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
SECRET_HEADERS = frozenset({"apikey", "authorization", "cookie", "x-api-key", "proxy-authorization"})


def describe(exc: BaseException) -> str:
    """``ConnectError: [Errno 111] Connection refused``: the type and the reason httpx was given."""
    default = "no answer within the timeout" if isinstance(exc, httpx.TimeoutException) else "no details"
    reason = redact(str(exc)) or default
    return f"{type(exc).__name__}: {reason}"


def _clean_request(request: httpx.Request, hidden: frozenset[str]) -> httpx.Request:
    headers = [(k, MASK if k.lower() in SECRET_HEADERS | hidden else v) for k, v in request.headers.items()]
    return httpx.Request(request.method, request.url, headers=headers)


def scrub(exc: BaseException | None, hidden: frozenset[str] = frozenset()) -> None:
    """Replace the request held by ``exc`` and every exception chained to it with a copy without secrets (nor the
    values of the lower-cased header names ``hidden``)."""
    seen: set[int] = set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        if isinstance(exc, httpx.RequestError):
            with contextlib.suppress(RuntimeError):  # raised when no request is attached
                exc.request = _clean_request(exc.request, hidden)
        exc = exc.__cause__ or exc.__context__


def connection_error(
    operation: str, host: str, exc: httpx.TransportError, started: float, hidden: frozenset[str] = frozenset()
) -> APIConnectionError:
    """The SDK's error for ``exc``; ``started`` is ``time.monotonic()`` just before the call was made; ``hidden``:
    lower-cased names of more headers whose values the chained request must not keep (a call's extra_headers)."""
    try:
        safe, sign_in = repeatable(exc.request), bool(exc.request.extensions.get("visier_sign_in"))
    except RuntimeError:  # no request attached: say nothing we cannot know
        safe, sign_in = False, False
    scrub(exc, hidden)
    reason = describe(exc)
    call = f"{operation}(): signing in" if sign_in else f"{operation}()"
    if isinstance(exc, Refused):  # a proxy or a certificate: the reason is the message
        return exc.error(f"{call} could not reach {host}: {redact(str(exc))}")
    if sign_in:
        what = "timed out talking to" if isinstance(exc, httpx.TimeoutException) else "could not reach"
        error = APITimeoutError if isinstance(exc, httpx.TimeoutException) else APIConnectionError
        return error(f"{call} {what} {host} ({reason})")
    if not safe and not isinstance(exc, NEVER_SENT):
        sent_at = time.time() - (time.monotonic() - started)
        when = datetime.fromtimestamp(sent_at, UTC).isoformat(timespec="seconds").replace("+00:00", "Z")
        return ServiceMayHaveActed(
            f"{operation}() was sent to {host} at {when} but its answer was lost ({reason}); the service may have "
            f"acted on it. Check what it started since {when} before sending it again.",
            operation=operation,
            sent_at=sent_at,
        )
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(f"{operation}() timed out talking to {host} ({reason})")
    return APIConnectionError(f"{operation}() could not reach {host} ({reason})")
