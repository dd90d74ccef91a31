"""Checking local files before an upload sends a byte: each exists, has a data file's name Visier takes, and fits
the size limit; the one check of a CSV or ZIP file for a transaction or a transfer session; and the plain records
an upload reports (progress, result)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from pathlib import Path

import attrs
from visier_data_handling_api.facts import UPLOAD_FILENAME_PATTERN, UPLOAD_MAX_BYTES

from .._exceptions import InvalidArgument

# The spec's pattern for fileUpload's filename: ZIP, CSV, XLS or XLSX, optionally PGP-encrypted.
FILENAME = re.compile(UPLOAD_FILENAME_PATTERN)
StrPath = str | os.PathLike[str]
# The multipart part's Content-Type per file type a transaction or a transfer session takes.
MEDIA_TYPES = {"csv": "text/csv", "zip": "application/zip"}


@attrs.frozen
class UploadProgress:
    """What an upload progress callback receives: the file, bytes handed to the connection so far, and its size."""

    filename: str
    sent: int
    total: int


UploadProgressCallback = Callable[[UploadProgress], None]


@attrs.frozen
class UploadResult:
    """A file now on Visier, loadable by its ``filename`` (``client.load(files=[result.filename])``)."""

    filename: str
    size: int
    elapsed: float


@attrs.frozen
class UploadPlan:
    """A local file checked for upload: where it is, the name it gets on Visier, and its size."""

    path: Path
    filename: str
    size: int


@attrs.frozen
class Accepts:
    """What one kind of upload takes: the file types (the spec's extensions), who takes them (for messages), and the
    largest size (None: no limit of its own)."""

    extensions: tuple[str, ...]
    taker: str
    max_bytes: int | None = None

    @property
    def listed(self) -> str:
        return " or ".join(f".{e}" for e in self.extensions)

    def kind_of(self, local: Path) -> str | None:
        """The file's type by its extension (such as ``csv``), or None when this upload does not take it."""
        kind = local.suffix.lower().removeprefix(".")
        return kind if kind in self.extensions else None


@attrs.frozen
class CheckedFile:
    """A local file checked for a transaction or a transfer session: what the upload sends, with no second check."""

    path: Path
    filename: str
    size: int
    kind: str  # its type by extension, one of the Accepts' it was checked for

    @classmethod
    def of(cls, local: Path, kind: str) -> CheckedFile:
        return cls(local, local.name, local.stat().st_size, kind)

    @property
    def mime_type(self) -> str:
        return MEDIA_TYPES.get(self.kind, "application/octet-stream")


def check_filename(filename: str, argument: str = "filename") -> None:
    """Raise InvalidArgument unless ``filename`` is a data file name Visier takes (the spec's pattern)."""
    if not FILENAME.fullmatch(filename):
        raise InvalidArgument(
            f"{argument} {filename!r} must be a file name (no folders) ending in .zip, .csv, .xls or .xlsx, "
            "optionally followed by .gpg or .pgp",
            argument=argument,
        )


def file_problem(local: Path) -> str | None:
    """Why ``local`` cannot be read as a file (it is a folder, does not exist, or the OS refuses to open it), or None:
    the one check every upload and the intake plan make, each naming the file in its own words."""
    try:
        if not local.is_file():
            return "is a folder" if local.is_dir() else "does not exist"
        local.open("rb").close()  # what the upload will do; os.access would pass for root, so open it
    except OSError as exc:
        return f"is not readable ({exc.strerror or exc})"
    return None


def local_file(path: StrPath, wanted: str = "a local file to upload") -> Path:
    """``path`` as a Path, after checking that it is one and names an existing file we may read (``wanted`` says
    what kind)."""
    if not isinstance(path, str | os.PathLike):
        raise InvalidArgument(f"path must be a file path (str or Path), not {type(path).__name__}", argument="path")
    local = Path(path)
    problem = file_problem(local)
    if problem is not None:
        raise InvalidArgument(f"path {str(local)!r} {problem}; give {wanted}", argument="path")
    return local


def check_data_file(path: StrPath, accepts: Accepts) -> CheckedFile:
    """Raise InvalidArgument, naming the file and the problem, unless ``path`` is a readable file of a type
    ``accepts`` takes, within its size limit."""
    local = local_file(path, f"a local {' or '.join(e.upper() for e in accepts.extensions)} file")
    kind = accepts.kind_of(local)
    if kind is None:
        raise InvalidArgument(
            f"path {str(local)!r} must end in {accepts.listed}: {accepts.taker} takes only those files", argument="path"
        )
    file = CheckedFile.of(local, kind)
    if accepts.max_bytes is not None and file.size > accepts.max_bytes:
        raise InvalidArgument(f"path {str(local)!r} is {file.size} bytes; {accepts.taker} takes files of at most "
                              f"{accepts.max_bytes}", argument="path")
    return file


def plan(path: StrPath, filename: str | None = None) -> UploadPlan:
    """Check a local file before anything is sent: it exists, its name is a data file's, it fits the size limit."""
    local = local_file(path)
    name = local.name if filename is None else filename
    check_filename(name)
    size = local.stat().st_size
    if size > UPLOAD_MAX_BYTES:
        raise InvalidArgument(
            f"path {str(local)!r} is {size} bytes; uploads are limited to {UPLOAD_MAX_BYTES} bytes "
            f"({UPLOAD_MAX_BYTES / 2**20:g} MB), use SFTP for larger files",
            argument="path",
        )
    return UploadPlan(local, name, size)


def check_uploads(paths: Sequence[StrPath]) -> list[UploadPlan]:
    """Check every file before the first byte is sent, so a bad third file does not leave two uploaded."""
    if isinstance(paths, str | os.PathLike):
        raise InvalidArgument("paths must be a list of file paths, not one path", argument="paths")
    if not paths:
        raise InvalidArgument("paths must name at least one local file", argument="paths")
    plans = [plan(p) for p in paths]
    names = [p.filename for p in plans]
    duplicate = next((n for n in names if names.count(n) > 1), None)
    if duplicate is not None:
        raise InvalidArgument(f"paths name two files called {duplicate!r}; file names must differ", argument="paths")
    return plans
