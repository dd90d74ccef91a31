"""A scripted stand-in for the service behind httpx.MockTransport, recording every request."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from typing import Any

import httpx
from visier_data_handling import VisierDataHandling

HOST = "https://acme.api.visier.io"
API_KEY = "APIKEY-s3cr3t-0001"
PASSWORD = "PASSWORD-s3cr3t-0002"
CLIENT_SECRET = "CLIENTSECRET-s3cr3t-0003"
ASID = "ASIDTOKEN-s3cr3t-0004"
BEARER = "BEARER-s3cr3t-0005"

Handler = Callable[[httpx.Request], httpx.Response | None]


class Service:
    """Answers sign-ins with numbered tokens and everything else with ``routes`` or ``{}``."""

    def __init__(self) -> None:
        self.requests: list[httpx.Request] = []
        self.routes: dict[tuple[str, str], Handler] = {}
        self.script: list[Any] = []  # responses/exceptions for data requests, consumed in order
        self.sign_ins = 0
        self.valid_tokens: set[str] = set()
        self.check_tokens = False
        self.lock = threading.Lock()

    def route(self, method: str, path: str, handler: Handler) -> None:
        self.routes[(method, path)] = handler

    def token(self) -> str:
        with self.lock:
            self.sign_ins += 1
            token = f"{ASID}-{self.sign_ins}"
        self.valid_tokens.add(token)
        return token

    def __call__(self, request: httpx.Request) -> httpx.Response:
        request.read()
        with self.lock:
            self.requests.append(request)
        path = request.url.path
        if path == "/v1/admin/visierSecureToken":
            return httpx.Response(200, text=self.token())
        if path == "/v1/auth/oauth2/token":
            return httpx.Response(200, json={"access_token": self.token(), "token_type": "Bearer"})
        if self.check_tokens:
            sent = request.headers.get("authorization", "").removeprefix("Bearer ") or request.headers.get(
                "cookie", ""
            ).removeprefix("VisierASIDToken=")
            if sent not in self.valid_tokens:
                return httpx.Response(401, json={"message": "expired"})
        if self.script:
            with self.lock:
                item = self.script.pop(0)
            if isinstance(item, Exception):
                raise item
            if isinstance(item, httpx.Response):
                return item
        handler = self.routes.get((request.method, path))
        if handler is not None:
            response = handler(request)
            if response is not None:
                return response
        return httpx.Response(200, json={})

    def data_requests(self) -> list[httpx.Request]:
        return [r for r in self.requests if not r.url.path.startswith(("/v1/admin/", "/v1/auth/"))]

    def last(self) -> httpx.Request:
        return self.data_requests()[-1]


def body(request: httpx.Request) -> Any:
    return json.loads(request.content) if request.content else None


class Sleeps:
    def __init__(self) -> None:
        self.delays: list[float] = []

    def __call__(self, delay: float) -> None:
        self.delays.append(delay)

    async def asleep(self, delay: float) -> None:
        self.delays.append(delay)


def make_client(service: Service, sleeps: Sleeps | None = None, **kwargs: Any) -> VisierDataHandling:
    sleeps = sleeps or Sleeps()
    settings: dict[str, Any] = {"host": HOST, "api_key": API_KEY, "username": "alice", "password": PASSWORD}
    settings.update(kwargs)
    return VisierDataHandling(
        **settings, transport=httpx.MockTransport(service), sleep=sleeps, async_sleep=sleeps.asleep
    )
