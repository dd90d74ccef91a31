"""What a :class:`VisierDataHandling`'s HTTP side is built from, checked once: :class:`ClientOptions`.

The constructor checks its keywords into one frozen record; the HTTP clients are built from it (``shared.py``),
and ``with_options`` copies it with what changes (``attrs.evolve``) instead of passing each setting through again.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Mapping

import attrs
import httpx

from .._config import (
    CertTypes,
    Network,
    ProxyTypes,
    Settings,
    VerifyTypes,
    call_timeout,
    max_retries_setting,
    network_settings,
    sign_in_timeout_setting,
)
from .._exceptions import ConfigurationError
from .aiohttp_transport import check_backend
from .headers import checked_headers
from .sync_backends import check_sync_backend

DEFAULT_LIMITS = httpx.Limits(max_connections=100, max_keepalive_connections=20)  # httpx's own default


def default_headers_setting(value: object) -> dict[str, str]:
    """``default_headers`` checked as a call's ``extra_headers`` are (``headers.py``)."""
    return checked_headers(value, "default_headers", "default_headers")


@attrs.frozen(kw_only=True)
class ClientOptions:
    """A client's checked settings. Secrets stay out of the repr (``Settings`` and ``Network`` hide theirs)."""

    settings: Settings
    network: Network
    timeout: httpx.Timeout
    max_retries: int
    sign_in_timeout: float
    limits: httpx.Limits
    async_backend: str
    sync_backend: str
    default_headers: Mapping[str, str] = attrs.field(repr=lambda h: repr(sorted(h)))  # names only: values may be secret
    transport: httpx.BaseTransport | None = None
    async_transport: httpx.AsyncBaseTransport | None = None
    http_client: httpx.Client | None = None
    async_http_client: httpx.AsyncClient | None = None
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] | None = None

    @classmethod
    def check(
        cls,
        settings: Settings,
        *,
        timeout: object,
        max_retries: object,
        sign_in_timeout: object,
        limits: httpx.Limits | None,
        async_backend: object,
        sync_backend: object,
        default_headers: object,
        network: tuple[ProxyTypes | None, VerifyTypes, CertTypes | None, bool],
        transports: tuple[httpx.BaseTransport | None, httpx.AsyncBaseTransport | None],
        clients: tuple[httpx.Client | None, httpx.AsyncClient | None],
        sleeps: tuple[Callable[[float], None] | None, Callable[[float], Awaitable[None]] | None],
    ) -> ClientOptions:
        transport, async_transport = transports
        http_client, async_http_client = clients
        if http_client is not None and not isinstance(http_client, httpx.Client):
            raise ConfigurationError(f"http_client must be an httpx.Client, not {type(http_client).__name__}")
        if async_http_client is not None and not isinstance(async_http_client, httpx.AsyncClient):
            raise ConfigurationError(
                f"async_http_client must be an httpx.AsyncClient, not {type(async_http_client).__name__}"
            )
        if http_client is not None and transport is not None:
            raise ConfigurationError("give http_client or transport, not both (the client's transports are used)")
        if async_http_client is not None and async_transport is not None:
            raise ConfigurationError("give async_http_client or async_transport, not both")
        if async_transport is None and isinstance(transport, httpx.AsyncBaseTransport):
            async_transport = transport  # e.g. httpx.MockTransport serves both
        sleep, async_sleep = sleeps
        return cls(
            settings=settings,
            network=network_settings(*network),
            timeout=call_timeout(timeout),
            max_retries=max_retries_setting(max_retries),
            sign_in_timeout=sign_in_timeout_setting(sign_in_timeout),
            limits=limits or DEFAULT_LIMITS,
            async_backend=check_backend(async_backend),
            sync_backend=check_sync_backend(sync_backend),
            default_headers=default_headers_setting(default_headers),
            transport=transport,
            async_transport=async_transport,
            http_client=http_client,
            async_http_client=async_http_client,
            sleep=sleep or time.sleep,
            async_sleep=async_sleep,
        )
