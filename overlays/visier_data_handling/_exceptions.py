"""The errors the SDK raises.

Everything derives from :class:`VisierError`. An HTTP error status becomes an :class:`ApiException` subclass picked
by status, with the attributes users of the earlier generated SDK know (``status``, ``reason``, ``body``,
``headers``, ``round_trip_time``) plus ``status_body``: the service's ``Status`` payload when the body parses as one.
Client-side mistakes are raised before any request is sent.
"""

from __future__ import annotations

import email.utils
import json
import time
from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Protocol

from ._observe.error_ids import rci_of, request_id_of

if TYPE_CHECKING:
    from visier_data_handling_api.models.status import Status

    from ._jobs.tree import JobTree


class ResumableJob(Protocol):
    """How an error lets its caller go on waiting for the job it happened to (a ``JobFuture`` is one). A protocol,
    so that errors need not import the job layer that raises them."""

    job_id: str

    def result(self, timeout: float | None = None) -> JobTree: ...

    async def aresult(self, timeout: float | None = None) -> JobTree: ...

    def cancel(self, *, tree: bool = False) -> bool: ...

    async def acancel(self, *, tree: bool = False) -> bool: ...


class VisierError(Exception):
    """Base class of every error this SDK raises.

    Raised while a job runs (waiting for it, say), ``job_id`` names the job and ``future`` resumes the wait
    (``future.result()``, or ``client.jobs.future(job_id)`` in a new process); both are None otherwise.
    """

    job_id: str | None = None
    future: ResumableJob | None = None
    # A Direct Data Intake error: the transaction it happened to, and whether it was rolled back (nothing loaded).
    transaction_id: str | None = None
    rolled_back: bool = False

    def attach_transaction(self, transaction_id: str, *, rolled_back: bool) -> None:
        self.transaction_id, self.rolled_back = transaction_id, rolled_back

    def attach_job(self, job_id: str, future: ResumableJob | None) -> None:
        """Name the job this error happened to, and how to go on waiting for it (once; the first job wins)."""
        if self.job_id is not None:
            return
        self.job_id, self.future = job_id, future
        resume = f"client.jobs.future({job_id!r}).result()"
        if isinstance(self, NotFound):  # an unknown ID, or one of another tenant: nothing says it was ever started
            self.add_note(f"the service found no job {job_id} (check the ID and target_tenant_id); if it was "
                          f"started just now, resume with {resume}")
        else:
            self.add_note(f"job {job_id} was started and may still be running; resume with {resume} instead of "
                          "starting it again")


class ConfigurationError(VisierError, ValueError):
    """The client's settings are missing or contradict each other; the message says what to set."""


class WrongHost(ConfigurationError):
    """The host setting cannot be a Visier API's URL (it has a path): nothing was sent. The command line treats it
    as a connection problem (exit 3), as it does a host that answers like no Visier API."""


class InvalidArgument(VisierError, TypeError):
    """A method was called with a missing, unknown or wrongly typed argument (no request was sent)."""

    def __init__(self, message: str, *, argument: str | None = None) -> None:
        super().__init__(message)
        self.argument = argument


class APIConnectionError(VisierError):
    """The service could not be reached, or the connection failed before a response arrived."""


class APITimeoutError(APIConnectionError):
    """The request timed out (connect, read, write or pool timeout)."""


class ProxyError(APIConnectionError):
    """The proxy refused: it could not be connected to, or it turned the request away. A setting to fix (``proxy=``,
    ``HTTPS_PROXY``), not an outage: never retried."""


class ProxyAuthenticationRequired(ProxyError):
    """The proxy asks for credentials (407): none were given, or it refused them. Give them in the proxy URL."""


class UntrustedCertificate(APIConnectionError):
    """The service's certificate (or a TLS-inspecting proxy's) is not signed by a trusted certificate authority.
    A setting to fix (``verify=`` a CA bundle, or ``SSL_CERT_FILE``), not an outage: never retried."""


class ServiceMayHaveActed(APIConnectionError):
    """A request that is not safe to repeat (a POST such as startLoad) was sent, but its answer was lost.

    The service may have acted on it: do not simply resend. Look for what it did since ``sent_at`` (UTC, seconds
    since the epoch) first -- for a load, the jobs listed by ``job_status`` since then. ``operation`` names the call.
    When ``load()`` / ``extract_and_load()`` looked and could not tell which job is the call's, ``candidates`` are
    the IDs of the jobs that could be (empty when none was seen).
    """

    def __init__(self, message: str, *, operation: str, sent_at: float, candidates: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.operation = operation
        self.sent_at = sent_at
        self.candidates = candidates


def _reason(status: int) -> str:
    try:
        return HTTPStatus(status).phrase
    except ValueError:
        return "Unknown Status"


def _decode(content: bytes) -> object:
    """The body as JSON when it is JSON, else as text (its users read ``e.body`` as data)."""
    if not content:
        return None
    try:
        return json.loads(content)
    except (ValueError, UnicodeDecodeError):
        return content.decode("utf-8", errors="replace")


def _status_body(body: object) -> Status | None:
    # Imported lazily: the models package is heavy and only needed once an error has happened. An import error is
    # a broken install and propagates; only a body that is not a Status gives None.
    from visier_data_handling_api.models.status import Status

    if not isinstance(body, dict):
        return None
    try:
        return Status.from_dict(body)
    except (TypeError, ValueError, KeyError, AttributeError):
        return None


# The Status fields that say what went wrong, by their names on the wire. The message is read from the body as sent,
# not from the generated model's attributes, so an upstream rename of a field (or of the Status schema) leaves the
# error readable: when neither field is there, the body itself is the detail.
_MESSAGE_FIELDS = ("localizedMessage", "message")
_DETAIL_CHARS = 300


def _detail(body: object) -> str | None:
    # Only a JSON object: a text body is often a proxy's HTML page, which stays in ``body``.
    if not isinstance(body, dict) or not body:
        return None
    for field in _MESSAGE_FIELDS:
        value = body.get(field)
        if isinstance(value, str) and value.strip():
            return value
    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
    return text[:_DETAIL_CHARS] + ("..." if len(text) > _DETAIL_CHARS else "")


class ApiException(VisierError):
    """The service answered with an error status. ``rci`` (the root-cause ID of the service's error body) and
    ``request_id`` (an ``X-Request-Id`` response header) are what Visier support asks for; None when not sent."""

    def __init__(
        self,
        status: int,
        reason: str | None = None,
        body: object = None,
        headers: Mapping[str, str] | None = None,
        round_trip_time: float | None = None,
        status_body: Status | None = None,
    ) -> None:
        self.status = status
        self.reason = reason if reason is not None else _reason(status)
        self.body = body
        self.headers: Mapping[str, str] = headers if headers is not None else {}
        self.round_trip_time = round_trip_time
        self.status_body = status_body
        self.rci, self.request_id = rci_of(body), request_id_of(self.headers)
        super().__init__(self._message())

    def _message(self) -> str:
        detail = _detail(self.body)
        text = f"{self.status} {self.reason}: {detail}" if detail else f"{self.status} {self.reason}"
        ids = [f"{name}: {value}" for name, value in (("rci", self.rci), ("request ID", self.request_id)) if value]
        return f"{text} ({', '.join(ids)})" if ids else text

    @classmethod
    def from_response(
        cls, status: int, content: bytes, headers: Mapping[str, str], round_trip_time: float | None = None
    ) -> ApiException:
        """The subclass that fits ``status``, with the body decoded and the ``Status`` payload parsed."""
        body = _decode(content)
        kind = _CLASSES.get(status) or (ServerError if status >= 500 else ApiException)
        exc = kind(status, None, body, headers, round_trip_time, _status_body(body))
        if isinstance(exc, RateLimited):
            exc.retry_after = parse_retry_after(headers.get("retry-after"))
        return exc


class BadRequest(ApiException):
    """400: the service rejected the request's content."""


class Unauthorized(ApiException):
    """401: the credentials were refused (after one fresh sign-in, when the client can sign in)."""


class Forbidden(ApiException):
    """403: the caller may not do this."""


class NotFound(ApiException):
    """404: no such job, credential or resource."""


class RateLimited(ApiException):
    """429: too many requests; ``retry_after`` is the service's hint in seconds, when it gave one."""

    retry_after: float | None = None


class ServerError(ApiException):
    """5xx: the service failed."""


_CLASSES: dict[int, type[ApiException]] = {
    400: BadRequest,
    401: Unauthorized,
    403: Forbidden,
    404: NotFound,
    429: RateLimited,
}


# Errors that say nothing about the job a read was about (after the client's own retries): a wait or a
# reconciliation looks again within its budget instead of giving up.
TRANSIENT = (RateLimited, ServerError, APIConnectionError)
# ... except these, which no amount of waiting mends: a wait raises them at once.
SETTING_ERRORS = (ProxyError, UntrustedCertificate)


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds from now: delta-seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    return max(0.0, when.timestamp() - (time.time() if now is None else now))


__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "ApiException",
    "BadRequest",
    "ConfigurationError",
    "Forbidden",
    "InvalidArgument",
    "NotFound",
    "ProxyAuthenticationRequired",
    "ProxyError",
    "RateLimited",
    "ServerError",
    "ServiceMayHaveActed",
    "Unauthorized",
    "UntrustedCertificate",
    "VisierError",
]
