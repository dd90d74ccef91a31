"""Which pool sync calls run on: ``sync_backend="auto"`` (the default), ``"httpx"`` or ``"urllib3"``.

``"auto"`` is urllib3's pool when urllib3 2 is installed (the ``urllib3`` extra; it is also what the official SDK
and ``requests`` use), else httpx's. Behind httpx's request and response types urllib3's pool costs a sync call
less than httpx's own (docs/benchmarks.md); both pass the same network tests (proxies, TLS, uploads, errors), and
``"httpx"`` keeps httpx's pool for those who want it.
"""

from __future__ import annotations

import importlib.util
import ssl

import httpx

from .._exceptions import ConfigurationError

SYNC_BACKENDS = ("auto", "httpx", "urllib3")
_MISSING = 'sync_backend="urllib3" needs urllib3 2: pip install "visier-data-handling[urllib3]"'


def _urllib3_2() -> bool:
    """Whether urllib3 2 is installed (urllib3 1.x, which older stacks pin, lacks what the transport uses); its
    transport imports it next anyway."""
    if importlib.util.find_spec("urllib3") is None:
        return False
    from urllib3 import _version  # only here: urllib3 is an extra

    return not _version.__version__.startswith(("0.", "1."))


def check_sync_backend(backend: object) -> str:
    """``backend`` checked when the client is built, without importing urllib3: :func:`sync_pool` does, later in
    the construction, while the CA bundle is read on another thread (``network.py``)."""
    if backend not in SYNC_BACKENDS:
        raise ConfigurationError(f"sync_backend must be one of {', '.join(map(repr, SYNC_BACKENDS))}, not {backend!r}")
    if backend == "urllib3" and importlib.util.find_spec("urllib3") is None:
        raise ConfigurationError(_MISSING)
    return str(backend)


def sync_pool(backend: str) -> str:
    """The pool a checked ``backend`` runs sync calls on, ``"urllib3"`` or ``"httpx"`` (importing urllib3 to tell)."""
    if backend == "httpx":
        return "httpx"
    installed = _urllib3_2()
    if backend == "urllib3" and not installed:
        raise ConfigurationError(_MISSING)
    return "urllib3" if installed else "httpx"


def sync_network_transport(
    backend: str, limits: httpx.Limits, context: ssl.SSLContext, proxy: httpx.Proxy | None
) -> httpx.BaseTransport:
    """A network transport for the sync client on ``backend``'s pool (:func:`sync_pool`), through ``proxy`` or
    direct: httpx's own pool, or urllib3's (a SOCKS proxy stays with httpx's, which speaks it)."""
    if backend == "urllib3" and (proxy is None or proxy.url.scheme in ("http", "https")):
        from .urllib3_transport import Urllib3Transport  # only when chosen: urllib3 is an extra

        return Urllib3Transport(limits, context, proxy)
    return httpx.HTTPTransport(limits=limits, verify=context, proxy=proxy)
