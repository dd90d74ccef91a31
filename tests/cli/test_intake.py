"""``visier-dh intake`` as a script and a person use it: exit codes, JSON that parses, one-line errors, and what the
mock's Direct Data Intake state shows afterwards (no transaction left open, one commit each)."""

from __future__ import annotations

import os
import re
import time
from pathlib import Path
from typing import Any

import pytest
from visier_mock import RunningMock

from .scripted import FAST, Terminal, in_terminal, ok_json, visier_dh
from .test_contract import CAMEL, _keys


def _intake(mock: RunningMock) -> dict[str, Any]:
    with mock.state.lock:
        summary: dict[str, Any] = mock.state.intake_store.summary()
    return summary


def _journal(mock: RunningMock, operation_id: str) -> list[dict[str, Any]]:
    with mock.state.lock:
        return [dict(e) for e in mock.state.journal if e["operationId"] == operation_id]


def _csv(path: Path, columns: list[str], rows: int = 3) -> Path:
    lines = [",".join(columns), *(",".join(f"{c}-{i}" if "Date" not in c else "2026-01-0" + str(i + 1)
                                           for c in columns) for i in range(rows))]
    path.write_text("\n".join(lines) + "\n")
    return path


def _wait(condition: Any, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.02)
    return True


@pytest.fixture
def employee_columns(mock_env: dict[str, str]) -> list[str]:
    """Employee's load schema, as `visier-dh intake schema` gives it."""
    return [column["name"] for column in ok_json(mock_env, "intake", "schema", "Employee")]


@pytest.fixture
def employee_csv(tmp_path: Path, employee_columns: list[str]) -> Path:
    return _csv(tmp_path / "employee.csv", employee_columns)


def test_schema_shows_each_column_and_whether_it_is_mandatory(mock_env: dict[str, str]) -> None:
    columns = ok_json(mock_env, "intake", "schema", "Employee")
    mandatory = {c["name"]: c["isMandatory"] for c in columns}
    assert mandatory["EmployeeID"] is True and mandatory["First_Name"] is False
    table = visier_dh(mock_env, "intake", "schema", "Employee")
    assert table.code == 0 and table.stdout.startswith("Employee load schema\n"), table
    assert any(line.split()[:3] == ["EmployeeID", "String", "yes"] for line in table.stdout.splitlines()), table


def test_an_unknown_object_is_one_line_and_exit_1(mock_env: dict[str, str]) -> None:
    done = visier_dh(mock_env, "intake", "schema", "NoSuchObject")
    assert done.code == 1 and done.stdout == "", done
    assert len(done.stderr.strip().splitlines()) == 1 and "NoSuchObject" in done.stderr, done


def test_load_prints_the_transaction_then_the_result_and_commits_once(
    mock_env: dict[str, str], live_mock: RunningMock, employee_csv: Path
) -> None:
    done = visier_dh(mock_env, "intake", "load", f"Employee={employee_csv}", "-o", "json", *FAST)
    assert done.code == 0 and "Traceback" not in done.stderr, done
    result = done.json()
    transaction_id = result["transactionId"]
    assert f"opened transaction {transaction_id} (Employee)" in done.stderr
    assert result["objects"] == [{"objectName": "Employee", "path": str(employee_csv)}]
    assert result["outcome"] == "succeeded"
    summary = _intake(live_mock)
    assert summary["open"] == 0 and summary["doubleCommits"] == 0
    assert summary["transactions"][transaction_id]["commits"] == 1
    assert summary["transactions"][transaction_id]["jobId"] == result["jobId"]
    listed = visier_dh(mock_env, "intake", "transactions", "list", "-q")
    assert listed.code == 0 and listed.stdout == "", listed  # nothing left open
    status = ok_json(mock_env, "intake", "transactions", "status", transaction_id)
    assert status["jobId"] == result["jobId"] and status["transactionId"] == transaction_id


def test_no_wait_prints_only_the_processing_job_id(
    mock_env: dict[str, str], live_mock: RunningMock, employee_csv: Path
) -> None:
    done = visier_dh(mock_env, "intake", "load", f"Employee={employee_csv}", "--no-wait")
    assert done.code == 0, done
    (transaction_id, job) = next(iter(_intake(live_mock)["transactions"].items()))
    assert done.stdout == f"{job['jobId']}\n", done
    assert f"transaction {transaction_id} committed" in done.stderr


def test_a_file_missing_a_column_is_exit_2_before_any_transaction_opens(
    mock_env: dict[str, str], live_mock: RunningMock, tmp_path: Path, employee_columns: list[str]
) -> None:
    short = _csv(tmp_path / "employee.csv", [c for c in employee_columns if c != "EffectiveDate"])
    done = visier_dh(mock_env, "intake", "load", f"Employee={short}", *FAST)
    assert done.code == 2 and done.stdout == "", done
    line = done.stderr.strip()
    assert len(line.splitlines()) == 1 and "'EffectiveDate'" in line and "Employee" in line, done
    assert _intake(live_mock)["transactions"] == {}  # no transaction was ever opened
    assert _journal(live_mock, "startTransaction") == []


@pytest.mark.parametrize("argument", ["Employee", "=employee.csv", "Employee="])
def test_an_argument_not_object_equals_file_is_a_usage_error(mock_env: dict[str, str], argument: str) -> None:
    done = visier_dh(mock_env, "intake", "load", argument)
    assert done.code == 2 and "OBJECT=FILE" in done.stderr and len(done.stderr.strip().splitlines()) == 1, done


def test_an_upload_the_mock_rejects_is_exit_1_and_leaves_the_transaction_rolled_back(
    mock_env: dict[str, str], live_mock: RunningMock, employee_csv: Path
) -> None:
    with live_mock.state.lock:
        live_mock.state.faults.set("uploadFile", {"sequence": [400]})
    done = visier_dh(mock_env, "intake", "load", f"Employee={employee_csv}", *FAST)
    assert done.code == 1 and done.stdout == "", done
    line = done.stderr.strip().splitlines()[-1]
    transactions = _intake(live_mock)["transactions"]
    assert len(transactions) == 1
    transaction_id, state = next(iter(transactions.items()))
    assert state["status"] == "rolled back" and state["commits"] == 0, state
    assert line.startswith("visier-dh: error: ") and f"transaction {transaction_id} was rolled back" in line, done
    assert "Traceback" not in done.stderr


def test_ctrl_c_during_the_upload_leaves_no_open_transaction(
    mock_env: dict[str, str], live_mock: RunningMock, employee_csv: Path
) -> None:
    with live_mock.state.lock:  # the upload is held for up to a minute before the mock takes it
        live_mock.state.faults.set("uploadFile", {"latency_ms": 60_000})
    terminal = Terminal(dict(os.environ), "intake", "load", f"Employee={employee_csv}", *FAST)
    terminal.wait_for("opened transaction")
    assert _wait(lambda: _journal(live_mock, "uploadFile")), terminal.text  # the upload is on its way: mid-upload
    terminal.type(b"\x03")  # Ctrl-C, typed into the terminal
    code = terminal.finish()
    text = terminal.text
    summary = _intake(live_mock)
    (transaction_id, state) = next(iter(summary["transactions"].items()))
    assert code == 130, text
    assert f"interrupted: transaction {transaction_id} was rolled back" in text and "Traceback" not in text, text
    assert summary["open"] == 0 and state["status"] == "rolled back" and state["commits"] == 0, summary


def test_rollback_of_an_open_transaction_and_a_refused_one(
    mock_env: dict[str, str], live_mock: RunningMock, employee_csv: Path
) -> None:
    from visier_data_handling import VisierDataHandling

    with VisierDataHandling.from_env() as client:
        opened = client.direct_data_intake.start_transaction().transaction_id
    assert isinstance(opened, str)
    assert visier_dh(mock_env, "intake", "transactions", "list", "-q").stdout == f"{opened}\n"
    listed = ok_json(mock_env, "intake", "transactions", "list")
    assert [t["transactionId"] for t in listed] == [opened]
    rolled = visier_dh(mock_env, "intake", "transactions", "rollback", opened)
    assert rolled.code == 0 and opened in rolled.stdout, rolled
    assert _intake(live_mock)["open"] == 0
    committed = visier_dh(mock_env, "intake", "load", f"Employee={employee_csv}", "--no-wait")
    assert committed.code == 0, committed
    done_id = next(t for t, s in _intake(live_mock)["transactions"].items() if s["status"] == "committed")
    refused = visier_dh(mock_env, "intake", "transactions", "rollback", done_id)
    assert refused.code == 1 and refused.stdout == "" and len(refused.stderr.strip().splitlines()) == 1, refused


def test_every_intake_commands_json_is_camel_case_and_its_table_shows_each_id_whole(
    mock_env: dict[str, str], live_mock: RunningMock, employee_csv: Path
) -> None:
    from visier_data_handling import VisierDataHandling

    with VisierDataHandling.from_env() as client:
        opened = client.direct_data_intake.start_transaction().transaction_id
    loaded = ok_json(mock_env, "intake", "load", f"Employee={employee_csv}", *FAST)
    commands = [
        ["intake", "schema", "Employee"],
        ["intake", "transactions", "list"],
        ["intake", "transactions", "status", loaded["transactionId"]],
    ]
    for args in commands:
        data = ok_json(mock_env, *args)
        assert not {key for key in _keys(data) if not CAMEL.fullmatch(key)}, (args, data)
        shown = in_terminal(mock_env, *args, columns=80)
        assert shown.code == 0, shown
        for value in shown_ids(data):
            assert any(value in line for line in shown.stdout.splitlines()), (args, value, shown.stdout)
    assert opened in in_terminal(mock_env, "intake", "transactions", "list", columns=80).stdout
    assert not {key for key in _keys(loaded) if not CAMEL.fullmatch(key)}, loaded
    shown = in_terminal(mock_env, "intake", "load", f"Employee={employee_csv}", *FAST, columns=80)
    title = shown.stdout.splitlines()[0]
    assert re.fullmatch(r"transaction [0-9a-f-]{36} \(Employee\): job [0-9a-f-]{36}: 1 of 1 tenant\(s\) succeeded",
                        title), shown


def shown_ids(data: Any) -> list[str]:
    """The transaction and job IDs in a command's JSON."""
    if isinstance(data, dict):
        return [v for k, v in data.items() if k in ("transactionId", "jobId") and isinstance(v, str)] + [
            found for v in data.values() for found in shown_ids(v)]
    if isinstance(data, list):
        return [found for item in data for found in shown_ids(item)]
    return []


def test_ctrl_c_during_the_wait_with_rollback_on_interrupt_cancels_the_processing_job(
    mock_env: dict[str, str], live_mock: RunningMock, employee_csv: Path
) -> None:
    state = live_mock.state
    with state.lock:  # the commit's processing job runs ~100 s real time
        state.set_slow(state.admin, 20_000, "processing")
    try:
        terminal = Terminal(dict(os.environ), "intake", "load", f"Employee={employee_csv}", "--rollback-on-interrupt",
                            *FAST)
        terminal.wait_for("Running 1")  # committed, and its processing job runs
        terminal.type(b"\x03")
        code = terminal.finish()
    finally:
        with state.lock:
            state.slow.clear()
    text = terminal.text
    (transaction_id, entry) = next(iter(_intake(live_mock)["transactions"].items()))
    assert code == 130 and f"cancelling every job of {entry['jobId']}" in text, text
    assert f"cancelled: PROCESSING_JOB {entry['jobId']}" in text and "Traceback" not in text, text
    assert entry["status"] == "committed" and entry["commits"] == 1 and f"opened transaction {transaction_id}" in text
    with state.lock:
        assert state.jobs[entry["jobId"]].status(state.now()) in ("Cancelled", "Cancelling")


def test_a_failed_processing_job_is_the_result_and_exit_1(
    mock_env: dict[str, str], live_mock: RunningMock, employee_csv: Path
) -> None:
    with live_mock.state.lock:
        live_mock.state.job_store.plant_failure(live_mock.state.admin, "processing", "bad rows")
    done = visier_dh(mock_env, "intake", "load", f"Employee={employee_csv}", "-o", "json", *FAST)
    assert done.code == 1, done
    result = done.json()  # the result is written first, then the exit code says it failed
    assert result["outcome"] == "failed" and result["tenants"][0]["status"] == "Failed", result
    assert _intake(live_mock)["transactions"][result["transactionId"]]["commits"] == 1
