"""``visier-dh``, the command line (the ``cli`` extra: typer and rich). Exit codes are listed in ``_errors``."""

from ._app import app, main

__all__ = ["app", "main"]
