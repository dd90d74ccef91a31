"""``visier-dh intake push`` as a script uses it: JSON lines from stdin or a file, a CSV uploaded, the receiving job
followed with --wait, JSON that parses; a record with an unknown column refused before anything is sent, one line,
exit 2."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from visier_mock import RunningMock

from .scripted import FAST, TENANT, visier_dh


def _sessions(mock: RunningMock) -> dict[str, Any]:
    with mock.state.lock:
        return dict(mock.state.transfer_store.sessions)


def _lines(count: int) -> str:
    return "".join(json.dumps({"EmployeeID": f"E{i}", "StartDate": "2026-01-01"}) + "\n" for i in range(count))


def test_json_lines_from_stdin_are_pushed_and_the_job_followed(mock_env: dict[str, str],
                                                                live_mock: RunningMock) -> None:
    outcome = visier_dh(mock_env, *FAST, "-o", "json", "intake", "push", "Employee", "-", "--tenant", TENANT,
                        "--processing", "--wait", stdin=_lines(5))
    assert outcome.code == 0, outcome
    answer = outcome.json()
    assert answer["records"] == 5 and answer["batches"] == 1 and answer["outcome"] == "succeeded"
    assert [t["tenantCode"] for t in answer["tenants"]] == [TENANT] and answer["tenants"][0]["dataVersions"]
    kept = _sessions(live_mock)[answer["transferSessionId"]]
    assert kept.status == "COMPLETED" and kept.receiving_job_id == answer["jobId"]
    assert [b.rows for b in kept.ordered()] == [5]


def test_a_csv_file_is_uploaded_and_no_wait_prints_the_job(mock_env: dict[str, str], live_mock: RunningMock,
                                                           tmp_path: Path) -> None:
    path = tmp_path / "employees.csv"
    path.write_text("EmployeeID,StartDate\nE1,2026-01-01\nE2,2026-01-02\n", encoding="utf-8")
    outcome = visier_dh(mock_env, "-o", "json", "intake", "push", "Employee", str(path))
    assert outcome.code == 0, outcome
    answer = outcome.json()
    assert answer["kind"] == "receiving" and f"receiving job {answer['jobId']} started" in outcome.stderr
    kept = _sessions(live_mock)[answer["transferSessionId"]]
    assert [(b.sequence, b.rows, b.name) for b in kept.ordered()] == [(1, 2, "employees.csv")]


def test_an_unknown_column_is_refused_before_sending_in_one_line(mock_env: dict[str, str], live_mock: RunningMock,
                                                                 tmp_path: Path) -> None:
    path = tmp_path / "records.jsonl"
    path.write_text(_lines(2) + json.dumps({"EmployeeID": "E9", "StartDate": "2026-01-01", "Shoe": 42}) + "\n")
    outcome = visier_dh(mock_env, "intake", "push", "Employee", str(path), "--tenant", TENANT)
    assert outcome.code == 2, outcome
    lines = outcome.stderr.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in outcome.stderr, outcome
    assert "record 3: column 'Shoe' is not a column of source 'Employee'" in lines[0]
    assert "nothing was sent" in lines[0]
    assert _sessions(live_mock) == {}
    assert outcome.stdout == ""


def test_a_line_that_is_not_json_is_named(mock_env: dict[str, str], live_mock: RunningMock) -> None:
    outcome = visier_dh(mock_env, "intake", "push", "Employee", "-", stdin=_lines(1) + "{oops\n")
    assert outcome.code == 2, outcome
    assert "stdin line 2 is not JSON" in outcome.stderr and len(outcome.stderr.strip().splitlines()) == 1
    assert _sessions(live_mock) == {}
