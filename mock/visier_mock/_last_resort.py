"""The handler of last resort: any exception nothing else answered becomes a logged 500 naming the request.

Bad input never gets here (the fuzz and chaos suites assert ``State.unexpected`` stays empty); it is the net
under the mock's own bugs, so a user sees which request met one instead of a bare connection reset."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ._state import State

logger = logging.getLogger("visier_mock")


def report(state: State | None, method: str, path: str, error: BaseException) -> str:
    """Logs the error with its traceback, counts it on the state, and returns the answer's message."""
    request = f"{method} {path}"
    logger.error("unexpected %s answering %s", type(error).__name__, request, exc_info=error)
    if state is not None:
        state.unexpected.append(request)
    return f"Internal error answering {request}; the mock's log has the details."
