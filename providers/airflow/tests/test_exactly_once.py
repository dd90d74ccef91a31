"""Exactly once across retries: a try that dies mid-wait leaves its job ID behind, and the retry follows that job;
one that dies between startLoad's answer and the write of the job's ID leaves the anchor, and the retry finds the job
by it. The first try is killed as a worker dies, and retried as the scheduler would (``retrying``).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from conftest import Mock
from retrying import first_try_killed, retry, stored
from runs import run, states, tries, xcom

UPLOADED = "WFF_j1r_hcm_files_20181030102030.zip.gpg"
SLOW_TENANT = "WFF_j1r~c7o"


def test_a_retry_after_the_worker_died_follows_the_recorded_job(mock: Mock, monkeypatch: pytest.MonkeyPatch) -> None:
    mock.control("POST", "/slow", {"tenantCode": SLOW_TENANT, "seconds": 3000})  # 300 s at the mock's speed
    logical_date = datetime(2026, 3, 1, tzinfo=UTC)
    conf = {"files": [UPLOADED]}
    # Mid-wait: the load started and the task is checking on it.
    dag_run = first_try_killed("visier_load_retried", conf, logical_date,
                               lambda: mock.count("receivingJobStatus") >= 3, "the first try to wait on its load")
    assert mock.count("startLoad") == 1
    # Meanwhile the slow tenant's receiving and processing jobs (3000 s longer each) finish.
    mock.control("POST", "/clock/advance", {"seconds": 7200})

    retried = retry(dag_run, conf, logical_date, monkeypatch)

    assert states(retried) == {"load": "success"} and tries(retried, "load") == 2
    assert mock.count("startLoad") == 1  # the mock's journal: one load, not two
    outcome = xcom(retried, "load")
    assert outcome["job_id"] == xcom(retried, "load", "visier_job_id")
    assert outcome["outcome"] == "succeeded" and outcome["tenants"][SLOW_TENANT]["data_versions"]


def test_a_worker_killed_between_the_start_loads_answer_and_the_state_write_is_reconciled(
    mock: Mock, monkeypatch: pytest.MonkeyPatch
) -> None:
    # startLoad acts, then its answer is held: the worker dies with the load started and its ID nowhere.
    mock.control("POST", "/faults", {"operationId": "startLoad", "sequence": [{"slow": 600}]})
    logical_date = datetime(2026, 3, 2, tzinfo=UTC)
    conf = {"files": [UPLOADED]}
    dag_run = first_try_killed("visier_load_retried", conf, logical_date,
                               lambda: any(r["fault"] == "slow" for r in mock.requests("startLoad")),
                               "the load to start with its answer held")
    assert stored(dag_run, "visier_job_id") is None  # the gap: no job ID was written
    assert stored(dag_run, "visier_load_anchor")["files"] == [UPLOADED]
    mock.control("DELETE", "/faults")

    retried = retry(dag_run, conf, logical_date, monkeypatch)

    assert states(retried) == {"load": "success"} and tries(retried, "load") == 2
    assert mock.count("startLoad") == 1  # the retry found the job by its anchor instead of loading again
    assert xcom(retried, "load")["job_id"] == stored(dag_run, "visier_job_id")


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
