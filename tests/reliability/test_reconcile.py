"""Lost answers to a start are reconciled with what the service did, never resent blindly. Counted from the
mock's own state: one call, at most one load."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from visier_data_handling import APIConnectionError, ServiceMayHaveActed, VisierDataHandling

from .conftest import aload_once, journal_count, top_loads

FILE = "WFF_j1r_hcm_files_20181030102030.zip.gpg"
TENANTS = ["WFF_j1r~c7o", "WFF_j1r~e1a"]


def _dispatching(state: Any) -> list[Any]:
    return [job for job in list(state.jobs.values()) if job.kind == "DISPATCHING_JOB" and job.parent_id is None]


def test_an_answer_lost_after_the_service_acted_follows_that_job(
    client: VisierDataHandling, mock_server: Any, caplog: pytest.LogCaptureFixture
) -> None:
    state = mock_server.state
    client.load([FILE])  # an earlier load of the same file must not be mistaken for this one
    state.faults.set("startLoad", {"sequence": ["lost"]})
    with caplog.at_level(logging.WARNING, "visier_data_handling"):
        result = client.load([FILE])
    loads = top_loads(state)
    assert len(loads) == 2 and journal_count(state, "startLoad") == 2
    assert result.ok and result.job_id == loads[1].job_id
    assert f"the service did start job {loads[1].job_id}" in caplog.text


def test_no_job_within_the_window_resends_once(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    state.faults.set("startLoad", {"sequence": ["drop"]})  # closed before the service acted
    result = client.load([FILE], reconcile_window=20)
    [job] = top_loads(state)
    assert result.ok and result.job_id == job.job_id and journal_count(state, "startLoad") == 2


def test_lost_sends_without_a_job_end_in_a_safe_error(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    state.faults.set("startLoad", {"sequence": ["drop", "drop", "drop"]})
    with pytest.raises(APIConnectionError, match="safe to call it again") as caught:
        client.load([FILE], reconcile_window=10)
    assert not isinstance(caught.value, ServiceMayHaveActed)
    assert top_loads(state) == [] and journal_count(state, "startLoad") == 3


def test_async_load_reconciles(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    state.faults.set("startLoad", {"sequence": ["lost"]})
    result = aload_once(client, [FILE])
    [job] = top_loads(state)
    assert result.ok and result.job_id == job.job_id and journal_count(state, "startLoad") == 1


def test_extract_and_load_reconciles(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    state.faults.set("startExtraction", {"sequence": ["lost"]})
    result = client.extract_and_load(tenants=TENANTS)
    [job] = _dispatching(state)
    assert result.job_id == job.job_id and set(result.tenants) == set(TENANTS)
    assert journal_count(state, "startExtraction") == 1


def test_reconciliation_switched_off_raises_at_once(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    state.faults.set("startLoad", {"sequence": ["lost"]})
    with pytest.raises(ServiceMayHaveActed, match="may have acted"):
        client.load([FILE], reconcile=False)
    assert len(top_loads(state)) == 1 and journal_count(state, "jobStatus") == 0


def test_a_direct_start_raises_the_distinct_error(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    state.faults.set("startLoad", {"sequence": ["lost"]})
    with pytest.raises(ServiceMayHaveActed) as caught:
        client.data_and_job_handling.start_load(model={"files": [FILE]})
    assert "may have acted" in str(caught.value) and "since" in str(caught.value)
    assert len(top_loads(state)) == 1 and journal_count(state, "startLoad") == 1
