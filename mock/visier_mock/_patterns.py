"""User-supplied regular expressions (fileNameRegex), matched by RE2 in time linear in the text.

Python's re backtracks: one pattern such as ``(.*.*)*Z`` could hold the event loop, and so every client, for
minutes. RE2 never backtracks, so no pattern can; the constructs it leaves out for that reason (backreferences,
lookaround) get a 400 naming the field, as does a pattern too large to compile within the memory bound."""

from __future__ import annotations

from typing import Any

import re2

from ._errors import bad_request

MAX_PATTERN = 1000
_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # a rejected pattern is the caller's error, answered 400, not a server log line
_OPTIONS.max_mem = 8 << 20


def compile_user_pattern(field: str, pattern: str) -> Any:
    """The compiled pattern (``.search(text)``), or a 400 naming the field and what RE2 objects to."""
    if len(pattern) > MAX_PATTERN:
        raise bad_request(field, f"the pattern is longer than {MAX_PATTERN} characters")
    try:
        return re2.compile(pattern, _OPTIONS)
    except re2.error as error:
        reason = error.args[0] if error.args else error
        reason = reason.decode("utf-8", "replace") if isinstance(reason, bytes) else str(reason)
        raise bad_request(field, f"not a regular expression this service matches ({reason})") from None
