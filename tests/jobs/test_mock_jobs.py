"""Futures, trees and flows end to end: the real client against the mock, on the mock's manual clock.

Trees are compared with the jobs the mock created (its state), not with expectations written by hand.
"""

from __future__ import annotations

import asyncio
import itertools
from typing import Any

import pytest
from visier_data_handling import (
    ExtractionResult,
    JobCancelled,
    JobFailed,
    JobKind,
    JobTimeout,
    JobTree,
    LoadResult,
    PollSchedule,
    ServiceMayHaveActed,
    VisierDataHandling,
)

from .conftest import MockTime

KINDS = {
    "RECEIVING_JOB": JobKind.RECEIVING,
    "PROCESSING_JOB": JobKind.PROCESSING,
    "EXTRACTION_JOB": JobKind.EXTRACTION,
    "DISPATCHING_JOB": JobKind.DISPATCHING,
}
ALL_TENANTS_FILE = "WFF_j1r_hcm_files_20181030102030.zip.gpg"
ONE_TENANT_FILE = "WFF_j1r~c7o_hcm_20260101.zip.gpg"
BAD_TENANT = "WFF_j1r~e1a"
MESSAGE = "[DP510002] Unexpected exception in data load process in the event stream loader stage."


def mock_jobs(state: Any, root_id: str) -> list[Any]:
    root = state.jobs[root_id]
    return [root, *state.descendants(root)]


def expected_nodes(state: Any, root_id: str) -> set[tuple[Any, ...]]:
    """(kind, job ID, tenant, status, data version) of every job the mock made for this root, as of now."""
    now = state.now()
    out = set()
    for job in mock_jobs(state, root_id):
        tenant = None if job.job_id == root_id and job.kind == "RECEIVING_JOB" else job.tenant
        version = job.data_version if job.status(now) == "Succeeded" else None
        out.add((KINDS[job.kind], job.job_id, tenant, job.status(now), version))
    return out


def tree_nodes(tree: JobTree) -> set[tuple[Any, ...]]:
    return {(n.kind, n.job_id, n.tenant_code, n.status, n.data_version) for n in tree.walk()}


def parents(tree: JobTree) -> dict[str, str]:
    return {child.job_id: node.job_id for node in tree.walk() for child in node.children}


def schedule_prefix(count: int) -> list[float]:
    return list(itertools.islice(PollSchedule().delays(), count))


# -- loads --


def test_load_across_tenants_matches_the_mock(
    client: VisierDataHandling, mock_server: Any, mock_time: MockTime
) -> None:
    state = mock_server.state
    state.plant_failure(BAD_TENANT, "processing", MESSAGE)
    result = client.load([ALL_TENANTS_FILE])
    assert isinstance(result, LoadResult)
    tree = result.tree

    assert tree_nodes(tree) == expected_nodes(state, result.job_id)
    assert len(list(tree.walk())) == 1 + 5 + 5  # the top job, then a receiving and a processing job per tenant
    # Each processing job hangs under its tenant's receiving job.
    for node in tree.walk():
        if node.kind is JobKind.PROCESSING:
            parent = tree.find(parents(tree)[node.job_id])
            assert parent is not None and parent.kind is JobKind.RECEIVING and parent.tenant_code == node.tenant_code

    produced = {
        v.tenant: [v.number]
        for v in state.data_versions
        if v.job_id in {j.job_id for j in mock_jobs(state, result.job_id)}
    }
    assert result.data_versions == produced and len(produced) == 4
    assert result.outcome == "failed" and result.status == "Succeeded"
    [bad] = result.failed_tenants
    assert (bad.tenant_code, bad.status, bad.message) == (BAD_TENANT, "Failed", MESSAGE)
    assert all(t.ok and len(t.data_versions) == 1 for t in result.tenants.values() if t.tenant_code != BAD_TENANT)
    assert isinstance(result.error, JobFailed) and result.error.failures[0].tenant_code == BAD_TENANT

    # Polling backed off as specified: 1 s, 1.2 s, 1.44 s, ... (all in mock time).
    assert mock_time.sleeps == pytest.approx(schedule_prefix(len(mock_time.sleeps)))
    # A fresh read of the finished tree is the same tree.
    assert client.jobs.tree(result.job_id).render() == tree.render()
    assert client.jobs.kind(result.job_id) is JobKind.RECEIVING


def test_extraction_tree_matches_the_mock(client: VisierDataHandling, mock_server: Any) -> None:
    state = mock_server.state
    tenants = ["WFF_j1r~c7o", "WFF_j1r~e1a", "WFF_j1r~i1o"]
    state.plant_failure("WFF_j1r~i1o", "extraction", "The connector's credentials were refused.")
    result = client.extract_and_load(tenants=tenants)
    assert isinstance(result, ExtractionResult)
    tree = result.tree
    assert tree.root.kind is JobKind.DISPATCHING and tree.status == "Succeeded"
    assert tree_nodes(tree) == expected_nodes(state, result.job_id)
    # Same parent for every job as in the mock: dispatching -> extraction -> receiving -> processing.
    assert parents(tree) == {j.job_id: j.parent_id for j in mock_jobs(state, result.job_id)[1:]}
    chain = [n.kind for n in tree.root.children[0].walk()]
    assert chain == [JobKind.EXTRACTION, JobKind.RECEIVING, JobKind.PROCESSING]
    assert set(result.data_versions) == {"WFF_j1r~c7o", "WFF_j1r~e1a"}
    assert [t.tenant_code for t in result.failed_tenants] == ["WFF_j1r~i1o"]
    # extractionJobAndStatus carries no message: the outcome names the failed job instead.
    assert result.tenants["WFF_j1r~i1o"].message == f"extraction job {_job_of(tree, 'WFF_j1r~i1o')} Failed"
    assert result.stages == dict.fromkeys(tenants)  # completed extraction jobs report no stage


def _job_of(tree: JobTree, tenant: str) -> str:
    return next(n.job_id for n in tree.walk() if n.tenant_code == tenant)


def test_extraction_stages_progress_while_running(client: VisierDataHandling, mock_server: Any) -> None:
    future = client.extract_and_load(tenants=["WFF_j1r~c7o"], wait=False)
    stages = []
    for _ in range(8):
        mock_server.state.advance(0.35)
        node = future.refresh().root.children[0] if future.refresh().root.children else None
        if node is not None and node.stage:
            stages.append(node.stage)
    assert stages and stages[0] == "Initialize" and len(set(stages)) > 2
    assert future.result().data_versions()


def test_adhoc_processing_dispatch_is_detected_and_followed(client: VisierDataHandling, mock_server: Any) -> None:
    response = client.data_and_job_handling.adhoc_processing_jobs(tenants=["WFF_j1r~c7o", "WFF_j1r~k2m"])
    future = client.jobs.future(response)
    tree = future.result()
    assert future.kind is JobKind.DISPATCHING
    assert [n.kind for n in tree.root.children] == [JobKind.PROCESSING, JobKind.PROCESSING]
    assert tree_nodes(tree) == expected_nodes(mock_server.state, tree.job_id)
    assert set(tree.data_versions()) == {"WFF_j1r~c7o", "WFF_j1r~k2m"}


def test_kind_detection_against_the_mock(client: VisierDataHandling, mock_server: Any) -> None:
    load = client.load([ALL_TENANTS_FILE])
    extraction = client.extract_and_load(tenants=["WFF_j1r~c7o"])
    processing = next(n for n in load.tree.walk() if n.kind is JobKind.PROCESSING)
    extraction_job = extraction.tree.root.children[0]
    assert client.jobs.kind(load.job_id) is JobKind.RECEIVING
    assert client.jobs.kind(extraction.job_id) is JobKind.DISPATCHING
    assert client.jobs.kind(processing.job_id) is JobKind.PROCESSING
    assert client.jobs.kind(extraction_job.job_id) is JobKind.EXTRACTION
    single = client.jobs.future(processing.job_id).result()
    assert single.status == "Succeeded" and single.root.tenant_code == processing.tenant_code


# -- timeouts, cancelling, callbacks --


def test_timeout_then_resume(client: VisierDataHandling, mock_server: Any, mock_time: MockTime) -> None:
    started = mock_time.now()
    with pytest.raises(JobTimeout) as caught:
        client.load([ALL_TENANTS_FILE], timeout=1.5)
    assert mock_time.now() - started == pytest.approx(1.5)
    assert mock_time.sleeps == pytest.approx([1.0, 0.5])  # the last wait is cut to end at the deadline
    future = client.jobs.future(caught.value.job_id)
    assert future.result().status == "Succeeded"


def test_cancel_a_pending_load(client: VisierDataHandling, mock_server: Any) -> None:
    future = client.load([ALL_TENANTS_FILE], wait=False)
    assert future.cancel() is True  # the manual clock has not moved: the receiving job is still Pending
    assert future.cancel_result is not None and future.cancel_result.job_status == "Cancelled"
    with pytest.raises(JobCancelled):
        future.result()
    assert future.cancelled()
    assert mock_server.state.jobs[future.job_id].status(mock_server.state.now()) == "Cancelled"
    assert future.tree is not None and future.tree.root.children == []  # nothing else was started


def test_cancel_rules_running_receiving_refused_processing_cancelled(
    client: VisierDataHandling, mock_server: Any
) -> None:
    state = mock_server.state
    state.set_slow("WFF_j1r~c7o", 100)
    load = client.load([ONE_TENANT_FILE], wait=False)
    state.advance(0.5)
    assert load.cancel() is False  # a running receiving job cannot be cancelled
    assert load.cancel_result is not None and "cannot be cancelled" in (load.cancel_result.message or "")

    state.advance(103)  # the tenant's receiving job is done; its processing job runs for ~100 s
    running = next(n for n in client.jobs.tree(load.job_id).walk() if n.kind is JobKind.PROCESSING)
    assert running.status == "Running"
    processing = client.jobs.future(running.job_id)
    assert processing.cancel() is True
    with pytest.raises(JobCancelled):
        processing.result()
    with pytest.raises(JobFailed) as caught:
        load.result()
    [failure] = caught.value.failures
    assert (failure.job_id, failure.status) == (running.job_id, "Cancelled")
    assert client.jobs.cancel([load.job_id, "no-such-job"])[1].job_type == "UNRECOGNIZED"


def test_callbacks_and_progress(client: VisierDataHandling, mock_server: Any) -> None:
    mock_server.state.plant_failure(BAD_TENANT, "receiving", "bad file")
    progress: list[dict[str, int]] = []
    done: list[Any] = []
    future = client.load([ALL_TENANTS_FILE], wait=False)
    future.add_done_callback(done.append)
    future.add_progress_callback(progress.append)
    assert isinstance(future.exception(), JobFailed)
    assert done == [future]
    assert progress[-1] == {"Succeeded": 4, "Failed": 1}
    finished = [sum(n for s, n in p.items() if s in ("Succeeded", "Failed")) for p in progress]
    assert finished == sorted(finished)
    future.add_done_callback(done.append)
    assert done == [future, future]


def test_wait_all_over_several_loads(client: VisierDataHandling, mock_server: Any) -> None:
    futures = [client.load([f"{t}_hcm_20260101.zip.gpg"], wait=False) for t in mock_server.state.tenants[:3]]
    done, pending = client.jobs.wait_all(futures)
    assert len(done) == 3 and not pending
    assert all(f.result().data_versions() for f in futures)


# -- async --


def test_async_futures_against_the_mock(client: VisierDataHandling, mock_server: Any, mock_time: MockTime) -> None:
    state = mock_server.state
    state.plant_failure(BAD_TENANT, "processing", MESSAGE)

    async def scenario() -> None:
        try:
            seen: list[str] = []
            result = await client.aload([ALL_TENANTS_FILE], on_progress=lambda c: seen.append(str(c)))
            assert tree_nodes(result.tree) == expected_nodes(state, result.job_id)
            assert [t.tenant_code for t in result.failed_tenants] == [BAD_TENANT] and seen

            extraction = await client.aextract_and_load(tenants=["WFF_j1r~c7o"])
            assert extraction.ok and tree_nodes(extraction.tree) == expected_nodes(state, extraction.job_id)

            slow = await client.aload([ONE_TENANT_FILE], wait=False)
            with pytest.raises(JobTimeout):
                await slow.aresult(timeout=0.5)
            assert (await slow.aresult()).status == "Succeeded"

            pending = await client.aload([ALL_TENANTS_FILE], wait=False)
            assert await pending.acancel() is True
            assert isinstance(await pending.aexception(), JobCancelled)
            tree = await client.jobs.atree(result.job_id)
            assert tree.render() == result.tree.render()
            assert await client.jobs.akind(extraction.job_id) is JobKind.DISPATCHING
        finally:
            await client.aclose()

    asyncio.run(scenario())
    assert mock_time.sleeps[:3] == pytest.approx([1.0, 1.2, 1.44])


# -- never lose or duplicate a job --


def top_loads(state: Any) -> list[Any]:
    return [j for j in state.jobs.values() if j.kind == "RECEIVING_JOB" and j.parent_id is None]


def test_start_load_is_sent_once_even_when_the_answer_times_out(mock_server: Any, mock_time: MockTime) -> None:
    state = mock_server.state
    state.faults.set("startLoad", {"sequence": [{"slow": 1.0}]})  # carried out, answered too late
    with VisierDataHandling(
        host=mock_server.url,
        api_key=mock_server.api_key,
        username=mock_server.username,
        password=mock_server.password,
        timeout=0.3,
    ) as client:
        client.jobs.poll = mock_time.schedule()
        # The service acted; the answer came too late. The load finds and follows that job instead of resending.
        first = client.load([ALL_TENANTS_FILE])
        assert [e["operationId"] for e in state.journal].count("startLoad") == 1
        assert len(top_loads(state)) == 1 and first.job_id == top_loads(state)[0].job_id and first.ok
        with pytest.raises(ServiceMayHaveActed):  # without reconciliation, the lost answer is raised at once
            state.faults.set("startLoad", {"sequence": [{"slow": 1.0}]})
            client.load([ALL_TENANTS_FILE], reconcile=False)
        assert len(top_loads(state)) == 2

        # A 503 says the request was not carried out: retried, and still one job.
        state.faults.set("startLoad", {"sequence": [503]})
        result = client.load([ALL_TENANTS_FILE])
        assert [e["operationId"] for e in state.journal].count("startLoad") == 4
        assert len(top_loads(state)) == 3 and result.job_id == top_loads(state)[-1].job_id
