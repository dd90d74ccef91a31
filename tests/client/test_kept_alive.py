"""A request on a connection urllib3's pool keeps open (``_http/kept_alive.py``) ends as it would through urllib3's
``urlopen``: the same answer, or the same httpx error with the same words, whatever the server does to it."""

from __future__ import annotations

import logging
import socket
import ssl
import struct
import threading
from collections.abc import Iterator

import httpx
import pytest
from visier_data_handling._http import kept_alive
from visier_data_handling._http.urllib3_transport import Urllib3Transport

OK = b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"
# What the server does with the second request on the connection the first one opened.
ANSWERS = {
    "answers": OK,
    "repeats and folds headers": b"HTTP/1.1 201 Made\r\nSet-Cookie: a=1\r\nX-Id: 7\r\nset-cookie: b=2\r\n"
                                 b"X-Long: one\r\n  two\r\nContent-Length: 3\r\n\r\nabc",
    "answers chunked": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n",
    "answers and closes": b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n{}",
    "answers HTTP/1.0 to the end": b"HTTP/1.0 404 Not Found\r\n\r\nmissing",
    "answers a HEAD-like 204": b"HTTP/1.1 204 No Content\r\n\r\n",
    "closes without answering": b"",
    "cuts the body short": b"HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n0123456789",
    "cuts a chunk short": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n9\r\nabc",
    "answers nonsense": b"nonsense\r\n\r\n",
    "never answers": None,
    "stops mid-body": b"HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n01234",
    "resets": b"RESET",
}
# Answers after which the connection stays open, answering OK to what follows; after any other the server closes.
KEEPS_OPEN = {ANSWERS[name] for name in ("answers", "repeats and folds headers", "answers chunked",
                                         "answers a HEAD-like 204")}
TIMEOUTS = {"connect": 2.0, "read": 0.3, "write": 2.0, "pool": 2.0}


class ScriptedServer:
    """Answers each connection's first request with ``OK``, its second as :data:`ANSWERS` says, and, when that
    keeps the connection open, the rest with ``OK``."""

    def __init__(self, second: bytes | None) -> None:
        self.second = second
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.listener.getsockname()[1]}"
        self.connections: list[socket.socket] = []
        self.done = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            self.connections.append(connection)
            threading.Thread(target=self._talk, args=(connection,), daemon=True).start()

    def _talk(self, connection: socket.socket) -> None:
        reader = connection.makefile("rb")
        answers = [OK, self.second]
        while answers:
            answer = answers.pop(0)
            if reader.readline() == b"":  # the client closed it
                break
            while reader.readline() not in (b"\r\n", b""):  # the rest of the request's head (it has no body)
                pass
            if not answers and answer in KEEPS_OPEN:  # the second answer (or one after it) keeps it open
                answers.append(OK)
            if answer is None:
                self.done.wait(10)  # silent until the test ends
            elif answer == b"RESET":
                connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            elif answer:
                connection.sendall(answer)
        connection.close()

    def close(self) -> None:
        self.done.set()
        self.listener.close()
        for connection in self.connections:
            connection.close()


def _outcome(second: bytes | None, kept: bool, monkeypatch: pytest.MonkeyPatch) -> tuple[object, ...]:
    """Three GETs on one transport (the second meets the behaviour under test); what each gave: its answer, or
    its error's type and words."""
    taken: list[object] = []
    real = kept_alive._exchange_on

    def spy(*args: object, **kwargs: object) -> kept_alive.Answer:
        taken.append(args[2])
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kept_alive, "_exchange_on", spy)
    if not kept:
        monkeypatch.setattr(kept_alive, "exchange", lambda *args: None)
    server = ScriptedServer(second)
    transport = Urllib3Transport(httpx.Limits(max_connections=1), ssl.create_default_context())
    try:
        outcomes = []
        for _ in range(3):
            request = httpx.Request("GET", server.url + "/v1/op/data-versions", extensions={"timeout": TIMEOUTS},
                                    headers={"Accept-Encoding": "identity", "User-Agent": "test"})
            try:
                response = transport.handle_request(request)
            except httpx.TransportError as exc:
                outcomes.append((type(exc).__name__, str(exc)))
            else:
                outcomes.append((response.status_code, response.reason_phrase, response.http_version,
                                 response.headers.raw, response.read()))
    finally:
        transport.close()
        server.close()
        monkeypatch.undo()
    # The second request takes the path under test; so does the third when the connection stayed open.
    assert len(taken) == (0 if not kept else 2 if second in KEEPS_OPEN else 1)
    return tuple(outcomes)


@pytest.fixture(params=list(ANSWERS), ids=list(ANSWERS))
def second(request: pytest.FixtureRequest) -> Iterator[bytes | None]:
    yield ANSWERS[request.param]


def test_the_second_request_ends_as_through_urlopen(second: bytes | None, monkeypatch: pytest.MonkeyPatch) -> None:
    kept = _outcome(second, True, monkeypatch)
    assert kept == _outcome(second, False, monkeypatch)
    assert kept[0][0] == kept[2][0] == 200  # the first, on a new connection; the third, on it or on a new one


def test_errors_are_httpx_errors_that_say_what_happened(monkeypatch: pytest.MonkeyPatch) -> None:
    said = {name: _outcome(ANSWERS[name], True, monkeypatch)[1][0]
            for name in ("never answers", "closes without answering", "cuts the body short", "resets")}
    assert said == {
        "never answers": "ReadTimeout",
        "closes without answering": "RemoteProtocolError",
        "cuts the body short": "RemoteProtocolError",
        "resets": "ReadError",
    }


def test_urllib3s_debug_log_still_shows_each_request(caplog: pytest.LogCaptureFixture) -> None:
    server = ScriptedServer(OK)
    transport = Urllib3Transport(httpx.Limits(max_connections=1), ssl.create_default_context())
    caplog.set_level(logging.DEBUG, logger="urllib3.connectionpool")
    try:
        for path in ("/first", "/second"):  # the second is sent on the connection the first opened
            request = httpx.Request("GET", server.url + path, extensions={"timeout": TIMEOUTS},
                                    headers={"Accept-Encoding": "identity", "User-Agent": "test"})
            transport.handle_request(request).read()
    finally:
        transport.close()
        server.close()
    lines = [r.getMessage() for r in caplog.records if r.name == "urllib3.connectionpool"]
    assert any('"GET /first HTTP/1.1" 200' in line for line in lines)
    assert any('"GET /second HTTP/1.1" 200 2' in line for line in lines), lines
