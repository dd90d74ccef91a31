"""Lost answers to a start are reconciled with what the service did, never resent blindly. Counted from the
mock's own state: one call, at most one load."""

from __future__ import annotations

import logging
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

import pytest
from visier_data_handling import APIConnectionError, ServiceMayHaveActed, VisierDataHandling
from visier_mock import MockConfig
from visier_mock._server import serve_in_thread

from .conftest import aload_once, journal_count, real_time_client, top_loads

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


# -- the service's clock, other calls of this client, and what cannot be told -----------------------------------------


def test_the_window_holds_when_the_service_clock_runs_fast() -> None:
    """The service's clock runs 100x the client's, and the first look comes a second after the send: the job the
    lost answer started is still found, since every time compared is the service's own."""
    with serve_in_thread(MockConfig(seed=1, speed=100)) as server:
        state = server.state
        state.faults.set("startLoad", {"sequence": ["lost"]})
        state.faults.set("jobStatus", {"latency_ms": 1000})
        with real_time_client(server) as client:
            result = client.load([FILE], reconcile_window=5)
        [job] = top_loads(state)
        assert result.ok and result.job_id == job.job_id and journal_count(state, "startLoad") == 1


def test_a_job_whose_start_answer_is_on_its_way_is_never_taken_by_another_call() -> None:
    """Two loads of one client for one tenant; the first's answer comes late, the second's send is dropped before
    the service acted. While the first's answer is on its way, its job (files not listed yet) could be either's: the
    second call waits for that answer instead of taking the job, then sends again and follows its own."""
    first, second = "WFF_j1r~c7o_first.zip.gpg", "WFF_j1r~c7o_second.zip.gpg"
    with serve_in_thread(MockConfig(seed=1)) as server:
        state = server.state
        state.sftp.extend([first, second])
        state.set_slow(state.admin, 120)  # the loads' files are listed only after two minutes
        state.faults.set("startLoad", {"latency_ms": 500, "sequence": [{"slow": 1}, "drop"]})
        sequence = state.faults.rules["startLoad"]["sequence"]
        with real_time_client(server) as client, ThreadPoolExecutor(1) as pool:
            late = pool.submit(client.load, [first], wait=False, reconcile_window=2)
            deadline = time.monotonic() + 10
            while len(sequence) == 2 and time.monotonic() < deadline:  # until the first send has reached the mock
                time.sleep(0.01)
            # The second call lists the jobs before the first call's job exists (the mock acts 0.5 s late). While
            # the first's answer is on its way (about 1.5 s), the second waits up to twice its window for it: 8 s,
            # room for a busy machine. Its own send was dropped, so it resends once its 4 s have passed.
            dropped = client.load([second], wait=False, reconcile_window=4)
            answered = late.result()
        by_file = {job.files[0]: job.job_id for job in top_loads(state)}
        assert len(top_loads(state)) == 2 and journal_count(state, "startLoad") == 3
        assert answered.job_id == by_file[first] and dropped.job_id == by_file[second]


def test_two_jobs_that_both_match_raise_with_both_as_candidates(
    client: VisierDataHandling, mock_server: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The answer is lost and, at the same moment, another process starts a load of the same file: the SDK cannot
    tell which job is this call's, so it neither guesses nor resends, and names both."""
    state = mock_server.state
    start_load = state.job_store.start_load

    def and_another_process_too(*load: Any) -> Any:  # the files, skipDataLoad and the files the mock cannot decrypt
        job = start_load(*load)
        start_load(*load)
        return job

    monkeypatch.setattr(state.job_store, "start_load", and_another_process_too)
    state.faults.set("startLoad", {"sequence": ["lost"]})
    with pytest.raises(ServiceMayHaveActed) as caught:
        client.load([FILE], reconcile_window=10)
    loads = {job.job_id for job in top_loads(state)}
    assert len(loads) == 2 and set(caught.value.candidates) == loads
    assert all(job_id in str(caught.value) for job_id in loads)
    assert journal_count(state, "startLoad") == 1
