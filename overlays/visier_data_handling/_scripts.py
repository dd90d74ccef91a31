"""The console scripts' entry points.

Console scripts are installed whatever extras were chosen, so both start here, in the core package, and check that
their extra is installed before importing it: without it they print one line naming the extra, not a traceback.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

MISSING_EXTRA_EXIT = 2


def _require(script: str, extra: str, modules: tuple[str, ...]) -> None:
    missing = [name for name in modules if importlib.util.find_spec(name) is None]
    if missing:
        sys.stderr.write(
            f"{script} needs the '{extra}' extra ({', '.join(missing)} not installed): "
            f'pip install "visier-data-handling[{extra}]"\n'
        )
        raise SystemExit(MISSING_EXTRA_EXIT)


def visier_dh() -> None:
    """``visier-dh``: the command line (the ``cli`` extra)."""
    _require("visier-dh", "cli", ("typer", "rich"))
    from .cli import main

    main()


def visier_mock() -> None:
    """``visier-mock``: the offline mock server (the ``mock`` extra)."""
    _require("visier-mock", "mock", ("connexion", "uvicorn", "yaml", "dateutil"))
    # Imported by name: the mock is a separate top-level package that only the mock extra's users run.
    main = importlib.import_module("visier_mock.cli").main
    raise SystemExit(main())
