"""The console script's entry point.

Console scripts are installed whatever extras were chosen, so ``visier-dh`` starts here, in the core package, and
checks that its extra is installed before importing it: without it, it prints one line naming the extra, not a
traceback. (``visier-mock`` is the mock distribution's own script, ``visier_mock.cli:main``.)
"""

from __future__ import annotations

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
