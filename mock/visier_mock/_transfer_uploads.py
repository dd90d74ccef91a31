"""uploadData (Data Intake): a multipart form whose ``file`` part is a CSV or ZIP file for a transfer session, up to
the spec's x-max-bytes (3 GB), streamed.

connexion reads a whole body before a handler runs, so MockApp answers this operation itself (after faults and the
credentials check, like fileUpload): the form is parsed as it arrives (_multipart), counting the file's bytes and
lines and keeping only its first bytes. A CSV for a source (named by sourceId, or the source whose file name pattern
the file's name matches) must have a header naming only the source's columns and every mandatory one. The body is
always read to its end before the answer; a connection lost mid-body registers nothing."""

from __future__ import annotations

import csv
import re
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs, unquote

from starlette.responses import JSONResponse
from starlette.types import Receive, Scope, Send
from visier_data_handling_api.facts import (
    TRANSFER_FILE_EXTENSIONS,
    TRANSFER_FILE_MAX_BYTES,
    TRANSFER_SEQUENCE_MAXIMUM,
    TRANSFER_UPLOAD_PATH,
)

from ._context import current_headers
from ._errors import MockError, bad_request, status_response
from ._handlers_transfer import tenant_code_of
from ._multipart import ClientGone, StreamedForm, boundary_of, read_to_end
from ._state_transfer import Batch, batch_answer, check_header, open_session

if TYPE_CHECKING:
    from ._state import State

OPERATION_ID = "uploadData"
_PATH = re.compile("^" + re.sub(r"\{([^}]+)\}", r"(?P<\1>[^/]+)", TRANSFER_UPLOAD_PATH) + "$")
_QUERY = ("sourceId", "sequence", "tenantCode")


class _Upload:
    """What the request line names, checked before the body is read."""

    def __init__(self, s: State, scope: Scope) -> None:
        match = _PATH.match(scope["path"])
        if match is None:
            raise MockError(404, "Not found.")
        self.session_id = unquote(match.group("transferSessionId"))
        with s.lock:  # an unknown session first: nothing else about the file matters then
            open_session(s.transfer_store, self.session_id)
        query = {k: v[-1] for k, v in parse_qs(scope.get("query_string", b"").decode("latin-1")).items()}
        extra = sorted(set(query) - set(_QUERY))
        if extra:
            raise bad_request(extra[0], "uploadData takes only the query parameters sourceId, sequence, tenantCode")
        self.sequence = _sequence(query.get("sequence"))
        self.source_id = query.get("sourceId") or None
        with s.lock:
            self.tenant = tenant_code_of(query.get("tenantCode"))
            self.source = s.transfer_store.source_by_id(self.source_id) if self.source_id else None
        if self.source_id and self.source is None:
            raise MockError(404, f"Invalid value for 'sourceId': unknown source {self.source_id!r}")

    def batch(self, s: State, form: StreamedForm) -> Batch:
        """The file as a batch, once it is a CSV or ZIP within the limit whose header fits its source."""
        if not form.found:
            raise bad_request("file", "the form has no part named 'file'")
        name = form.filename or ""
        extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
        if extension not in TRANSFER_FILE_EXTENSIONS:
            wanted = " or ".join(f".{e}" for e in TRANSFER_FILE_EXTENSIONS)
            raise bad_request("file", f"the file's name {name!r} must end in {wanted}")
        if form.size > TRANSFER_FILE_MAX_BYTES:
            raise MockError(413, f"The file is {form.size} bytes; uploadData takes at most {TRANSFER_FILE_MAX_BYTES}.")
        source = self.source or s.transfer_store.source_for_file(name)
        if extension == "csv" and source is not None:
            line = bytes(form.head).partition(b"\n")[0].decode("utf-8-sig", "replace").rstrip("\r")
            check_header("file", next(csv.reader([line]), []), source)
        rows = max(form.lines - 1, 0) if extension == "csv" else 0
        return Batch(self.sequence, self.tenant, source["name"] if source else "", rows, form.size, name,
                     source["sourceId"] if source else "")


def _sequence(text: str | None) -> int | None:
    if text is None:
        return None  # numbered when kept
    if not text.isdigit() or int(text) > TRANSFER_SEQUENCE_MAXIMUM:
        raise bad_request("sequence", f"{text!r} must be a whole number from 0 to {TRANSFER_SEQUENCE_MAXIMUM}")
    return int(text)


async def receive_data(s: State, scope: Scope, receive: Receive, send: Send) -> None:
    """Stream the form, check the file, keep it in the session under its sequence number."""
    refusal: MockError | None = None
    form: StreamedForm | None = None
    try:
        upload = _Upload(s, scope)
        form = StreamedForm(boundary_of(current_headers.get().get("content-type", "")))
    except MockError as error:
        refusal = error
    try:
        refusal = await read_to_end(receive, form if refusal is None else None) or refusal
    except ClientGone:
        return
    try:
        if refusal is not None:
            raise refusal
        assert form is not None
        batch = upload.batch(s, form)
        with s.lock:
            session = open_session(s.transfer_store, upload.session_id)
            answer: dict[str, Any] = batch_answer(session, s.transfer_store.add(session, batch))
    except MockError as error:
        await status_response(error.status, error.message)(scope, receive, send)
        return
    await JSONResponse(answer)(scope, receive, send)
