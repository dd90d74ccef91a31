"""A new operation in the spec reaches users typed, sync, async and raw, by regeneration alone (no hand edit)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generator"))
import generate  # noqa: E402  (generator/generate.py)
from _mypy import strict  # noqa: E402  (tests/typing/_mypy.py, beside this file)

NEW_OPERATION = {
    "tags": ["DataAndJobHandling"],
    "summary": "Retry jobs",
    "description": "Starts the given failed jobs again.",
    "operationId": "retryJobs",
    "parameters": [{"name": "dryRun", "in": "query", "schema": {"type": "boolean"}}],
    "requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/CancelJobBatchFromJobIdDTO"}}}},
    "responses": {"200": {"description": "OK", "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/JobCancellationResultsDTO"}}}}},
}

USER_FILE = '''
from typing import assert_type
from visier_data_handling_api.models import JobCancellationResultsDTO
from visier_data_handling_api.surface import DataAndJobHandling, RawResponse

async def use(dh: DataAndJobHandling) -> None:
    assert_type(dh.retry_jobs(job_ids=["j-1"], dry_run=True), JobCancellationResultsDTO)
    assert_type(await dh.aretry_jobs(job_ids=["j-1"]), JobCancellationResultsDTO)
    assert_type(dh.raw.retry_jobs(body={"jobIds": ["j-1"]}), RawResponse[JobCancellationResultsDTO])
    dh.retry_jobs(job_ids=["j-1"], dry_rn=True)  # misspelt: must be an error
'''


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("regenerated")
    spec = yaml.safe_load(generate.SPEC.read_text(encoding="utf-8"))
    assert "/v1/op/jobs/retry" not in spec["paths"]
    spec["paths"]["/v1/op/jobs/retry"] = {"post": NEW_OPERATION}
    spec_copy = tmp / "spec.yaml"
    spec_copy.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")
    generate.generate(tmp / "out" / generate.PACKAGE, spec_copy)
    return tmp / "out"


def test_the_new_operation_is_typed_for_mypy(regenerated: Path, tmp_path: Path) -> None:
    user = tmp_path / "user.py"
    user.write_text(USER_FILE, encoding="utf-8")
    status, out = strict([user], path=[regenerated], cache=tmp_path / "cache")
    errors = [line for line in out.splitlines() if ": error:" in line]
    assert status == 1 and errors and all(":10: error:" in e for e in errors), out  # the misspelt line only
    assert any('Unexpected keyword argument "dry_rn"' in e and 'did you mean "dry_run"' in e for e in errors), errors


RUN_TIME_PROBE = """
from visier_data_handling_api.api.data_and_job_handling import retry_jobs
from visier_data_handling_api.models import CancelJobBatchFromJobIdDTO
from visier_data_handling_api.surface import DataAndJobHandling

calls = []

def _record(entry):
    def call(self, operation, args, kwargs):
        calls.append((operation, entry))
        return kwargs
    return call

class Recorder:
    call, acall, call_raw = _record("call"), _record("acall"), _record("call_raw")

dh = DataAndJobHandling(Recorder())
assert dh.retry_jobs(job_ids=["j-1"]) == {"job_ids": ["j-1"]}
dh.aretry_jobs(job_ids=["j-1"])
dh.raw.retry_jobs(job_ids=["j-1"])
assert calls == [(retry_jobs.OPERATION, e) for e in ("call", "acall", "call_raw")], calls
request = retry_jobs.OPERATION.build_request(body=CancelJobBatchFromJobIdDTO(job_ids=["j-1"]))
assert (request["method"], request["url"]) == ("post", "/v1/op/jobs/retry"), request
assert "Starts the given failed jobs again." in dh.retry_jobs.__doc__
assert "POST /v1/op/jobs/retry" in dh.aretry_jobs.__doc__
# The client's argument checks know its parameters, from the operation itself.
assert "dry_run" in retry_jobs.OPERATION.signature.query
print("ok")
"""


def test_the_new_operation_is_a_method_at_run_time_with_its_docstring(regenerated: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(regenerated)}
    result = subprocess.run([sys.executable, "-c", RUN_TIME_PROBE], env=env, capture_output=True, text=True,
                            cwd=regenerated, timeout=120)
    assert result.returncode == 0 and result.stdout.strip() == "ok", result.stderr
