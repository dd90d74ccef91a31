"""Small helpers shared by the benchmarks: medians, a mock server in its own process, the machine's description."""

from __future__ import annotations

import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx

API_KEY = "bench-api-key"
USERNAME = "bench-user"
PASSWORD = "bench-password"
BIN = Path(sys.executable).parent


def median_of(runs: int, measure: Callable[[], float]) -> float:
    return statistics.median(measure() for _ in range(runs))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def mock_process(*extra: str) -> Iterator[str]:
    """The mock in a process of its own, so its work and memory never mix with the client's measurements."""
    port = free_port()
    command = [
        str(BIN / "visier-mock"), "serve", "--host", "127.0.0.1", "--port", str(port),
        "--api-key", API_KEY, "--username", USERNAME, "--password", PASSWORD, *extra,
    ]
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                httpx.get(url + "/__mock__/state", timeout=1)
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the mock did not start") from None
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


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
