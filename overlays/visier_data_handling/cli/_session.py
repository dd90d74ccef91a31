"""What every command shares: the session the top-level options set up, and how results are written."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterable, Sequence
from enum import StrEnum
from typing import Annotated, Any

import attrs
import typer
from rich.console import Console
from rich.table import Table
from rich.tree import Tree
from visier_data_handling_api.types import Unset

from .. import PollSchedule, VisierDataHandling

Opt = typer.Option
TenantOpt = Annotated[str | None, Opt("--tenant", "-t", help="One analytic tenant's code.")]


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
    out: Console = attrs.field(factory=Console)

    def client(self) -> VisierDataHandling:
        return VisierDataHandling.from_env(**self.overrides)

    def poll(self) -> PollSchedule | None:
        if self.poll_interval is None:
            return None
        return PollSchedule(initial=self.poll_interval, maximum=max(self.poll_interval, 1.0))

    def emit(self, data: Any, human: Callable[[], Table | Tree | str]) -> None:
        """JSON on stdout, or the human form."""
        if self.output is Output.json:
            sys.stdout.write(json.dumps(data, indent=2, default=str) + "\n")
            sys.stdout.flush()
        else:
            self.out.print(human())


def session_of(ctx: typer.Context) -> Session:
    session = ctx.find_root().obj
    assert isinstance(session, Session)
    return session


def dicts(items: Iterable[Any]) -> list[dict[str, Any]]:
    return [item.to_dict() for item in items]


def table(title: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> Table:
    grid = Table(title=title, title_justify="left")
    for column in columns:
        grid.add_column(column)
    for row in rows:
        grid.add_row(*("" if v is None or isinstance(v, Unset) else str(v) for v in row))
    return grid


def tenant_kwargs(tenant: str | None) -> dict[str, Any]:
    return {} if tenant is None else {"tenant_code": tenant}
