"""Unattended loads under faults: N ``client.load(..., wait=True)`` calls through one client against the mock with
20% 503s, 5% 429s (with Retry-After), 3% dropped connections on every operation, and startLoad answers that are
lost or arrive too late after the service acted. Every load must complete with the job the service started, and the
mock's own state must show exactly one load per call.

``make test`` runs a few loads; ``make chaos`` runs 100 (``CHAOS_LOADS``). The client's retry waits are skipped and
job waits move the mock's manual clock, so the run costs only request time plus the late answers' read timeouts.
"""

from __future__ import annotations

import os
from typing import Any

import httpx
import pytest
from jobs.conftest import MockTime
from visier_mock import MockConfig

from .conftest import journal_count, mock_client, top_loads

LOADS = int(os.environ.get("CHAOS_LOADS", "8"))
SEED = int(os.environ.get("CHAOS_SEED", "1"))  # the mock's seed: which requests meet which fault
EVERYWHERE = {"error_503_rate": 0.20, "error_429_rate": 0.05, "drop_rate": 0.03, "retry_after": 1}
# startLoad also loses answers after acting, or answers after the client's read timeout. The first three sends
# meet one of each for sure (lost, late, dropped before acting), so even the short run in `make test` covers them.
START_LOAD = {
    **EVERYWHERE,
    "lost_rate": 0.05,
    "slow_rate": 0.05,
    "slow_seconds": 0.6,
    "sequence": ["lost", {"slow": 0.6}, "drop"],
}
READ_TIMEOUT = 0.3


@pytest.fixture
def mock_config() -> MockConfig:
    return MockConfig(manual_clock=True, seed=SEED, validate_responses=True)


def test_loads_under_faults_complete_once_each(mock_server: Any, mock_time: MockTime) -> None:
    state = mock_server.state
    files = [f"WFF_j1r~c7o_chaos_{index:03d}.zip.gpg" for index in range(LOADS)]
    state.sftp.extend(files)
    state.faults.set("*", EVERYWHERE)
    state.faults.set("startLoad", START_LOAD)
    # Six retries: a POST is retried only on 503/429 (the service did not act), and 100 loads must all start.
    timeout = httpx.Timeout(5.0, read=READ_TIMEOUT)
    with mock_client(mock_server, mock_time, timeout=timeout, max_retries=6) as client:
        results = [client.load([name]) for name in files]

    faults = [entry["fault"] for entry in list(state.journal) if entry["operationId"] == "startLoad"]
    assert faults.count("lost") >= 1 and faults.count("slow") >= 1 and faults.count("drop") >= 1
    loads = top_loads(state)
    by_file = {name: [job for job in loads if job.files == [name]] for name in files}
    # 0 duplicates, from the mock's own state: exactly one load job per file, and no other load at all.
    assert {name: len(jobs) for name, jobs in by_file.items()} == dict.fromkeys(files, 1)
    assert len(loads) == LOADS
    # Every call completed, with the job the service started for its file.
    assert [result.job_id for result in results] == [by_file[name][0].job_id for name in files]
    assert all(result.ok for result in results), [r.summary() for r in results if not r.ok]
    assert journal_count(state, "startLoad") >= LOADS
    assert state.unexpected == []  # faults and retries never reach the mock's handler of last resort


def test_fault_rates_reach_the_wire(mock_server: Any, mock_time: MockTime) -> None:
    """The chaos settings do inject what they claim (guards the test above against a silently idle mock)."""
    state = mock_server.state
    state.faults.set("*", {"error_503_rate": 0.5, "retry_after": 1})
    with mock_client(mock_server, mock_time, max_retries=10) as client:
        for _ in range(10):
            client.data_and_job_handling.retrieve_data_categories()
    assert sum(1 for entry in list(state.journal) if entry["fault"] == 503) >= 3
    assert state.unexpected == []
