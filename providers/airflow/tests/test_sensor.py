"""The job sensor on a job started elsewhere, poking and deferred, in one real DAG run."""

from __future__ import annotations

from conftest import Mock
from runs import run, states, xcom


def test_the_sensor_follows_a_job_started_elsewhere(mock: Mock) -> None:
    with mock.client() as client:
        job_id = client.load(["WFF_j1r_hcm_files_20181030102030.zip.gpg"], wait=False).job_id

    dag_run = run("visier_sensor", {"job_id": job_id})

    assert states(dag_run) == {"poke": "success", "deferred": "success"}
    for task_id in ("poke", "deferred"):
        outcome = xcom(dag_run, task_id)
        assert outcome["job_id"] == job_id and outcome["outcome"] == "succeeded", task_id
        assert outcome["data_versions"], task_id
    assert mock.count("startLoad") == 1  # the sensors started nothing


def test_the_sensor_fails_when_a_tenant_of_the_job_fails(mock: Mock) -> None:
    mock.control("POST", "/failures", {"tenantCode": "WFF_j1r~k2m", "stage": "receiving", "message": "bad file"})
    with mock.client() as client:
        job_id = client.load(["WFF_j1r_hcm_files_20181030102030.zip.gpg"], wait=False).job_id

    dag_run = run("visier_sensor", {"job_id": job_id})

    assert states(dag_run) == {"poke": "failed", "deferred": "failed"}
