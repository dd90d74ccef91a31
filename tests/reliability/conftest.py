"""Fixtures for the reliability tests: a server that accepts connections and never answers, and a client on the
mock whose waits move the mock's manual clock (so nothing really sleeps between status checks)."""

from __future__ import annotations

import asyncio
import os
import socket
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from jobs.conftest import MockTime
from visier_data_handling import VisierDataHandling
from visier_data_handling._jobs.polling import PollSchedule
from visier_mock import MockConfig
from visier_mock._server import serve_in_thread


class SilentServer:
    """Listens on 127.0.0.1, accepts every connection, reads nothing and answers nothing."""

    def __init__(self) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}"
        self.accepted: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._accept, name="silent-server", daemon=True)
        self._thread.start()

    def _accept(self) -> None:
        self.sock.settimeout(0.05)
        while not self._stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted.append(conn)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=5)
        for conn in self.accepted:
            conn.close()
        self.sock.close()


@pytest.fixture
def silent_server() -> Iterator[SilentServer]:
    server = SilentServer()
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def mock_time(mock_server: Any) -> MockTime:
    return MockTime(mock_server.state)


def real_time_client(server: Any, **settings: Any) -> VisierDataHandling:
    """A client of a mock on its real clock: retry waits are skipped, job waits are real and short."""

    async def no_async_sleep(_: float) -> None:
        return None

    client = VisierDataHandling(
        host=server.url,
        api_key=server.api_key,
        username=server.username,
        password=server.password,
        sleep=lambda _: None,
        async_sleep=no_async_sleep,
        **settings,
    )
    client.jobs.poll = PollSchedule(initial=0.05, factor=1.5, maximum=0.25)
    return client


def mock_client(mock_server: Any, mock_time: MockTime, **settings: Any) -> VisierDataHandling:
    """A client of the mock that never really sleeps: retry waits are skipped, job waits move the mock's clock."""
    client = real_time_client(mock_server, **settings)
    client.jobs.poll = mock_time.schedule()
    return client


@pytest.fixture
def client(mock_server: Any, mock_time: MockTime) -> Iterator[VisierDataHandling]:
    with mock_client(mock_server, mock_time) as c:
        yield c


def journal_count(state: Any, operation_id: str) -> int:
    return [entry["operationId"] for entry in list(state.journal)].count(operation_id)


def top_loads(state: Any) -> list[Any]:
    """The load jobs the mock started (top-level receiving jobs), from its own state."""
    return [job for job in list(state.jobs.values()) if job.kind == "RECEIVING_JOB" and job.parent_id is None]


def aload_once(client: VisierDataHandling, files: list[str]) -> Any:
    """``await client.aload(files)`` in a fresh event loop, closing the client's async side in that loop."""

    async def main() -> Any:
        try:
            return await client.aload(files)
        finally:
            await client.aclose()

    return asyncio.run(main())


# The chaos runs (test_chaos.py, test_intake_chaos.py): seeds and speeds from make chaos, faults on every operation.
CHAOS_SEEDS = [int(seed) for seed in os.environ.get("CHAOS_SEEDS", "1 2").split()]
CHAOS_SPEEDS = [float(speed) for speed in os.environ.get("CHAOS_SPEEDS", "1 10").split()]
CHAOS_THREADS = 8
CHAOS_EVERYWHERE = {"error_503_rate": 0.20, "error_429_rate": 0.05, "drop_rate": 0.03, "retry_after": 1}


@pytest.fixture(
    params=[(speed, seed) for speed in CHAOS_SPEEDS for seed in CHAOS_SEEDS], ids=lambda p: f"speed{p[0]:g}-seed{p[1]}"
)
def chaos_server(request: pytest.FixtureRequest) -> Iterator[Any]:
    """The mock on its real clock at each speed, seeded, validating its answers."""
    speed, seed = request.param
    with serve_in_thread(MockConfig(seed=seed, speed=speed, validate_responses=True)) as running:
        yield running
