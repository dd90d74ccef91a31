"""The urllib3 pool's connection (``_http/urllib3_connection.py``) writes a request's head in one piece when it can:
the bytes it sends are urllib3's own, byte for byte, and a head urllib3 refuses is refused with the same error."""

from __future__ import annotations

import http.client

import urllib3.connection
from hypothesis import given, settings
from hypothesis import strategies as st
from urllib3.util import SKIP_HEADER
from visier_data_handling._http.urllib3_connection import WritesInTime, head_lines


class _Socket:
    """What a connection asks of a socket while it writes: every byte it sends is kept."""

    def __init__(self) -> None:
        self.sent = b""

    def settimeout(self, seconds: float | None) -> None:
        pass

    def sendall(self, data: bytes) -> None:
        self.sent += bytes(data)


def _written(kind: type[urllib3.connection.HTTPConnection], method: str, target: str, body: bytes | None,
             headers: dict[str, str]) -> tuple[bytes, str | None]:
    connection = kind("example.test", 8080)
    connection.sock = _Socket()  # type: ignore[assignment]
    try:
        connection.request(method, target, body=body, headers=dict(headers))
    except (ValueError, UnicodeError, http.client.HTTPException, urllib3.exceptions.HTTPError) as exc:
        return b"", f"{type(exc).__name__}: {exc}"
    assert isinstance(connection.sock, _Socket)
    return connection.sock.sent, None


NAMES = st.one_of(
    st.sampled_from(["Host", "host", "Accept-Encoding", "User-Agent", "user-agent", "Content-Length",
                     "Transfer-Encoding", "apikey", "Cookie", "Accept", "X-Id"]),
    st.text(st.characters(min_codepoint=0x09, max_codepoint=0x17F), min_size=1, max_size=8),  # bad ones too
)
VALUES = st.one_of(
    st.sampled_from(["127.0.0.1:8080", "gzip, deflate", "visier-data-handling-python/0.2.0", "12", "chunked",
                     SKIP_HEADER, "a\r\n b", "a\r\nb", "a\nb", "a\rb", "", "é"]),
    st.text(st.characters(min_codepoint=0x09, max_codepoint=0x17F), max_size=12),
)
HEADERS = st.dictionaries(NAMES, VALUES, max_size=8)
USUAL = {"Host": "127.0.0.1:8080", "Accept-Encoding": "gzip, deflate", "User-Agent": "visier-data-handling-python"}


@settings(max_examples=400, deadline=None)
@given(method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "G ET"]),
       target=st.sampled_from(["/v1/op/data-versions?start=0&limit=5", "/", "/a b", "/x\r\ny"]),
       body=st.one_of(st.none(), st.binary(min_size=1, max_size=30)),
       usual=st.booleans(), headers=HEADERS)
def test_the_head_written_whole_is_urllib3s_head_or_its_error(
    method: str, target: str, body: bytes | None, usual: bool, headers: dict[str, str]
) -> None:
    every = {**USUAL, **headers} if usual else headers
    if body is not None and usual:
        every.setdefault("Content-Length", str(len(body)))
    assert _written(WritesInTime, method, target, body, every) == _written(
        urllib3.connection.HTTPConnection, method, target, body, every
    )


def test_an_sdk_request_takes_the_one_piece_path() -> None:
    # The headers httpx gives every SDK request: the one-piece path is the one that runs, not urllib3's fallback.
    headers = {**USUAL, "Accept": "*/*", "Connection": "keep-alive", "apikey": "k", "Cookie": "VisierASIDToken=t"}
    lines = head_lines("GET", headers, None)
    assert lines is not None and lines[-1] == b"Cookie: VisierASIDToken=t"
    assert head_lines("POST", {**headers, "Content-Length": "2"}, b"{}") is not None
    assert head_lines("POST", headers, b"{}") is None  # a body without its length: urllib3 frames it
    assert head_lines("POST", headers, None) is None  # urllib3 says Content-Length: 0
    no_agent = {k: v for k, v in headers.items() if k != "User-Agent"}
    assert head_lines("GET", no_agent, None) is None  # urllib3 adds its own
