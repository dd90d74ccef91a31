"""uploadFile (Direct Data Intake): a multipart form whose ``file`` part is one object's CSV or ZIP, streamed.

connexion reads a whole body before a handler runs, so MockApp answers this operation itself (after faults and the
credentials check, like fileUpload): the form is parsed as it arrives (_multipart, shared with uploadData),
counting the file's bytes and keeping only its first bytes, enough for the header row. A CSV's header (for a ZIP,
the header of its first entry, when that is a CSV stored or deflated) must name every column of the object's load
schema; a file that lacks one is refused with 400 naming the object and the column, and the transaction stays open.

The body is always read to its end before the answer, so a client sending a large file reads the answer instead of a
connection closed under it; a connection lost mid-body registers nothing."""

from __future__ import annotations

import csv
import re
import struct
import zlib
from typing import TYPE_CHECKING
from urllib.parse import unquote

from starlette.responses import JSONResponse
from starlette.types import Receive, Scope, Send
from visier_data_handling_api.facts import INTAKE_FILE_EXTENSIONS, INTAKE_UPLOAD_PATH

from ._context import current_headers
from ._errors import MockError, bad_request, status_response
from ._handlers_intake import intake_tenant
from ._multipart import HEAD_BYTES, ClientGone, StreamedForm, boundary_of, read_to_end
from ._state_intake import IntakeFile, schema_of

if TYPE_CHECKING:
    from ._state import State

OPERATION_ID = "uploadFile"
API_PATH = INTAKE_UPLOAD_PATH
_PATH = re.compile("^" + re.sub(r"\{([^}]+)\}", r"(?P<\1>[^/]+)", API_PATH) + "$")
_ZIP_ENTRY = struct.Struct("<4sHHHHHIIIHH")  # a ZIP's local file header


def _csv_header(head: bytes) -> list[str] | None:
    """The header row's columns; None when the first bytes hold no whole row."""
    line, newline, _ = head.partition(b"\n")
    if not newline and len(head) >= HEAD_BYTES:
        return None
    text = line.decode("utf-8-sig", "replace").rstrip("\r")
    return [column.strip() for column in next(csv.reader([text]), [])]


def _zip_header(head: bytes) -> list[str] | None:
    """The header of a ZIP's first entry, when it is a CSV stored or deflated; None when that cannot be read."""
    if len(head) < _ZIP_ENTRY.size:
        return None
    signature, _, _, method, _, _, _, _, _, name_length, extra_length = _ZIP_ENTRY.unpack_from(head)
    name = head[_ZIP_ENTRY.size:_ZIP_ENTRY.size + name_length].decode("utf-8", "replace")
    if signature != b"PK\x03\x04" or not name.lower().endswith(".csv"):
        return None
    data = head[_ZIP_ENTRY.size + name_length + extra_length:]
    try:
        text = data if method == 0 else zlib.decompressobj(-15).decompress(data, HEAD_BYTES) if method == 8 else b""
    except zlib.error:
        return None
    return _csv_header(text) if b"\n" in text else None


def _check_file(form: StreamedForm, object_name: str) -> list[str]:
    """The file's header columns, once the file is a CSV or ZIP whose header names the schema's every column."""
    if not form.found:
        raise bad_request("file", "the form has no part named 'file'")
    filename = form.filename or ""
    extension = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if extension not in INTAKE_FILE_EXTENSIONS:
        wanted = " or ".join(f".{e}" for e in INTAKE_FILE_EXTENSIONS)
        raise bad_request("file", f"the file's name {filename!r} must end in {wanted}")
    columns = _csv_header(bytes(form.head)) if extension == "csv" else _zip_header(bytes(form.head))
    if extension == "csv" and columns is None:
        raise bad_request("file", f"the header row of {filename!r} is longer than {HEAD_BYTES} bytes")
    if columns is not None:
        missing = [c["name"] for c in schema_of(object_name) if c["name"] not in columns]
        if missing:
            raise bad_request("file", f"the header of {filename!r} lacks column {missing[0]!r} of object "
                                      f"{object_name}'s load schema (missing: {', '.join(missing)})")
    return columns or []


async def receive_file(s: State, scope: Scope, receive: Receive, send: Send) -> None:
    """Stream the form, check the file, add it to the transaction (replacing an earlier file for the object)."""
    match = _PATH.match(scope["path"])
    refusal: MockError | None = None
    form: StreamedForm | None = None
    try:
        if match is None or scope.get("query_string"):
            raise MockError(400, "uploadFile takes no query parameters.") if match else MockError(404, "Not found.")
        draft, transaction_id, object_name = (unquote(match.group(k)) for k in ("draftId", "transactionId",
                                                                                 "objectName"))
        with s.lock:
            tenant = intake_tenant(draft)
            s.intake_store.open_for_files(tenant, transaction_id)
            schema_of(object_name)
        form = StreamedForm(boundary_of(current_headers.get().get("content-type", "")))
    except MockError as error:
        refusal = error
    try:
        refusal = await read_to_end(receive, form if refusal is None else None) or refusal
    except ClientGone:
        return  # the client went away mid-body: nothing is registered
    try:
        if refusal is not None:
            raise refusal
        assert form is not None
        columns = _check_file(form, object_name)
        with s.lock:
            transaction = s.intake_store.open_for_files(tenant, transaction_id)
            s.intake_store.add_file(transaction, IntakeFile(object_name, form.filename or "", form.size, columns))
    except MockError as error:
        await status_response(error.status, error.message)(scope, receive, send)
        return
    body = {"transactionId": transaction_id, "status": transaction.status,
            "message": f"Received {form.filename} ({form.size} bytes) for {object_name}."}
    await JSONResponse(body)(scope, receive, send)
