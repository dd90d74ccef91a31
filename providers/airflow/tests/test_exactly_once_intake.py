"""VisierDirectIntakeOperator exactly once across retries: the first try's worker is killed (SIGKILL) at three points
-- after the transaction started, mid-upload, after the commit's answer -- and the retry, run as the scheduler would
(``retrying``), ends with one commit in the mock's state, never two, and no transaction left open."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import Mock
from retrying import first_try_killed, retry, stored
from runs import states, tries, xcom
from test_intake import intake_csv, intake_state

DAG_ID = "visier_intake_retried"
TRANSACTION = "visier_transaction_id"


def _killed_then_retried(mock: Mock, monkeypatch: pytest.MonkeyPatch, conf: dict[str, Any], day: int,
                         when: Callable[[], object], what: str) -> tuple[Any, Any]:
    logical_date = datetime(2026, 4, day, tzinfo=UTC)
    dag_run = first_try_killed(DAG_ID, conf, logical_date, when, what)
    first = stored(dag_run, TRANSACTION)
    assert first is not None, "the transaction's ID was stored before the worker died"
    assert stored(dag_run, "visier_job_id") is None
    mock.control("DELETE", "/faults")  # the faults that held the first try; the retry runs unhindered
    retried = retry(dag_run, conf, logical_date, monkeypatch)
    assert states(retried) == {"intake": "success"} and tries(retried, "intake") == 2
    return first, retried


def _one_commit(mock: Mock) -> dict[str, Any]:
    summary = intake_state(mock)
    assert summary["open"] == 0 and summary["doubleCommits"] == 0, summary
    assert sum(t["commits"] for t in summary["transactions"].values()) == 1, summary
    assert mock.count("commitTransaction") == 1
    return summary


def _transaction_open(mock: Mock) -> bool:
    return intake_state(mock)["open"] == 1


def test_killed_after_the_start_the_retry_rolls_it_back_and_commits_one(
    mock: Mock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    mock.control("POST", "/faults", {"operationId": "uploadFile", "latency_ms": 60_000})  # no file gets in
    conf = {"files": {"Employee": intake_csv(mock, tmp_path, "Employee")}}
    first, retried = _killed_then_retried(mock, monkeypatch, conf, 1,
                                          lambda: _transaction_open(mock) and mock.count("uploadFile") == 1,
                                          "the transaction to start, its upload held")
    summary = _one_commit(mock)
    second = xcom(retried, "intake", TRANSACTION)
    assert second != first
    assert summary["transactions"][first]["status"] == "rolled back" and summary["transactions"][first]["commits"] == 0
    assert summary["transactions"][second]["commits"] == 1


def test_killed_mid_upload_the_retry_rolls_it_back_and_commits_one(
    mock: Mock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The first file goes in; the second is taken and its answer held: the worker dies between the two uploads' ends.
    mock.control("POST", "/faults", {"operationId": "uploadFile", "sequence": [200, {"slow": 600}]})
    conf = {"files": {"Employee": intake_csv(mock, tmp_path, "Employee"),
                      "Requisition": intake_csv(mock, tmp_path, "Requisition")}}
    first, retried = _killed_then_retried(
        mock, monkeypatch, conf, 2,
        lambda: any(r["fault"] == "slow" for r in mock.requests("uploadFile")), "the second upload's answer to be held"
    )
    summary = _one_commit(mock)
    second = xcom(retried, "intake", TRANSACTION)
    assert summary["transactions"][first]["status"] == "rolled back" and summary["transactions"][first]["commits"] == 0
    assert summary["transactions"][second]["files"] == ["Employee", "Requisition"]


def test_killed_after_the_commits_answer_the_retry_follows_its_job_and_commits_nothing(
    mock: Mock, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    # The commit is answered; asking for its job is held: the worker dies before it could keep the job's ID.
    mock.control("POST", "/faults", {"operationId": "transactionStatus", "latency_ms": 60_000})
    conf = {"files": {"Employee": intake_csv(mock, tmp_path, "Employee")}}
    first, retried = _killed_then_retried(mock, monkeypatch, conf, 3,
                                          lambda: mock.count("transactionStatus") == 1,
                                          "the commit's answer, then the job's lookup held")
    summary = _one_commit(mock)
    assert list(summary["transactions"]) == [first] and mock.count("startTransaction") == 1
    assert xcom(retried, "intake")["job_id"] == summary["transactions"][first]["jobId"]
    assert xcom(retried, "intake", TRANSACTION) == first
