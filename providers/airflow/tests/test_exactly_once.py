"""Exactly once across retries: a try that dies mid-wait leaves its job ID behind, and the retry follows that job.

The first try runs dag.test() in a process of its own and is killed (SIGKILL) while it waits, as a worker dies.
The scheduler would then see the task's heartbeat stop and, with a retry left, mark it up for retry; the test does
that, and runs the same DAG run again with dag.test() -- which, unlike a scheduler, would first delete a run of the
same logical date (and with it the task's state), so it is handed the existing run instead.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from airflow.models.dagrun import DagRun
from airflow.models.taskinstance import TaskInstance
from airflow.utils.session import create_session
from airflow.utils.state import TaskInstanceState
from conftest import Mock
from runs import run, states, tries, xcom
from sqlalchemy import select

UPLOADED = "WFF_j1r_hcm_files_20181030102030.zip.gpg"
SLOW_TENANT = "WFF_j1r~c7o"


def _wait_for(condition: Any, what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.1)


def _the_run(dag_id: str) -> Any:
    with create_session() as session:
        dag_run = session.scalar(select(DagRun).where(DagRun.dag_id == dag_id))
        assert dag_run is not None
        session.expunge(dag_run)
        return dag_run


def test_a_retry_after_the_worker_died_follows_the_recorded_job(mock: Mock, monkeypatch: pytest.MonkeyPatch) -> None:
    mock.control("POST", "/slow", {"tenantCode": SLOW_TENANT, "seconds": 3000})  # 300 s at the mock's speed
    logical_date = datetime(2026, 3, 1, tzinfo=UTC)
    first_try = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("run_dag.py")), "visier_load_retried",
         json.dumps({"files": [UPLOADED]}), logical_date.isoformat()],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        # Mid-wait: the load started and the task is checking on it.
        _wait_for(lambda: mock.count("receivingJobStatus") >= 3, "the first try to wait on its load")
    finally:
        os.killpg(first_try.pid, signal.SIGKILL)
        first_try.wait()
    assert mock.count("startLoad") == 1
    dag_run = _the_run("visier_load_retried")
    assert states(dag_run) == {"load": "running"}  # the dead try's state, as the scheduler finds it

    with create_session() as session:  # the scheduler, on the missing heartbeats, with a retry left
        ti = session.scalar(select(TaskInstance).where(TaskInstance.run_id == dag_run.run_id))
        assert ti is not None
        ti.state = TaskInstanceState.UP_FOR_RETRY
        ti.end_date = datetime.now(UTC)
    # Meanwhile the slow tenant's receiving and processing jobs (3000 s longer each) finish.
    mock.control("POST", "/clock/advance", {"seconds": 7200})

    def the_existing_run(*, dag: Any, session: Any, **_: Any) -> Any:
        existing = session.scalar(select(DagRun).where(DagRun.run_id == dag_run.run_id))
        existing.dag = dag
        return existing

    monkeypatch.setattr("airflow.models.dagrun.get_or_create_dagrun", the_existing_run)

    retried = run("visier_load_retried", {"files": [UPLOADED]}, logical_date=logical_date)

    assert retried.run_id == dag_run.run_id
    assert states(retried) == {"load": "success"} and tries(retried, "load") == 2
    assert mock.count("startLoad") == 1  # the mock's journal: one load, not two
    outcome = xcom(retried, "load")
    assert outcome["job_id"] == xcom(retried, "load", "visier_job_id")
    assert outcome["outcome"] == "succeeded" and outcome["tenants"][SLOW_TENANT]["data_versions"]


def test_a_retry_after_a_failed_load_follows_it_and_starts_none(mock: Mock) -> None:
    mock.control("POST", "/failures", {"tenantCode": "WFF_j1r~i1o", "stage": "processing", "message": "bad rows"})

    dag_run = run("visier_load_retried", {"files": [UPLOADED]})

    assert states(dag_run) == {"load": "failed"} and tries(dag_run, "load") == 2
    assert mock.count("startLoad") == 1  # the retry followed the failed job again instead of loading anew


def test_with_restart_failed_a_retry_after_a_failed_load_starts_a_new_one(mock: Mock) -> None:
    mock.control("POST", "/failures", {"tenantCode": "WFF_j1r~i1o", "stage": "processing", "message": "bad rows"})

    dag_run = run("visier_load_restart_failed", {"files": [UPLOADED]})

    assert states(dag_run) == {"load": "failed"} and tries(dag_run, "load") == 2
    assert mock.count("startLoad") == 2
    assert xcom(dag_run, "load", "visier_outcome")["tenants"]["WFF_j1r~i1o"]["message"] == "bad rows"
