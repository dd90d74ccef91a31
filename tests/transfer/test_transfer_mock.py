"""client.transfer against the live mock: batches in order under their sequence numbers, a batch whose answer was
lost held once, files through the upload path, completion followed (with and without processing), cancel on an
exception, and records refused before anything is sent."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import pytest
from visier_data_handling import JobKind, RecordError, VisierDataHandling
from visier_mock import MockConfig

TENANT = "WFF_j1r~c7o"


@pytest.fixture
def mock_config() -> MockConfig:
    return MockConfig(speed=50.0)  # real time, fast: jobs finish while the SDK polls


def _client(mock: Any) -> VisierDataHandling:
    client = VisierDataHandling(mock.url, mock.api_key, username=mock.username, password=mock.password)
    client.jobs.poll = client.jobs.poll.__class__(initial=0.05, factor=1.5, maximum=0.2)
    return client


def _records(count: int, start: int = 0) -> list[dict[str, str]]:
    return [{"EmployeeID": f"E{i}", "StartDate": "2026-01-01"} for i in range(start, start + count)]


def _session(mock: Any, session_id: str | None) -> Any:
    assert session_id is not None
    return mock.state.transfer_store.sessions[session_id]


@pytest.mark.parametrize("processing", [False, True])
def test_batches_go_in_order_and_completion_is_followed(mock_server: Any, processing: bool) -> None:
    with _client(mock_server) as client:
        with client.transfer("Employee", tenant=TENANT, processing=processing, batch_records=3) as session:
            session.push(_records(7))
            session.push(_records(2, start=7))
        tree = session.job.result(timeout=30)
    kept = _session(mock_server, session.session_id)
    assert kept.status == "COMPLETED" and kept.receiving_job_id == session.job.job_id
    assert [b.sequence for b in kept.ordered()] == session.sequences == [1, 2, 3]
    assert [b.rows for b in kept.ordered()] == [3, 3, 3]
    kinds = {node.kind for node in tree.walk()}
    assert tree.status == "Succeeded"
    assert (JobKind.PROCESSING in kinds) is processing


def test_a_batch_whose_answer_is_lost_is_resent_with_its_sequence_and_held_once(mock_server: Any) -> None:
    # Every pushData answer lost (the mock keeps the batch, then closes the connection) until the retries run out,
    # for the second batch: its resends all carry sequence 2.
    with _client(mock_server) as client:
        with client.transfer("Employee", tenant=TENANT, batch_records=2) as session:
            session.push(_records(2))
            mock_server.state.faults.set("pushData", {"sequence": ["lost"] * 6})
            session.push(_records(2, start=2))
            session.push(_records(1, start=4))
        session.job.result(timeout=30)
    journal = [e for e in mock_server.state.journal if e["operationId"] == "pushData"]
    assert [e["fault"] for e in journal].count("lost") == 6
    kept = _session(mock_server, session.session_id)
    assert [b.sequence for b in kept.ordered()] == [1, 2, 3] and kept.duplicates == 6
    assert [b.rows for b in kept.ordered()] == [2, 2, 1]


def test_an_exception_in_the_block_cancels_the_session_and_says_so(mock_server: Any) -> None:
    client = _client(mock_server)
    with client, pytest.raises(KeyError) as raised, client.transfer("Employee", tenant=TENANT,
                                                                     batch_records=1) as session:
        session.push(_records(2))
        raise KeyError("the export broke")
    kept = _session(mock_server, session.session_id)
    assert kept.status == "CANCELLED" and kept.receiving_job_id is None
    assert any(f"transfer session {session.session_id} was cancelled" in note for note in raised.value.__notes__)


def test_an_unknown_column_is_refused_before_anything_is_sent(mock_server: Any) -> None:
    client = _client(mock_server)
    with client, pytest.raises(RecordError) as raised, client.transfer("Employee", tenant=TENANT) as session:
        session.push([*_records(2), {"EmployeeID": "E9", "StartDate": "2026-01-01", "Shoe": "42"}])
    assert (raised.value.record, raised.value.column) == (3, "Shoe")
    assert "record 3" in str(raised.value) and "'Shoe'" in str(raised.value)
    assert session.session_id is None and mock_server.state.transfer_store.sessions == {}
    assert "no transfer session was opened: nothing was sent" in raised.value.__notes__


def test_a_missing_mandatory_column_names_the_record_and_the_column(mock_server: Any) -> None:
    client = _client(mock_server)
    missing = "record 1: the mandatory column 'StartDate'"
    with client, pytest.raises(RecordError, match=missing), client.transfer("Employee") as session:
        session.push([{"EmployeeID": "E1"}])


def test_files_and_records_share_the_sequence_and_the_async_twin(mock_server: Any, tmp_path: Path) -> None:
    path = tmp_path / "Applicant_2026.csv"
    path.write_text("ApplicantID,Stage\n1,Offer\n2,Hired\n", encoding="utf-8")

    async def main() -> Any:
        with _client(mock_server) as client:
            async with client.atransfer("Employee", tenant=TENANT, processing=True) as session:
                await session.push(_records(3))
                await session.upload(path, source="")  # routed by its name, after the records
                await session.push(_records(1, start=3))
            await session.job.aresult(timeout=30)
            await client.aclose()
        return session

    session = asyncio.run(main())
    kept = _session(mock_server, session.session_id)
    assert [(b.sequence, b.source, b.rows) for b in kept.ordered()] == [
        (1, "Employee", 3), (2, "Applicant", 2), (3, "Employee", 1)]
    assert kept.status == "COMPLETED"


def test_a_file_whose_answer_is_lost_is_sent_whole_again_under_its_sequence(mock_server: Any, tmp_path: Path) -> None:
    path = tmp_path / "hires.csv"
    path.write_text("EmployeeID,StartDate\n" + "".join(f"E{i},2026-01-01\n" for i in range(1000)), encoding="utf-8")
    progress: list[int] = []
    with _client(mock_server) as client:
        with client.transfer("Employee", tenant=TENANT) as session:
            session.push(_records(1))
            mock_server.state.faults.set("uploadData", {"sequence": ["lost"]})
            session.upload(path, on_progress=lambda p: progress.append(p.sent))
        session.job.result(timeout=30)
    kept = _session(mock_server, session.session_id)
    assert [(b.sequence, b.rows) for b in kept.ordered()] == [(1, 1), (2, 1000)] and kept.duplicates == 1
    size = path.stat().st_size
    assert progress.count(size) == 2 and 0 in progress[1:]  # sent whole, rewound to 0, sent whole again
