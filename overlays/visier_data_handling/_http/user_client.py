"""``VisierDataHandling(http_client=httpx.Client(...), async_http_client=httpx.AsyncClient(...))``: the SDK's auth
and retries layered on a client the user built.

The user's client becomes the network under the SDK's layers: the SDK's own httpx client signs each request in
(``VisierAuth``), times it out, retries it and names proxy and certificate failures, then hands it to the user's
client's ``send``. So, of the user's client,

* kept: its transport and ``mounts`` (so its proxies, ``verify``, ``cert``, ``limits``, HTTP/2), its event hooks
  (they fire for every attempt, sign-ins and retries included, and see the SDK's headers), and its default headers
  where the SDK sets no header of the same name;
* not used: its ``auth`` (the SDK signs in), ``base_url`` (requests carry the full URL), ``timeout`` (the SDK's
  ``timeout`` and per-call timeouts apply), ``follow_redirects`` (the upload follows its own redirect), cookies
  (the SDK keeps none) and ``params``.

The SDK never closes it: whoever made it closes it.
"""

from __future__ import annotations

import httpx


def _with_their_headers(request: httpx.Request, client: httpx.Client | httpx.AsyncClient) -> None:
    for name, value in client.headers.multi_items():
        if name not in request.headers:
            request.headers[name] = value


class UserClientTransport(httpx.BaseTransport):
    """Sends through the user's ``httpx.Client`` (see the module docstring)."""

    def __init__(self, client: httpx.Client) -> None:
        self._client = client

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        _with_their_headers(request, self._client)
        return self._client.send(request, stream=True, auth=None, follow_redirects=False)

    def close(self) -> None:
        pass  # the user's client: the user closes it


class AsyncUserClientTransport(httpx.AsyncBaseTransport):
    """The async twin of :class:`UserClientTransport`."""

    def __init__(self, client: httpx.AsyncClient) -> None:
        self._client = client

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        _with_their_headers(request, self._client)
        return await self._client.send(request, stream=True, auth=None, follow_redirects=False)

    async def aclose(self) -> None:
        pass
