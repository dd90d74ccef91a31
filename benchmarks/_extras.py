"""Figures beside the client comparison: how many GETs a second the mock answers, and how long generating takes."""

from __future__ import annotations

import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from _harness import API_KEY, sign_in

ROOT = Path(__file__).resolve().parent.parent


def mock_throughput(url: str, total: int, connections: int = 4) -> float:
    """GETs per second the mock answers. A plain keep-alive socket client: httpx's own overhead (about 4,000
    requests a second for one AsyncClient here) would otherwise be what gets measured."""
    token = sign_in(url)
    host, port = url.removeprefix("http://").split(":")
    request = (f"GET /v1/op/data/categories HTTP/1.1\r\nHost: {host}\r\napikey: {API_KEY}\r\n"
               f"Cookie: VisierASIDToken={token}\r\n\r\n").encode()

    def worker(count: int) -> None:
        with socket.create_connection((host, int(port))) as sock:
            reader = sock.makefile("rb")
            for _ in range(count):
                sock.sendall(request)
                status = reader.readline()
                assert b" 200 " in status, status
                length = 0
                while (line := reader.readline()) not in (b"\r\n", b""):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":")[1])
                reader.read(length)

    threads = [threading.Thread(target=worker, args=(total // connections,)) for _ in range(connections)]
    t = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return (total // connections * connections) / (time.perf_counter() - t)


def generate_time(runs: int) -> float:
    def once() -> float:
        t = time.perf_counter()
        subprocess.run([sys.executable, str(ROOT / "generator" / "generate.py"), "--check"], check=True,
                       capture_output=True)
        return time.perf_counter() - t

    return statistics.median(once() for _ in range(runs))
