"""The SDK's httpx clients: httpx's own, with each request URL built once per path.

httpx parses a request's URL twice on every call (the relative path, then the path joined to ``base_url``): about a
tenth of a sync call's CPU. The joined URL of a path is the same every time (the client's ``base_url`` never
changes), and ``httpx.URL`` is immutable, so each client keeps the URLs it has joined, up to :data:`KEPT_URLS` (paths
that carry an ID differ per call; past that many they are joined each time, as httpx does).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TypedDict, TypeVar

import httpx

from .._config import USER_AGENT
from .cookies import without_cookie_jar

KEPT_URLS = 512
HEADERS = {"User-Agent": USER_AGENT}
C = TypeVar("C", "SdkClient", "AsyncSdkClient")


def _remembered(joined: dict[str, httpx.URL], url: httpx.URL | str, join: Callable[[httpx.URL | str], httpx.URL]
                ) -> httpx.URL:
    if not isinstance(url, str):
        return join(url)
    known = joined.get(url)
    if known is None:
        known = join(url)
        if len(joined) < KEPT_URLS:
            joined[url] = known
    return known


class SdkClient(httpx.Client):
    """The sync client: no cookie jar (see ``cookies.py``), URLs joined once."""

    _joined: dict[str, httpx.URL]

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:  # httpx's private step every request takes (< 0.29)
        return _remembered(self._joined, url, super()._merge_url)


class AsyncSdkClient(httpx.AsyncClient):
    """The async twin of :class:`SdkClient`."""

    _joined: dict[str, httpx.URL]

    def _merge_url(self, url: httpx.URL | str) -> httpx.URL:
        return _remembered(self._joined, url, super()._merge_url)


def _ready(client: C) -> C:
    client._joined = {}
    without_cookie_jar(client)
    return client


class ClientSettings(TypedDict):
    """What the sync client and each async one are made with, besides their transports."""

    base_url: str
    auth: httpx.Auth
    timeout: httpx.Timeout
    headers: dict[str, str]


def client_settings(base_url: str, auth: httpx.Auth, timeout: httpx.Timeout, headers: Mapping[str, str]
                    ) -> ClientSettings:
    """A client's base URL, auth, timeout and default headers (the SDK's ``User-Agent`` first)."""
    return {"base_url": base_url, "auth": auth, "timeout": timeout, "headers": {**HEADERS, **headers}}


def sync_client(settings: ClientSettings, transport: httpx.BaseTransport,
                mounts: Mapping[str, httpx.BaseTransport | None]) -> SdkClient:
    return _ready(SdkClient(**settings, transport=transport, mounts=mounts))


def async_client(settings: ClientSettings, transport: httpx.AsyncBaseTransport,
                 mounts: Mapping[str, httpx.AsyncBaseTransport | None]) -> AsyncSdkClient:
    return _ready(AsyncSdkClient(**settings, transport=transport, mounts=mounts))
