"""Unattended Direct Data Intake under faults, many at once: N ``client.intake(..., wait=True)`` calls through one
client on 8 threads, against the mock on its real clock at speed 1 and 10, with 20% 503s, 5% 429s (with
Retry-After) and 3% dropped connections on every operation, and commits whose answer is lost after the service
committed (the first commit of each run for sure, then 10%).

Every call must end committed once (its result names the transaction, committed exactly once in the mock's state)
or rolled back with an error saying so, and the mock must show 0 double commits and 0 transactions left open.

``make test`` runs a few calls per seed and speed; ``make chaos`` runs 50 per seed and speed (``CHAOS_INTAKES``,
``CHAOS_SEEDS``, ``CHAOS_SPEEDS``). The client's retry waits are skipped; job waits are real, on short polls.
"""

from __future__ import annotations

import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
from visier_data_handling import IntakeResult, VisierError
from visier_mock._intake_fixtures import LOAD_SCHEMAS
from visier_mock.pytest_plugin import intake_summary

from .conftest import CHAOS_EVERYWHERE, CHAOS_THREADS, real_time_client

INTAKES = int(os.environ.get("CHAOS_INTAKES", "8"))
TENANT = "WFF_j1r~c7o"
EVERYWHERE = CHAOS_EVERYWHERE
COMMIT = {**EVERYWHERE, "lost_rate": 0.10, "sequence": ["lost"]}
WINDOW = 3.0  # the settle window, in the client's seconds


def _employee_file(folder: Path, index: int) -> Path:
    """A file with every column of the mock's Employee load schema, mandatory ones filled."""
    columns = LOAD_SCHEMAS["Employee"]
    row = [f"E{index}" if c["name"] == "EmployeeID" else "2026-01-01" if c["isMandatory"] else "" for c in columns]
    path = folder / f"employee_{index:03d}.csv"
    path.write_text(",".join(c["name"] for c in columns) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    return path


def test_concurrent_intakes_commit_once_or_roll_back(chaos_server: Any, tmp_path: Path) -> None:
    state = chaos_server.state
    state.faults.set("*", EVERYWHERE)
    state.faults.set("commitTransaction", COMMIT)
    client = real_time_client(chaos_server, timeout=httpx.Timeout(10.0), max_retries=6)
    paths = [_employee_file(tmp_path, index) for index in range(INTAKES)]

    def intake(path: Path) -> IntakeResult | VisierError:
        try:
            return client.intake({"Employee": path}, target_tenant_id=TENANT, reconcile_window=WINDOW)
        except VisierError as exc:
            return exc

    with client, ThreadPoolExecutor(CHAOS_THREADS) as pool:
        outcomes = list(pool.map(intake, paths))

    summary = intake_summary(chaos_server)
    transactions = summary["transactions"]
    assert summary["doubleCommits"] == 0
    assert summary["open"] == 0, {t: v for t, v in transactions.items() if v["status"] == "open"}
    assert all(t["commits"] <= 1 for t in transactions.values())
    faults = [entry["fault"] for entry in list(state.journal) if entry["operationId"] == "commitTransaction"]
    assert faults.count("lost") >= 1  # a lost commit answer was met, and reconciled
    followed = set()
    for path, outcome in zip(paths, outcomes, strict=True):
        if isinstance(outcome, IntakeResult):
            assert transactions[outcome.transaction_id]["commits"] == 1, (path, outcome.transaction_id)
            assert transactions[outcome.transaction_id]["jobId"] == outcome.job_id
            assert outcome.ok, outcome.summary()
            followed.add(outcome.transaction_id)
        elif outcome.transaction_id is not None:
            assert outcome.rolled_back, (path, outcome)
            assert transactions[outcome.transaction_id]["status"] == "rolled back", (path, outcome)
        # else: it failed before a transaction existed, and nothing was opened for it (the open count says so)
    assert len(followed) == sum(isinstance(o, IntakeResult) for o in outcomes)  # no transaction followed twice
    committed = {t for t, v in transactions.items() if v["commits"] == 1}
    assert committed == followed  # every commit the mock performed is a call's result
    assert len(followed) >= INTAKES * 3 // 4
    assert state.unexpected == []
