"""A small upload service on 127.0.0.1 for upload tests and the upload memory benchmark (the mock serves no Direct
Data Intake yet, and cannot be told to fail mid-body).

It signs anyone in, and takes uploads while keeping none of their bytes: DDI's uploadFile (multipart: the file
part is hashed and counted as it streams in) and fileUpload (a 307 to ``redirect_to``, the location, which hashes
the raw body). Each upload PUT follows ``script`` in turn: ``"ok"``, ``"503"`` (the body read, then a 503), or
``"drop"`` (half the body read, then the connection reset). Every request is recorded with whether it carried
credentials; every complete upload as a :class:`Received`.

    python tests/client/intake_server.py PORT   # serves on 127.0.0.1:PORT until stopped (the upload benchmark's use)
"""

from __future__ import annotations

import hashlib
import json
import re
import socket
import struct
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

CHUNK = 1024 * 1024
DDI_PREFIX = "/v1/data/directloads/"
UPLOAD_PREFIX = "/v1/data/upload/files/"
LOCATION_PREFIX = "/__location__/"


@dataclass(frozen=True)
class Received:
    path: str
    filename: str
    size: int
    sha256: str


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    credentials: bool  # an apikey, cookie or Authorization header
    tenant: str | None


@dataclass
class UploadService:
    script: list[str] = field(default_factory=list)
    redirect_to: str | None = None  # fileUpload's 307 goes here (default: this server)
    seen: list[Seen] = field(default_factory=list)
    received: list[Received] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def next_action(self) -> str:
        with self.lock:
            return self.script.pop(0) if self.script else "ok"


def _file_part(read: Any, length: int, boundary: bytes) -> tuple[str, int, str]:
    """The multipart body's one file part: its name, size and SHA-256, read in chunks and never kept whole."""
    buffer, left = b"", length
    while b"\r\n\r\n" not in buffer:
        chunk = read(min(65536, left))
        left -= len(chunk)
        buffer += chunk
    head, _, tail = buffer.partition(b"\r\n\r\n")
    name = re.search(rb'filename="([^"]*)"', head)
    ending = b"\r\n--" + boundary + b"--\r\n"
    digest, size = hashlib.sha256(), 0
    while True:
        if len(tail) > len(ending):  # all but what could be the ending is the file's
            digest.update(tail[: -len(ending)])
            size += len(tail) - len(ending)
            tail = tail[-len(ending) :]
        if left <= 0:
            break
        chunk = read(min(CHUNK, left))
        if not chunk:
            raise ConnectionError("the body ended early")
        left -= len(chunk)
        tail += chunk
    if tail != ending:
        raise ValueError(f"the multipart body does not end with its boundary: {tail[-60:]!r}")
    return (name.group(1).decode() if name else ""), size, digest.hexdigest()


def _raw_body(read: Any, length: int) -> tuple[int, str]:
    digest, left = hashlib.sha256(), length
    while left > 0:
        chunk = read(min(CHUNK, left))
        if not chunk:
            raise ConnectionError("the body ended early")
        left -= len(chunk)
        digest.update(chunk)
    return length, digest.hexdigest()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    service: UploadService
    base_url: str

    def _answer(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _record(self) -> None:
        credentials = any(self.headers.get(h) for h in ("apikey", "cookie", "authorization"))
        with self.service.lock:
            self.service.seen.append(Seen(self.command, self.path, credentials, self.headers.get("TargetTenantID")))

    def do_GET(self) -> None:  # a liveness probe
        self._record()
        self._answer(200, b"{}", {"Content-Type": "application/json"})

    def do_POST(self) -> None:
        self._record()
        self.rfile.read(int(self.headers.get("content-length") or 0))
        self._answer(200, b"token", {"Content-Type": "text/plain"})

    def do_PUT(self) -> None:
        self._record()
        length = int(self.headers.get("content-length") or 0)
        path = self.path.split("?")[0]
        if path.startswith(UPLOAD_PREFIX):  # fileUpload's probe: where the body goes
            self.rfile.read(length)
            where = self.service.redirect_to or self.base_url
            location = f"{where}{LOCATION_PREFIX}{path.removeprefix(UPLOAD_PREFIX)}?signature=s3cr3t"
            self._answer(307, headers={"Location": location})
            return
        action = self.service.next_action()
        if action == "drop":
            self.rfile.read(length // 2)
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.close_connection = True
            return
        if path.startswith(DDI_PREFIX):
            boundary = self.headers.get("content-type", "").partition("boundary=")[2].encode()
            filename, size, sha = _file_part(self.rfile.read, length, boundary)
        else:
            size, sha = _raw_body(self.rfile.read, length)
            filename = path.rsplit("/", 1)[-1]
        if action == "503":
            self._answer(503, b'{"message": "busy"}', {"Content-Type": "application/json", "Retry-After": "0"})
            return
        with self.service.lock:
            self.service.received.append(Received(path, filename, size, sha))
        answer = {"transactionId": path.split("/")[-2], "status": "OK", "size": size}
        self._answer(200, json.dumps(answer).encode(), {"Content-Type": "application/json"})

    def log_message(self, format: str, *args: Any) -> None:
        pass


@contextmanager
def upload_service(service: UploadService, port: int = 0) -> Iterator[str]:
    """``service`` on 127.0.0.1 (a free port unless given); yields its URL and stops it afterwards."""
    server = ThreadingHTTPServer(("127.0.0.1", port), _Handler)
    url = f"http://127.0.0.1:{server.server_address[1]}"
    server.RequestHandlerClass = type("Handler", (_Handler,), {"service": service, "base_url": url})
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, name="upload-service", daemon=True)
    thread.start()
    try:
        yield url
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


if __name__ == "__main__":
    with upload_service(UploadService(), int(sys.argv[1])):
        threading.Event().wait()
