"""Airflow in a temporary AIRFLOW_HOME on SQLite, and the mock served over HTTP by the SDK venv's visier-mock.

The environment is set before anything imports Airflow. The DAG folder is a copy of tests/dags and of the example
DAG in docs/, so the docs' DAG runs here too. The mock runs in a process of its own (make test-airflow passes its
path in VISIER_MOCK), so neither its dependencies nor Airflow's meet in one venv; tests steer it through its
/__mock__/ control API: reset, planted failures, slow tenants, the clock, and the journal of requests.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

HERE = Path(__file__).parent
REPO = HERE.parents[2]
EXAMPLE_DAG = REPO / "docs" / "airflow_example_dag.py"

# A DAG run in a child process (run_dag.py) imports this module too: it keeps the session's home.
HOME = Path(os.environ.get("VISIER_AIRFLOW_TEST_HOME") or tempfile.mkdtemp(prefix="visier-airflow-home-"))
DAGS = HOME / "dags"
os.environ.update(
    VISIER_AIRFLOW_TEST_HOME=str(HOME),
    AIRFLOW_HOME=str(HOME),
    AIRFLOW__CORE__DAGS_FOLDER=str(DAGS),
    AIRFLOW__CORE__LOAD_EXAMPLES="False",
    AIRFLOW__DATABASE__SQL_ALCHEMY_CONN=f"sqlite:///{HOME}/airflow.db",
    AIRFLOW__LOGGING__LOGGING_LEVEL="INFO",
)
MOCK_SPEED = "10"
API_KEY, USERNAME, PASSWORD = "mock-api-key", "mock-user", "mock-password"  # the mock's defaults


def pytest_sessionstart(session: pytest.Session) -> None:
    DAGS.mkdir(parents=True)
    for dag_file in [*sorted((HERE / "dags").glob("*.py")), EXAMPLE_DAG]:
        shutil.copy(dag_file, DAGS / dag_file.name)
    subprocess.run([sys.executable, "-m", "airflow", "db", "migrate"], check=True, capture_output=True)


def pytest_sessionfinish(session: pytest.Session) -> None:
    shutil.rmtree(HOME, ignore_errors=True)


class Mock:
    """The mock over HTTP: its URL, its control API, and what its journal says."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.http = httpx.Client(base_url=url, timeout=10)

    def control(self, method: str, path: str, body: dict[str, Any] | None = None) -> Any:
        response = self.http.request(method, f"/__mock__{path}", json=body)
        response.raise_for_status()
        return response.json()

    def requests(self, operation_id: str) -> list[dict[str, Any]]:
        entries = self.control("GET", "/requests")["requests"]
        return [entry for entry in entries if entry["operationId"] == operation_id]

    def count(self, operation_id: str) -> int:
        return len(self.requests(operation_id))

    def client(self) -> Any:
        from visier_data_handling import VisierDataHandling

        return VisierDataHandling(host=self.url, api_key=API_KEY, username=USERNAME, password=PASSWORD)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture(scope="session")
def mock_service() -> Iterator[Mock]:
    program = os.environ.get("VISIER_MOCK") or shutil.which("visier-mock")
    if not program:
        pytest.fail("set VISIER_MOCK to the SDK venv's visier-mock (make test-airflow does)")
    port = _free_port()
    process = subprocess.Popen(
        [program, "serve", "--host", "127.0.0.1", "--port", str(port), "--speed", MOCK_SPEED],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    mock = Mock(f"http://127.0.0.1:{port}")
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                mock.control("GET", "/state")
                break
            except httpx.TransportError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("the mock did not start") from None
                time.sleep(0.1)
        os.environ["AIRFLOW_CONN_VISIER_DEFAULT"] = json.dumps(
            {
                "conn_type": "visier",
                "host": mock.url,
                "login": USERNAME,
                "password": PASSWORD,
                "extra": {"api_key": API_KEY},
            }
        )
        yield mock
    finally:
        mock.http.close()
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:  # still holding an answer a test delayed for a worker it killed
            process.kill()
            process.wait(timeout=10)


@pytest.fixture
def mock(mock_service: Mock) -> Mock:
    """The mock, its world reset: no faults, failures or slow tenants, an empty journal."""
    mock_service.control("POST", "/reset")
    return mock_service
