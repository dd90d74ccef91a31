"""The ``visier_data_handling`` logger, its ``VISIER_LOG`` switch, and redaction of secrets in it and in
httpx/httpcore logs.

httpcore's DEBUG trace logs response headers (``receive_response_headers.complete return_value=...``), which can
carry ``Set-Cookie`` with a session token, so a filter is put on those loggers too. Logger filters only see records
logged on that very logger, hence the list of httpcore's child loggers.
"""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import threading
import weakref

from .._exceptions import ConfigurationError

logger = logging.getLogger("visier_data_handling")
# Retry notices, on a logger of their own so a command line can keep them for -v: a retry that works is no news.
retry_log = logging.getLogger("visier_data_handling.retry")
# A sign-in's start and end (DEBUG), so a terminal can say what it waits for while the service is slow to answer.
sign_in_log = logging.getLogger("visier_data_handling.sign_in")
SIGN_IN_STARTED, SIGN_IN_ENDED = "signing in at %s (up to %.0f s)", "sign-in over"

MASK = "***"


@functools.cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Sensitive header values, credentials in a URL (a proxy's, say) and form fields: compiled on the first
    redaction, since most processes never log a request or meet a connection error."""
    header = re.compile(
        r"""(\(b?['"](?:set-cookie|cookie|authorization|proxy-authorization|apikey|x-api-key)['"],\s*b?['"])[^'"]*""",
        re.IGNORECASE,
    )
    userinfo = re.compile(r"(://)[^/@\s'\"]+:[^/@\s'\"]*@")
    form = re.compile(r"((?:password|client_secret|access_token|refresh_token|asid_token)=)[^&\s'\"]+", re.IGNORECASE)
    return header, userinfo, form


class _Secrets:
    """Every secret of every live client (tokens are added when signed in); weakly held by owner."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._owners: weakref.WeakKeyDictionary[object, set[str]] = weakref.WeakKeyDictionary()

    def add(self, owner: object, *values: str | None) -> None:
        with self._lock:
            bucket = self._owners.setdefault(owner, set())
            bucket.update(v for v in values if v and len(v) >= 4)

    def all(self) -> list[str]:
        with self._lock:
            values = {v for bucket in self._owners.values() for v in bucket}
        return sorted(values, key=len, reverse=True)  # longest first, so a secret containing another is masked whole


SECRETS = _Secrets()


def redact(text: str) -> str:
    """``text`` with known secret values and sensitive header/form values masked."""
    for value in SECRETS.all():
        if value in text:
            text = text.replace(value, MASK)
    header, userinfo, form = _patterns()
    text = header.sub(lambda m: m.group(1) + MASK, text)
    text = userinfo.sub(lambda m: m.group(1) + MASK + "@", text)
    return form.sub(lambda m: m.group(1) + MASK, text)


# The structured fields records carry (_observe/logs.py); those that are text are masked too.
_FIELDS = ("operation", "status", "job_id", "rci")


class RedactingFilter(logging.Filter):
    """Rewrites a record's message and text fields with secrets masked; never drops a record."""

    def filter(self, record: logging.LogRecord) -> bool:
        for name in _FIELDS:
            value = record.__dict__.get(name)
            if isinstance(value, str):
                record.__dict__[name] = redact(value)
        try:
            message = record.getMessage()
        except Exception:
            return True
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


_FILTER = RedactingFilter()
_LOGGERS = (
    "visier_data_handling",
    "visier_data_handling.retry",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)


def install_filters() -> None:
    """Put the redacting filter on our logger and httpx/httpcore's (idempotent), and switch our logging on when
    ``VISIER_LOG`` asks for it."""
    for name in _LOGGERS:
        target = logging.getLogger(name)
        if _FILTER not in target.filters:
            target.addFilter(_FILTER)
    switch_from_environment()


SWITCH = "VISIER_LOG"
_LEVELS = {"debug": logging.DEBUG, "info": logging.INFO}


class _SwitchedOn(logging.StreamHandler):  # type: ignore[type-arg]  # a TextIO stream, generic only in typeshed
    """The handler VISIER_LOG adds (once): stderr, one line per record; it masks what reaches it from any of our
    loggers (a logger's own filter sees only records logged on that very logger)."""


def switch_from_environment() -> None:
    """``VISIER_LOG=debug|info``: our logger at that level, writing to stderr; unset or empty leaves logging alone."""
    value = os.environ.get(SWITCH, "").strip().lower()
    if not value:
        return
    level = _LEVELS.get(value)
    if level is None:
        raise ConfigurationError(f"{SWITCH} must be one of {', '.join(_LEVELS)} (or unset), not {value!r}")
    logger.setLevel(level)
    if any(isinstance(handler, _SwitchedOn) for handler in logger.handlers):
        return
    handler = _SwitchedOn(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_FILTER)
    logger.addHandler(handler)
