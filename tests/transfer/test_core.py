"""The transfer session's steps against an in-memory service: records checked against the source, batches sized by
count and bytes, sequence numbers kept in order and reused on a resend, completion sent again after a lost answer,
cancel saying what became of the session."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Coroutine
from typing import Any, TypeVar

import pytest
from visier_data_handling import APIConnectionError, InvalidArgument, RecordError, ServiceMayHaveActed
from visier_data_handling._transfer.core import TransferCore, TransferRequest
from visier_data_handling._transfer.flow import TransferSession
from visier_data_handling._transfer.records import BatchLimits, check_limits
from visier_data_handling_api.facts import TRANSFER_BATCH_MAX_BYTES, TRANSFER_BATCH_MAX_RECORDS

from .fake import FakeTransfer

T = TypeVar("T")


def run(step: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(step)


def _core(records: int = 1000, size: int = TRANSFER_BATCH_MAX_BYTES, processing: bool = False) -> TransferCore:
    request = TransferRequest(source="Employee", tenant="WFF_j1r~c7o", limits=BatchLimits(records, size),
                              processing=processing, target_tenant_id=None)
    return TransferCore(request)


def _records(count: int) -> list[dict[str, object]]:
    return [{"EmployeeID": f"E{i}", "StartDate": "2026-01-01"} for i in range(count)]


async def _push_all(fake: FakeTransfer, core: TransferCore, records: list[dict[str, object]]) -> str:
    await core.prepare(fake)  # type: ignore[arg-type]  # the fake has the awaited operations only
    await core.push(fake, records)  # type: ignore[arg-type]
    return await core.complete(fake)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("record", "column", "problem"),
    [
        ({"EmployeeID": "E1", "StartDate": "2026-01-01", "Shoe": 42}, "Shoe", "is not a column of source"),
        ({"EmployeeID": "E1", "startdate": "2026-01-01"}, "startdate", "did you mean 'StartDate'"),
        ({"EmployeeID": "E1"}, "StartDate", "the mandatory column 'StartDate'"),
        ({"EmployeeID": "", "StartDate": "2026-01-01"}, "EmployeeID", "may not be empty"),
        ({"EmployeeID": "E1", "StartDate": "2026-01-01", "Team": None}, "Team", "may not be empty"),
        ({"EmployeeID": ["E1"], "StartDate": "2026-01-01"}, "EmployeeID", "holds a list"),
    ],
)
def test_a_record_the_source_would_refuse_names_the_record_and_the_column(record: dict[str, object], column: str,
                                                                          problem: str) -> None:
    fake, core = FakeTransfer(), _core()
    with pytest.raises(RecordError) as raised:
        run(_push_all(fake, core, [*_records(2), record]))
    assert (raised.value.record, raised.value.column) == (3, column)
    assert str(raised.value).startswith("record 3: ") and problem in str(raised.value)
    assert fake.sends == [] and fake.status == {}  # nothing was sent, no session opened


def test_batches_are_sized_by_count_and_keep_their_order() -> None:
    fake, core = FakeTransfer(), _core(records=4)
    job = run(_push_all(fake, core, _records(10)))
    assert job == "job-1" and core.sequences == [1, 2, 3]
    held = fake.batches["s-1"]
    assert [len(held[s]) - 1 for s in sorted(held)] == [4, 4, 2]
    assert [row[0] for s in sorted(held) for row in held[s][1:]] == [f"E{i}" for i in range(10)]
    assert all(held[s][0] == ["EmployeeID", "StartDate"] for s in held)  # every batch repeats the header


def test_batches_are_sized_by_the_json_body_s_bytes() -> None:
    record = {"EmployeeID": 'E"quoted"', "StartDate": "2026-01-01"}
    header = len(json.dumps("EmployeeID,StartDate\n"))
    row = len(json.dumps('"E""quoted""",2026-01-01\n')) - 2
    fake, core = FakeTransfer(), _core(size=header + 2 * row)
    run(_push_all(fake, core, [record] * 5))
    assert [len(rows) - 1 for rows in fake.batches["s-1"].values()] == [2, 2, 1]
    with pytest.raises(RecordError, match="record 1 alone is"):
        run(_push_all(FakeTransfer(), _core(size=header), [record]))


def test_other_columns_start_a_new_batch_with_their_own_header() -> None:
    fake, core = FakeTransfer(), _core()
    run(_push_all(fake, core, [*_records(2), {"EmployeeID": "E9", "StartDate": "2026-01-01", "Name": "Ann"}]))
    assert [rows[0] for rows in fake.batches["s-1"].values()] == [["EmployeeID", "StartDate"],
                                                                   ["EmployeeID", "StartDate", "Name"]]


def test_a_batch_whose_answer_is_lost_is_resent_with_its_own_sequence() -> None:
    fake, core = FakeTransfer(lose_push=[False, True, True], fail_push=[False] * 4 + [True]), _core(records=2)
    run(_push_all(fake, core, _records(6)))
    assert fake.sends == [("s-1", 1), ("s-1", 2), ("s-1", 2), ("s-1", 2), ("s-1", 3), ("s-1", 3)]
    assert sorted(fake.batches["s-1"]) == [1, 2, 3] and core.sequences == [1, 2, 3]


def test_a_batch_that_keeps_failing_says_how_often_and_under_which_sequence() -> None:
    fake, core = FakeTransfer(fail_push=[True] * 3), _core()
    with pytest.raises(APIConnectionError) as raised:
        run(_push_all(fake, core, _records(1)))
    assert fake.sends == [("s-1", 1)] * 3
    assert "batch 1 of transfer session s-1 was sent 3 times, always with sequence 1" in raised.value.__notes__


def test_a_completion_whose_answer_is_lost_is_sent_again() -> None:
    fake, core = FakeTransfer(drop_complete=[True]), _core()
    assert run(_push_all(fake, core, _records(1))) == "job-1"
    assert fake.calls.count("complete s-1") == 2 and fake.status["s-1"] == "COMPLETED"


@pytest.mark.parametrize("refused_with", [400, 409])
def test_a_completion_refused_after_a_lost_answer_says_the_session_was_completed(refused_with: int) -> None:
    fake = FakeTransfer(lose_complete=[True], not_open_status=refused_with)
    with pytest.raises(ServiceMayHaveActed, match="transfer session s-1 was completed, but the answer"), \
            _session(fake) as session:
        session.push(_records(1))
    assert fake.status == {"s-1": "COMPLETED"} and "cancel s-1" not in fake.calls  # completed: not cancelled


class _Client:
    """What TransferSession needs of a client: the sync-driven operations (the fake never suspends)."""

    def __init__(self, fake: FakeTransfer) -> None:
        self.sync_driven_data_intake = fake


def _session(fake: FakeTransfer, source: str = "Employee", **options: Any) -> TransferSession:
    return TransferSession(_Client(fake), "transfer", source, options)  # type: ignore[arg-type]


def test_leaving_with_an_exception_cancels_and_says_so_even_when_the_cancel_fails() -> None:
    fake = FakeTransfer()
    with pytest.raises(KeyError) as raised, _session(fake, batch_records=1) as session:
        session.push(_records(1))
        raise KeyError("boom")
    assert fake.status == {"s-1": "CANCELLED"}
    assert "transfer session s-1 was cancelled (pushDataCancel): nothing it received is kept" in raised.value.__notes__
    failing = FakeTransfer(fail_cancel=True)
    with pytest.raises(KeyError) as again, _session(failing, batch_records=1) as session:
        session.push(_records(1))
        raise KeyError("boom")
    assert failing.status == {"s-1": "OPEN"} and "could not be cancelled" in again.value.__notes__[0]
    with pytest.raises(InvalidArgument, match="has ended"):
        session.push(_records(1))


def test_a_session_without_a_job_and_bad_options_are_named() -> None:
    with pytest.raises(InvalidArgument, match="has no job yet"):
        _ = _session(FakeTransfer()).job
    with pytest.raises(InvalidArgument, match=f"batch_records must be a whole number from 1 to "
                                              f"{TRANSFER_BATCH_MAX_RECORDS}"):
        check_limits("transfer", TRANSFER_BATCH_MAX_RECORDS + 1, 10)
    with pytest.raises(InvalidArgument, match="did you mean 'processing'"):
        _session(FakeTransfer(), procesing=True)
    with pytest.raises(InvalidArgument, match="is not one of the tenant's sources \\(Employee\\)"):
        _session(FakeTransfer(), source="Nope").__enter__()
    with pytest.raises(InvalidArgument, match="push\\(\\) takes an iterable of records"), \
            _session(FakeTransfer()) as session:
        session.push({"EmployeeID": "E1"})  # type: ignore[arg-type]  # one record, not a list of them


def test_a_start_whose_answer_is_lost_is_sent_again_and_the_error_says_what_it_may_have_opened() -> None:
    fake, core = FakeTransfer(lose_start=[True]), _core()
    run(_push_all(fake, core, _records(1)))
    assert core.session_id == "s-2" and fake.batches == {"s-1": {}, "s-2": {1: [["EmployeeID", "StartDate"],
                                                                               ["E0", "2026-01-01"]]}}
    lost = FakeTransfer(lose_start=[True] * 3)
    with pytest.raises(ServiceMayHaveActed) as raised, _session(lost) as session:
        session.push(_records(1))  # gathered; the exit sends it, which needs a session
    assert all(not held for held in lost.batches.values()) and len(lost.batches) == 3
    assert raised.value.__notes__ == ["nothing was sent (a startTransfer whose answer was lost may have opened a "
                                      "session, which holds nothing)"]


def test_a_file_is_checked_before_anything_is_sent(tmp_path: Any) -> None:
    fake = FakeTransfer()
    wrong = tmp_path / "hires.xlsx"
    wrong.write_text("x")
    with pytest.raises(InvalidArgument, match=r"must end in \.csv or \.zip"), _session(fake) as session:
        session.upload(wrong)
    with pytest.raises(InvalidArgument, match="on_progress must be callable"), _session(fake) as session:
        session.upload(wrong, on_progress="print")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument, match=r"missing\.csv' does not exist"), _session(fake) as session:
        session.upload(tmp_path / "missing.csv")
    assert fake.sends == [] and fake.status == {}
