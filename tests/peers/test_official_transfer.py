"""The official visier-platform-sdk's Data Intake and PGP key clients round-trip all ten operations against the mock.

The official SDK lives in .venv-peers (`make peers`, which `make test` runs first), so its dependencies never mix
with ours: the calls run in tests/peers/official_transfer.py under that venv's Python, against the mock served here
on 127.0.0.1, and print what they got back."""

from __future__ import annotations

from typing import Any

import pytest

from ._official import TENANT, run_official


@pytest.fixture
def answers(mock_server: Any) -> dict[str, Any]:
    return run_official("official_transfer.py", mock_server)


def test_the_official_sdk_round_trips_a_transfer_session(answers: dict[str, Any], mock_server: Any) -> None:
    employee = next(s for s in answers["getSources"]["sources"] if s["name"] == "Employee")
    assert {c["columnName"] for c in employee["columns"]} >= {"EmployeeID", "StartDate"}
    session = answers["startTransfer"]
    assert answers["pushData"] == answers["pushAgain"]  # the resent batch is answered alike and kept once
    assert answers["pushData"]["tenants"][0]["sources"][0]["rows"] == "2"
    assert answers["pushRefused"][0] == 400 and "'Shoe'" in answers["pushRefused"][1]
    uploaded = answers["uploadData"]["tenants"][0]["sources"][0]
    assert (uploaded["sourceName"], uploaded["sourceId"], uploaded["rows"]) == ("Employee", employee["sourceId"], "1")
    completed = answers["pushDataComplete"]
    assert completed["transferSessionId"] == session and completed["status"] == "SUCCEED"
    (details,) = completed["dataTransferResultDetails"]
    assert (details["tenantCode"], details["sourceNames"], details["rows"]) == (TENANT, ["Employee"], "3")
    assert int(details["dataSize"]) == sum(b.size for b in mock_server.state.transfer_store.sessions[session].ordered())
    assert answers["pushDataCancel"]["status"] == "CANCELLED"
    kept = mock_server.state.transfer_store.sessions[session]
    assert sorted(kept.batches) == [1, 3] and kept.duplicates == 1
    job = mock_server.state.jobs[completed["dataReceivingJobId"]]
    mock_server.state.advance(30)
    now = mock_server.state.now()
    children = [mock_server.state.jobs[c] for c in job.children]
    assert job.status(now) == "Succeeded"
    assert sorted((c.kind, c.tenant, c.status(now)) for c in children) == [
        ("PROCESSING_JOB", TENANT, "Succeeded"), ("RECEIVING_JOB", TENANT, "Succeeded")]


def test_the_official_sdk_round_trips_pgp_key_pairs(answers: dict[str, Any]) -> None:
    made = answers["generatePgpKeyPair"]
    assert len(made["keyID"]) == 16 and made["publicKey"].startswith("-----BEGIN PGP PUBLIC KEY BLOCK-----")
    assert [k["keyID"] for k in answers["getAllPgpPublicKeys"]["keys"]] == [made["keyID"]]
    assert answers["getPgpPublicKey"] == made
    assert answers["deletePgpKeyPair"] == {"keyID": made["keyID"]}
    assert answers["getDeleted"][0] == 404
