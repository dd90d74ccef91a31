"""The trigger outside a DAG run: rebuilt from its serialized arguments after a triggerer restart it resumes the
same job; on_kill (operator and trigger) cancels the tree's unfinished jobs."""

from __future__ import annotations

import asyncio
import json
import time

import pytest
from conftest import Mock
from visier_data_handling_provider.operators.visier import VisierLoadOperator
from visier_data_handling_provider.triggers.visier import VisierJobTrigger

UPLOADED = "WFF_j1r_hcm_files_20181030102030.zip.gpg"
SLOW_TENANT = "WFF_j1r~c7o"


def _slow_load(mock: Mock) -> str:
    mock.control("POST", "/slow", {"tenantCode": SLOW_TENANT, "seconds": 3000})
    with mock.client() as client:
        job_id: str = client.load([UPLOADED], wait=False).job_id
    return job_id


def test_a_trigger_rebuilt_after_a_triggerer_restart_resumes_the_same_job(mock: Mock) -> None:
    job_id = _slow_load(mock)
    trigger = VisierJobTrigger(job_id=job_id, kind="receiving", poll_interval=0.1, end_time=time.time() + 120)

    async def until_the_triggerer_stops() -> None:
        with pytest.raises(TimeoutError):
            await asyncio.wait_for(anext(trigger.run()), 1.0)

    asyncio.run(until_the_triggerer_stops())
    checks = mock.count("receivingJobStatus")
    assert checks >= 2
    classpath, kwargs = trigger.serialize()
    assert classpath == "visier_data_handling_provider.triggers.visier.VisierJobTrigger"
    assert json.loads(json.dumps(kwargs)) == kwargs  # JSON only: no client, no secret
    assert "mock-password" not in json.dumps(kwargs) and "mock-api-key" not in json.dumps(kwargs)
    mock.control("POST", "/clock/advance", {"seconds": 7200})

    event = asyncio.run(anext(VisierJobTrigger(**kwargs).run()))

    assert event.payload["status"] == "done" and event.payload["job_id"] == job_id
    assert event.payload["outcome"]["outcome"] == "succeeded"
    assert mock.count("receivingJobStatus") > checks and mock.count("startLoad") == 1


def test_a_trigger_past_its_end_time_says_so_with_the_job_id(mock: Mock) -> None:
    job_id = _slow_load(mock)

    event = asyncio.run(anext(VisierJobTrigger(job_id=job_id, poll_interval=0.1, end_time=time.time() + 0.5).run()))

    assert event.payload["status"] == "timeout" and job_id in event.payload["message"]


def _processing(mock: Mock) -> str:
    """A load whose slow tenant's processing job runs (the service refuses to cancel running receiving jobs)."""
    job_id = _slow_load(mock)
    mock.control("POST", "/clock/advance", {"seconds": 3010})
    return job_id


def _cancelled(mock: Mock, job_id: str) -> list[str]:
    with mock.client() as client:
        tree = client.jobs.tree(job_id, "receiving")
    return [
        f"{node.kind.value} {node.tenant_code}"
        for node in tree.walk()
        if node.status in ("Cancelling", "Cancelled")
    ]


def test_on_kill_cancels_the_unfinished_jobs_of_the_tree(mock: Mock) -> None:
    job_id = _processing(mock)
    operator = VisierLoadOperator(task_id="load", files=[UPLOADED])
    operator.job_id = job_id  # as execute() sets it once the job exists

    operator.on_kill()

    assert mock.count("cancelJobs") == 1
    assert _cancelled(mock, job_id) == [f"processing {SLOW_TENANT}"]


def test_the_triggers_on_kill_cancels_too(mock: Mock) -> None:
    job_id = _processing(mock)

    asyncio.run(VisierJobTrigger(job_id=job_id, kind="receiving").on_kill())

    assert mock.count("cancelJobs") == 1
    assert _cancelled(mock, job_id) == [f"processing {SLOW_TENANT}"]
