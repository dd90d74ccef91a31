"""load / extract_and_load flows against the scripted fake: one start call, per-tenant outcomes, data versions."""

from __future__ import annotations

import asyncio
import io

import pytest
from rich.console import Console
from visier_data_handling._flows.flow import (
    ExtractionResult,
    LoadResult,
    aextract_and_load,
    aload,
    extract_and_load,
    load,
)
from visier_data_handling._jobs.errors import JobFailed, JobTimeout
from visier_data_handling._jobs.future import JobFuture
from visier_data_handling._jobs.namespace import Jobs
from visier_data_handling._jobs.polling import PollSchedule
from visier_data_handling.cli._progress import JobProgress

from .fake import FakeClient

TENANTS = ["WFF_j1r~a", "WFF_j1r~b", "WFF_j1r~c"]


def make() -> FakeClient:
    client = FakeClient()
    ops = client.data_and_job_handling
    poll = PollSchedule(sleep=client.clock.sleep, asleep=client.clock.asleep, clock=client.clock)
    client.jobs = Jobs(client, poll=poll)  # type: ignore[attr-defined]

    def start_load(files: list[str]) -> str:
        ops.script_load("L", TENANTS, fail={"WFF_j1r~b": ("processing", "[DP510002] loader failed")})
        return "L"

    def start_extraction(body: dict[str, object]) -> str:
        ops.script_extraction("D", list(body["tenants"]))  # type: ignore[call-overload]
        return "D"

    ops.on_start_load, ops.on_start_extraction = start_load, start_extraction
    return client


def test_load_waits_and_reports_per_tenant() -> None:
    client = make()
    stream = io.StringIO()
    result = load(client, ["hcm.zip.gpg"], on_progress=JobProgress(Console(file=stream), total=3))
    assert isinstance(result, LoadResult)
    assert client.data_and_job_handling.count("start_load") == 1
    [(_, call)] = [c for c in client.data_and_job_handling.calls if c[0] == "start_load"]
    assert call["model"].files == ["hcm.zip.gpg"]
    assert result.job_id == "L" and result.status == "Succeeded" and result.outcome == "failed" and not result.ok
    assert {t: o.status for t, o in result.tenants.items()} == {
        "WFF_j1r~a": "Succeeded",
        "WFF_j1r~b": "Failed",
        "WFF_j1r~c": "Succeeded",
    }
    assert result.tenants["WFF_j1r~b"].message == "[DP510002] loader failed"
    assert [t.tenant_code for t in result.failed_tenants] == ["WFF_j1r~b"]
    assert result.data_versions == {"WFF_j1r~a": ["7000000"], "WFF_j1r~c": ["7000002"]}
    assert result.tenants["WFF_j1r~a"].data_versions == ("7000000",)
    summary = result.summary()
    assert "WFF_j1r~b" in summary and "[DP510002] loader failed" in summary and "7000002" in summary
    with pytest.raises(JobFailed):
        result.raise_for_failures()
    lines = stream.getvalue().splitlines()
    assert lines[-1].startswith("jobs ") and "3/3 done" in lines[-1] and "Failed 1" in lines[-1]


def test_load_raise_on_failure_and_no_wait_and_timeout() -> None:
    with pytest.raises(JobFailed):
        load(make(), ["f.zip.gpg"], raise_on_failure=True)
    client = make()
    future = load(client, ["f.zip.gpg"], wait=False)
    assert isinstance(future, JobFuture) and client.data_and_job_handling.count("receiving_job_status") == 0
    client = make()
    with pytest.raises(JobTimeout) as caught:
        load(client, ["f.zip.gpg"], timeout=2)
    assert caught.value.job_id == "L"
    assert client.data_and_job_handling.count("start_load") == 1
    with pytest.raises(TypeError):
        load(make(), "one.zip.gpg")


def test_load_skip_data_load_does_not_wait_for_processing() -> None:
    client = make()
    ops = client.data_and_job_handling

    def start_load(files: list[str]) -> str:
        ops.script_load("S", TENANTS)
        for index in range(3):
            del ops.jobs[f"S-p{index}"]
        return "S"

    ops.on_start_load = start_load
    result = load(client, ["f.zip.gpg"], skip_data_load=True)
    assert result.ok and result.data_versions == {} and client.clock.now < 6
    [(_, call)] = [c for c in ops.calls if c[0] == "start_load"]
    assert call["model"].skip_data_load is True


def test_extract_and_load() -> None:
    client = make()
    result = extract_and_load(client, tenants=TENANTS)
    assert isinstance(result, ExtractionResult) and result.ok
    [(_, body)] = [c for c in client.data_and_job_handling.calls if c[0] == "start_extraction"]
    assert body == {"run_processing_job": True, "tenants": TENANTS}
    assert result.data_versions == {t: [str(8000000 + i)] for i, t in enumerate(TENANTS)}
    assert result.stages == {t: None for t in TENANTS}


def test_async_flows() -> None:
    async def scenario() -> None:
        client = make()
        result = await aload(client, ["f.zip.gpg"])
        assert result.outcome == "failed" and result.tenants["WFF_j1r~a"].ok
        extraction = await aextract_and_load(client, tenants=TENANTS)
        assert extraction.ok and len(extraction.data_versions) == 3
        future = await aload(make(), ["f.zip.gpg"], wait=False)
        assert isinstance(future, JobFuture)

    asyncio.run(scenario())
