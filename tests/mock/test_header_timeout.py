"""A connection that has not finished its request headers within the bound is closed; complete requests are
answered as before. Run with a short bound so the test stays quick."""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator

import pytest
from visier_mock import RunningMock, serve_in_thread
from visier_mock._header_timeout import DEFAULT_HEADER_TIMEOUT
from visier_mock.cli import main

BOUND = 0.5
REQUEST = b"GET /__mock__/state HTTP/1.1\r\nHost: mock\r\n"


@pytest.fixture(scope="module")
def running() -> Iterator[RunningMock]:
    with serve_in_thread(header_timeout=BOUND) as mock:
        yield mock


def _connect(mock: RunningMock) -> socket.socket:
    host, port = mock.url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)))
    sock.settimeout(10 * BOUND + 5)  # a hung connection fails the test instead of hanging it
    return sock


def _read_until_closed(sock: socket.socket) -> bytes:
    data = b""
    while chunk := sock.recv(65536):
        data += chunk
    return data


def test_a_connection_that_never_finishes_its_headers_is_closed(running: RunningMock) -> None:
    with _connect(running) as sock:
        sock.sendall(REQUEST)  # no blank line: the headers never end
        assert _read_until_closed(sock) == b""  # closed unanswered, not held open


def test_a_silent_connection_is_closed(running: RunningMock) -> None:
    with _connect(running) as sock:
        assert _read_until_closed(sock) == b""


def test_the_next_request_on_a_kept_alive_connection_is_bound_too(running: RunningMock) -> None:
    with _connect(running) as sock:
        sock.sendall(REQUEST + b"\r\n")
        time.sleep(2 * BOUND)  # longer than the bound, but the first request's headers were complete
        sock.sendall(REQUEST)
        answered = _read_until_closed(sock)
    assert answered.startswith(b"HTTP/1.1 200") and answered.count(b"HTTP/1.1 ") == 1


def test_headers_sent_slowly_but_within_the_bound_are_answered(running: RunningMock) -> None:
    with _connect(running) as sock:
        for part in (REQUEST[:10], REQUEST[10:], b"\r\n"):
            sock.sendall(part)
            time.sleep(BOUND / 5)
        assert sock.recv(12) == b"HTTP/1.1 200"


def test_the_bound_defaults_to_ten_seconds_and_is_configurable(capsys: pytest.CaptureFixture[str]) -> None:
    assert DEFAULT_HEADER_TIMEOUT == 10.0
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    assert "--header-timeout" in capsys.readouterr().out
    with pytest.raises(SystemExit):
        main(["serve", "--header-timeout", "0"])
    assert "header_timeout" in capsys.readouterr().err
