"""Once a job exists, nothing the SDK raises loses it: transient failures while polling are retried inside the wait
budget, and every error after the start carries the job id and a way to resume."""

from __future__ import annotations

from typing import Any

import pytest
from visier_data_handling import JobTimeout, NotFound, ServerError, VisierDataHandling

from .conftest import aload_once, top_loads

FILE = "WFF_j1r_hcm_files_20181030102030.zip.gpg"  # on the mock's SFTP; feeds every analytic tenant


def test_a_run_of_failed_status_checks_does_not_end_the_wait(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    # More failures in a row than the client's 3 retries, of every passing kind: the wait rides them out.
    state.faults.set("receivingJobStatus", {"sequence": [503] * 5 + ["drop"] * 4 + [429] * 4 + [502] * 4})
    result = client.load([FILE])
    assert result.ok and result.job_id == top_loads(state)[0].job_id and len(top_loads(state)) == 1


def test_async_wait_rides_out_failed_checks(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    state.faults.set("processingJobStatus", {"sequence": [503] * 6 + ["drop"] * 4})
    result = aload_once(client, [FILE])
    assert result.ok and len(top_loads(state)) == 1


def test_a_hard_error_carries_the_job_id_and_resumes(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    state.faults.set("receivingJobStatus", {"sequence": [404]})
    with pytest.raises(NotFound) as caught:
        client.load([FILE])
    error = caught.value
    [job] = top_loads(state)
    assert error.job_id == job.job_id and error.future is not None
    assert job.job_id in "".join(error.__notes__) and "client.jobs.future" in "".join(error.__notes__)
    assert error.future.result().status == "Succeeded"  # resume waiting; nothing was started again
    assert client.jobs.future(job.job_id).result().job_id == job.job_id
    assert len(top_loads(state)) == 1


def test_the_wait_budget_ends_a_wait_of_failures_only(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    state.faults.set("receivingJobStatus", {"error_503_rate": 1.0})
    with pytest.raises(JobTimeout) as caught:
        client.load([FILE], timeout=30)
    [job] = top_loads(state)
    assert caught.value.job_id == job.job_id and caught.value.future is not None
    assert isinstance(caught.value.__cause__, ServerError)  # why the checks failed
    state.faults.clear()
    assert caught.value.future.result().status == "Succeeded"
