"""The official visier-platform-sdk's Direct Data Intake client round-trips all ten operations against the mock.

The official SDK lives in .venv-peers (`make peers`, which `make test` runs first), so its dependencies never mix
with ours: the calls run in tests/peers/official_intake.py under that venv's Python, against the mock served here on
127.0.0.1, and print what they got back."""

from __future__ import annotations

from typing import Any

import pytest

from ._official import TENANT, run_official


@pytest.fixture
def answers(mock_server: Any) -> dict[str, Any]:
    return run_official("official_intake.py", mock_server)


def test_the_official_sdk_round_trips_every_intake_operation(answers: dict[str, Any], mock_server: Any) -> None:
    kept, dropped = answers["started"]
    assert answers["putConfig"]["job"] == answers["getConfig"]["job"] == {
        "supplementalMode": "IS_SUPPLEMENTAL", "extendObjects": ["Employee"]}
    assert "EmployeeID" in [column["name"] for column in answers["objectSchema"]["schema"]]
    assert sorted(t["transactionId"] for t in answers["listTransactions"]["transactions"]) == sorted([kept, dropped])
    assert answers["uploadFile"]["transactionId"] == kept
    assert answers["uploadRefused"][0] == 400 and "'EffectiveDate'" in answers["uploadRefused"][1]
    assert answers["loadSampleData"]["transactionId"] == kept  # the official SDK sends sampleName in a JSON body
    assert answers["rollbackTransaction"]["status"] == "rolled back"
    assert answers["commitTransaction"]["status"] == "committed"
    assert answers["commitAgain"][0] == 409 and "already committed" in answers["commitAgain"][1]
    status = answers["transactionStatus"]
    assert (status["tenantCode"], status["transactionId"]) == (TENANT, kept)
    assert answers["listAfter"]["transactions"] == []
    intake = mock_server.state.intake_store
    assert sorted(intake.transactions[kept].files) == ["Employee", "Employee_Exit"]
    assert intake.summary()["open"] == 0
    job = mock_server.state.jobs[status["jobId"]]
    mock_server.state.advance(5)
    assert (job.kind, job.tenant, job.status(mock_server.state.now())) == ("PROCESSING_JOB", TENANT, "Succeeded")
