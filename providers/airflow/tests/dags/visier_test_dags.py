"""The DAGs the provider's tests run with dag.test(); what to load or follow comes in the run's conf.

The connection ``visier_default`` points at the mock the tests start (AIRFLOW_CONN_VISIER_DEFAULT); waits poll
every 0.1 s, so the mock's jobs (run at ten times real speed) finish in about a second.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import DAG
from visier_data_handling_provider.operators.visier import VisierExtractAndLoadOperator, VisierLoadOperator
from visier_data_handling_provider.operators.visier_intake import VisierDirectIntakeOperator
from visier_data_handling_provider.sensors.visier import VisierJobSensor

FILES = "{{ dag_run.conf['files'] }}"
POLL = 0.1
COMMON = {"schedule": None, "start_date": datetime(2026, 1, 1), "render_template_as_native_obj": True}

with DAG("visier_load", **COMMON):
    VisierLoadOperator(task_id="load", files=FILES, poll_interval=POLL)

with DAG("visier_load_deferred", **COMMON):
    VisierLoadOperator(task_id="load", files=FILES, poll_interval=POLL, deferrable=True)

# A task that may be tried twice, right away: the retry-after-death test kills the first try mid-wait.
with DAG("visier_load_retried", **COMMON):
    VisierLoadOperator(task_id="load", files=FILES, poll_interval=POLL, retries=1, retry_delay=timedelta(0))

with DAG("visier_extract_deferred", **COMMON):
    VisierExtractAndLoadOperator(
        task_id="extract", tenants="{{ dag_run.conf['tenants'] }}", poll_interval=POLL, deferrable=True
    )

with DAG("visier_sensor", **COMMON):
    job = "{{ dag_run.conf['job_id'] }}"
    VisierJobSensor(task_id="poke", job_id=job, poke_interval=POLL, timeout=60)
    VisierJobSensor(task_id="deferred", job_id=job, poke_interval=POLL, timeout=60, deferrable=True)

# A retry after a failed load starts a new one: the user opted in.
with DAG("visier_load_restart_failed", **COMMON):
    VisierLoadOperator(
        task_id="load", files=FILES, poll_interval=POLL, retries=1, retry_delay=timedelta(0), restart_failed=True
    )

# Direct Data Intake: conf {"files": {"Employee": "/path/employee.csv", ...}}.
with DAG("visier_intake", **COMMON):
    VisierDirectIntakeOperator(task_id="intake", files=FILES, poll_interval=POLL)

with DAG("visier_intake_deferred", **COMMON):
    VisierDirectIntakeOperator(task_id="intake", files=FILES, poll_interval=POLL, deferrable=True)

# Tried twice, right away: the SIGKILL tests kill the first try after the start, mid-upload, after the commit.
with DAG("visier_intake_retried", **COMMON):
    VisierDirectIntakeOperator(task_id="intake", files=FILES, poll_interval=POLL, retries=1, retry_delay=timedelta(0))
