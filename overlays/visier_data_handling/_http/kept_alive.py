"""A request on a connection urllib3's pool keeps open, sent and read without urllib3's per-request layers.

For each request ``urlopen`` builds and checks its own retry, timeout and target, then wraps the answer in its
``HTTPResponse``, with its own header dict, decoders and length checks: about a fifth of a sync call's instructions
(docs/benchmarks.md). On a connection that is already open, with a head ``urllib3_connection.head_lines`` writes
whole, the exchange is four steps, done here: the pool gives the connection (with its own check for one the server
has dropped), the head and body are written under the write timeout, ``http.client`` reads the answer under the
read timeout, and the connection goes back to the pool. Anything else -- a connection to open (TLS, a proxy's
tunnel), a streamed body, another head -- goes through ``urlopen``, as does everything through a forwarding proxy.

Errors are raised as ``urlopen`` raises them, so the transport maps them to httpx's exactly as before: a write
the server cut short is read for an answer all the same; no answer in time is urllib3's ``ReadTimeoutError``;
a TLS failure is its ``SSLError``; the connection closed or broken is its ``ProtocolError``, holding the original
error. A connection that failed is closed and its place in the pool freed, as ``urlopen`` does.
"""

from __future__ import annotations

import errno
import http.client
import logging
import re
import ssl
from typing import NamedTuple

import urllib3
from urllib3.exceptions import ProtocolError, ReadTimeoutError, SSLError

from .urllib3_connection import WRITE_TIMEOUT, WritesInTime, head_lines

# A write cut short by these is read for an answer all the same (the server may have answered and closed).
_CUT_SHORT = frozenset({errno.ECONNRESET, errno.EPROTOTYPE})  # and a broken pipe
# Socket errors urllib3 counts as a read timeout, besides the timeout itself.
_TIMED_OUT = frozenset({errno.EAGAIN, errno.EWOULDBLOCK})
# urllib3's unfolding of a header value continued on the next line (obsolete line folding).
_FOLD = re.compile(r"(?:(?<![ \t])[ \t]+)?\r\n[ \t]+")
# urlopen logs each request here at DEBUG; so does this path, so that urllib3's debug log still shows every one.
_POOL_LOG = logging.getLogger("urllib3.connectionpool")
# http.client's version number as httpx names it (the response's http_version).
HTTP_VERSIONS = {10: b"HTTP/1.0", 11: b"HTTP/1.1"}


class Answer(NamedTuple):
    """An answer read whole, as the transport hands it to httpx."""

    status: int
    reason: str
    version: int  # 10 or 11, as http.client gives it
    headers: list[tuple[str, str]]
    body: bytes


def exchange(pool: urllib3.HTTPConnectionPool, method: str, target: str, headers: dict[str, str],
             body: bytes | None, timeout: urllib3.Timeout, pool_timeout: float | None) -> Answer | None:
    """The answer to the request, sent on an open connection of ``pool``; None when ``urlopen`` is to send it."""
    lines = head_lines(method, headers, body)
    read_timeout = timeout.read_timeout
    if lines is None or read_timeout == 0:
        return None
    connection = pool._get_conn(timeout=pool_timeout)
    if not isinstance(connection, WritesInTime) or connection.sock is None:  # new, or dropped: urlopen opens it
        pool._put_conn(connection)
        return None
    try:
        answer = _exchange_on(connection, method, target, lines, body, read_timeout, pool)
    except BaseException:
        connection.close()
        pool._put_conn(None)
        raise
    pool._put_conn(connection)  # closed by http.client when the answer said so; urlopen reopens it next time
    if _POOL_LOG.isEnabledFor(logging.DEBUG):
        _POOL_LOG.debug('%s://%s:%s "%s %s %s" %s %s', pool.scheme, pool.host, pool.port, method, target,
                        HTTP_VERSIONS.get(answer.version, b"HTTP/?").decode(), answer.status, len(answer.body))
    return answer


def _exchange_on(connection: WritesInTime, method: str, target: str, lines: list[bytes],
                 body: bytes | None, read_timeout: float | None, pool: urllib3.HTTPConnectionPool) -> Answer:
    sock = connection.sock
    assert sock is not None
    try:
        sock.settimeout(WRITE_TIMEOUT.seconds)
        connection.send_whole(method, target, lines, body)
    except (OSError, http.client.HTTPException) as exc:
        if not isinstance(exc, BrokenPipeError) and getattr(exc, "errno", None) not in _CUT_SHORT:
            raise _write_error(exc) from exc
    try:
        sock.settimeout(read_timeout)
        response = http.client.HTTPConnection.getresponse(connection)  # the head: http.client's, not urllib3's
    except (OSError, http.client.HTTPException) as exc:
        raise _head_error(exc, pool, target, read_timeout) from exc
    try:
        data = response.read()
    except (OSError, http.client.HTTPException) as exc:
        response.close()
        raise _body_error(exc, pool) from exc
    return Answer(response.status, response.reason, response.version, _headers(response.msg.items()), data)


def _headers(items: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The answer's headers as urllib3's ``HTTPHeaderDict`` lists them: folded values unfolded, and a name given
    more than once listed together, under its first spelling, at its first place."""
    pairs = [(name, _FOLD.sub(" ", value) if "\r\n" in value else value) for name, value in items]
    if len({name.lower() for name, _ in pairs}) == len(pairs):
        return pairs
    grouped: dict[str, list[str]] = {}
    for name, value in pairs:
        grouped.setdefault(name.lower(), [name]).append(value)
    return [(values[0], value) for values in grouped.values() for value in values[1:]]


def _write_error(exc: OSError | http.client.HTTPException) -> Exception:
    """What ``urlopen`` raises for an error while writing (one that did not just cut the write short)."""
    return SSLError(exc) if isinstance(exc, ssl.SSLError) else ProtocolError("Connection aborted.", exc)


def _head_error(exc: OSError | http.client.HTTPException, pool: urllib3.HTTPConnectionPool, target: str,
                read_timeout: float | None) -> Exception:
    """What ``urlopen`` raises for an error while reading the answer's head."""
    if isinstance(exc, TimeoutError) or getattr(exc, "errno", None) in _TIMED_OUT:
        return ReadTimeoutError(pool, target, f"Read timed out. (read timeout={read_timeout})")
    return _write_error(exc)


def _body_error(exc: OSError | http.client.HTTPException, pool: urllib3.HTTPConnectionPool) -> Exception:
    """What urllib3's response raises for an error while reading the body."""
    if isinstance(exc, TimeoutError):
        return ReadTimeoutError(pool, None, "Read timed out.")  # as urllib3's response: no URL
    if isinstance(exc, ssl.SSLError):
        return SSLError(exc)
    if isinstance(exc, http.client.IncompleteRead) and exc.expected is not None and exc.expected == -len(exc.partial):
        return ProtocolError("Response may not contain content.", exc)
    return ProtocolError(f"Connection broken: {exc!r}", exc)
