"""File uploads, the way Visier takes them.

``PUT /v1/data/upload/files/{filename}`` (fileUpload) never takes the file: it checks the name and, when the
client declares it, the size, then answers 307 with a ``Location`` on the mock's own upload location,
``/__upload__/{filename}?ticket=...``. It answers before reading any of the body (MockApp calls it after the
credentials check, outside connexion, which would read the whole body first), so a client sending
``Expect: 100-continue`` sends the body only once, to the location.

A PUT to the location streams the body, counting bytes without keeping them (an encrypted file's are written to
disk, for a load to decrypt); only a body received to its end is registered (listed in ``state.sftp``, loadable
by startLoad). A connection lost mid-body, or a body over the limit, registers nothing. Tickets are single-use,
like a presigned URL, so the location needs no credentials.
"""

from __future__ import annotations

import contextlib
import re
import secrets
import weakref
from typing import TYPE_CHECKING, BinaryIO
from urllib.parse import parse_qs, quote, unquote

from starlette.responses import JSONResponse, Response
from starlette.types import Receive, Scope, Send
from visier_data_handling_api.facts import UPLOAD_FILENAME_PATTERN, UPLOAD_MAX_BYTES, UPLOAD_PATH

from ._errors import MockError, bad_request, status_response
from ._state_pgp import ENCRYPTED_SUFFIXES

if TYPE_CHECKING:
    from ._state import State

OPERATION_ID = "fileUpload"
# The spec's path, size limit (x-max-bytes) and filename pattern of fileUpload.
API_PATH = UPLOAD_PATH
API_PREFIX = API_PATH.removesuffix("{filename}")
UPLOAD_PREFIX = "/__upload__/"
MAX_UPLOAD_BYTES = UPLOAD_MAX_BYTES
FILENAME = re.compile(UPLOAD_FILENAME_PATTERN)

# Issued tickets per mock: ticket -> file name. Kept beside State, so State needs no upload fields.
_TICKETS: weakref.WeakKeyDictionary[State, dict[str, str]] = weakref.WeakKeyDictionary()


def check_filename(filename: str) -> None:
    """A data file's name: no folders, and ZIP, CSV, XLS or XLSX, optionally PGP-encrypted (.gpg / .pgp)."""
    if not FILENAME.fullmatch(filename):
        raise bad_request("filename", f"{filename!r} must be a file name (no folders) ending in .zip, .csv, .xls or "
                          ".xlsx, optionally followed by .gpg or .pgp")


def _declared_length(headers: dict[str, str]) -> int | None:
    value = headers.get("content-length")
    return int(value) if value and value.isdigit() else None


def _too_large(size: int) -> str:
    limit = f"{MAX_UPLOAD_BYTES} bytes ({MAX_UPLOAD_BYTES / 2**20:g} MB)"
    return f"The file is {size} bytes; uploads are limited to {limit}. Use SFTP."


async def redirect(s: State, scope: Scope, receive: Receive, send: Send) -> None:
    """fileUpload: the 307 to a fresh upload location, or 400 / 413, without reading the body."""
    filename = unquote(scope["path"].removeprefix(API_PREFIX))
    headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]}
    try:
        check_filename(filename)
        size = _declared_length(headers)
        if size is not None and size > MAX_UPLOAD_BYTES:
            raise MockError(413, _too_large(size))
    except MockError as error:
        await status_response(error.status, error.message)(scope, receive, send)
        return
    ticket = secrets.token_urlsafe(16)
    with s.lock:
        _TICKETS.setdefault(s, {})[ticket] = filename
    # The ticket rides in the query, as in a presigned URL, so request logs (which show paths) do not carry it.
    location = f"{UPLOAD_PREFIX}{quote(filename, safe='')}?ticket={ticket}"
    await Response(status_code=307, headers={"Location": location})(scope, receive, send)


async def receive_upload(s: State, scope: Scope, receive: Receive, send: Send) -> None:
    """The upload location: stream the body to its end, then register the file (ASGI, outside connexion)."""
    if scope["method"] != "PUT":
        await status_response(405, "Upload locations take PUT.", {"Allow": "PUT"})(scope, receive, send)
        return
    name = unquote(scope["path"].removeprefix(UPLOAD_PREFIX))
    ticket = parse_qs(scope.get("query_string", b"").decode("latin-1")).get("ticket", [""])[0]
    with s.lock:
        filename = _TICKETS.get(s, {}).pop(ticket, None)  # single use, even if the body never arrives
    if filename is None or name != filename:
        await status_response(404, "This upload location is unknown or was already used.")(scope, receive, send)
        return
    declared = _declared_length({k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope["headers"]})
    if declared is not None and declared > MAX_UPLOAD_BYTES:
        await status_response(413, _too_large(declared))(scope, receive, send)
        return
    # An encrypted file is kept on disk, so that a load can decrypt it (_state_pgp); others are only counted.
    kept = s.pgp_store.file_path(filename) if filename.lower().endswith(ENCRYPTED_SUFFIXES) else None
    with kept.open("wb") if kept else contextlib.nullcontext() as sink:
        received = await _stream(receive, sink)
    if received is None or received > MAX_UPLOAD_BYTES or (declared is not None and received != declared):
        if kept:
            kept.unlink(missing_ok=True)
        if received is not None:  # None: the client went away mid-body, so nothing is registered or answered
            over = received > MAX_UPLOAD_BYTES
            problem = _too_large(received) if over else f"Received {received} of {declared} bytes."
            await status_response(413 if over else 400, problem)(scope, receive, send)
        return
    with s.lock:
        if kept:
            s.pgp_store.keep(filename, kept)
        if filename not in s.sftp:
            s.sftp.append(filename)
    await JSONResponse({"filename": filename, "size": received}, status_code=201)(scope, receive, send)


async def _stream(receive: Receive, sink: BinaryIO | None) -> int | None:
    """The body's length, written to ``sink`` if given; past the limit it stops early, None if the client left."""
    received = 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return None
        chunk = message.get("body", b"")
        received += len(chunk)
        if received > MAX_UPLOAD_BYTES:
            return received
        if sink is not None:
            sink.write(chunk)
        if not message.get("more_body", False):
            return received
