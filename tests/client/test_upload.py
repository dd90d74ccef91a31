"""Uploads: the 307 followed with the body sent once, the 500 MB limit, names, a connection lost mid-upload, and
upload-then-load end to end, sync and async, against the mock served on 127.0.0.1."""

from __future__ import annotations

import asyncio
import socket
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from visier_data_handling import (
    APIConnectionError,
    InvalidArgument,
    LoadResult,
    UploadProgress,
    VisierDataHandling,
    check_uploads,
)
from visier_mock import MockConfig, RunningMock, serve_in_thread

MB = 1024 * 1024


class Recorder(httpx.HTTPTransport):
    """Records every request's method, path, credentials and the body bytes actually streamed."""

    def __init__(self) -> None:
        super().__init__()
        self.sent: list[dict[str, Any]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        entry: dict[str, Any] = {"method": request.method, "path": request.url.path, "bytes": 0,
                                 "apikey": "apikey" in request.headers, "expect": request.headers.get("expect")}
        self.sent.append(entry)
        stream = request.stream

        class Counting(httpx.SyncByteStream):
            def __iter__(self) -> Iterator[bytes]:
                for chunk in stream:  # type: ignore[union-attr]
                    entry["bytes"] += len(chunk)
                    yield chunk

        request.stream = Counting()
        return super().handle_request(request)


@pytest.fixture(scope="module")
def live() -> Iterator[RunningMock]:
    with serve_in_thread(MockConfig(speed=200.0)) as running:
        yield running


def client_for(mock: RunningMock, **kwargs: Any) -> VisierDataHandling:
    return VisierDataHandling(host=mock.url, api_key=mock.api_key, username=mock.username, password=mock.password,
                              **kwargs)


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    path = tmp_path / "WFF_j1r_hcm_20260301.zip"
    path.write_bytes(bytes(range(256)) * 12_000)  # ~3 MB: several chunks
    return path


def test_the_redirect_is_followed_and_the_body_sent_once(live: RunningMock, data_file: Path) -> None:
    recorder = Recorder()
    progress: list[UploadProgress] = []
    with client_for(live, transport=recorder) as client:
        result = client.upload(data_file, on_progress=progress.append)
    assert result.filename == data_file.name and result.size == data_file.stat().st_size
    uploads = [r for r in recorder.sent if r["method"] == "PUT"]
    assert [u["path"] for u in uploads] == [f"/v1/data/upload/files/{data_file.name}", f"/__upload__/{data_file.name}"]
    assert [u["bytes"] for u in uploads] == [0, data_file.stat().st_size]  # the probe is empty; the body goes once
    assert progress[-1] == UploadProgress(data_file.name, result.size, result.size)
    assert [p.sent for p in progress] == sorted(p.sent for p in progress) and len(progress) >= 3
    with live.state.lock:
        assert data_file.name in live.state.sftp  # listed as uploaded, hence loadable


@pytest.mark.parametrize("sync_backend", ["httpx", "urllib3"])
def test_upload_then_load_end_to_end(live: RunningMock, data_file: Path, sync_backend: str) -> None:
    with client_for(live, sync_backend=sync_backend) as client:
        result = client.upload_and_load([data_file], timeout=60)
    assert isinstance(result, LoadResult) and result.ok and len(result.tenants) == 5
    assert all(versions for versions in result.data_versions.values())


def test_upload_then_load_end_to_end_async(live: RunningMock, data_file: Path) -> None:
    async def run() -> tuple[Any, LoadResult]:
        async with client_for(live) as client:
            uploaded = await client.aupload(data_file, filename="renamed_hcm.csv")
            loaded = await client.aupload_and_load([data_file], timeout=60)
            return uploaded, loaded

    uploaded, loaded = asyncio.run(run())
    assert uploaded.filename == "renamed_hcm.csv"
    assert loaded.ok and len(loaded.tenants) == 5
    with live.state.lock:
        assert {"renamed_hcm.csv", data_file.name} <= set(live.state.sftp)


@pytest.mark.parametrize("name", ["notes.txt", "archive.zip.txt", ".zip", "report.gpg"])
def test_a_bad_extension_is_refused_before_anything_is_sent(live: RunningMock, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"data")
    recorder = Recorder()
    with client_for(live, transport=recorder) as client, pytest.raises(InvalidArgument) as caught:
        client.upload(path)
    assert caught.value.argument == "filename" and name in str(caught.value) and ".zip, .csv" in str(caught.value)
    assert recorder.sent == []


@pytest.mark.parametrize("name", ["a.ZIP", "b.csv.gpg", "c.xlsx.pgp", "d.xls"])
def test_every_documented_type_is_accepted(live: RunningMock, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"data")
    with client_for(live) as client:
        assert client.upload(path).filename == name


def _signed_in(live: RunningMock) -> dict[str, str]:
    token = httpx.post(f"{live.url}/v1/admin/visierSecureToken", headers={"apikey": live.api_key},
                       data={"username": live.username, "password": live.password}).text
    return {"apikey": live.api_key, "Cookie": f"VisierASIDToken={token}"}


def test_the_mock_refuses_a_bad_extension_itself(live: RunningMock) -> None:
    answer = httpx.put(f"{live.url}/v1/data/upload/files/notes.txt", headers=_signed_in(live))
    assert answer.status_code == 400 and "'filename'" in answer.json()["message"]


def test_over_500_mb_is_refused_before_sending(live: RunningMock, tmp_path: Path) -> None:
    big = tmp_path / "huge.zip"
    with big.open("wb") as file:  # sparse: no disk is used
        file.truncate(500 * MB + 1)
    recorder = Recorder()
    with client_for(live, transport=recorder) as client, pytest.raises(InvalidArgument) as caught:
        client.upload(big)
    assert caught.value.argument == "path" and "500 MB" in str(caught.value)
    assert recorder.sent == []


def _raw(port: int, head: str, body: bytes = b"", close_after: bool = False) -> bytes:
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head.encode() + body)
        if close_after:
            return b""
        return sock.recv(65536)


def _ticket(live: RunningMock, name: str) -> str:
    probe = httpx.put(f"{live.url}/v1/data/upload/files/{name}", headers=_signed_in(live))
    assert probe.status_code == 307
    return str(probe.headers["location"])


def test_the_mock_answers_413_over_500_mb(live: RunningMock) -> None:
    port = int(live.url.rsplit(":", 1)[1])
    too_big = f"Content-Length: {500 * MB + 1}\r\n"
    credentials = "".join(f"{k}: {v}\r\n" for k, v in _signed_in(live).items())
    # At the service's path, from the declared size, before any body byte is read ...
    answer = _raw(port, f"PUT /v1/data/upload/files/big.zip HTTP/1.1\r\nHost: x\r\n{credentials}{too_big}\r\n")
    assert answer.startswith(b"HTTP/1.1 413") and b"500 MB" in answer
    # ... and at the upload location.
    answer = _raw(port, f"PUT {_ticket(live, 'big.zip')} HTTP/1.1\r\nHost: x\r\n{too_big}\r\n")
    assert answer.startswith(b"HTTP/1.1 413") and b"500 MB" in answer
    with live.state.lock:
        assert "big.zip" not in live.state.sftp


def test_a_connection_lost_mid_upload_registers_nothing_on_the_mock(live: RunningMock) -> None:
    port = int(live.url.rsplit(":", 1)[1])
    location = _ticket(live, "half.zip")
    _raw(port, f"PUT {location} HTTP/1.1\r\nHost: x\r\nContent-Length: {4 * MB}\r\n\r\n", b"x" * MB, close_after=True)
    with live.state.lock:
        assert "half.zip" not in live.state.sftp
    # The location was single use: it cannot be completed later either.
    again = _raw(port, f"PUT {location} HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\n", b"abc")
    assert again.startswith(b"HTTP/1.1 404")
    with live.state.lock:
        assert "half.zip" not in live.state.sftp


class DroppingServer:
    """Answers the probe with a 307 to itself, then reads part of the body and closes the connection."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    def serve(self) -> None:
        for _ in range(3):  # sign-in, probe, upload
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                head = conn.recv(65536)
                if head.startswith(b"POST"):
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 5\r\n"
                                 b"Connection: close\r\n\r\ntoken")
                elif b"/v1/data/upload/files/" in head:
                    conn.sendall(b"HTTP/1.1 307 Temporary Redirect\r\nLocation: /upload/x?ticket=t\r\n"
                                 b"Content-Length: 0\r\nConnection: close\r\n\r\n")
                else:
                    conn.recv(256 * 1024)
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")

    def close(self) -> None:
        self.sock.close()


@pytest.mark.parametrize("sync_backend", ["httpx", "urllib3"])
def test_a_connection_lost_mid_upload_is_a_clear_error(data_file: Path, sync_backend: Any) -> None:
    server = DroppingServer()
    try:
        with VisierDataHandling(
            host=f"http://127.0.0.1:{server.port}", api_key="k", username="u", password="p", max_retries=0,
            sync_backend=sync_backend,
        ) as client, pytest.raises(APIConnectionError) as caught:
            client.upload(data_file)
    finally:
        server.close()
    message = str(caught.value)
    assert data_file.name in message and "not registered" in message and "upload it again" in message
    assert f"of {data_file.stat().st_size} bytes" in message
    cause = caught.value.__cause__
    assert isinstance(cause, httpx.RequestError) and cause.request.headers.get("apikey") != "k"  # no secret chained


@pytest.mark.parametrize(
    ("options", "argument"),
    [({"timeout": -1}, "timeout"), ({"on_progress": "print"}, "on_progress"), ({"wiat": False}, "wiat")],
)
def test_load_options_are_checked_before_the_first_upload(
    live: RunningMock, data_file: Path, options: dict[str, object], argument: str
) -> None:
    recorder = Recorder()
    with client_for(live, transport=recorder) as client, pytest.raises(InvalidArgument) as caught:
        client.upload_and_load([data_file], **options)
    assert caught.value.argument == argument and recorder.sent == []
    if argument == "wiat":
        assert "did you mean 'wait'" in str(caught.value)


def test_paths_are_all_checked_before_the_first_upload(live: RunningMock, data_file: Path, tmp_path: Path) -> None:
    recorder = Recorder()
    with client_for(live, transport=recorder) as client, pytest.raises(InvalidArgument) as caught:
        client.upload_and_load([data_file, tmp_path / "missing.csv"])
    assert "missing.csv" in str(caught.value) and "does not exist" in str(caught.value)
    assert recorder.sent == []
    with client_for(live) as client, pytest.raises(InvalidArgument):
        client.upload_and_load(str(data_file))  # type: ignore[arg-type]


def test_an_unreadable_file_is_refused_before_anything_is_sent(
    live: RunningMock, data_file: Path, tmp_path: Path, refuse_reading: Callable[[Path], None]
) -> None:
    unread = tmp_path / "unread.csv"
    unread.write_text("a,b\n1,2\n")
    refuse_reading(unread)
    with pytest.raises(InvalidArgument, match=r"unread\.csv.* is not readable \(Permission denied\)") as caught:
        check_uploads([data_file, unread])
    assert caught.value.argument == "path"
    recorder = Recorder()
    with client_for(live, transport=recorder) as client:
        with pytest.raises(InvalidArgument, match="is not readable"):
            client.upload(unread)
        with pytest.raises(InvalidArgument, match="is not readable"):
            client.upload_and_load([data_file, unread])
    assert recorder.sent == []
