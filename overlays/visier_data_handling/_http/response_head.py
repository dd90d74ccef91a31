"""An answer's head (status line and headers) read for urllib3's pool without the ``email`` package.

``http.client`` hands the header lines to ``email.parser``, a MIME parser that checks content types and multipart
boundaries on the way: a fifth of a sync call's CPU on the default pool (docs/benchmarks.md). HTTP headers need
less. :class:`QuickHeadResponse` reads them itself into the same ``http.client.HTTPMessage``, with the same names
and values (a folded line joined as ``email`` joins it), the same limits on line length and header count, and the
same body framing (chunked, Content-Length, read to close), so urllib3 and ``http.client`` read the body as before.
Lines that are not headers end the headers, as in ``email``; they are kept as the message's payload, which urllib3
reports (``Failed to parse headers``) as it always has. ``tests/client/test_response_head.py`` holds the two
parsers to the same answers.
"""

from __future__ import annotations

import http.client
import io
import re

# http.client's own limits: one line, and the lines of a head.
MAX_LINE = 65536
MAX_HEADERS = 100
# email's rule for a header name: printable ASCII, no space (and no colon: the name ends at the first)
_FIELD_NAME = re.compile(r"[!-~]+")
_BODILESS = frozenset({204, 304})


def read_header_lines(fp: io.BufferedIOBase) -> list[bytes]:
    """The head's lines after the status line, up to (not including) the blank line that ends them."""
    lines: list[bytes] = []
    while True:
        line = fp.readline(MAX_LINE + 1)
        if len(line) > MAX_LINE:
            raise http.client.LineTooLong("header line")
        if line in (b"\r\n", b"\n", b""):
            return lines
        lines.append(line)
        if len(lines) >= MAX_HEADERS:
            raise http.client.HTTPException(f"got more than {MAX_HEADERS} headers")


def parse_header_lines(lines: list[bytes]) -> http.client.HTTPMessage:
    """``lines`` as ``http.client.parse_headers`` would give them: an HTTPMessage of (name, value) in order."""
    message = http.client.HTTPMessage()
    name: str | None = None
    value = ""
    for number, raw in enumerate(lines):
        line = raw.decode("iso-8859-1")
        if line.startswith((" ", "\t")) and name is not None:
            value += line  # a folded line: kept whole, as email keeps it (urllib3 unfolds it)
            continue
        field, colon, rest = line.partition(":")
        if not colon or _FIELD_NAME.fullmatch(field) is None:
            message.set_payload("".join(item.decode("iso-8859-1") for item in lines[number:]))
            break
        if name is not None:
            message.set_raw(name, value.rstrip("\r\n"))
        name, value = field, rest.lstrip(" \t")
    if name is not None:
        message.set_raw(name, value.rstrip("\r\n"))
    return message


class QuickHeadResponse(http.client.HTTPResponse):
    """``http.client.HTTPResponse`` whose head is parsed by :func:`parse_header_lines`; the rest is http.client's."""

    def begin(self) -> None:
        if self.headers is not None:  # already begun
            return
        version, status, reason = self._read_status()  # http.client's own reader
        while status == http.client.CONTINUE:  # an interim answer: its head is skipped
            read_header_lines(self.fp)
            version, status, reason = self._read_status()
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ("HTTP/1.0", "HTTP/0.9"):
            self.version = 10
        elif version.startswith("HTTP/1."):
            self.version = 11
        else:
            raise http.client.UnknownProtocol(version)
        self.headers = self.msg = parse_header_lines(read_header_lines(self.fp))
        self._frame_body(status)

    def _frame_body(self, status: int) -> None:
        """Where the body ends (RFC 9112 section 6.3): chunked, else Content-Length, else when the server closes."""
        encoding = self.headers.get("transfer-encoding")
        self.chunked = encoding is not None and encoding.lower() == "chunked"
        if self.chunked:
            self.chunk_left = None
        self.will_close = self._check_close()  # type: ignore[attr-defined]  # http.client's keep-alive rules
        self.length = None
        declared = self.headers.get("content-length")
        if declared and not self.chunked:
            try:
                length = int(declared)
            except ValueError:
                length = -1
            self.length = length if length >= 0 else None
        if status in _BODILESS or 100 <= status < 200 or self._method == "HEAD":  # type: ignore[attr-defined]
            self.length = 0
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True
