"""A multipart/form-data body parsed as it streams (python-multipart's parser, which starlette uses too): one named
file part's name and size, its number of lines, and its first bytes; nothing else of the body is kept. For the
upload operations the mock answers itself (uploadFile, uploadData), since connexion would read a whole body before
a handler runs."""

from __future__ import annotations

from python_multipart.exceptions import MultipartParseError
from python_multipart.multipart import MultipartParser, parse_options_header
from starlette.types import Receive

from ._errors import MockError, bad_request

HEAD_BYTES = 64 * 1024  # the first bytes of a file kept, enough for a CSV's header row


class StreamedForm:
    """Feed the body with ``parser.write``; then ``found``, ``filename``, ``size``, ``lines`` and ``head`` tell what
    the part named ``part`` held (the first such part; others are read past)."""

    def __init__(self, boundary: bytes, part: bytes = b"file") -> None:
        self.filename: str | None = None
        self.found = False
        self.size = 0
        self.lines = 0
        self.head = bytearray()
        self._part = part
        self._in_part = False
        self._field = bytearray()
        self._value = bytearray()
        self._headers: dict[str, bytes] = {}
        self.parser = MultipartParser(boundary, {
            "on_part_begin": self._headers.clear, "on_part_data": self._data, "on_part_end": self._end,
            "on_header_field": lambda d, s, e: self._field.extend(d[s:e]),
            "on_header_value": lambda d, s, e: self._value.extend(d[s:e]),
            "on_header_end": self._header_end, "on_headers_finished": self._headers_finished,
        })

    def _header_end(self) -> None:
        self._headers[self._field.decode("latin-1").lower()] = bytes(self._value)
        self._field.clear()
        self._value.clear()

    def _headers_finished(self) -> None:
        _, options = parse_options_header(self._headers.get("content-disposition", b""))
        self._in_part = options.get(b"name") == self._part and not self.found
        if self._in_part:
            self.found = True
            name = options.get(b"filename")
            self.filename = name.decode("utf-8", "replace") if name is not None else None

    def _data(self, data: bytes, start: int, end: int) -> None:
        if self._in_part:
            self.size += end - start
            self.lines += data.count(b"\n", start, end)
            room = HEAD_BYTES - len(self.head)
            if room > 0:
                self.head.extend(data[start:min(end, start + room)])

    def _end(self) -> None:
        self._in_part = False


def boundary_of(content_type: str) -> bytes:
    """The boundary of a multipart/form-data Content-Type; 415 for another type, 400 without a boundary."""
    kind, options = parse_options_header(content_type)
    if kind != b"multipart/form-data":
        raise MockError(415, f"Content-Type {kind.decode('latin-1') or '(none)'!r} is not accepted here; send "
                             "multipart/form-data.")
    boundary = options.get(b"boundary")
    if not boundary:
        raise bad_request("Content-Type", "multipart/form-data needs a boundary")
    return boundary


class ClientGone(Exception):
    """The client went away mid-body: nothing is registered and nothing answered."""


async def read_to_end(receive: Receive, form: StreamedForm | None) -> MockError | None:
    """Read the body to its end, feeding ``form`` (None for a request already refused: its body is read and dropped,
    so a client sending a large file reads the answer instead of a connection closed under it). A malformed form
    comes back as a 400 naming the file; ClientGone when the connection is lost mid-body."""
    refusal: MockError | None = None
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            raise ClientGone
        if form is not None and refusal is None:
            try:
                form.parser.write(message.get("body", b""))
            except MultipartParseError as error:
                refusal = bad_request("file", f"the multipart form is malformed ({error})")
        if not message.get("more_body", False):
            break
    if form is not None and refusal is None:
        try:
            form.parser.finalize()
        except MultipartParseError as error:
            refusal = bad_request("file", f"the multipart form is malformed ({error})")
    return refusal
