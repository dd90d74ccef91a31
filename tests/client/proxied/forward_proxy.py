"""A real forward proxy on 127.0.0.1 for the tests: plain HTTP forwarding (absolute-form requests, one per
connection) and CONNECT tunnelling for HTTPS, counting what it carries and optionally demanding
``Proxy-Authorization``.

Host names ending in ``.test`` resolve to 127.0.0.1 here only, so a client that reaches ``visier.test`` provably
went through the proxy: without it the name resolves nowhere.
"""

from __future__ import annotations

import base64
import select
import socket
import socketserver
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import BinaryIO
from urllib.parse import urlsplit

import attrs

FAKE_DOMAIN = ".test"


@attrs.define
class ProxyLog:
    """What the proxy saw: one entry per request forwarded or tunnel opened, and the refusals."""

    credentials: tuple[str, str] | None = None
    forwarded: list[str] = attrs.field(factory=list)  # "GET http://host:port/path"
    tunnels: list[str] = attrs.field(factory=list)  # "host:port"
    refused: int = 0
    headers_to_target: list[dict[str, str]] = attrs.field(factory=list)
    lock: threading.Lock = attrs.field(factory=threading.Lock)

    @property
    def count(self) -> int:
        return len(self.forwarded) + len(self.tunnels)

    def allowed(self, headers: dict[str, str]) -> bool:
        if self.credentials is None:
            return True
        token = base64.b64encode(":".join(self.credentials).encode()).decode()
        return headers.get("proxy-authorization") == f"Basic {token}"


def _address(host: str, port: int) -> tuple[str, int]:
    return ("127.0.0.1" if host.endswith(FAKE_DOMAIN) else host), port


def _head(reader: BinaryIO) -> tuple[str, list[tuple[str, str]]] | None:
    line = reader.readline(65536).decode("latin-1").rstrip("\r\n")
    if not line:
        return None
    headers = []
    while (raw := reader.readline(65536).decode("latin-1").rstrip("\r\n")) != "":
        name, _, value = raw.partition(":")
        headers.append((name.strip(), value.strip()))
    return line, headers


def _body(reader: BinaryIO, headers: dict[str, str]) -> bytes:
    if "chunked" in headers.get("transfer-encoding", "").lower():
        raw = b""
        while True:
            size_line = reader.readline()
            raw += size_line
            size = int(size_line.split(b";")[0].strip() or b"0", 16)
            raw += reader.read(size + 2)  # the chunk and its CRLF (the last chunk: only the CRLF)
            if size == 0:
                return raw
    return reader.read(int(headers.get("content-length") or 0))


class _Handler(socketserver.StreamRequestHandler):
    log: ProxyLog

    def handle(self) -> None:
        head = _head(self.rfile)
        if head is None:
            return
        line, header_list = head
        headers = {name.lower(): value for name, value in header_list}
        method, target, _ = line.split(" ", 2)
        if not self.log.allowed(headers):
            with self.log.lock:
                self.log.refused += 1
            self.wfile.write(
                b"HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"test\"\r\n"
                b"Content-Length: 0\r\nConnection: close\r\n\r\n"
            )
            return
        if method == "CONNECT":
            self._tunnel(target)
        else:
            self._forward(method, target, header_list, _body(self.rfile, headers))

    def _tunnel(self, target: str) -> None:
        host, _, port = target.rpartition(":")
        upstream = socket.create_connection(_address(host, int(port)), timeout=10)
        with self.log.lock:
            self.log.tunnels.append(target)
        self.wfile.write(b"HTTP/1.1 200 Connection established\r\n\r\n")
        self.wfile.flush()
        client = self.connection  # clients wait for the 200 before they start TLS: nothing sits in rfile's buffer
        with upstream:
            while True:
                readable, _, _ = select.select([client, upstream], [], [], 10)
                if not readable:
                    return
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    (upstream if sock is client else client).sendall(data)

    def _forward(self, method: str, target: str, header_list: list[tuple[str, str]], body: bytes) -> None:
        url = urlsplit(target)
        assert url.scheme == "http" and url.hostname, f"not an absolute-form http:// request: {target}"
        hop = {"proxy-authorization", "proxy-connection", "connection", "keep-alive"}
        kept = [(n, v) for n, v in header_list if n.lower() not in hop]
        with self.log.lock:
            self.log.forwarded.append(f"{method} {target}")
            self.log.headers_to_target.append({n.lower(): v for n, v in kept})
        path = url.path + (f"?{url.query}" if url.query else "")
        request = f"{method} {path or '/'} HTTP/1.1\r\n" + "".join(f"{n}: {v}\r\n" for n, v in kept)
        request += "Connection: close\r\n\r\n"
        with socket.create_connection(_address(url.hostname, url.port or 80), timeout=30) as upstream:
            upstream.sendall(request.encode("latin-1") + body)
            while data := upstream.recv(65536):  # the answer as it comes, framing and all, until the server closes
                self.wfile.write(data)


class _Server(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def handle_error(self, request: object, client_address: object) -> None:
        """Connections reset mid-tunnel are normal (a client that rejects the certificate aborts the handshake):
        nothing is printed, least of all into the stderr of a command under test."""


@contextmanager
def forward_proxy(credentials: tuple[str, str] | None = None) -> Iterator[tuple[str, ProxyLog]]:
    """A proxy on a free port of 127.0.0.1: yields its URL (without credentials) and its log; stopped after."""
    log = ProxyLog(credentials)
    server = _Server(("127.0.0.1", 0), type("Handler", (_Handler,), {"log": log}))
    thread = threading.Thread(target=server.serve_forever, name="forward-proxy", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", log
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
