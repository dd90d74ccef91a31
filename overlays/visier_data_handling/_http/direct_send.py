"""A sync call's request, built and sent as ``httpx.Client.request`` would, without the layers it does not need.

``Client.request`` spends about a tenth of a sync call above the transport: it merges the client's cookies, query
and headers into each request through several copies, resolves the timeout and auth for every request, drives the
auth flow through its redirect loop, and wraps each step in a context manager. The SDK's own sync client has no
cookie jar (``cookies.py``), no default query, no event hooks and does not follow redirects, and its auth is
:class:`VisierAuth`, so most of those steps do nothing for it. Here they are done once, in the same order and with
httpx's own pieces: the same headers (the client's, then the request's), URL (``base_url`` joined, remembered by
``clients.py``), timeout extension, auth flow (the sign-in, the 401 renewal, each response's ``history``),
transport (``mounts`` and proxies picked by the client's own rule), ``response.request``, ``elapsed`` and
``next_request`` on a redirect, and httpx's log line. A request this path does not cover -- other keywords (the
upload redirect's ``auth=None``), a client given event hooks, cookies, a default query or ``follow_redirects`` -- goes
through ``Client.request`` itself.
"""

from __future__ import annotations

import logging
import time
from typing import Any

import httpx
from httpx._client import BoundSyncStream, ClientState  # private, but Client.send's own pieces (httpx < 0.29)

# The keywords built here; any other goes through Client.request.
_KEYWORDS = frozenset({"content", "data", "files", "json", "params", "headers"})
_httpx_log = logging.getLogger("httpx")
# Methods httpx sends without Content-Length when there is no body; their empty body, one for all (it is immutable).
_BODILESS = frozenset({"GET", "DELETE", "HEAD", "OPTIONS"})
_EMPTY = httpx.ByteStream(b"")


# Any: httpx's request keywords and extensions, of their several types.
def _plain(client: httpx.Client, kwargs: dict[str, Any]) -> bool:
    """Whether ``Client.request`` would do nothing here beyond what :func:`request` does."""
    hooks = client.event_hooks
    return (
        kwargs.keys() <= _KEYWORDS
        and not (hooks["request"] or hooks["response"] or client.follow_redirects or client.params or client.cookies)
        and client._state is not ClientState.CLOSED
    )


def request(
    # Any: httpx's request keywords and extensions, of their several types.
    client: httpx.Client, method: str, url: httpx.URL | str, *, extensions: dict[str, Any], **kwargs: Any
) -> httpx.Response:
    """``client.request(method, url, extensions=extensions, **kwargs)``, the response read. Any: httpx's request
    keywords, of their several types."""
    if not _plain(client, kwargs):
        return client.request(method, url, extensions=extensions, **kwargs)
    headers = client.headers  # the Request copies it
    own = kwargs.pop("headers", None)
    if own:
        headers = httpx.Headers(headers)
        headers.update(own)
    if "timeout" not in extensions:
        extensions = {**extensions, "timeout": client.timeout.as_dict()}
    built = _request(method, client._merge_url(url), headers, extensions, kwargs)
    client._state = ClientState.OPENED
    response = _send_handling_auth(client, built, client._build_request_auth(built))
    try:
        _read(response)
    except BaseException:
        response.close()
        raise
    return response


# Any: httpx's request keywords and extensions, of their several types.
def _request(method: str, url: httpx.URL, headers: httpx.Headers, extensions: dict[str, Any], kwargs: dict[str, Any]
             ) -> httpx.Request:
    """``httpx.Request(method, url, headers=headers, extensions=extensions, **kwargs)``. A request with no body and
    no query (the SDK's GETs and DELETEs) is prepared here as ``Request`` prepares it -- the ``Host`` header first
    when absent, the body empty -- and handed over with its empty stream, which spares it httpx's body encoding and
    a second pass over the headers (a tenth of the request's cost)."""
    if any(value is not None for value in kwargs.values()) or method.upper() not in _BODILESS:
        return httpx.Request(method, url, headers=headers, extensions=extensions, **kwargs)
    if url.host and "Host" not in headers:
        headers = httpx.Headers([(b"Host", url.netloc), *headers.raw])
    request = httpx.Request(method, url, headers=headers, extensions=extensions, stream=_EMPTY)
    request.read()  # as Request reads a body given as content
    return request


def _read(response: httpx.Response) -> None:
    """``response.read()``; an answer the transport has already read whole (urllib3's) and that has nothing to
    decode is taken as it is, instead of through httpx's decoders and chunker, and closed as ``read`` closes it."""
    stream = response.stream
    body = stream._stream if isinstance(stream, BoundSyncStream) else None
    if isinstance(body, httpx.ByteStream) and "content-encoding" not in response.headers:
        response._content = body._stream
        response.close()
        response.stream = body  # httpx's bound stream refers back to the response: a cycle only gc would free
    else:
        response.read()


def _send_handling_auth(client: httpx.Client, request: httpx.Request, auth: httpx.Auth) -> httpx.Response:
    """As ``Client._send_handling_auth``: each request the auth flow yields, sent; the flow told of each answer."""
    history: list[httpx.Response] = []
    flow = auth.sync_auth_flow(request)
    try:
        request = next(flow)
        while True:
            response = _send_single_request(client, request, history)
            try:
                try:
                    next_request = flow.send(response)
                except StopIteration:
                    return response
                response.history = list(history)
                response.read()
                request = next_request
                history.append(response)
            except BaseException:
                response.close()
                raise
    finally:
        flow.close()


def _send_single_request(client: httpx.Client, request: httpx.Request, history: list[httpx.Response]
                         ) -> httpx.Response:
    """As ``Client._send_single_request`` and the redirect step of ``_send_handling_redirects`` (not following)."""
    transport = client._transport_for_url(request.url)
    start = time.perf_counter()
    if not isinstance(request.stream, httpx.SyncByteStream):
        raise RuntimeError("Attempted to send an async request with a sync Client instance.")
    try:
        response = transport.handle_request(request)
    except httpx.RequestError as exc:  # as httpx's request_context: the error names its request
        exc.request = request
        raise
    try:
        assert isinstance(response.stream, httpx.SyncByteStream)
        response.request = request
        response.stream = BoundSyncStream(response.stream, response=response, start=start)
        response.default_encoding = client._default_encoding
        _httpx_log.info('HTTP Request: %s %s "%s %d %s"', request.method, request.url, response.http_version,
                        response.status_code, response.reason_phrase)
        response.history = list(history)
        if response.has_redirect_location:
            response.next_request = client._build_redirect_request(request, response)
    except BaseException:
        response.close()
        raise
    return response
