"""The HTTP side that a client and its ``with_options`` copies share: one :class:`VisierAuth` (one sign-in, one
token), the sync httpx client, and one async httpx client per event loop (``per_loop.py``), all on the same
connection pools.

The layers, outermost first: httpx's client (auth, the client-wide timeout and headers), the retry transport, the
naming of proxy and certificate refusals, and the network: urllib3's or httpx's pool per proxy route (sync),
aiohttp's or httpx's (async), the user's own client (``http_client=``, ``user_client.py``), or a test's transport.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import httpx

from .aiohttp_transport import network_transport
from .auth import VisierAuth
from .clients import async_client, client_settings, sync_client
from .log import SECRETS, install_filters
from .network import ContextLoading, Routes
from .network_errors import AsyncNamedRefusals, NamedRefusals
from .options import ClientOptions
from .per_loop import PerLoop
from .retry import AsyncRetryTransport, RetryPolicy, RetryTransport
from .sync_backends import sync_network_transport, sync_pool

T = TypeVar("T")


class SharedHttp:
    """The HTTP clients of a client and its copies, built from its options (see the module docstring)."""

    def __init__(self, options: ClientOptions) -> None:
        install_filters()
        self.options = options
        self.auth = VisierAuth(options.settings, options.sign_in_timeout)
        self._policy = RetryPolicy(options.max_retries)
        SECRETS.add(self, *options.network.secrets())
        sync_own = options.transport is None and options.http_client is None
        async_own = options.async_transport is None and options.async_http_client is None
        # Built only when a network transport is (as httpx reads the environment only when it builds the transport).
        # The SSL context is made on another thread while urllib3 is imported here (network.py).
        context = ContextLoading(options.network) if sync_own or async_own else None
        self._sync_pool = sync_pool(options.sync_backend) if sync_own else "httpx"
        self.routes = None if context is None else Routes.of(options.network, context)
        if self.routes is not None:
            SECRETS.add(self, *self.routes.secrets())
        self._made = client_settings(options.settings.host, self.auth, options.timeout, options.default_headers)
        self.sync = sync_client(self._made, *self._sync_transports())
        self._per_loop = PerLoop(self._new_async_client)

    def _routed(self, make: Callable[[httpx.Proxy | None], T]) -> tuple[T, dict[str, T | None]]:
        assert self.routes is not None
        return self.routes.transports(make)

    def _sync_transports(self) -> tuple[httpx.BaseTransport, dict[str, httpx.BaseTransport | None]]:
        o = self.options

        def retrying(inner: httpx.BaseTransport) -> httpx.BaseTransport:
            return RetryTransport(inner, self._policy, o.sleep)

        if o.http_client is not None:
            from .user_client import UserClientTransport  # only a client given its own httpx.Client needs it

            return retrying(NamedRefusals(UserClientTransport(o.http_client), None)), {}
        if o.transport is not None:
            return retrying(o.transport), {}
        assert self.routes is not None
        ssl_context = self.routes.context
        return self._routed(
            lambda p: retrying(NamedRefusals(sync_network_transport(self._sync_pool, o.limits, ssl_context, p), p))
        )

    def _new_async_client(self) -> httpx.AsyncClient:
        o = self.options

        def retrying(inner: httpx.AsyncBaseTransport) -> httpx.AsyncBaseTransport:
            if o.async_sleep is None:
                return AsyncRetryTransport(inner, self._policy)
            return AsyncRetryTransport(inner, self._policy, o.async_sleep)

        transport: httpx.AsyncBaseTransport
        mounts: dict[str, httpx.AsyncBaseTransport | None] = {}
        if o.async_http_client is not None:
            from .user_client import AsyncUserClientTransport

            transport = retrying(AsyncNamedRefusals(AsyncUserClientTransport(o.async_http_client), None))
        elif o.async_transport is not None:
            transport = retrying(o.async_transport)
        else:
            assert self.routes is not None
            backend, limits, ssl_context = o.async_backend, o.limits, self.routes.context
            transport, mounts = self._routed(
                lambda p: retrying(AsyncNamedRefusals(network_transport(backend, limits, ssl_context, p), p))
            )
        return async_client(self._made, transport, mounts)

    def async_client(self) -> httpx.AsyncClient:
        """The async HTTP client of the running event loop."""
        return self._per_loop.get()

    def close(self) -> None:
        self.sync.close()

    async def aclose(self) -> None:
        await self._per_loop.aclose()
        self.sync.close()
