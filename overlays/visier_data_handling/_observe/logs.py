"""Structured log records: each line one readable message, plus fields in the record (``extra=``) that a JSON
formatter or a log pipeline reads without parsing the text.

The fields: ``operation``, ``attempt`` (1 for the first try), ``status`` (the HTTP status, or the connection
error's name), ``elapsed_ms``, ``job_id`` (the job the flow follows, once known) and ``rci`` (the service's
root-cause ID of an error answer). A field that does not apply is None, so every record has all of them.
"""

from __future__ import annotations

import logging
from contextvars import ContextVar

from .._exceptions import ApiException

FIELDS = ("operation", "attempt", "status", "elapsed_ms", "job_id", "rci")

# The job the current flow follows (set by the flow once its start answered; a context variable, so concurrent
# flows in threads or tasks each see their own).
CURRENT_JOB: ContextVar[str | None] = ContextVar("visier_current_job", default=None)


def fields(
    operation: str | None,
    *,
    attempt: int | None = None,
    status: int | str | None = None,
    elapsed: float | None = None,
    rci: str | None = None,
    job_id: str | None = None,
) -> dict[str, object]:
    """A record's ``extra=``: every field, None where it does not apply."""
    return {
        "operation": operation,
        "attempt": attempt,
        "status": status,
        "elapsed_ms": None if elapsed is None else round(elapsed * 1000, 1),
        "job_id": job_id or CURRENT_JOB.get(),
        "rci": rci,
    }


def log(target: logging.Logger, level: int, extra: dict[str, object], message: str, *args: object) -> None:
    """``message % args`` with the fields, when ``target`` logs at ``level`` at all."""
    if target.isEnabledFor(level):
        target.log(level, message, *args, extra=extra)


def check_failed(target: logging.Logger, job_id: str, error: Exception, delay: float) -> None:
    """A job's status check failed for a passing reason; the wait checks again after ``delay`` seconds."""
    api = error if isinstance(error, ApiException) else None
    status = type(error).__name__ if api is None else api.status
    extra = fields(None, status=status, rci=None if api is None else api.rci, job_id=job_id)
    target.warning("job %s: status check failed (%s); checking again in %.1f s", job_id, error, delay, extra=extra)
