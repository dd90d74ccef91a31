"""Where requests go and which certificates are trusted: proxies and CA bundles, decided as httpx decides them.

httpx applies ``HTTP_PROXY``, ``HTTPS_PROXY``, ``ALL_PROXY``, ``NO_PROXY``, ``SSL_CERT_FILE`` and ``SSL_CERT_DIR``
only to the transports it builds itself. The SDK builds its own (retries, aiohttp), so it makes httpx's decisions
here, with httpx's own pieces:

* the proxy per URL pattern, as ``httpx.Client`` maps them: an explicit ``proxy=`` for every URL; else, with
  ``trust_env``, the environment's, from httpx's ``get_environment_proxies`` (a ``NO_PROXY`` entry maps its
  pattern to no proxy);
* one ``ssl.SSLContext`` for every transport of the client, from ``httpx.create_ssl_context`` (which reads
  ``SSL_CERT_FILE``/``SSL_CERT_DIR`` under ``trust_env``, else certifi's bundle), a CA bundle file or directory, or
  the caller's own context; ``cert=`` adds a client certificate. It is made on a thread of its own
  (:class:`ContextLoading`) while the client's construction goes on: reading certifi's bundle takes about 25 ms
  and releases the GIL, and urllib3's import, about 20 ms of Python, runs meanwhile.

The client hands httpx one transport per pattern as its ``mounts``, so httpx's own URL matching picks the
transport for each request: calls, sign-ins, pages and the upload's redirect alike. aiohttp gets the same proxy
(its credentials as a ``Proxy-Authorization`` header, which every httpx-aiohttp version passes on) and context.
"""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable
from typing import TypeVar

import attrs
import httpx
from httpx._utils import get_environment_proxies  # private, but the very function httpx.Client uses (httpx < 0.29)

from .._config import Network, proxy_secrets
from .._exceptions import ConfigurationError

T = TypeVar("T")


def ssl_context(network: Network) -> ssl.SSLContext:
    """The context every transport of a client shares (building one reads a CA bundle: milliseconds). A file that
    holds no certificate, or a key that does not fit, is a ConfigurationError naming the setting."""
    verify = network.verify
    try:
        if isinstance(verify, str):  # httpx 0.28 deprecates a path here, so it is opened as httpx did before
            import os

            is_dir = os.path.isdir(verify)
            context = ssl.create_default_context(cafile=None if is_dir else verify, capath=verify if is_dir else None)
        else:
            context = httpx.create_ssl_context(verify=verify, trust_env=network.trust_env)
    except (ssl.SSLError, OSError) as exc:
        raise ConfigurationError(f"verify: the CA certificates could not be read from {verify!r}: {exc}") from exc
    if network.cert is not None:
        try:
            context.load_cert_chain(*network.cert)
        except (ssl.SSLError, OSError) as exc:  # the message never holds the key's password
            files = ", ".join(repr(part) for part in network.cert[:2] if part)
            raise ConfigurationError(f"cert: the client certificate could not be read from {files}: {exc}") from exc
    return context


class ContextLoading:
    """:func:`ssl_context` made on a thread of its own, started now; :meth:`result` waits for it (see the module
    docstring). Its error, a missing CA bundle or a bad ``cert=``, is raised by :meth:`result`, as :func:`ssl_context`
    would raise it, within the client's construction."""

    def __init__(self, network: Network) -> None:
        self._network = network
        self._context: ssl.SSLContext | None = None
        self._error: Exception | None = None
        self._thread = threading.Thread(target=self._make, name="visier-ssl-context", daemon=True)
        self._thread.start()

    def _make(self) -> None:
        try:
            self._context = ssl_context(self._network)
        except Exception as exc:  # handed to the constructing thread
            self._error = exc

    def result(self) -> ssl.SSLContext:
        self._thread.join()
        if self._error is not None:
            raise self._error
        assert self._context is not None  # made, since it did not fail
        return self._context


def proxy_map(network: Network) -> dict[str, httpx.Proxy | None]:
    """The proxy per URL pattern (None: go direct), as ``httpx.Client._get_proxy_map`` builds it."""
    if network.proxy is not None:
        return {"all://": network.proxy}
    if not network.trust_env:
        return {}
    return {key: None if url is None else httpx.Proxy(url) for key, url in get_environment_proxies().items()}


@attrs.frozen
class Routes:
    """A client's network decisions, made once: the proxy per URL pattern and the one SSL context."""

    proxies: dict[str, httpx.Proxy | None]
    context: ssl.SSLContext

    @classmethod
    def of(cls, network: Network, context: ContextLoading) -> Routes:
        return cls(proxy_map(network), context.result())

    def secrets(self) -> list[str]:
        """The credentials of the proxies from the environment too, for log redaction."""
        return [secret for proxy in self.proxies.values() for secret in proxy_secrets(proxy)]

    def transports(self, make: Callable[[httpx.Proxy | None], T]) -> tuple[T, dict[str, T | None]]:
        """The transport for URLs no pattern proxies, and one per proxied pattern (None: the first one), made by
        ``make`` from a proxy (or None), as ``httpx.Client(transport=..., mounts=...)`` takes them."""
        mounts = {pattern: None if proxy is None else make(proxy) for pattern, proxy in self.proxies.items()}
        return make(None), mounts
