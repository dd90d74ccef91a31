"""Checking Direct Data Intake files before a transaction is opened.

Local checks first, for every file, with no request: the file exists and can be read, and it is one of the types a
transaction takes (the spec's ``x-file-extensions``: CSV or ZIP). Then, per object, against its load schema
(``objectSchema``, asked once per object): the header has every column the schema lists, spelt exactly (the service
compares case-sensitively), and the mandatory columns hold a value in each of the first :data:`SAMPLE_ROWS` rows.
A ZIP is checked member by member (each CSV in it), streamed, so neither kind of file is read whole.

Each error names the object, the file and the column, and is raised before anything opens on the service. The local
check is the uploads' own (``file_problem``, ``INTAKE_FILES``), and its :class:`CheckedFile` is what the upload sends.
"""

from __future__ import annotations

import csv
import io
import os
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO

import attrs

from .._exceptions import InvalidArgument
from .._flows.intake_upload import INTAKE_FILES
from .._flows.upload_check import CheckedFile, file_problem

# Rows read per file to find empty mandatory values: enough to catch a wrong export, bounded for a large file.
SAMPLE_ROWS = 1000
StrPath = str | os.PathLike[str]


class IntakeFileError(InvalidArgument):
    """A file would be refused by the object it is for: ``object_name``, ``path`` and ``column`` say where."""

    def __init__(self, message: str, *, object_name: str, path: str, column: str | None = None) -> None:
        super().__init__(message, argument="files")
        self.object_name, self.path, self.column = object_name, path, column


@attrs.frozen
class IntakeFile:
    """One file checked locally for the object it loads into; its checked file is what the upload sends."""

    object_name: str
    file: CheckedFile

    @property
    def path(self) -> Path:
        return self.file.path

    @property
    def kind(self) -> str:
        """CSV or ZIP: ``csv`` or ``zip`` (one of INTAKE_FILE_EXTENSIONS)."""
        return self.file.kind


@attrs.frozen
class SchemaColumn:
    """What a check needs of one column of a load schema."""

    name: str
    mandatory: bool


def check_files(files: object) -> list[IntakeFile]:
    """``files`` ({object: path}) checked locally: a mapping of object names to readable CSV or ZIP files."""
    if not isinstance(files, Mapping) or not files:
        raise InvalidArgument(
            'files must be a non-empty dict of object name to file path, such as {"Employee": "employee.csv"}',
            argument="files",
        )
    return [_check_file(name, path) for name, path in files.items()]


def _check_file(object_name: object, path: object) -> IntakeFile:
    if not isinstance(object_name, str) or not object_name.strip():
        raise InvalidArgument(f"files: object name {object_name!r} must be a non-empty string", argument="files")
    if not isinstance(path, str | os.PathLike):
        raise InvalidArgument(
            f"files[{object_name!r}] must be a file path (str or Path), not {type(path).__name__}", argument="files"
        )
    local = Path(path)
    where = f"{object_name}: {str(local)!r}"
    problem = file_problem(local)
    if problem is not None:
        raise IntakeFileError(f"{where} {problem}", object_name=object_name, path=str(local))
    kind = INTAKE_FILES.kind_of(local)
    if kind is None:
        raise IntakeFileError(
            f"{where} must be a {INTAKE_FILES.listed} file; Direct Data Intake takes no other type",
            object_name=object_name, path=str(local),
        )
    return IntakeFile(object_name, CheckedFile.of(local, kind))


def check_against_schema(file: IntakeFile, columns: Sequence[SchemaColumn]) -> None:
    """Raise :class:`IntakeFileError` unless every CSV of ``file`` has the schema's columns, mandatory ones filled."""
    try:
        for member, text in _csv_texts(file):
            _check_csv(file, member, text, columns)
    except (OSError, zipfile.BadZipFile, UnicodeDecodeError, csv.Error) as exc:
        raise IntakeFileError(
            f"{file.object_name}: {str(file.path)!r} cannot be read as {file.kind.upper()}: {exc}",
            object_name=file.object_name, path=str(file.path),
        ) from None


def _csv_texts(file: IntakeFile) -> Iterator[tuple[str, IO[str]]]:
    """Each CSV of the file as text, streamed: the file itself, or each ``.csv`` member of a ZIP."""
    if file.kind == "csv":
        with file.path.open(encoding="utf-8-sig", newline="") as text:
            yield "", text
        return
    with zipfile.ZipFile(file.path) as archive:
        members = [m for m in archive.infolist() if not m.is_dir() and m.filename.lower().endswith(".csv")]
        if not members:
            raise IntakeFileError(
                f"{file.object_name}: {str(file.path)!r} holds no .csv file",
                object_name=file.object_name, path=str(file.path),
            )
        for member in members:
            with archive.open(member) as raw:
                yield member.filename, io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")


def _check_csv(file: IntakeFile, member: str, text: IO[str], columns: Sequence[SchemaColumn]) -> None:
    where = f"{file.object_name}: {str(file.path)!r}" + (f" ({member})" if member else "")
    rows = csv.reader(text)
    header = next(rows, None)
    if not header:
        raise IntakeFileError(f"{where} is empty; it needs a header row", object_name=file.object_name,
                              path=str(file.path))
    present = {name.strip() for name in header}
    for column in columns:
        if column.name not in present:
            near = next((h for h in present if h.lower() == column.name.lower()), None)
            hint = f" (the file has {near!r}; names are case-sensitive)" if near else ""
            raise IntakeFileError(
                f"{where} has no column {column.name!r}, which {file.object_name}'s load schema lists{hint}",
                object_name=file.object_name, path=str(file.path), column=column.name,
            )
    position = {name.strip(): i for i, name in enumerate(header)}
    mandatory = [(c.name, position[c.name]) for c in columns if c.mandatory]
    for line, row in enumerate(rows, start=2):
        if line > SAMPLE_ROWS + 1:
            break
        for name, index in mandatory:
            if index >= len(row) or not row[index].strip():
                raise IntakeFileError(
                    f"{where} line {line}: mandatory column {name!r} is empty",
                    object_name=file.object_name, path=str(file.path), column=name,
                )
