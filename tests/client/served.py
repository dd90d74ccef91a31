"""The scripted :class:`Service` behind a real HTTP server on 127.0.0.1, so that tests reach it through a real
network transport (httpx's own pool or aiohttp's) instead of ``httpx.MockTransport``.

A scripted exception becomes what a real server can do: the connection is closed without an answer.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import httpx
from visier_data_handling import VisierDataHandling

from .helpers import API_KEY, PASSWORD, Service, Sleeps

BACKENDS = ["httpx", "aiohttp"]


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    service: Service

    def _serve(self) -> None:
        length = int(self.headers.get("content-length") or 0)
        content = self.rfile.read(length) if length else b""
        url = f"http://{self.headers.get('host', '127.0.0.1')}{self.path}"
        request = httpx.Request(self.command, url, headers=list(self.headers.items()), content=content)
        try:
            response = self.service(request)
        except Exception:
            self.close_connection = True  # a lost answer: close without a word
            return
        body = response.read()
        self.send_response(response.status_code)
        for name, value in response.headers.items():
            if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_PUT = do_DELETE = _serve

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def served(service: Service) -> Iterator[str]:
    """``service`` on a free port of 127.0.0.1; yields its URL and stops it afterwards."""
    handler = type("Handler", (_Handler,), {"service": service})
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="served-service", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def network_client(url: str, backend: str, sleeps: Sleeps, **settings: Any) -> VisierDataHandling:
    """A client on ``url`` whose async calls go through ``backend``; backoff waits are recorded, not slept."""
    credentials: dict[str, Any] = {"api_key": API_KEY, "username": "alice", "password": PASSWORD}
    credentials.update(settings)
    return VisierDataHandling(host=url, async_backend=backend, sleep=sleeps, async_sleep=sleeps.asleep, **credentials)
