"""The SDK's HTTP clients keep no cookie jar.

Its tokens travel in headers that its auth sets on every request (the official SDK, on urllib3, keeps no jar
either). httpx's jar would parse every response for ``Set-Cookie`` -- about 20 µs a call, a quarter of what the SDK
adds to a raw httpx call -- and would send back whatever a server set, possibly a session token, unasked.
"""

from __future__ import annotations

import httpx


class NoCookieJar(httpx.Cookies):
    """Cookies that stay empty: what a response sets is dropped."""

    def extract_cookies(self, response: httpx.Response) -> None:
        pass


def without_cookie_jar(client: httpx.Client | httpx.AsyncClient) -> None:
    client._cookies = NoCookieJar()  # httpx offers no switch: its cookies setter copies into a fresh jar
