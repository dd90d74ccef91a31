"""The urllib3 pool's head reader (``_http/response_head.py``) against http.client's own: the same answer, read
from the same bytes, gives the same status, headers, body framing and body, or the same error."""

from __future__ import annotations

import http.client
import io

import pytest
import urllib3.util.response
from hypothesis import given, settings
from hypothesis import strategies as st
from visier_data_handling._http.response_head import MAX_HEADERS, QuickHeadResponse
from visier_data_handling._http.urllib3_transport import _HTTPPool, _HTTPSPool


class _Socket:
    """What HTTPResponse asks of a socket: a file to read the answer from."""

    def __init__(self, data: bytes) -> None:
        self.data = data

    def makefile(self, mode: str) -> io.BufferedReader:
        return io.BufferedReader(io.BytesIO(self.data))  # type: ignore[arg-type]


def _read(kind: type[http.client.HTTPResponse], data: bytes, method: str) -> dict[str, object]:
    response = kind(_Socket(data), method=method)  # type: ignore[arg-type]
    try:
        response.begin()
    except http.client.HTTPException as exc:
        return {"error": type(exc)}
    head = {
        "status": response.status, "reason": response.reason, "version": response.version,
        "headers": response.msg.items(),
        "payload": response.msg.get_payload() or None,  # email leaves "" where nothing is left; both mean none
        "chunked": response.chunked, "length": response.length, "will_close": response.will_close,
    }
    try:
        head["body"] = response.read()
    except http.client.HTTPException as exc:
        head["body"] = type(exc)
    return head


NAMES = st.sampled_from(["Content-Length", "content-length", "Transfer-Encoding", "Connection", "Content-Type",
                         "Set-Cookie", "X-Request-Id", "Keep-Alive", "Date", "x-Y_z.1~!"])
VALUES = st.one_of(
    st.sampled_from(["chunked", "gzip, chunked", "close", "keep-alive", "Keep-Alive", "0", "3", "12", "-1", "x", ""]),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF, exclude_characters="\x7f"), max_size=20),
)
SPACING = st.sampled_from(["", " ", "  ", "\t", " \t"])
HEADER = st.tuples(NAMES, SPACING, VALUES, st.sampled_from(["", " ", "\t "]),
                   st.one_of(st.none(), st.tuples(st.sampled_from([" ", "\t"]), VALUES)))
STATUS = st.sampled_from(["HTTP/1.1 200 OK", "HTTP/1.1 204 No Content", "HTTP/1.1 304 Not Modified",
                          "HTTP/1.0 200 OK", "HTTP/1.1 500 Internal Server Error", "HTTP/1.1 201", "HTTP/1.1 404  x ",
                          "HTTP/2 200 OK", "HTTP/1.1 99 Odd", "junk"])


def _answer(status: str, headers: list[tuple[str, str, str, str, tuple[str, str] | None]], ending: str,
            interim: bool, body: bytes) -> bytes:
    lines = ["HTTP/1.1 100 Continue", "X-Interim: 1", ""] if interim else []
    lines.append(status)
    for name, before, value, after, folded in headers:
        lines.append(f"{name}:{before}{value}{after}")
        if folded is not None:
            lines.append(folded[0] + folded[1])
    return (ending.join([*lines, "", ""])).encode("latin-1") + body


@settings(max_examples=400, deadline=None)
@given(status=STATUS, headers=st.lists(HEADER, max_size=8), ending=st.sampled_from(["\r\n", "\n"]),
       interim=st.booleans(), body=st.sampled_from([b"", b"abc", b"3\r\nabc\r\n0\r\n\r\n", b"hello world"]),
       method=st.sampled_from(["GET", "HEAD", "POST"]))
def test_the_quick_head_reads_any_answer_as_http_client_does(
    status: str, headers: list[tuple[str, str, str, str, tuple[str, str] | None]], ending: str, interim: bool,
    body: bytes, method: str,
) -> None:
    data = _answer(status, headers, ending, interim, body)
    assert _read(QuickHeadResponse, data, method) == _read(http.client.HTTPResponse, data, method)


@pytest.mark.parametrize("line", ["Not a header", "Bad Name: x", ": no name", "Name\x01: x"])
def test_a_line_that_is_not_a_header_is_reported_by_urllib3_as_with_http_client(line: str) -> None:
    data = f"HTTP/1.1 200 OK\r\nA: 1\r\n{line}\r\nB: 2\r\nContent-Length: 0\r\n\r\n".encode()
    for kind in (QuickHeadResponse, http.client.HTTPResponse):
        response = kind(_Socket(data), method="GET")  # type: ignore[arg-type]
        response.begin()
        assert response.msg["A"] == "1"
        with pytest.raises(urllib3.exceptions.HeaderParsingError):
            urllib3.util.response.assert_header_parsing(response.msg)


@pytest.mark.parametrize("data", [
    b"HTTP/1.1 200 OK\r\n" + b"".join(b"H%d: v\r\n" % n for n in range(MAX_HEADERS)) + b"\r\n",
    b"HTTP/1.1 200 OK\r\nLong: " + b"x" * 70_000 + b"\r\n\r\n",
    b"",
    b"HTTP/1.1 100 Continue\r\n" + b"".join(b"H%d: v\r\n" % n for n in range(MAX_HEADERS)) + b"\r\n",
])
def test_too_many_or_too_long_header_lines_fail_as_in_http_client(data: bytes) -> None:
    quick = _read(QuickHeadResponse, data, "GET")
    assert "error" in quick
    assert quick == _read(http.client.HTTPResponse, data, "GET")


def test_urllib3s_pools_read_heads_with_it() -> None:
    for pool in (_HTTPPool, _HTTPSPool):
        assert pool.ConnectionCls.response_class is QuickHeadResponse
