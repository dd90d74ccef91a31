"""client.intake against the live mock: committed once and followed to the end, sync and async; a file the mock
refuses leaves the transaction rolled back; a failed processing job is a result; the docs' example runs."""

from __future__ import annotations

import asyncio
import re
from pathlib import Path
from typing import Any

import pytest
from visier_data_handling import ApiException, IntakeFileError, IntakeResult, JobFuture, VisierDataHandling
from visier_mock import MockConfig
from visier_mock._intake_fixtures import LOAD_SCHEMAS
from visier_mock.pytest_plugin import intake_summary

PAGE = Path(__file__).resolve().parents[2] / "docs" / "uploads-and-intake.md"
TENANT = "WFF_j1r~c7o"


@pytest.fixture
def mock_config() -> MockConfig:
    return MockConfig(speed=50.0)  # real time, fast: jobs finish while the SDK polls


def _file(folder: Path, object_name: str, *, drop: str | None = None, name: str | None = None) -> Path:
    columns = [c for c in LOAD_SCHEMAS[object_name] if c["name"] != drop]
    row = ["2026-01-01" if "Date" in c["name"] else f"v{i}" if c["isMandatory"] else "" for i, c in enumerate(columns)]
    path = folder / (name or f"{object_name.lower()}.csv")
    path.write_text(",".join(c["name"] for c in columns) + "\n" + ",".join(row) + "\n", encoding="utf-8")
    return path


def _client(mock: Any) -> VisierDataHandling:
    client = VisierDataHandling(mock.url, mock.api_key, username=mock.username, password=mock.password)
    client.jobs.poll = client.jobs.poll.__class__(initial=0.05, factor=1.5, maximum=0.2)
    return client


def test_an_intake_commits_once_and_reports_each_object(mock_server: Any, tmp_path: Path) -> None:
    files = {"Employee": _file(tmp_path, "Employee"), "Requisition": _file(tmp_path, "Requisition")}
    seen: list[str] = []
    with _client(mock_server) as client:
        result = client.intake(files, target_tenant_id=TENANT, on_transaction=seen.append)
    assert isinstance(result, IntakeResult) and result.ok, result.summary()
    transaction = intake_summary(mock_server)["transactions"][result.transaction_id]
    assert seen == [result.transaction_id]
    assert (transaction["status"], transaction["commits"], transaction["jobId"]) == ("committed", 1, result.job_id)
    assert transaction["files"] == ["Employee", "Requisition"]
    assert set(result.per_object) == {"Employee", "Requisition"}
    assert result.per_object["Employee"][TENANT].ok
    assert intake_summary(mock_server)["open"] == 0


def test_the_async_twin_and_wait_false(mock_server: Any, tmp_path: Path) -> None:
    files = {"Employee": _file(tmp_path, "Employee")}

    async def main() -> tuple[IntakeResult, JobFuture]:
        with _client(mock_server) as client:
            done = await client.aintake(files)
            future = await client.aintake(files, wait=False)
            await future.aresult(60)
            return done, future

    done, future = asyncio.run(main())
    assert done.ok and future.status == "Succeeded"
    commits = [t["commits"] for t in intake_summary(mock_server)["transactions"].values()]
    assert commits == [1, 1]


def test_a_missing_column_opens_no_transaction(mock_server: Any, tmp_path: Path) -> None:
    files = {"Employee": _file(tmp_path, "Employee", drop="Last_Name")}
    with _client(mock_server) as client, pytest.raises(IntakeFileError, match="no column 'Last_Name'") as caught:
        client.intake(files)
    assert caught.value.column == "Last_Name"
    assert intake_summary(mock_server)["transactions"] == {}


def test_a_file_the_mock_refuses_leaves_the_transaction_rolled_back(mock_server: Any, tmp_path: Path) -> None:
    # The second upload is refused (a 400, as the service answers a file it will not take), after the first went in.
    mock_server.state.faults.set("uploadFile", {"sequence": [200, 400]})
    files = {"Employee": _file(tmp_path, "Employee"), "Requisition": _file(tmp_path, "Requisition")}
    with _client(mock_server) as client, pytest.raises(ApiException) as caught:
        client.intake(files)
    error = caught.value
    assert error.status == 400 and error.rolled_back
    assert any(f"{error.transaction_id} was rolled back" in note for note in error.__notes__)
    summary = intake_summary(mock_server)
    assert summary["transactions"][error.transaction_id]["status"] == "rolled back" and summary["open"] == 0


def test_a_failed_processing_job_is_a_result(mock_server: Any, tmp_path: Path) -> None:
    mock_server.state.plant_failure(TENANT, "processing", "[DP510002] the event stream loader failed")
    with _client(mock_server) as client:
        result = client.intake({"Employee": _file(tmp_path, "Employee")}, target_tenant_id=TENANT)
    assert result.outcome == "failed" and not result.ok
    assert result.tenants[TENANT].status == "Failed"
    assert result.tenants[TENANT].message == "[DP510002] the event stream loader failed"  # the service's words


def test_the_docs_intake_example_runs(mock_server: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                    capsys: pytest.CaptureFixture[str]) -> None:
    example = re.search(r"## Direct Data Intake\n.*?```python\n(.*?)```", PAGE.read_text(encoding="utf-8"), re.S)
    assert example is not None
    _file(tmp_path, "Employee")
    with __import__("zipfile").ZipFile(tmp_path / "requisitions.zip", "w") as archive:
        archive.write(_file(tmp_path, "Requisition"), "requisitions.csv")
    monkeypatch.chdir(tmp_path)
    with _client(mock_server) as client:
        exec(compile(example.group(1), PAGE.name, "exec"), {"client": client})
    transaction_id, job_id, ok = capsys.readouterr().out.split()
    assert ok == "True"
    assert intake_summary(mock_server)["transactions"][transaction_id]["jobId"] == job_id
