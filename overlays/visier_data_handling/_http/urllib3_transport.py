"""urllib3's connection pool under httpx's request and response types: the sync pool by default when urllib3 2 is
installed (``sync_backend="auto"`` or ``"urllib3"``, the ``urllib3`` extra; the official SDK runs on urllib3 too).

Auth, retries, paging, uploads and errors stay the httpx-typed layers above this transport. What httpx's transport
would decide is decided here the same way:

* the proxy (one per transport, as ``_http/network.py`` mounts them; its credentials as ``Proxy-Authorization``,
  in the tunnel's ``CONNECT`` or on each request it forwards) and the one ``ssl.SSLContext`` (CAs, ``cert=``);
* the request's ``timeout`` extension: connect, read, write (urllib3 would write under the connect timeout), pool;
* the headers as httpx built them (urllib3 adds none), the body streamed as httpx framed it (``Content-Length``
  or chunked), no redirect followed, no retry (the retry layer above decides), no decoding (httpx decodes);
* the answer read whole before it is handed over, as bytes: the SDK reads every answer whole anyway, and a body
  httpx need not decode then skips httpx's stream layers (``direct_send.py``); an error while reading it is mapped
  like any other;
* urllib3's errors become httpx's, by what they say about the request (the retry layer and
  ``network_errors.py`` read those): could not connect -> ``ConnectError``; the connect timed out ->
  ``ConnectTimeout``; no free connection in time -> ``PoolTimeout``; the proxy refused the tunnel -> ``ProxyError``
  whose message starts with the status, as httpcore's does; no answer in time -> ``ReadTimeout``; the body could not
  be written in time -> ``WriteTimeout``; closed without an answer or mid-body -> ``RemoteProtocolError``; anything
  else on an open connection -> ``ReadError``. The original error stays chained (certificate errors are found there).

A SOCKS proxy stays on httpx's transport (urllib3 would need PySocks).
"""

from __future__ import annotations

import functools
import http.client
import re
import ssl
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

import httpx
import urllib3
import urllib3.connection
from urllib3.exceptions import (
    ConnectTimeoutError,
    EmptyPoolError,
    NewConnectionError,
    ProtocolError,
    ReadTimeoutError,
    SSLError,
)
from urllib3.exceptions import ProxyError as Urllib3ProxyError

from .._config import proxy_authorization
from . import kept_alive
from .urllib3_connection import WRITE_TIMEOUT, HTTPSWritesInTime, WritesInTime

if TYPE_CHECKING:
    from urllib3._base_connection import BaseHTTPConnection  # a protocol urllib3 defines for type checkers only

_TUNNEL_REFUSED = re.compile(r"Tunnel connection failed: (\d{3}.*)")
# No retry, no redirect: what urllib3 makes of retries=False, made once instead of on every request.
_NO_RETRIES = urllib3.Retry(False, redirect=False)


def _links(exc: BaseException) -> Iterator[BaseException]:
    """``exc`` and what it wraps: urllib3 keeps the original error as an argument as well as in the chain."""
    seen: set[int] = set()
    todo: list[BaseException] = [exc]
    while todo:
        link = todo.pop()
        if id(link) in seen:
            continue
        seen.add(id(link))
        yield link
        todo += [a for a in link.args if isinstance(a, BaseException)]
        todo += [c for c in (link.__cause__, link.__context__) if c is not None]


def _said(exc: Exception) -> str:
    """What the socket or TLS said (``[Errno 111] Connection refused``, ``timed out``), as httpx's transport words
    it; urllib3's own wording names its pool or connection object, as ``_HTTPPool(host=..., port=...)``."""
    for link in _links(exc):
        if isinstance(link, OSError):
            return str(link)
    return str(exc)


def _mapped_error(exc: Exception, request: httpx.Request) -> httpx.TransportError | None:
    """httpx's error for a urllib3 (or socket) error, or None for one that is not about the network."""
    for link in _links(exc):
        refused = _TUNNEL_REFUSED.search(str(link))
        if refused is not None:  # the proxy's answer to the tunnel's CONNECT
            return httpx.ProxyError(refused.group(1), request=request)
    if isinstance(exc, EmptyPoolError):
        return httpx.PoolTimeout("no free connection in the pool within the pool timeout", request=request)
    said = _said(exc)
    if isinstance(exc, Urllib3ProxyError | NewConnectionError | SSLError):
        return httpx.ConnectError(said, request=request)
    if isinstance(exc, ConnectTimeoutError):
        return httpx.ConnectTimeout(said, request=request)
    if isinstance(exc, ReadTimeoutError):
        return httpx.ReadTimeout(said, request=request)
    if isinstance(exc, ProtocolError | OSError | http.client.HTTPException):
        inner = [link for link in _links(exc) if link is not exc]
        if any(isinstance(link, TimeoutError) for link in inner) and not isinstance(exc, ReadTimeoutError):
            return httpx.WriteTimeout(said, request=request)  # a read timeout is ReadTimeoutError, above
        if any(isinstance(link, http.client.RemoteDisconnected | http.client.IncompleteRead) for link in inner):
            return httpx.RemoteProtocolError(said, request=request)
        if any(isinstance(link, http.client.HTTPException) for link in [exc, *inner]):
            return httpx.RemoteProtocolError(said, request=request)
        return httpx.ReadError(said, request=request)
    return None


class _HTTPPool(urllib3.HTTPConnectionPool):
    ConnectionCls = WritesInTime


class _HTTPSPool(urllib3.HTTPSConnectionPool):
    ConnectionCls = HTTPSWritesInTime

    def _validate_conn(self, conn: BaseHTTPConnection) -> None:
        # urllib3 warns on each unverified connection; with verify=False the SDK has already said so, once, as it
        # does on httpx's pool. So only the connecting is kept.
        urllib3.HTTPConnectionPool._validate_conn(self, conn)


@functools.lru_cache(maxsize=256)  # a few distinct pairs in a program; deadlines shorten some, so a bound
def _timeout(connect: float | None, read: float | None) -> urllib3.Timeout:
    """urllib3 checks each value as it builds a Timeout: a call reuses one."""
    return urllib3.Timeout(connect=connect, read=read)


def _timeouts(request: httpx.Request) -> tuple[urllib3.Timeout, float | None]:
    limits = request.extensions.get("timeout") or {}
    WRITE_TIMEOUT.seconds = limits.get("write")
    return _timeout(limits.get("connect"), limits.get("read")), limits.get("pool")


def _headers(request: httpx.Request) -> dict[str, str] | urllib3.HTTPHeaderDict:
    raw = request.headers.raw
    plain = {k.decode("latin-1"): v.decode("latin-1") for k, v in raw}
    if len(plain) == len(raw):
        return plain
    repeated = urllib3.HTTPHeaderDict()  # a header given twice goes out twice
    for key, value in raw:
        repeated.add(key.decode("latin-1"), value.decode("latin-1"))
    return repeated


def _body(request: httpx.Request) -> bytes | Iterable[bytes] | None:
    stream = request.stream
    if isinstance(stream, httpx.ByteStream):
        content = request.read()
        return content or None
    assert isinstance(stream, httpx.SyncByteStream)
    return iter(stream)  # streamed as httpx framed it (Content-Length or Transfer-Encoding is among the headers)


def _opened(
    urlopen: Callable[..., urllib3.BaseHTTPResponse],
    method: str,
    target: str,
    body: bytes | Iterable[bytes] | None,
    headers: dict[str, str] | urllib3.HTTPHeaderDict,
    timeout: urllib3.Timeout,
    pool_timeout: float | None,
) -> kept_alive.Answer:
    """The answer through ``urlopen``: urllib3 opens the connection if need be (TLS, a proxy's tunnel), and
    streams a body that is not bytes."""
    response = urlopen(
        method,
        target,
        body=body,
        headers=headers,
        redirect=False,
        retries=_NO_RETRIES,
        preload_content=True,  # the SDK reads every answer whole; httpx decodes it (Content-Encoding)
        decode_content=False,
        assert_same_host=False,
        timeout=timeout,
        pool_timeout=pool_timeout,
    )
    headers_given = list(response.headers.items())  # a repeated header once per value, as HTTPHeaderDict lists it
    return kept_alive.Answer(response.status, response.reason or "", response.version, headers_given, response.data)


class Urllib3Transport(httpx.BaseTransport):
    """A network transport on urllib3's pool, direct or through ``proxy`` (see the module docstring)."""

    def __init__(self, limits: httpx.Limits, context: ssl.SSLContext, proxy: httpx.Proxy | None = None) -> None:
        most = limits.max_connections
        # httpx caps the connections at max_connections and waits (pool timeout) for a free one; urllib3 does so
        # per host with block=True, and keeps that many alive.
        pool: dict[str, object] = {"maxsize": most or 100, "block": most is not None, "ssl_context": context}
        self._forwards = proxy is not None
        if proxy is None:
            self._pool: urllib3.PoolManager = urllib3.PoolManager(num_pools=10, retries=False, **pool)  # type: ignore[arg-type]
        else:
            self._pool = urllib3.ProxyManager(
                str(proxy.url),
                num_pools=10,
                retries=False,
                proxy_headers={**dict(proxy.headers), **proxy_authorization(proxy)},
                proxy_ssl_context=proxy.ssl_context,
                **pool,  # type: ignore[arg-type]
            )
        self._pool.pool_classes_by_scheme = {"http": _HTTPPool, "https": _HTTPSPool}
        self._hosts: dict[tuple[str, str, int | None], urllib3.HTTPConnectionPool] = {}

    def _host_pool(self, url: httpx.URL) -> urllib3.HTTPConnectionPool:
        """The pool of ``url``'s host, found once (urllib3's lookup builds a key of a dozen fields each time); one
        the manager has since dropped (and closed) is looked up again."""
        key = (url.scheme, url.host, url.port)
        pool = self._hosts.get(key)
        if pool is None or pool.pool is None:
            pool = self._hosts[key] = self._pool.connection_from_host(url.host, url.port, url.scheme)
        return pool

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        timeout, pool_timeout = _timeouts(request)
        method, url = request.method, request.url
        try:  # a plain try, not a context manager: this runs for every request
            body, headers = _body(request), _headers(request)
            if self._forwards and url.scheme == "http":  # the proxy takes the whole URL and its own headers
                answer = _opened(self._pool.urlopen, method, str(url), body, headers, timeout, pool_timeout)
            else:  # the host's pool (or its tunnel's): the URL is parsed once, by httpx
                pool, target = self._host_pool(url), url.raw_path.decode("ascii")
                kept = None  # on a connection the pool keeps open, without urlopen's layers (kept_alive.py)
                if type(headers) is dict and (body is None or isinstance(body, bytes)):
                    kept = kept_alive.exchange(pool, method, target, headers, body, timeout, pool_timeout)
                answer = kept if kept is not None else _opened(pool.urlopen, method, target, body, headers, timeout,
                                                               pool_timeout)
        except httpx.TransportError:
            raise
        except Exception as exc:
            error = _mapped_error(exc, request)
            if error is None:
                raise
            raise error from exc
        return httpx.Response(
            answer.status,
            headers=answer.headers,
            stream=httpx.ByteStream(answer.body),
            extensions={
                "http_version": kept_alive.HTTP_VERSIONS.get(answer.version, b"HTTP/1.1"),
                "reason_phrase": answer.reason.encode("latin-1") if answer.reason else b"",
            },
        )

    def close(self) -> None:
        self._hosts.clear()
        self._pool.clear()
