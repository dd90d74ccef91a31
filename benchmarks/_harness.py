"""Small helpers shared by the benchmarks: medians, a mock server in its own process, the machine's description."""

from __future__ import annotations

import os
import platform
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import httpx

API_KEY = "bench-api-key"
USERNAME = "bench-user"
PASSWORD = "bench-password"
BIN = Path(sys.executable).parent


@contextmanager
def server_process(command: list[str], probe: str, what: str) -> Iterator[str]:
    """A server started by ``command`` (which listens on the port ``{port}`` stands for), once ``probe`` answers."""
    port = free_port()
    process = subprocess.Popen([part.format(port=port) for part in command], stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + probe, timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"{what} did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


def canned_process(items: int) -> AbstractContextManager[str]:
    """The canned-response server (``_canned.py``) in a process of its own, serving ``items`` credentials."""
    canned = Path(__file__).resolve().parent / "_canned.py"
    return server_process([sys.executable, str(canned), "{port}", str(items)], "/v1/op/data-versions",
                          "the canned server")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def mock_process(*extra: str) -> AbstractContextManager[str]:
    """The mock in a process of its own, so its work and memory never mix with the client's measurements."""
    command = [
        str(BIN / "visier-mock"), "serve", "--host", "127.0.0.1", "--port", "{port}",
        "--api-key", API_KEY, "--username", USERNAME, "--password", PASSWORD, *extra,
    ]
    return server_process(command, "/__mock__/state", "the mock")


def sign_in(url: str) -> str:
    response = httpx.post(url + "/v1/admin/visierSecureToken", data={"username": USERNAME, "password": PASSWORD})
    response.raise_for_status()
    return response.text


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, httpx {httpx.__version__}"
    )
