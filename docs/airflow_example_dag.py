"""Example DAG: load the day's HR files into Visier, waiting in Airflow's triggerer, then report the new data versions.

Install the provider beside Airflow 3.3+ (``pip install ./ ./providers/airflow`` from a clone) and add a connection
``visier_default`` of type ``visier`` (host, API key, and username/password or an OAuth client ID and secret).
The load defers: its worker slot is free while Visier works. A retry follows the job the first try started; it
starts another only with ``restart_failed=True`` after that job failed. ``make test-airflow`` runs this DAG against
the mock.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from airflow.sdk import DAG, task
from visier_data_handling_provider.operators.visier import VisierLoadOperator

with DAG(
    "visier_daily_load",
    schedule="@daily",
    start_date=datetime(2026, 1, 1),
    catchup=False,
    params={"files": ["WFF_j1r_hcm_files_20181030102030.zip.gpg"]},  # local paths are uploaded first
    render_template_as_native_obj=True,  # files stays a list
):
    load = VisierLoadOperator(
        task_id="load",
        files="{{ params.files }}",
        deferrable=True,
        wait_timeout=6 * 3600,  # seconds, across deferrals and triggerer restarts; the job goes on after it
        poll_interval=60,
        retries=2,
        retry_delay=timedelta(minutes=5),
    )

    @task
    def report(outcome: dict[str, object]) -> dict[str, object]:
        """The load's XCom: job ID, each tenant's status, message and new data versions."""
        print(f"Visier job {outcome['job_id']}: {outcome['outcome']}")
        return {"job_id": outcome["job_id"], "data_versions": outcome["data_versions"]}

    report(load.output)
