"""A try whose worker dies, and the retry the scheduler would then run, for the exactly-once tests.

The first try runs dag.test() in a process of its own (run_dag.py) and is killed (SIGKILL) once a condition the test
waits on holds, as a worker dies. The scheduler would then see the task's heartbeat stop and, with a retry left, mark
it up for retry; :func:`retry` does that, and runs the same DAG run again with dag.test() -- which, unlike a
scheduler, would first delete a run of the same logical date (and with it the task's state), so it is handed the
existing run instead.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from airflow.models.dagrun import DagRun
from airflow.models.taskinstance import TaskInstance
from airflow.utils.session import create_session
from airflow.utils.state import TaskInstanceState
from runs import run, states
from sqlalchemy import select, text


def wait_for(condition: Callable[[], object], what: str, seconds: float = 60) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.05)


def the_run(dag_id: str, logical_date: datetime) -> Any:
    with create_session() as session:
        dag_run = session.scalar(select(DagRun).where(DagRun.dag_id == dag_id, DagRun.logical_date == logical_date))
        assert dag_run is not None
        session.expunge(dag_run)
        return dag_run


def stored(dag_run: Any, key: str) -> Any:
    """A value the run's task keeps in its task_state_store (JSON), or None."""
    with create_session() as session:
        value = session.execute(
            text("SELECT value FROM task_state_store WHERE run_id = :run AND key = :key"),
            {"run": dag_run.run_id, "key": key},
        ).scalar()
    return None if value is None else json.loads(value)


def first_try_killed(dag_id: str, conf: dict[str, Any], logical_date: datetime, when: Callable[[], object],
                     what: str) -> Any:
    """Run the DAG in a process of its own and SIGKILL it once ``when()`` holds; return its run, task running."""
    first_try = subprocess.Popen(
        [sys.executable, str(Path(__file__).with_name("run_dag.py")), dag_id, json.dumps(conf),
         logical_date.isoformat()],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    try:
        wait_for(lambda: when() or first_try.poll() is not None, what)
        assert first_try.poll() is None, f"the first try ended by itself before {what}"
    finally:
        os.killpg(first_try.pid, signal.SIGKILL)
        first_try.wait()
    dag_run = the_run(dag_id, logical_date)
    assert set(states(dag_run).values()) == {"running"}  # the dead try's state, as the scheduler finds it
    return dag_run


def retry(dag_run: Any, conf: dict[str, Any], logical_date: datetime, monkeypatch: pytest.MonkeyPatch) -> Any:
    """What the scheduler does on the missing heartbeats with a retry left: the task up for retry, run again."""
    with create_session() as session:
        ti = session.scalar(select(TaskInstance).where(TaskInstance.run_id == dag_run.run_id))
        assert ti is not None
        ti.state = TaskInstanceState.UP_FOR_RETRY
        ti.end_date = datetime.now(UTC)

    def the_existing_run(*, dag: Any, session: Any, **_: Any) -> Any:
        existing = session.scalar(select(DagRun).where(DagRun.run_id == dag_run.run_id))
        existing.dag = dag
        return existing

    monkeypatch.setattr("airflow.models.dagrun.get_or_create_dagrun", the_existing_run)
    retried = run(dag_run.dag_id, conf, logical_date=logical_date)
    assert retried.run_id == dag_run.run_id
    return retried
