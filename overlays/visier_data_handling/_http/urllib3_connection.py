"""The connection urllib3's pool opens for ``urllib3_transport.py``: written under httpx's timeouts, and the common
request's head written in one piece.

urllib3 writes a request under the connect timeout; httpx under the write timeout. So the connection is made first
(under the connect timeout), then the request is written under the write timeout.

urllib3 writes the head a header at a time, each through two layers (its own ``putheader``, then ``http.client``'s,
which encodes and checks every name and value): a tenth of a sync call's CPU. Every request httpx builds already has
the headers urllib3 would add (Host, Accept-Encoding, User-Agent, and Content-Length when there is a body), so for a
body of bytes or none the head is checked with ``http.client``'s own rules and handed over whole. Anything else --
a streamed body, a header urllib3 would add or treat specially, a name or value those rules refuse -- takes urllib3's
own ``request``, which then writes, or refuses, exactly as before. The answer's head is read by ``response_head.py``.
"""

from __future__ import annotations

import re
import threading
from typing import Any

import urllib3.connection
from urllib3.connection import _ResponseOptions  # re-exported by urllib3.connection: what its getresponse reads
from urllib3.util import SKIP_HEADER

from .response_head import QuickHeadResponse

# http.client's rules for a header line (its _is_legal_header_name and _is_illegal_header_value)
_LEGAL_NAME = re.compile(rb"[^:\s][^:\r\n]*")
_ILLEGAL_VALUE = re.compile(rb"\n(?![ \t])|\r(?![ \t\n])")
# Headers urllib3's request adds when absent, or frames the body by: without them the head is urllib3's to write.
_PRESENT = frozenset({"host", "accept-encoding", "user-agent"})
# Methods urllib3 sends with no Content-Length when there is no body (a few of those it lists).
_BODILESS = frozenset({"GET", "HEAD", "DELETE"})


class _WriteTimeout(threading.local):
    """The write timeout of the request this thread is sending (a sync transport sends on the caller's thread)."""

    seconds: float | None = None


WRITE_TIMEOUT = _WriteTimeout()


def head_lines(method: str, headers: dict[str, str], body: bytes | None) -> list[bytes] | None:
    """``headers`` as the head's lines, checked as ``http.client`` checks them; None when urllib3's own request must
    write them (see the module docstring)."""
    names = {name.lower() for name in headers}
    if not names >= _PRESENT or "transfer-encoding" in names:
        return None
    if "content-length" not in names and (body is not None or method not in _BODILESS):
        return None  # urllib3 frames it: the body's length, or 0 for a method that expects a body
    lines = []
    for name, value in headers.items():
        if value == SKIP_HEADER or not name.isascii():
            return None
        line = name.encode("ascii")
        try:
            encoded = value.encode("latin-1")  # as the transport decoded it from httpx's bytes
        except UnicodeEncodeError:
            return None
        if _LEGAL_NAME.fullmatch(line) is None or _ILLEGAL_VALUE.search(encoded) is not None:
            return None
        lines.append(line + b": " + encoded)
    return lines


class WritesInTime(urllib3.connection.HTTPConnection):
    """urllib3's connection, writing under the write timeout, the common head in one piece."""

    response_class = QuickHeadResponse

    def request(  # type: ignore[override]  # urllib3's own signature, which differs from http.client's
        self,
        method: str,
        url: str,
        body: Any = None,  # Any: urllib3's body types, passed on unchanged
        headers: Any = None,  # Any: a Mapping of str, as urllib3 takes it
        *,
        chunked: bool = False,
        preload_content: bool = True,
        decode_content: bool = True,
        enforce_content_length: bool = True,
    ) -> None:
        if self.sock is None:
            self.connect()
        self.timeout = WRITE_TIMEOUT.seconds
        lines = None
        if not chunked and (body is None or isinstance(body, bytes)) and type(headers) is dict:
            lines = head_lines(method, headers, body)
        if lines is None:
            super().request(method, url, body, headers, chunked=chunked, preload_content=preload_content,
                            decode_content=decode_content, enforce_content_length=enforce_content_length)
            return
        assert self.sock is not None
        self.sock.settimeout(self.timeout)
        self._response_options = _ResponseOptions(  # what urllib3's request records for its getresponse
            request_method=method,
            request_url=url,
            preload_content=preload_content,
            decode_content=decode_content,
            enforce_content_length=enforce_content_length,
        )
        self.send_whole(method, url, lines, body)

    def send_whole(self, method: str, url: str, lines: list[bytes], body: bytes | None) -> None:
        """The request line, the head's ``lines`` (from :func:`head_lines`) in one piece, then the body."""
        self.putrequest(method, url, skip_host=True, skip_accept_encoding=True)  # checks the method and URL
        self._buffer.extend(lines)  # type: ignore[attr-defined]  # http.client's head, joined with CRLF when sent
        self.endheaders()
        if body:
            self.send(body)


class HTTPSWritesInTime(WritesInTime, urllib3.connection.HTTPSConnection):
    pass

