"""Which pool sync calls run on: ``sync_backend="auto"`` (the default: httpx's), ``"httpx"`` or ``"urllib3"``.

Measured side by side (docs/benchmarks.md), urllib3's pool behind httpx's request and response types costs a
sync call more than httpx's own pool does: what urllib3 saves over httpcore, turning its responses into httpx's
spends again. So ``"auto"`` is httpx's pool, and urllib3's is there for those who want the pool the official SDK
and ``requests`` use (the ``urllib3`` extra). Both pass the same network tests (proxies, TLS, uploads, errors).
"""

from __future__ import annotations

import importlib.util
import ssl

import httpx

from .._exceptions import ConfigurationError

SYNC_BACKENDS = ("auto", "httpx", "urllib3")
_MISSING = 'sync_backend="urllib3" needs urllib3: pip install "visier-data-handling[urllib3]"'


def check_sync_backend(backend: object) -> str:
    """The sync backend to use (checked when the client is built, not at its first call)."""
    if backend not in SYNC_BACKENDS:
        raise ConfigurationError(f"sync_backend must be one of {', '.join(map(repr, SYNC_BACKENDS))}, not {backend!r}")
    if backend == "urllib3" and importlib.util.find_spec("urllib3") is None:
        raise ConfigurationError(_MISSING)
    return "urllib3" if backend == "urllib3" else "httpx"


def sync_network_transport(
    backend: str, limits: httpx.Limits, context: ssl.SSLContext, proxy: httpx.Proxy | None
) -> httpx.BaseTransport:
    """A network transport for the sync client, through ``proxy`` or direct: httpx's own pool, or urllib3's (a SOCKS
    proxy stays with httpx's, which speaks it)."""
    if backend == "urllib3" and (proxy is None or proxy.url.scheme in ("http", "https")):
        from .urllib3_transport import Urllib3Transport  # only when chosen: urllib3 is an extra

        return Urllib3Transport(limits, context, proxy)
    return httpx.HTTPTransport(limits=limits, verify=context, proxy=proxy)
