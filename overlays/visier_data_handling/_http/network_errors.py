"""A proxy or a certificate that stops a request, named as such instead of a generic "could not reach".

Each network transport is wrapped (:class:`NamedRefusals`, under the retry layer) to tell these apart:

* the certificate is not trusted (an ``ssl.SSLCertVerificationError`` anywhere in the chain, httpx's or aiohttp's);
* the server does not speak TLS at all (an https:// URL on a plain-HTTP port): a handshake that fails that way
  fails the same way on every retry;
* the proxy could not be connected to;
* the proxy asks for credentials: a 407 to a tunnel's ``CONNECT``, or to a request it forwards (plain http://);
* the proxy turned a tunnel away (another 4xx).

Each becomes :class:`Refused`, a transport error that is not a connection error, so it is not retried: it is a
setting to fix, not an outage. A tunnel the proxy could not open to the service (5xx) stays a ``ConnectError``:
the request never left, and the service may only be down for a moment.
"""

from __future__ import annotations

import re
import ssl
from collections.abc import Iterator

import httpx

from .._exceptions import APIConnectionError, ProxyAuthenticationRequired, ProxyError, UntrustedCertificate


class Refused(httpx.TransportError):
    """A proxy or the certificate check stopped the request; ``error`` is the SDK error it becomes."""

    def __init__(self, message: str, error: type[APIConnectionError], request: httpx.Request) -> None:
        super().__init__(message, request=request)
        self.error = error


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _certificate_error(exc: BaseException) -> ssl.SSLCertVerificationError | None:
    for link in _chain(exc):
        found = getattr(link, "certificate_error", link)  # aiohttp keeps it as an attribute too
        if isinstance(found, ssl.SSLCertVerificationError):
            return found
    return None


# OpenSSL's reasons for a handshake answered by something that is not TLS (a plain-HTTP server, most often).
NOT_TLS = frozenset({"WRONG_VERSION_NUMBER", "RECORD_LAYER_FAILURE", "PACKET_LENGTH_TOO_LONG", "UNKNOWN_PROTOCOL"})


def _not_tls(exc: BaseException) -> ssl.SSLError | None:
    for link in _chain(exc):
        if isinstance(link, ssl.SSLError) and getattr(link, "reason", None) in NOT_TLS:
            return link
    return None


def _proxy_status(exc: BaseException) -> int | None:
    """The status a proxy answered a tunnel's CONNECT with: httpcore says it first thing, aiohttp as ``status``."""
    for link in _chain(exc):
        status = getattr(link, "status", None)
        if isinstance(status, int) and "Proxy" in type(link).__name__:  # aiohttp's ClientHttpProxyError
            return status
        if isinstance(link, httpx.ProxyError) and (match := re.match(r"(\d{3})\b", str(link))):
            return int(match.group(1))
    return None


def _asks_credentials(request: httpx.Request, proxy: httpx.URL) -> Refused:
    return Refused(
        f"the proxy {proxy} asks for credentials (407 Proxy Authentication Required); put its user and password "
        "in the proxy URL",
        ProxyAuthenticationRequired,
        request,
    )


def refusal(exc: httpx.TransportError, request: httpx.Request, proxy: httpx.URL | None) -> httpx.TransportError | None:
    """What ``exc`` says, when it is one of this module's cases (None otherwise)."""
    certificate = _certificate_error(exc)
    if certificate is not None:
        reason = certificate.verify_message or certificate.reason or "certificate verify failed"
        return Refused(
            f"the certificate of {request.url.host} is not trusted ({reason}); pass verify= the CA bundle that "
            "signs it (a company's own, behind a TLS-inspecting proxy), or set SSL_CERT_FILE",
            UntrustedCertificate,
            request,
        )
    not_tls = _not_tls(exc)
    if not_tls is not None:
        where = f"{request.url.host}:{request.url.port or 443}"
        return Refused(
            f"the TLS handshake with {where} failed ({not_tls.reason}): it does not answer in TLS, so it is not an "
            "HTTPS server (a plain-HTTP one takes http://), or the port is wrong",
            APIConnectionError,
            request,
        )
    if proxy is None:
        return None
    status = _proxy_status(exc)
    if status == 407:
        return _asks_credentials(request, proxy)
    if status is not None and status >= 500:
        return httpx.ConnectError(f"the proxy {proxy} could not reach {request.url.host} ({status})", request=request)
    if status is not None:
        return Refused(f"the proxy {proxy} refused a tunnel to {request.url.host} ({status})", ProxyError, request)
    if isinstance(exc, httpx.ConnectError | httpx.ProxyError):
        return Refused(f"could not connect to the proxy {proxy} ({type(exc).__name__}: {exc})", ProxyError, request)
    return None


def _named(exc: httpx.TransportError, request: httpx.Request, proxy: httpx.URL | None) -> httpx.TransportError:
    """The refusal ``exc`` is, caused by it (as ``raise ... from exc``); else ``exc`` itself."""
    better = refusal(exc, request, proxy)
    if better is None:
        return exc
    better.__cause__ = exc
    return better


def _forwarded_407(request: httpx.Request, response: httpx.Response, proxy: httpx.URL | None) -> Refused | None:
    """A 407 to a request the proxy forwards comes as an answer; no service answers 407, so it is the proxy's."""
    if proxy is None or response.status_code != 407 or request.url.scheme != "http":
        return None
    return _asks_credentials(request, proxy)


class NamedRefusals(httpx.BaseTransport):
    """``inner`` (going through ``proxy``, or direct), with this module's cases named."""

    def __init__(self, inner: httpx.BaseTransport, proxy: httpx.Proxy | None) -> None:
        self._inner, self._proxy = inner, None if proxy is None else proxy.url

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        try:  # a plain try, not a context manager: this runs for every request
            response = self._inner.handle_request(request)
        except httpx.TransportError as exc:
            raise _named(exc, request, self._proxy)  # noqa: B904  # _named chains a refusal to exc
        refused = _forwarded_407(request, response, self._proxy)
        if refused is not None:
            response.close()
            raise refused
        return response

    def close(self) -> None:
        self._inner.close()


class AsyncNamedRefusals(httpx.AsyncBaseTransport):
    """The async twin of :class:`NamedRefusals`."""

    def __init__(self, inner: httpx.AsyncBaseTransport, proxy: httpx.Proxy | None) -> None:
        self._inner, self._proxy = inner, None if proxy is None else proxy.url

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        try:  # a plain try, not a context manager: this runs for every request
            response = await self._inner.handle_async_request(request)
        except httpx.TransportError as exc:
            raise _named(exc, request, self._proxy)  # noqa: B904  # _named chains a refusal to exc
        refused = _forwarded_407(request, response, self._proxy)
        if refused is not None:
            await response.aclose()
            raise refused
        return response

    async def aclose(self) -> None:
        await self._inner.aclose()
