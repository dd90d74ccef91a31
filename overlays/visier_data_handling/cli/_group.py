"""The root command's group: every error becomes one line on stderr and an exit code (``_errors``), a bare group
prints its help, and the top-level options may follow the command."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import Any

import typer
from rich.console import Console
from typer.core import TyperGroup

from . import _errors


def hoist_global_options(argv: list[str], params: Sequence[object]) -> list[str]:
    """Move the top-level options (``params``, the root command's) found anywhere before a ``--`` to the front, where
    click expects them: ``visier-dh load x.zip --output json --password-stdin`` works like a script writer expects.
    No command has an option of the same name (a test checks)."""
    flags: set[str] = set()
    valued: set[str] = set()
    for param in params:
        if getattr(param, "param_type_name", "") == "option" and not getattr(param, "is_eager", False):
            names = [*getattr(param, "opts", ()), *getattr(param, "secondary_opts", ())]
            (flags if getattr(param, "is_flag", False) else valued).update(names)
    front: list[str] = []
    rest: list[str] = []
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--":
            rest += argv[index:]
            break
        if arg in flags or (arg.split("=", 1)[0] in valued and "=" in arg):
            front.append(arg)
        elif arg in valued and index + 1 < len(argv):
            front += [arg, argv[index + 1]]
            index += 1
        else:
            rest.append(arg)
        index += 1
    return front + rest


class Group(TyperGroup):
    """Maps every error to one line on stderr and an exit code (see ``_errors``); usage errors included."""

    def main(  # type: ignore[override]
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        console = Console(stderr=True)
        argv = hoist_global_options(list(args) if args is not None else sys.argv[1:], self.params)
        try:
            result = super().main(argv, prog_name or "visier-dh", complete_var, standalone_mode=False, **extra)
            code = result if isinstance(result, int) else _errors.OK
        except typer.Exit as done:
            code = done.exit_code
        except (Exception, KeyboardInterrupt) as error:  # every error becomes one line
            code = _errors.report(console, error, debug="--debug" in argv)
        if standalone_mode:
            sys.exit(code)
        return code
