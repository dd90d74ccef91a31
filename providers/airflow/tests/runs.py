"""Running the test DAGs with Airflow's own dag.test(), and reading what a run left: task states and XComs."""

from __future__ import annotations

from datetime import datetime
from functools import cache
from typing import Any

from airflow.dag_processing.dagbag import DagBag
from airflow.models.dagrun import DagRun
from airflow.models.taskinstance import TaskInstance
from airflow.models.xcom import XComModel
from airflow.utils.session import create_session
from conftest import DAGS
from sqlalchemy import select


@cache
def dags(file_name: str = "visier_test_dags.py") -> dict[str, Any]:
    """The DAGs a file in the DAG folder defines, by ID, loaded as Airflow loads them (dag.test() needs them there)."""
    bag = DagBag(dag_folder=str(DAGS / file_name))
    assert not bag.import_errors, bag.import_errors
    return dict(bag.dags)


def run(dag_id: str, conf: dict[str, Any], *, file_name: str = "visier_test_dags.py",
        logical_date: datetime | None = None) -> DagRun:
    return dags(file_name)[dag_id].test(run_conf=conf, logical_date=logical_date)


def states(run: DagRun) -> dict[str, str | None]:
    with create_session() as session:
        tis = session.scalars(
            select(TaskInstance).where(TaskInstance.dag_id == run.dag_id, TaskInstance.run_id == run.run_id)
        )
        return {ti.task_id: ti.state for ti in tis}


def tries(run: DagRun, task_id: str) -> int:
    with create_session() as session:
        ti = session.scalar(
            select(TaskInstance).where(
                TaskInstance.dag_id == run.dag_id, TaskInstance.run_id == run.run_id, TaskInstance.task_id == task_id
            )
        )
        assert ti is not None
        return int(ti.try_number)


def xcom(run: DagRun, task_id: str, key: str = "return_value") -> Any:
    with create_session() as session:
        row = session.scalar(
            select(XComModel).where(
                XComModel.dag_id == run.dag_id,
                XComModel.run_id == run.run_id,
                XComModel.task_id == task_id,
                XComModel.key == key,
            )
        )
        return None if row is None else XComModel.deserialize_value(row)
