"""Records of a transfer session, checked against their source's definition (getSources) and packed into batches.

A record is a mapping of column name to value. Before it is kept for sending it is checked: every key is a column
of the source (spelt exactly), every mandatory column is there, and no column that may not be empty is empty. An
error names the record (its number in the session, from 1) and the column.

Records are packed into batches of one header each (pushData's body: comma-separated rows, the column names first),
so a batch holds records with the same columns; a record with other columns starts a new batch. A batch is full at
the session's record count or byte size, never over the spec's (TRANSFER_BATCH_MAX_RECORDS / _BYTES).
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping, Sequence

import attrs
from visier_data_handling_api.facts import TRANSFER_BATCH_MAX_BYTES, TRANSFER_BATCH_MAX_RECORDS

from .._exceptions import InvalidArgument
from .._jobs.snapshot import text

Value = str | int | float | bool | None


class RecordError(InvalidArgument):
    """A record its source would refuse: ``record`` is its number in the session (from 1), ``column`` the column."""

    def __init__(self, message: str, *, record: int, column: str | None) -> None:
        super().__init__(message, argument="records")
        self.record, self.column = record, column


@attrs.frozen
class Column:
    name: str
    mandatory: bool
    allow_empty: bool


@attrs.frozen
class SourceDefinition:
    """What a check needs of one source: its ID, name and columns."""

    source_id: str
    name: str
    columns: tuple[Column, ...]

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.name == name), None)


def source_definitions(answer: object) -> list[SourceDefinition]:
    """getSources' answer as definitions (sources without an ID are left out: nothing can be sent to them)."""
    found = []
    for source in getattr(answer, "sources", None) or []:
        source_id = text(source.source_id)
        if source_id is None:
            continue
        columns = tuple(
            Column(name, c.is_mandatory is True, c.allow_empty is not False)
            for c in source.columns or []
            if (name := text(c.column_name))
        )
        found.append(SourceDefinition(source_id, text(source.name) or source_id, columns))
    return found


def pick_source(sources: Sequence[SourceDefinition], wanted: str) -> SourceDefinition:
    """The source named ``wanted`` (its name or its ID), or an error listing the sources there are."""
    for source in sources:
        if wanted in (source.name, source.source_id):
            return source
    names = ", ".join(sorted(s.name for s in sources)) or "none"
    raise InvalidArgument(f"source {wanted!r} is not one of the tenant's sources ({names})", argument="source")


def _cell(number: int, column: str, value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str | int | float):
        return str(value)
    raise RecordError(
        f"record {number}: column {column!r} holds a {type(value).__name__}; give a str, number, bool or None",
        record=number, column=column,
    )


def check_record(source: SourceDefinition, number: int, record: object) -> dict[str, str]:
    """The record as text cells, once it is shown to fit the source; else a :class:`RecordError`."""
    if not isinstance(record, Mapping) or not record:
        raise RecordError(f"record {number} must be a non-empty dict of column to value, not {record!r}",
                          record=number, column=None)
    cells: dict[str, str] = {}
    for key, value in record.items():
        column = source.column(key) if isinstance(key, str) else None
        if column is None:
            near = next((c.name for c in source.columns if isinstance(key, str) and c.name.lower() == key.lower()), "")
            hint = f" (did you mean {near!r}? names are case-sensitive)" if near else ""
            raise RecordError(f"record {number}: column {key!r} is not a column of source {source.name!r}{hint}",
                              record=number, column=str(key))
        cells[key] = _cell(number, key, value)
        if not cells[key] and not column.allow_empty:
            raise RecordError(f"record {number}: column {key!r} of source {source.name!r} may not be empty",
                              record=number, column=key)
    for column in source.columns:
        if column.mandatory and column.name not in cells:
            raise RecordError(f"record {number}: the mandatory column {column.name!r} of source {source.name!r} "
                              "is missing", record=number, column=column.name)
    return cells


def _row(values: Sequence[str]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerow(values)
    return out.getvalue()


def _json_size(row: str) -> int:
    """The bytes a row adds to pushData's body, a JSON string (quotes and escapes count)."""
    return len(json.dumps(row, ensure_ascii=False).encode()) - 2


@attrs.frozen
class BatchLimits:
    records: int = TRANSFER_BATCH_MAX_RECORDS
    size: int = TRANSFER_BATCH_MAX_BYTES  # bytes of the JSON body


def check_limits(flow: str, records: object, size: object) -> BatchLimits:
    """The batch sizes asked for, within the spec's limits."""
    for name, value, limit in (("batch_records", records, TRANSFER_BATCH_MAX_RECORDS),
                               ("batch_bytes", size, TRANSFER_BATCH_MAX_BYTES)):
        if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= limit:
            raise InvalidArgument(f"{flow}(): {name} must be a whole number from 1 to {limit} (the spec's limit), "
                                  f"not {value!r}", argument=name)
    assert isinstance(records, int) and isinstance(size, int)
    return BatchLimits(records, size)


class Batcher:
    """Records gathered into batches; ``add`` answers the batches that filled up, ``drain`` the rest."""

    def __init__(self, limits: BatchLimits) -> None:
        self.limits = limits
        self._columns: tuple[str, ...] = ()
        self._rows: list[str] = []
        self._size = 0

    def add(self, number: int, cells: Mapping[str, str]) -> list[str]:
        """Keep a checked record; the bodies of the batches it closed (none, or the one before it)."""
        full: list[str] = []
        columns = tuple(cells)
        row = _row([cells[c] for c in columns])
        if columns != self._columns:
            full += self.drain()
            self._columns = columns
            self._size = _json_size(_row(columns)) + 2
        size = _json_size(row)
        if self._size + size > self.limits.size:
            if not self._rows:
                raise RecordError(f"record {number} alone is {size} bytes; a batch holds at most {self.limits.size}",
                                  record=number, column=None)
            full += self.drain()
            self._columns = columns
            self._size = _json_size(_row(columns)) + 2
        self._rows.append(row)
        self._size += size
        if len(self._rows) >= self.limits.records:
            full += self.drain()
        return full

    def drain(self) -> list[str]:
        """The batch being gathered, if any, as pushData's body."""
        if not self._rows:
            return []
        body = _row(self._columns) + "".join(self._rows)
        self._rows, self._size, self._columns = [], 0, ()
        return [body]
