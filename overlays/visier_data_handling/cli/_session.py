"""What every command shares: the session the top-level options set up, and how results are written.

Results go to stdout: ``-o json`` writes the data, in the API's own camelCase field names (a single thing is an
object, a list is an array); the table form is for people (``_table``). Either way, a refused or failed outcome
is written first and then exits 1.
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Annotated, Any

import attrs
import typer
from rich.console import Console
from typer.core import TyperCommand

from .. import PollSchedule, VisierDataHandling
from . import _errors
from ._table import Column, Grid, grid

Opt = typer.Option
TenantOpt = Annotated[str | None, Opt("--tenant", "-t", metavar="TENANT", help="One analytic tenant's code.")]


class Command(TyperCommand):
    """A command whose usage line shows plain placeholders (``FILE...``), not typer's braces around required ones."""

    def collect_usage_pieces(self, ctx: typer.Context) -> list[str]:  # type: ignore[override]
        pieces = super().collect_usage_pieces(ctx)
        return [p[1:-1] if p.startswith("{") and p.endswith("}") else p for p in pieces]


QuietOpt = Annotated[bool, Opt("--quiet", "-q", help="Print only the IDs, one per line (for xargs).")]


class Output(StrEnum):
    table = "table"
    json = "json"


@attrs.define
class Session:
    """What the top-level options decided, shared by every command."""

    overrides: dict[str, Any]
    output: Output = Output.table
    debug: bool = False
    poll_interval: float | None = None
    err: Console = attrs.field(factory=lambda: Console(stderr=True))

    def client(self) -> VisierDataHandling:
        return VisierDataHandling.from_env(**self.overrides)

    def poll(self) -> PollSchedule | None:
        if self.poll_interval is None:
            return None
        return PollSchedule(initial=self.poll_interval, maximum=max(self.poll_interval, 1.0))

    def emit(self, data: object, human: Callable[[], Grid | str], *, failed: bool = False) -> None:
        """JSON on stdout, or the human form; then exit 1 if the outcome was refused or failed."""
        if self.output is Output.json:
            text = json.dumps(data, indent=2, default=str)
        else:
            shown = human()
            text = shown.render(_terminal_width()) if isinstance(shown, Grid) else shown
        sys.stdout.write(text + "\n")
        sys.stdout.flush()
        if failed:
            raise typer.Exit(_errors.FAILED)

    def ids(self, ids: Iterable[str]) -> None:
        """``--quiet``: the IDs alone, one per line."""
        sys.stdout.write("".join(f"{job_id}\n" for job_id in ids))
        sys.stdout.flush()

    # Any: a list command's items, generated models of several types, each read for its ID and its columns.
    def listing(self, items: list[Any], quiet: bool, id_of: Callable[[Any], object], table: Callable[[], Grid]) -> None:
        """A list command's result: the IDs alone with ``--quiet``, else the items as JSON or a table."""
        if quiet:
            self.ids(str(id_of(item)) for item in items)
        else:
            self.emit(dicts(items), table)


def _terminal_width() -> int | None:
    """The terminal's width when stdout is one (COLUMNS wins, as everywhere); None when piped: no wrapping."""
    return shutil.get_terminal_size().columns if sys.stdout.isatty() else None


def session_of(ctx: typer.Context) -> Session:
    session = ctx.find_root().obj
    assert isinstance(session, Session)
    return session


def dicts(items: Iterable[Any]) -> list[dict[str, Any]]:
    return [item.to_dict() for item in items]


def tenant_kwargs(tenant: str | None) -> dict[str, Any]:
    return {} if tenant is None else {"tenant_code": tenant}


# Any: a list command's items, generated models of several types, each read for its ID and its row.
def list_command(
    ctx: typer.Context,
    quiet: bool,
    fetch: Callable[[VisierDataHandling], list[Any]],
    id_of: Callable[[Any], object],
    title: str,
    columns: Sequence[Column | str],
    row: Callable[[Any], Sequence[object]],
) -> None:
    """A list command: the items ``fetch`` reads, as their IDs (``--quiet``), JSON, or a table of ``row`` each."""
    session = session_of(ctx)
    with session.client() as client:
        items = fetch(client)
    session.listing(items, quiet, id_of, lambda: grid(title, columns, [row(item) for item in items]))
