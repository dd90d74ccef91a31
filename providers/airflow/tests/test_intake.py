"""VisierDirectIntakeOperator in real DAG runs against the mock: the transaction committed once and its processing job
followed (in the task and deferred), a failed job failing the task, and a bad file refused before anything opens."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import Mock
from runs import run, states, xcom
from visier_data_handling_provider.operators.visier_intake import VisierDirectIntakeOperator

ADMIN = "WFF_j1r"  # the mock's administrating tenant: a transaction's tenant when no target tenant is given


def intake_csv(mock: Mock, folder: Path, object_name: str, drop: str | None = None) -> str:
    """A CSV with every column of the object's load schema (as the mock serves it), less ``drop``."""
    with mock.client() as client:
        schema = client.direct_data_intake.object_schema(object_name=object_name)
    columns = [str(c.name) for c in schema.schema or [] if c.name != drop]
    row = ["2026-01-01" if "Date" in name else f"{name}-1" for name in columns]
    path = folder / f"{object_name.lower()}.csv"
    path.write_text(",".join(columns) + "\n" + ",".join(row) + "\n")
    return str(path)


def intake_state(mock: Mock) -> dict[str, Any]:
    summary: dict[str, Any] = mock.control("GET", "/intake")
    return summary


@pytest.mark.parametrize("dag_id", ["visier_intake", "visier_intake_deferred"])
def test_an_intake_commits_once_and_its_outcome_is_the_tasks_result(mock: Mock, tmp_path: Path, dag_id: str) -> None:
    files = {"Employee": intake_csv(mock, tmp_path, "Employee")}

    dag_run = run(dag_id, {"files": files})

    assert states(dag_run) == {"intake": "success"}
    transaction_id = xcom(dag_run, "intake", "visier_transaction_id")
    summary = intake_state(mock)
    assert summary["open"] == 0 and summary["doubleCommits"] == 0
    assert summary["transactions"][transaction_id]["commits"] == 1
    outcome = xcom(dag_run, "intake")
    assert outcome["outcome"] == "succeeded" and outcome["job_id"] == summary["transactions"][transaction_id]["jobId"]
    assert outcome["job_id"] == xcom(dag_run, "intake", "visier_job_id")


def test_a_failed_processing_job_fails_the_task(mock: Mock, tmp_path: Path) -> None:
    mock.control("POST", "/failures", {"tenantCode": ADMIN, "stage": "processing", "message": "bad rows"})

    dag_run = run("visier_intake", {"files": {"Employee": intake_csv(mock, tmp_path, "Employee")}})

    assert states(dag_run) == {"intake": "failed"}
    assert xcom(dag_run, "intake", "visier_outcome")["outcome"] == "failed"
    assert [t["commits"] for t in intake_state(mock)["transactions"].values()] == [1]


def test_a_file_missing_a_column_fails_the_task_before_any_transaction_opens(mock: Mock, tmp_path: Path) -> None:
    files = {"Employee": intake_csv(mock, tmp_path, "Employee", drop="EffectiveDate")}

    dag_run = run("visier_intake", {"files": files})

    assert states(dag_run) == {"intake": "failed"}
    assert intake_state(mock)["transactions"] == {} and mock.count("startTransaction") == 0


def test_on_kill_before_the_commit_rolls_the_transaction_back(mock: Mock, tmp_path: Path) -> None:
    with mock.client() as client:
        opened = client.direct_data_intake.start_transaction().transaction_id
    operator = VisierDirectIntakeOperator(task_id="intake", files={"Employee": intake_csv(mock, tmp_path, "Employee")})
    operator.transaction_id = opened  # as the try sets it the moment the transaction exists

    operator.on_kill()

    assert intake_state(mock)["transactions"][opened]["status"] == "rolled back"
    assert mock.count("rollbackTransaction") == 1
