"""Plain-text tables that never cut what people copy next.

IDs, tenant codes, file names and times are ``whole`` columns: never cut, never wrapped, so a double click or ``awk``
gets all of them. The other columns wrap when the terminal is narrow; when even that is not enough, the line is wider
than the terminal (which folds it) rather than an ID losing its tail. Piped, nothing is wrapped: one row, one line.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from itertools import zip_longest

import attrs
from visier_data_handling_api.types import Unset

GAP = "  "
NARROWEST = 8  # a wrapped column is not made narrower than this (or its header)


@attrs.frozen
class Column:
    name: str
    whole: bool = False


@attrs.frozen
class Grid:
    """A titled table: what a command prints for people (``-o json`` prints the data instead)."""

    title: str
    columns: tuple[Column, ...]
    rows: tuple[tuple[str, ...], ...]

    def render(self, width: int | None) -> str:
        """The title, then the table fitted to ``width`` columns as well as whole columns allow (None: no limit)."""
        widths = _fit(self.columns, self.rows, width)
        lines = [self.title] if self.title else []
        for row in ((c.name.upper() for c in self.columns), *self.rows):
            cells = [
                [cell] if column.whole else textwrap.wrap(cell, size, break_on_hyphens=False) or [""]
                for column, cell, size in zip(self.columns, row, widths, strict=True)
            ]
            for parts in zip_longest(*cells, fillvalue=""):
                lines.append(GAP.join(p.ljust(size) for p, size in zip(parts, widths, strict=True)).rstrip())
        return "\n".join(lines)


def cell(value: object) -> str:
    return "" if value is None or isinstance(value, Unset) else str(value)


def grid(title: str, columns: Sequence[Column | str], rows: Iterable[Sequence[object]]) -> Grid:
    return Grid(
        title,
        tuple(c if isinstance(c, Column) else Column(c) for c in columns),
        tuple(tuple(cell(v) for v in row) for row in rows),
    )


def _fit(columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int | None) -> list[int]:
    widths = [max([len(c.name), *(len(row[i]) for row in rows)]) for i, c in enumerate(columns)]
    if width is None:
        return widths
    floors = [w if c.whole else min(w, max(NARROWEST, len(c.name))) for c, w in zip(columns, widths, strict=True)]
    excess = sum(widths) + len(GAP) * (len(widths) - 1) - width
    while excess > 0:  # narrow the wrappable column with the most to spare, one character at a time
        room = [(w - floor, i) for i, (w, floor) in enumerate(zip(widths, floors, strict=True)) if w > floor]
        if not room:
            break
        widths[max(room)[1]] -= 1
        excess -= 1
    return widths
