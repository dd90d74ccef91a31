"""User-supplied regular expressions (fileNameRegex), matched by RE2 in time linear in the text.

Python's re backtracks: one pattern such as ``(.*.*)*Z`` could hold the event loop, and so every client, for
minutes. RE2 never backtracks, so no pattern can. Text RE2 does not take as a pattern (a syntax error, or a
construct it leaves out for that reason: backreferences, lookaround, or more than its memory bound) is matched as
plain text, as a file-name filter would, which is also linear; the spec types the field as free text, so any text
is a valid filter."""

from __future__ import annotations

from typing import Protocol

import re2

_OPTIONS = re2.Options()
_OPTIONS.log_errors = False  # text that is not a pattern is matched literally; nothing for the server log
_OPTIONS.max_mem = 8 << 20


class Matcher(Protocol):
    def search(self, text: str) -> object: ...


class _PlainText:
    def __init__(self, text: str) -> None:
        self.text = text

    def search(self, text: str) -> bool:
        return self.text in text


def compile_user_pattern(pattern: str) -> Matcher:
    """A matcher whose ``search(text)`` is truthy when the file name matches, in time linear in the text."""
    try:
        compiled: Matcher = re2.compile(pattern, _OPTIONS)
    except re2.error:
        return _PlainText(pattern)
    return compiled
