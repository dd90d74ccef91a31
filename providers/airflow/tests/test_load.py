"""Loads through real DAGs (dag.test()) against the mock: success, a failed tenant, the deferred path, uploads."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import Mock
from runs import run, states, xcom

UPLOADED = "WFF_j1r_hcm_files_20181030102030.zip.gpg"  # on the mock's SFTP from the start


def test_a_load_succeeds_and_its_xcom_has_job_tenants_and_data_versions(mock: Mock) -> None:
    dag_run = run("visier_load", {"files": [UPLOADED]})

    assert states(dag_run) == {"load": "success"}
    outcome = xcom(dag_run, "load")
    assert outcome["outcome"] == "succeeded"
    assert outcome["job_id"] == xcom(dag_run, "load", "visier_job_id")
    assert mock.count("startLoad") == 1
    assert outcome["tenants"] and all(t["status"] == "Succeeded" for t in outcome["tenants"].values())
    # Every tenant got a new data version, and the outcome names them per tenant.
    assert set(outcome["data_versions"]) == set(outcome["tenants"])
    assert all(t["data_versions"] for t in outcome["tenants"].values())


def test_a_failed_tenant_fails_the_task_with_its_message(
    mock: Mock, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    mock.control("POST", "/failures", {"tenantCode": "WFF_j1r~e1a", "stage": "processing",
                                       "message": "[DP510002] employee file has 3 bad rows"})

    dag_run = run("visier_load", {"files": [UPLOADED]})

    assert states(dag_run) == {"load": "failed"}
    assert "WFF_j1r~e1a: Failed: [DP510002] employee file has 3 bad rows" in capfd.readouterr().out + caplog.text
    outcome = xcom(dag_run, "load", "visier_outcome")
    assert outcome["outcome"] == "failed"
    assert outcome["tenants"]["WFF_j1r~e1a"]["message"] == "[DP510002] employee file has 3 bad rows"
    assert sum(t["status"] == "Succeeded" for t in outcome["tenants"].values()) == len(outcome["tenants"]) - 1


def test_the_deferred_load_waits_in_the_trigger(
    mock: Mock, capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    dag_run = run("visier_load_deferred", {"files": [UPLOADED]})

    assert states(dag_run) == {"load": "success"}
    out = capfd.readouterr().out + caplog.text
    # The task deferred and the trigger, rebuilt from its serialized arguments, did the waiting.
    assert "Pausing task as DEFERRED" in out and "running trigger in line" in out
    job_id = xcom(dag_run, "load", "visier_job_id")
    assert f"following Visier job {job_id}" in out and "triggers.visier.VisierJobTrigger" in out
    assert xcom(dag_run, "load")["outcome"] == "succeeded"
    assert mock.count("startLoad") == 1


def test_local_files_are_uploaded_first(mock: Mock, tmp_path: Path) -> None:
    local = tmp_path / "WFF_j1r~c7o_hcm_20260101.csv"
    local.write_text("EmployeeID,Name\n1,Ada\n")

    dag_run = run("visier_load", {"files": [str(local), UPLOADED]})

    assert states(dag_run) == {"load": "success"}
    assert any(r["path"].endswith("/WFF_j1r~c7o_hcm_20260101.csv") for r in mock.requests("fileUpload"))
    assert mock.count("startLoad") == 1


def test_the_example_dag_in_the_docs_runs(mock: Mock) -> None:
    from runs import dags

    example = dags("airflow_example_dag.py")["visier_daily_load"]
    example.task_dict["load"].poll_interval = 0.1  # type: ignore[attr-defined]  # the docs poll every minute

    dag_run = example.test()

    assert states(dag_run) == {"load": "success", "report": "success"}
    reported = xcom(dag_run, "report")
    assert reported["job_id"] == xcom(dag_run, "load", "visier_job_id")
    assert reported["data_versions"] and mock.count("startLoad") == 1


def test_an_extract_and_load_runs_deferred(mock: Mock) -> None:
    dag_run = run("visier_extract_deferred", {"tenants": ["WFF_j1r~c7o", "WFF_j1r~e1a"]})

    assert states(dag_run) == {"extract": "success"}
    outcome = xcom(dag_run, "extract")
    assert outcome["job_id"] == xcom(dag_run, "extract", "visier_job_id")
    assert set(outcome["data_versions"]) == {"WFF_j1r~c7o", "WFF_j1r~e1a"}
    assert mock.count("startExtraction") == 1 and mock.count("startLoad") == 0
