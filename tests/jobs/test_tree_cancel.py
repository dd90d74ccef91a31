"""``future.cancel(tree=True)``: every job of a tree that can still be cancelled, children included, each reported
(issue 22). Against the mock on its manual clock; what is left running is read from the mock's own state."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from visier_data_handling import NotFound, VisierDataHandling

from .test_mock_jobs import ALL_TENANTS_FILE, mock_jobs

ANALYTIC = ("WFF_j1r~c7o", "WFF_j1r~e1a", "WFF_j1r~i1o", "WFF_j1r~k2m", "WFF_j1r~p4q")


def still_cancellable(state: Any, root_id: str) -> list[tuple[str, str]]:
    """(kind, status) of every job of the tree the service would still accept to cancel."""
    now = state.now()
    left = []
    for job in mock_jobs(state, root_id):
        status = job.status(now)
        if status in ("Pending", "Running") and not (job.kind == "RECEIVING_JOB" and status == "Running"):
            left.append((job.kind, status))
    return left


def _load_with_processing_running(client: VisierDataHandling, state: Any, slow_receiving: str | None = None) -> Any:
    for tenant in ANALYTIC:
        state.set_slow(tenant, 500, "processing")
    if slow_receiving:
        state.set_slow(slow_receiving, 500, "receiving")
    future = client.load([ALL_TENANTS_FILE], wait=False)
    state.advance(5)  # every receiving job done but the slow one; the processing jobs run for ~500 s
    return future


def test_cancelling_the_top_job_alone_leaves_the_tenants_running(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    future = _load_with_processing_running(client, state)
    assert future.cancel() is False  # the top receiving job finished long ago: refused
    assert len(still_cancellable(state, future.job_id)) == 5


def test_cancel_tree_cancels_every_cancellable_job_and_reports_each(
    client: VisierDataHandling, mock_server: Any
) -> None:
    state = mock_server.state
    future = _load_with_processing_running(client, state, slow_receiving="WFF_j1r~k2m")
    assert future.cancel(tree=True) is False  # the running receiving job refused, the rest accepted
    outcomes = {o.job_id: o for o in future.cancel_results}
    processing = [j for j in mock_jobs(state, future.job_id) if j.kind == "PROCESSING_JOB"]
    assert len(processing) == 4 and all(outcomes[j.job_id].accepted for j in processing)
    refused = [o for o in outcomes.values() if not o.accepted]
    assert [o.job_type for o in refused] == ["RECEIVING_JOB"] and "cannot be cancelled" in (refused[0].message or "")
    assert future.job_id not in outcomes  # finished: not asked
    assert still_cancellable(state, future.job_id) == []
    state.advance(2)  # Cancelling -> Cancelled
    statuses = {j.status(state.now()) for j in processing}
    assert statuses == {"Cancelled"}


def test_cancel_tree_on_a_finished_tree_asks_nothing(client: VisierDataHandling, mock_server: Any) -> None:
    future = client.load([ALL_TENANTS_FILE], wait=False)
    mock_server.state.advance(100)
    before = len(mock_server.state.journal)
    assert future.cancel(tree=True) is False and future.cancel_results == []
    assert not any(r["operationId"] == "cancelJobs" for r in list(mock_server.state.journal)[before:])


def test_acancel_tree_is_the_same(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    future = _load_with_processing_running(client, state)

    async def cancel() -> bool:
        try:
            return await future.acancel(tree=True)
        finally:
            await client.aclose()

    assert asyncio.run(cancel()) is True and len(future.cancel_results) == 5
    assert still_cancellable(state, future.job_id) == []


def test_an_unknown_job_is_not_said_to_have_been_started(client: VisierDataHandling) -> None:
    with pytest.raises(NotFound) as caught:
        client.jobs.future("j-1").result()
    notes = " ".join(caught.value.__notes__)
    assert "was started and may still be running" not in notes and "found no job j-1" in notes
    assert caught.value.job_id == "j-1"
