"""``async_backend="aiohttp"``: aiohttp's connection pool under httpx's API (the ``aiohttp`` extra, httpx-aiohttp).

httpx's own async pool spends several times a sync call's CPU per request under concurrency; aiohttp's pool is
event-loop native and much cheaper, which is what openai-python's aiohttp backend offers too.

httpx-aiohttp maps aiohttp's errors coarsely (any ``ClientConnectionError`` becomes ``ConnectTimeout``, i.e.
"never sent"), which would let the retry layer resend a ``startLoad`` whose connection dropped after sending. So
errors are mapped again here, by what they say about the request:

* could not connect (refused, DNS, an untrusted certificate): ``ConnectError``; the connect timed out:
  ``ConnectTimeout``; the proxy refused a tunnel: ``ProxyError`` -- never sent;
* no answer within the read timeout: ``ReadTimeout``;
* the server closed without answering: ``RemoteProtocolError``; anything else on an open connection: ``ReadError``
  -- the request may have been carried out.

The SDK's retries, auth and error types then behave exactly as with httpx's own transport.
"""

from __future__ import annotations

import importlib.util
import ssl
from collections.abc import AsyncIterator, Iterator
from contextlib import contextmanager

import httpx

from .._config import proxy_authorization
from .._exceptions import ConfigurationError

BACKENDS = ("auto", "httpx", "aiohttp")
_MISSING = 'async_backend="aiohttp" needs the aiohttp extra: pip install "visier-data-handling[aiohttp]"'


def _httpx_error(exc: BaseException) -> type[httpx.TransportError] | None:
    import asyncio

    import aiohttp

    if isinstance(exc, aiohttp.ClientConnectorError):
        return httpx.ConnectError
    if isinstance(exc, aiohttp.ClientHttpProxyError):  # the proxy's answer to a tunnel's CONNECT was not 2xx
        return httpx.ProxyError
    if isinstance(exc, aiohttp.ConnectionTimeoutError):
        return httpx.ConnectTimeout
    if isinstance(exc, aiohttp.ServerTimeoutError | asyncio.TimeoutError):
        return httpx.ReadTimeout
    if isinstance(exc, aiohttp.ServerDisconnectedError):
        return httpx.RemoteProtocolError
    if isinstance(exc, aiohttp.ClientError):
        return httpx.ReadError
    return None


@contextmanager
def _mapped(request: httpx.Request) -> Iterator[None]:
    try:
        yield
    except httpx.TransportError as exc:
        cause = exc.__cause__
        error = _httpx_error(cause) if cause is not None else None
        if error is None:
            raise
        raise error(str(exc) or type(cause).__name__, request=request) from cause
    except Exception as exc:
        error = _httpx_error(exc)
        if error is None:
            raise
        raise error(str(exc) or type(exc).__name__, request=request) from exc


class _MappedStream(httpx.AsyncByteStream):
    def __init__(self, inner: httpx.AsyncByteStream, request: httpx.Request) -> None:
        self._inner, self._request = inner, request

    async def __aiter__(self) -> AsyncIterator[bytes]:
        with _mapped(self._request):
            async for chunk in self._inner:
                yield chunk

    async def aclose(self) -> None:
        with _mapped(self._request):
            await self._inner.aclose()


class AiohttpTransport(httpx.AsyncBaseTransport):
    """httpx-aiohttp's transport with the SDK's error mapping (see the module docstring)."""

    def __init__(self, limits: httpx.Limits, context: ssl.SSLContext, proxy: httpx.Proxy | None = None) -> None:
        try:
            from httpx_aiohttp import AiohttpTransport as Inner
        except ImportError:
            raise ConfigurationError(_MISSING) from None
        # The proxy's credentials go as a header (httpx-aiohttp before 0.2 passed proxy.auth on in a form aiohttp
        # refuses): in the CONNECT of a tunnel, and on each request that the proxy forwards (plain http://).
        self._proxy_authorization = {} if proxy is None else proxy_authorization(proxy)
        if proxy is not None:
            headers = {**proxy.headers, **self._proxy_authorization}
            proxy = httpx.Proxy(proxy.url, headers=headers, ssl_context=proxy.ssl_context)
        self._inner = Inner(limits=limits, verify=context, proxy=proxy)

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        if self._proxy_authorization and request.url.scheme == "http":
            request.headers.update(self._proxy_authorization)
        with _mapped(request):
            response = await self._inner.handle_async_request(request)
        assert isinstance(response.stream, httpx.AsyncByteStream)
        return httpx.Response(
            response.status_code,
            headers=response.headers,
            stream=_MappedStream(response.stream, request),
            request=request,
            extensions=response.extensions,
        )

    async def aclose(self) -> None:
        await self._inner.aclose()


def check_backend(backend: object) -> str:
    """The backend to use: ``backend`` if it is offered and installed, and for ``"auto"`` aiohttp when it is
    installed, else httpx (checked when the client is built, not at its first async call)."""
    if backend not in BACKENDS:
        raise ConfigurationError(f"async_backend must be one of {', '.join(map(repr, BACKENDS))}, not {backend!r}")
    installed = importlib.util.find_spec("httpx_aiohttp") is not None
    if backend == "auto":
        return "aiohttp" if installed else "httpx"
    if backend == "aiohttp" and not installed:
        raise ConfigurationError(_MISSING)
    return str(backend)


def network_transport(
    backend: str, limits: httpx.Limits, context: ssl.SSLContext, proxy: httpx.Proxy | None
) -> httpx.AsyncBaseTransport:
    """A network transport for the async client, through ``proxy`` or direct: httpx's own pool, or aiohttp's."""
    if backend == "aiohttp":
        return AiohttpTransport(limits, context, proxy)
    return httpx.AsyncHTTPTransport(limits=limits, verify=context, proxy=proxy)
