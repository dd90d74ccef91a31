"""JobFuture against a scripted fake client: resolving, failing, timing out, cancelling, callbacks; sync and async."""

from __future__ import annotations

import asyncio
import logging

import pytest
from visier_data_handling import InvalidArgument
from visier_data_handling._jobs.errors import JobCancelled, JobFailed, JobTimeout
from visier_data_handling._jobs.future import JobFuture
from visier_data_handling._jobs.namespace import Jobs
from visier_data_handling._jobs.polling import PollSchedule
from visier_data_handling._jobs.snapshot import Expect
from visier_data_handling._jobs.tree import JobKind, JobTree
from visier_data_handling_api.models import DataLoadResponse, StartExtractionResponse

from .fake import Clock, FakeClient

TENANTS = ["WFF_j1r~a", "WFF_j1r~b", "WFF_j1r~c"]


def make(clock: Clock | None = None) -> tuple[FakeClient, Jobs]:
    client = FakeClient(clock)
    poll = PollSchedule(sleep=client.clock.sleep, asleep=client.clock.asleep, clock=client.clock)
    return client, Jobs(client, poll=poll)


def test_load_future_resolves_to_the_whole_tree() -> None:
    client, jobs = make()
    client.data_and_job_handling.script_load("L", TENANTS)
    future = jobs.future("L")
    tree = future.result()
    assert isinstance(tree, JobTree) and future.done() and not future.cancelled()
    assert future.kind is JobKind.RECEIVING and future.status == "Succeeded"
    # It waited for the processing jobs, which appear only after the receiving jobs succeed.
    assert client.clock.now >= 9
    assert tree.data_versions() == {"WFF_j1r~a": ["7000000"], "WFF_j1r~b": ["7000001"], "WFF_j1r~c": ["7000002"]}
    assert [(n.kind, n.tenant_code) for n in tree.root.children] == [(JobKind.RECEIVING, t) for t in TENANTS]
    assert all(n.children[0].kind is JobKind.PROCESSING for n in tree.root.children)
    assert future.exception() is None
    # Finished: no more requests.
    before = len(client.data_and_job_handling.calls)
    assert future.result() is tree and future.done()
    assert len(client.data_and_job_handling.calls) == before


def test_a_succeeded_parent_with_a_failed_tenant_raises_jobfailed_listing_it() -> None:
    client, jobs = make()
    client.data_and_job_handling.script_load(
        "L", TENANTS, fail={"WFF_j1r~b": ("processing", "[DP510002] Unexpected exception in the loader stage.")}
    )
    future = jobs.future("L")
    with pytest.raises(JobFailed) as caught:
        future.result()
    error = caught.value
    assert error.tree is not None and error.tree.status == "Succeeded"
    [failure] = error.failures
    assert (failure.kind, failure.job_id, failure.tenant_code, failure.status) == (
        JobKind.PROCESSING,
        "L-p1",
        "WFF_j1r~b",
        "Failed",
    )
    assert failure.message == "[DP510002] Unexpected exception in the loader stage."
    assert "WFF_j1r~b" in str(error) and "[DP510002]" in str(error)
    assert future.exception() is error
    # The other tenants' data versions are still in the tree.
    assert error.tree.data_versions() == {"WFF_j1r~a": ["7000000"], "WFF_j1r~c": ["7000002"]}


def test_a_receiving_failure_does_not_wait_for_a_processing_job() -> None:
    client, jobs = make()
    client.data_and_job_handling.script_load("L", TENANTS, fail={"WFF_j1r~c": ("receiving", "")})
    with pytest.raises(JobFailed) as caught:
        jobs.future("L").result()
    assert [(n.kind, n.tenant_code) for n in caught.value.failures] == [(JobKind.RECEIVING, "WFF_j1r~c")]
    assert "receiving WFF_j1r~c L-r2 Failed" in str(caught.value)


def test_timeout_raises_jobtimeout_and_the_future_stays_usable() -> None:
    client, jobs = make()
    client.data_and_job_handling.script_load("L", TENANTS)
    future = jobs.future("L")
    with pytest.raises(JobTimeout) as caught:
        future.result(timeout=3)
    assert isinstance(caught.value, TimeoutError)
    assert caught.value.job_id == "L" and caught.value.tree is not None
    assert client.clock.now == pytest.approx(3)
    assert not future.done() or client.clock.now < 9
    with pytest.raises(TimeoutError):
        future.exception(timeout=0)
    assert future.result(timeout=60).status == "Succeeded"


def test_settle_bounds_the_wait_for_children_that_never_come() -> None:
    client, jobs = make()
    ops = client.data_and_job_handling
    ops.script_load("L", ["WFF_j1r~a"])
    del ops.jobs["L-p0"]  # the service never makes the processing job
    future = jobs.future("L", settle=30)
    tree = future.result()
    assert tree.status == "Succeeded" and tree.root.children[0].awaiting_children
    assert 30 <= client.clock.now < 60
    # Told that no processing job follows (skipDataLoad), it ends as soon as the receiving jobs do.
    client2, jobs2 = make()
    client2.data_and_job_handling.script_load("L", ["WFF_j1r~a"])
    del client2.data_and_job_handling.jobs["L-p0"]
    jobs2.future("L", expect=Expect(processing=False)).result()
    assert client2.clock.now < 6


def test_callbacks_run_once_and_their_errors_are_logged(caplog: pytest.LogCaptureFixture) -> None:
    client, jobs = make()
    client.data_and_job_handling.script_load("L", TENANTS)
    progress: list[dict[str, int]] = []
    future = jobs.future("L", on_progress=progress.append)
    seen: list[JobFuture] = []

    def broken(_: JobFuture) -> None:
        raise RuntimeError("callback bug")

    future.add_done_callback(seen.append)
    future.add_done_callback(broken)
    with caplog.at_level(logging.ERROR, logger="visier_data_handling.jobs"):
        future.result()
        future.result()
    assert seen == [future]
    assert "callback bug" in caplog.text
    # Added after the end: called at once.
    future.add_done_callback(seen.append)
    assert seen == [future, future]
    # Progress: counts by status of the leaves, one call per check, ending all Succeeded.
    assert progress[0] == {"Pending": 1}  # the top job, before it has children
    assert progress[-1] == {"Succeeded": 3}
    finished = [sum(n for s, n in counts.items() if s in {"Succeeded", "Failed"}) for counts in progress]
    assert finished == sorted(finished), "progress never goes backwards"


def test_cancel_a_pending_job_then_result_raises_jobcancelled() -> None:
    client, jobs = make()
    ops = client.data_and_job_handling
    ops.script_load("L", TENANTS)
    ops.jobs["L-p0"].created = 0  # a processing job that is still Pending at the start
    future = jobs.future("L-p0", kind="processing")
    assert future.cancel() is True
    assert future.cancel_result is not None and future.cancel_result.job_status == "Cancelling"
    assert ops.calls[-1] == ("cancel_jobs", {"job_ids": ["L-p0"]})
    with pytest.raises(JobCancelled):
        future.result()
    assert future.cancelled() and future.done()
    assert future.cancel() is False  # finished: nothing to cancel


def test_cancel_a_running_receiving_job_is_refused() -> None:
    client, jobs = make()
    client.data_and_job_handling.script_load("L", TENANTS)
    client.clock.now = 1.0
    future = jobs.future("L")
    assert future.cancel() is False
    assert future.cancel_result is not None and "could not be cancelled" in (future.cancel_result.message or "")
    assert future.result().status == "Succeeded"


def test_kind_detection_tries_dispatching_then_receiving_then_job_status() -> None:
    client, jobs = make()
    ops = client.data_and_job_handling
    ops.script_load("L", TENANTS)
    ops.script_extraction("D", TENANTS)
    client.clock.now = 8
    assert jobs.kind("D") is JobKind.DISPATCHING
    assert jobs.kind("L") is JobKind.RECEIVING
    assert jobs.kind("L-p0") is JobKind.PROCESSING
    assert jobs.kind("D-e0") is JobKind.EXTRACTION
    names = [name for name, _ in ops.calls]
    assert names[-3:] == ["dispatching_job_status", "receiving_job_status", "job_id_status"]
    # Start responses carry their kind: no detection calls.
    ops.calls.clear()
    assert jobs.future(DataLoadResponse(job_id="L")).kind is JobKind.RECEIVING
    assert jobs.future(StartExtractionResponse(job_id="D")).kind is JobKind.DISPATCHING
    assert ops.calls == []


def test_unknown_job_raises_not_found() -> None:
    from visier_data_handling._exceptions import NotFound

    _, jobs = make()
    with pytest.raises(NotFound):
        jobs.future("nope").result()


def test_unknown_statuses_keep_polling() -> None:
    client, jobs = make()
    ops = client.data_and_job_handling
    ops.script_load("L", ["WFF_j1r~a"])
    ops.jobs["L-p0"].final = "SomethingNew"
    future = jobs.future("L")
    assert not future.wait(timeout=100)
    assert future.status == "Succeeded" and future.running()
    ops.jobs["L-p0"].final = "Succeeded"
    assert future.result().status == "Succeeded"


def test_extraction_tree_future() -> None:
    client, jobs = make()
    client.data_and_job_handling.script_extraction("D", TENANTS, fail={"WFF_j1r~a": "connector refused"})
    with pytest.raises(JobFailed) as caught:
        jobs.future(StartExtractionResponse(job_id="D")).result()
    tree = caught.value.tree
    assert tree is not None and client.clock.now >= 10
    assert [(n.kind, n.tenant_code) for n in caught.value.failures] == [(JobKind.EXTRACTION, "WFF_j1r~a")]
    assert tree.data_versions() == {"WFF_j1r~b": ["8000001"], "WFF_j1r~c": ["8000002"]}
    chain = [n.kind for n in tree.find("D-e1").walk()]  # type: ignore[union-attr]
    assert chain == [JobKind.EXTRACTION, JobKind.RECEIVING, JobKind.PROCESSING]


def test_wait_all_and_as_completed() -> None:
    client, jobs = make()
    ops = client.data_and_job_handling
    ops.script_load("A", ["WFF_j1r~a"])
    ops.script_load("B", ["WFF_j1r~b"], start=20)
    futures = [jobs.future("A"), jobs.future("B")]
    done, pending = jobs.wait_all(futures, return_when="FIRST_COMPLETED")
    assert done == [futures[0]] and pending == [futures[1]]
    assert [f.job_id for f in jobs.as_completed(futures)] == ["A", "B"]
    done, pending = jobs.wait_all(futures, timeout=0)
    assert len(done) == 2 and pending == []


def test_bulk_cancel_reports_each_job() -> None:
    client, jobs = make()
    ops = client.data_and_job_handling
    ops.script_load("L", TENANTS)
    client.clock.now = 1
    outcomes = jobs.cancel(["L", "nope"])
    assert [(o.job_id, o.accepted) for o in outcomes] == [("L", False), ("nope", False)]
    assert outcomes[1].job_type == "UNRECOGNIZED"


# -- async twins ------------------------------------------------------------------------------------------------------


def test_async_future_resolves_fails_times_out_and_cancels() -> None:
    async def scenario() -> None:
        client, jobs = make()
        ops = client.data_and_job_handling
        ops.script_load("L", TENANTS)
        ops.script_load("F", ["WFF_j1r~x"], fail={"WFF_j1r~x": ("processing", "boom")})
        ops.script_load("C", ["WFF_j1r~y"], start=50)
        ops.jobs["C-p0"].created = 0

        seen: list[str] = []
        ok = jobs.future("L")
        ok.add_done_callback(lambda f: seen.append(f.job_id))
        tree = await ok.aresult()
        assert tree.data_versions()["WFF_j1r~b"] == ["7000001"] and seen == ["L"]

        with pytest.raises(JobFailed) as caught:
            await jobs.future("F").aresult()
        assert caught.value.failures[0].message == "boom"

        slow = jobs.future("C")
        with pytest.raises(JobTimeout):
            await slow.aresult(timeout=1)

        pending = jobs.future("C-p0", kind="processing")
        assert await pending.acancel() is True
        with pytest.raises(JobCancelled):
            await pending.aresult()
        assert isinstance(await pending.aexception(), JobCancelled)

        tree2 = await jobs.atree("L")
        assert tree2.render() == tree.render()
        done, _ = await jobs.await_all([jobs.future("L"), jobs.future("F")])
        assert len(done) == 2
        assert (await jobs.acancel(["nope"]))[0].accepted is False

    asyncio.run(scenario())


def test_a_start_extraction_answer_with_jobid_spelled_the_samples_way() -> None:
    from visier_data_handling._jobs.namespace import job_id_of

    answer = StartExtractionResponse.from_dict({"jobId": "D"})  # lands in additional_properties
    assert job_id_of(answer) == "D" and job_id_of(StartExtractionResponse.from_dict({"JobId": "E"})) == "E"
    _, jobs = make()
    assert jobs.future(answer).kind is JobKind.DISPATCHING
    with pytest.raises(InvalidArgument):
        job_id_of(StartExtractionResponse())
