"""How the release tools end: a failure they expect (an invalid surface) is exit 1 with a message naming the place;
any other failure is one line saying what failed, exit 2, with the traceback only under ``--debug``."""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable

_LINE_CHARS = 300


def guarded(tool: str, debug: bool, body: Callable[[], int], expected: tuple[type[Exception], ...] = ()) -> int:
    """``body()``'s exit code, or 1 for an ``expected`` failure, or 2 for any other, each told on one line."""
    try:
        return body()
    except expected as error:
        print(f"{tool}: error: {one_line(error)}", file=sys.stderr)
        return 1
    except Exception as error:  # every other failure becomes one line; --debug shows where it came from
        if debug:
            traceback.print_exc()
        hint = "" if debug else " (--debug shows the traceback)"
        print(f"{tool}: failed: {type(error).__name__}: {one_line(error)}{hint}", file=sys.stderr)
        return 2


def one_line(error: BaseException) -> str:
    """The error's message on one line, cut short: some libraries put a whole document in theirs."""
    return shorten(str(error))


def shorten(text: str) -> str:
    """``text`` on one line, at most a few hundred characters."""
    text = " ".join(text.split())
    return text if len(text) <= _LINE_CHARS else text[: _LINE_CHARS - 3] + "..."
