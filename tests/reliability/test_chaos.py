"""Unattended loads under faults, many at once: N ``client.load(..., wait=True)`` calls through one client on 8
threads, all for the same analytic tenant, against the mock on its real clock at speed 1 and at speed 10, with 20%
503s, 5% 429s (with Retry-After), 3% dropped connections on every operation, and startLoad answers that are lost or
arrive too late after the service acted.

Every call must either complete with the job the service started for it or raise ``ServiceMayHaveActed`` naming the
candidate jobs, and the mock's own state must never show a file loaded twice.

``make test`` runs a few loads per seed and speed; ``make chaos`` runs 100 per seed and speed (``CHAOS_LOADS``,
``CHAOS_SEEDS``, ``CHAOS_SPEEDS``). The client's retry waits are skipped; job waits are real, on short polls.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import httpx
from visier_data_handling import ServiceMayHaveActed, VisierError

from .conftest import CHAOS_EVERYWHERE, CHAOS_THREADS, real_time_client, top_loads

LOADS = int(os.environ.get("CHAOS_LOADS", "12"))
TENANT = "WFF_j1r~c7o"  # every file of the run goes to this one analytic tenant
EVERYWHERE = CHAOS_EVERYWHERE
# startLoad also loses answers after acting, or answers after the client's read timeout. The first three sends
# meet one of each for sure (lost, late, dropped before acting), so even the short run in `make test` covers them.
START_LOAD = {
    **EVERYWHERE,
    "lost_rate": 0.10,
    "slow_rate": 0.05,
    "slow_seconds": 2.5,
    "sequence": ["lost", {"slow": 2.5}, "drop"],
}
READ_TIMEOUT = 2.0
WINDOW = 4.0  # the settle window, in the client's seconds


def test_concurrent_loads_for_one_tenant_start_once_each_and_follow_their_own_job(chaos_server: Any) -> None:
    state = chaos_server.state
    files = [f"{TENANT}_chaos_{index:03d}.zip.gpg" for index in range(LOADS)]
    state.sftp.extend(files)
    state.faults.set("*", EVERYWHERE)
    state.faults.set("startLoad", START_LOAD)
    # Six retries: a POST is retried only on 503/429 (the service did not act), and every load must start.
    client = real_time_client(chaos_server, timeout=httpx.Timeout(10.0, read=READ_TIMEOUT), max_retries=6)

    def load(name: str) -> Any:
        try:
            return client.load([name], reconcile_window=WINDOW)
        except VisierError as exc:
            return exc

    with client, ThreadPoolExecutor(CHAOS_THREADS) as pool:
        outcomes = dict(zip(files, pool.map(load, files), strict=True))

    faults = [entry["fault"] for entry in list(state.journal) if entry["operationId"] == "startLoad"]
    assert faults.count("lost") >= 1 and faults.count("slow") >= 1 and faults.count("drop") >= 1
    loads = top_loads(state)
    by_file = {name: [job.job_id for job in loads if job.files == [name]] for name in files}
    assert all(len(job.files) == 1 for job in loads)
    # Never a file loaded twice, from the mock's own state.
    assert {name: ids for name, ids in by_file.items() if len(ids) > 1} == {}
    for name, outcome in outcomes.items():
        if isinstance(outcome, ServiceMayHaveActed):
            # An honest "cannot tell": the candidates it names include the job the service started for this file.
            assert set(by_file[name]) <= set(outcome.candidates), (name, outcome)
            assert all(job_id in str(outcome) for job_id in outcome.candidates)
        elif isinstance(outcome, VisierError):
            # Retries ran out before the service started anything for it: safe to call again, and nothing started.
            assert by_file[name] == [], (name, outcome)
            assert outcome.job_id is None, (name, outcome)
        else:
            # Completed with the job the service started for this very file.
            assert [outcome.job_id] == by_file[name], (name, outcome.job_id, by_file[name])
            assert outcome.ok, outcome.summary()
    completed = sum(1 for outcome in outcomes.values() if not isinstance(outcome, VisierError))
    assert completed >= LOADS * 3 // 4  # "cannot tell" stays the exception, not the rule
    assert state.unexpected == []  # faults and retries never reach the mock's handler of last resort


def test_fault_rates_reach_the_wire(mock_server: Any) -> None:
    """The chaos settings do inject what they claim (guards the test above against a silently idle mock)."""
    state = mock_server.state
    state.faults.set("*", {"error_503_rate": 0.5, "retry_after": 1})
    with real_time_client(mock_server, max_retries=10) as client:
        for _ in range(10):
            client.data_and_job_handling.retrieve_data_categories()
    assert sum(1 for entry in list(state.journal) if entry["fault"] == 503) >= 3
    assert state.unexpected == []
