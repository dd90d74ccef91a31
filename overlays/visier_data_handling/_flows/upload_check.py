"""Checking local files before an upload sends a byte: each exists, has a data file's name Visier takes, and fits
the size limit; and the plain records an upload reports (progress, result)."""

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


def check_filename(filename: str, argument: str = "filename") -> None:
    """Raise InvalidArgument unless ``filename`` is a data file name Visier takes (the spec's pattern)."""
    if not FILENAME.fullmatch(filename):
        raise InvalidArgument(
            f"{argument} {filename!r} must be a file name (no folders) ending in .zip, .csv, .xls or .xlsx, "
            "optionally followed by .gpg or .pgp",
            argument=argument,
        )


def local_file(path: StrPath, wanted: str = "a local file to upload") -> Path:
    """``path`` as a Path, after checking that it is one and names an existing file we may read (``wanted`` says
    what kind)."""
    if not isinstance(path, str | os.PathLike):
        raise InvalidArgument(f"path must be a file path (str or Path), not {type(path).__name__}", argument="path")
    local = Path(path)
    if not local.is_file():
        problem = "is a folder" if local.is_dir() else "does not exist"
        raise InvalidArgument(f"path {str(local)!r} {problem}; give {wanted}", argument="path")
    try:
        local.open("rb").close()  # what the upload will do; os.access would pass for root, so open it
    except OSError as exc:
        raise InvalidArgument(
            f"path {str(local)!r} is not readable ({exc.strerror or exc}); give {wanted}", argument="path"
        ) from None
    return local


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
