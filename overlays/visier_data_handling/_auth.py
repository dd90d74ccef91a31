"""Authentication: one ``httpx.Auth`` for the sync and async clients.

* ``apikey`` header on every request, sign-in included;
* the token is sent as ``Authorization: Bearer`` or as the ``VisierASIDToken`` cookie (see ``_config`` for which);
* the token is obtained lazily, on the first request, and renewed once on a 401, after which the request is
  replayed once. Sign-in requests are yielded from the auth flow, so they go through the same transport (retries,
  logging, test doubles).
* Many threads or tasks meeting a missing or expired token sign in once: the sign-in happens under a lock, and a
  caller that waited for the lock finds a newer token (the generation moved on) and uses it.
"""

from __future__ import annotations

import asyncio
import threading
from collections.abc import AsyncGenerator, Generator
from urllib.parse import urlencode

import httpx

from ._config import Scheme, Settings, SignIn
from ._exceptions import ApiException
from ._logging import SECRETS, logger

ASID_PATH = "/v1/admin/visierSecureToken"
OAUTH_PATH = "/v1/auth/oauth2/token"
COOKIE_NAME = "VisierASIDToken"


class VisierAuth(httpx.Auth):
    # The sign-in response body (the token) must be read before the flow continues, sync and async alike.
    requires_response_body = True

    def __init__(self, settings: Settings) -> None:
        self._settings = settings
        self._token: str | None = settings.access_token or settings.asid_token
        self._generation = 0  # bumped on every sign-in; tells a waiter whether someone else already renewed
        self._thread_lock = threading.Lock()
        self._async_locks: dict[int, asyncio.Lock] = {}  # asyncio locks belong to one event loop
        self.sign_ins = 0
        SECRETS.add(self, *settings.secrets())

    def __repr__(self) -> str:
        return f"VisierAuth(scheme={self._settings.scheme.value}, sign_in={self._settings.sign_in.value})"

    # -- requests ---------------------------------------------------------------------------------------------------

    def _apply(self, request: httpx.Request, token: str | None) -> None:
        request.headers["apikey"] = self._settings.api_key
        if token is None:
            return
        if self._settings.scheme is Scheme.BEARER:
            request.headers["Authorization"] = f"Bearer {token}"
        else:
            # Set as a header rather than through the cookie jar: the jar is shared and scoped by domain.
            request.headers["Cookie"] = f"{COOKIE_NAME}={token}"

    def _sign_in_request(self, request: httpx.Request) -> httpx.Request:
        s = self._settings
        if s.sign_in is SignIn.ASID:
            path, form = ASID_PATH, {"username": s.username, "password": s.password}
        elif s.sign_in is SignIn.OAUTH_PASSWORD:
            path = OAUTH_PATH
            form = {"grant_type": "password", "username": s.username, "password": s.password, "client_id": s.client_id}
            if s.client_secret:
                form["client_secret"] = s.client_secret
        else:
            path = OAUTH_PATH
            form = {"grant_type": "client_credentials", "client_id": s.client_id, "client_secret": s.client_secret}
        url = request.url.copy_with(raw_path=path.encode("ascii"))
        return httpx.Request(
            "POST",
            url,
            headers={"apikey": s.api_key, "Content-Type": "application/x-www-form-urlencoded"},
            content=urlencode({k: v for k, v in form.items() if v is not None}).encode(),
            extensions={"visier_sign_in": True},
        )

    def _accept(self, response: httpx.Response) -> None:
        """Keep the token from a sign-in response, or raise what went wrong (without the form, which has secrets)."""
        if response.status_code != 200:
            raise ApiException.from_response(response.status_code, response.content, response.headers)
        if self._settings.sign_in is SignIn.ASID:
            token = response.text.strip()
        else:
            try:
                token = str(response.json()["access_token"])
            except (ValueError, KeyError, TypeError) as exc:
                raise ApiException(response.status_code, "no access_token in the sign-in response") from exc
        if not token:
            raise ApiException(response.status_code, "empty token in the sign-in response")
        SECRETS.add(self, token)
        self._token = token
        self._generation += 1
        self.sign_ins += 1
        logger.debug("signed in (%s)", self._settings.sign_in.value)

    # Overriding sync_auth_flow/async_auth_flow (for the locks) skips httpx's own body reading, so read here.
    @staticmethod
    def _read(response: httpx.Response) -> httpx.Response:
        response.read()
        return response

    @staticmethod
    async def _aread(response: httpx.Response) -> httpx.Response:
        await response.aread()
        return response

    # -- flows ------------------------------------------------------------------------------------------------------

    def sync_auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response, None]:
        can_sign_in = self._settings.sign_in is not SignIn.NONE
        if self._token is None and can_sign_in:
            with self._thread_lock:
                if self._token is None:
                    self._accept(self._read((yield self._sign_in_request(request))))
        token, generation = self._token, self._generation
        self._apply(request, token)
        response = yield request
        if response.status_code != 401 or not can_sign_in:
            return
        with self._thread_lock:
            if self._generation == generation:  # nobody renewed the token while this request was out
                self._accept(self._read((yield self._sign_in_request(request))))
        self._apply(request, self._token)
        yield request

    def _async_lock(self) -> asyncio.Lock:
        loop_id = id(asyncio.get_running_loop())
        lock = self._async_locks.get(loop_id)
        if lock is None:
            if len(self._async_locks) > 8:  # loops come and go (asyncio.run per test); keep the dict small
                self._async_locks.clear()
            lock = self._async_locks[loop_id] = asyncio.Lock()
        return lock

    async def async_auth_flow(self, request: httpx.Request) -> AsyncGenerator[httpx.Request, httpx.Response]:
        can_sign_in = self._settings.sign_in is not SignIn.NONE
        if self._token is None and can_sign_in:
            async with self._async_lock():
                if self._token is None:
                    self._accept(await self._aread((yield self._sign_in_request(request))))
        token, generation = self._token, self._generation
        self._apply(request, token)
        response = yield request
        if response.status_code != 401 or not can_sign_in:
            return
        async with self._async_lock():
            if self._generation == generation:
                self._accept(await self._aread((yield self._sign_in_request(request))))
        self._apply(request, self._token)
        yield request
