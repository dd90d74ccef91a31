"""On a terminal, one status line while signing in (``signing in at URL (up to 30 s)…``), erased once the
sign-in is over, so a slow or silent host does not look like a hang."""

from __future__ import annotations

import logging
from typing import TextIO

import typer

SIGN_IN_LOGGER = "visier_data_handling.sign_in"


class SignInStatus(logging.Handler):
    """Shows the SDK's "signing in" record on ``stream`` and erases it at "sign-in over"."""

    def __init__(self, stream: TextIO) -> None:
        super().__init__(logging.DEBUG)
        self.stream, self.showing = stream, False

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if message.startswith("signing in at ") and not self.showing:
            self.stream.write(f"{message}…")
            self.showing = True
        elif self.showing:
            self.stream.write("\r\x1b[K")
            self.showing = False
        self.stream.flush()


def show_sign_in(ctx: typer.Context, stream: TextIO) -> None:
    """For this command: the status line on ``stream`` (a terminal), taken away when the command ends."""
    log = logging.getLogger(SIGN_IN_LOGGER)
    handler, level = SignInStatus(stream), log.level
    log.addHandler(handler)
    log.setLevel(logging.DEBUG)

    def remove() -> None:
        log.removeHandler(handler)
        log.setLevel(level)

    ctx.call_on_close(remove)
