"""The facts the SDK and the mock act on come from the spec: change them in a copy of the spec, regenerate, and both
follow -- no hand-kept copy anywhere.

The copy changes cancelJobs' maxItems (500 -> 7), disableDv's (1000 -> 3), fileUpload's path, size limit
(x-max-bytes, 500 MB -> 1000 bytes) and filename pattern (CSV only), the ASID sign-in path and cookie, and the page
size retrieveTenantSourceFiles gets when none is sent (x-service-default 500 -> 2), pushData's records per batch
(300000 -> 5) and a PGP key's longest life (10 -> 4 years). A subprocess imports the
regenerated package ahead of the installed one and runs the SDK against the mock served on 127.0.0.1.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "generator"))
import facts  # noqa: E402  (generator/facts.py)
import generate  # noqa: E402  (generator/generate.py)

OLD_UPLOAD, NEW_UPLOAD = "/v1/data/upload/files/{filename}", "/v2/uploads/{filename}"
OLD_ASID, NEW_ASID = "/v1/admin/visierSecureToken", "/v1/admin/signIn"


def changed_spec() -> dict[str, Any]:
    spec: dict[str, Any] = yaml.safe_load(generate.SPEC.read_text(encoding="utf-8"))
    schemas = spec["components"]["schemas"]
    assert schemas["CancelJobBatchFromJobIdDTO"]["properties"]["jobIds"]["maxItems"] == 500
    schemas["CancelJobBatchFromJobIdDTO"]["properties"]["jobIds"]["maxItems"] = 7
    schemas["DisableDVModel"]["properties"]["dataVersionObjects"]["maxItems"] = 3
    paths = spec["paths"]
    upload = paths[NEW_UPLOAD] = paths.pop(OLD_UPLOAD)
    upload["put"]["requestBody"]["x-max-bytes"] = 1000
    upload["put"]["parameters"][0]["schema"]["pattern"] = r"^[^/\\]+\.[cC][sS][vV]$"
    paths[NEW_ASID] = paths.pop(OLD_ASID)
    spec["components"]["securitySchemes"]["CookieAuth"]["name"] = "OtherASIDToken"
    limit = next(p for p in paths["/v1alpha/op/data/uploaded-files"]["get"]["parameters"] if p["name"] == "limit")
    limit["schema"]["x-service-default"] = 2
    paths["/v1/op/data-transfer-sessions/{transferSessionId}/add"]["put"]["requestBody"]["x-max-records"] = 5
    schemas["KeyPairGenerateRequestDTO"]["properties"]["expirationDate"]["x-expiry-years"]["maximum"] = 4
    return spec


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tmp = tmp_path_factory.mktemp("facts")
    spec_copy = tmp / "spec.yaml"
    spec_copy.write_text(yaml.safe_dump(changed_spec(), sort_keys=False), encoding="utf-8")
    generate.generate(tmp / "out" / generate.PACKAGE, spec_copy)
    return tmp / "out"


SCRIPT = r'''
import json, sys
from pathlib import Path
import httpx
import visier_data_handling_api
from visier_data_handling_api import facts
from visier_data_handling import VisierDataHandling
from visier_mock import MockConfig, serve_in_thread
from visier_mock import _handlers_data_versions, _handlers_jobs, _uploads

out, tmp = {"package": visier_data_handling_api.__file__}, Path(sys.argv[1])
out["facts"] = {k: v for k, v in vars(facts).items() if k.isupper()}
out["mock_constants"] = [_handlers_jobs.MAX_CANCEL, _handlers_data_versions.MAX_DISABLE, _uploads.MAX_UPLOAD_BYTES]


class Recorder(httpx.HTTPTransport):
    def __init__(self):
        super().__init__()
        self.sent = []

    def handle_request(self, request):
        body = request.content if request.method == "POST" and request.url.path.endswith("/cancel") else b""
        self.sent.append({"method": request.method, "path": request.url.path, "cookie": request.headers.get("cookie"),
                          "ids": len(json.loads(body)["jobIds"]) if body else None})
        return super().handle_request(request)


def attempt(call):
    """What a call returned; an error's type, argument and message instead of a crash, so each test says what."""
    try:
        return call()
    except Exception as error:
        return ["error", type(error).__name__, getattr(error, "argument", None), str(error)]


with serve_in_thread(MockConfig(speed=200.0)) as mock:
    recorder = Recorder()
    with VisierDataHandling(host=mock.url, api_key=mock.api_key, username=mock.username, password=mock.password,
                            transport=recorder) as client:
        out["cancel_outcomes"] = attempt(lambda: len(client.jobs.cancel([f"job-{i}" for i in range(8)])))
        (tmp / "x.zip").write_bytes(b"z")
        (tmp / "big.csv").write_bytes(b"b" * 1001)
        (tmp / "ok.csv").write_bytes(b"a,b\n1,2\n")
        before = len(recorder.sent)
        out["refused_name"] = attempt(lambda: client.upload(tmp / "x.zip").filename)
        out["refused_size"] = attempt(lambda: client.upload(tmp / "big.csv").filename)
        out["sent_while_refusing"] = len(recorder.sent) - before
        out["uploaded"] = attempt(lambda: client.upload(tmp / "ok.csv").filename)
    out["sdk_requests"] = recorder.sent

    with httpx.Client(base_url=mock.url) as http:
        form = {"username": mock.username, "password": mock.password}
        out["old_sign_in"] = http.post("/v1/admin/visierSecureToken", data=form).status_code
        token = http.post("/v1/admin/signIn", data=form).text
        headers = {"apikey": mock.api_key, "Cookie": f"OtherASIDToken={token}"}

        def answer(method, path, **kwargs):
            response = http.request(method, path, headers=headers, **kwargs)
            return [response.status_code, response.text]

        out["cancel_8"] = answer("POST", "/v1/op/jobs/cancel", json={"jobIds": [str(i) for i in range(8)]})
        out["cancel_7"] = answer("POST", "/v1/op/jobs/cancel", json={"jobIds": [str(i) for i in range(7)]})
        model = {"dataVersionObjects": [{"tenantCode": "WFF_j1r~c7o"}] * 4}
        out["disable_4"] = answer("PUT", "/v1/op/data-versions/disable", json={"model": model})
        out["upload_zip"] = answer("PUT", "/v2/uploads/x.zip", content=b"z")
        out["upload_big"] = answer("PUT", "/v2/uploads/y.csv", content=b"b" * 1001)
        out["upload_small"] = answer("PUT", "/v2/uploads/y.csv", content=b"b" * 1000, follow_redirects=False)
        out["upload_old_path"] = answer("PUT", "/v1/data/upload/files/y.csv", content=b"b")
        files = http.get("/v1alpha/op/data/uploaded-files", headers=headers).json()["sourceFiles"]
        out["source_files_unasked"] = len(files)
print(json.dumps(out))
'''


@pytest.fixture(scope="module")
def observed(regenerated: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(regenerated), env.get("PYTHONPATH", "")]).rstrip(os.pathsep)
    work = tmp_path_factory.mktemp("files")
    result = subprocess.run([sys.executable, "-c", SCRIPT, str(work)], env=env, capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def test_the_regenerated_package_is_the_one_imported(observed: dict[str, Any], regenerated: Path) -> None:
    assert Path(observed["package"]).is_relative_to(regenerated)


def test_facts_py_carries_the_changed_facts(observed: dict[str, Any]) -> None:
    assert observed["facts"] | {"UPLOAD_FILENAME_PATTERN": None} == {
        "UPLOAD_PATH": NEW_UPLOAD, "UPLOAD_FILENAME_PATTERN": None, "UPLOAD_MAX_BYTES": 1000,
        "CANCEL_JOBS_MAX_IDS": 7, "DISABLE_DV_MAX_OBJECTS": 3, "ASID_SIGN_IN_PATH": NEW_ASID,
        "OAUTH_TOKEN_PATH": "/v1/auth/oauth2/token", "ASID_COOKIE_NAME": "OtherASIDToken",
        "PAGE_LIMIT_MAXIMUM": {"retrieve_receiving_job_extracted_files": 1000, "retrieve_tenant_source_files": 1000},
        "PAGE_LIMIT_SERVICE_DEFAULT": {"retrieve_data_uploads": 1000, "retrieve_receiving_job_extracted_files": 500,
                                       "retrieve_tenant_source_files": 2},
        "JOB_STATUSES": ["Pending", "Running", "Succeeded", "Failed", "Error", "Cancelling", "Cancelled",
                         "RolledBack", "Rescheduling", "Rescheduled"],
        "INTAKE_FILE_EXTENSIONS": ["csv", "zip"], "INTAKE_DRAFT_ID": "prod",
        "INTAKE_UPLOAD_PATH": "/v1/data/directloads/{draftId}/transactions/{transactionId}/{objectName}",
        "TRANSFER_BATCH_MAX_RECORDS": 5, "TRANSFER_BATCH_MAX_BYTES": 10_000_000,
        "TRANSFER_SEQUENCE_MAXIMUM": 2**32 - 1, "TRANSFER_FILE_MAX_BYTES": 3_000_000_000,
        "TRANSFER_FILE_EXTENSIONS": ["csv", "zip"],
        "TRANSFER_UPLOAD_PATH": "/v1/op/data-transfer-sessions/{transferSessionId}/upload",
        "PGP_KEY_MIN_EXPIRY_YEARS": 2, "PGP_KEY_MAX_EXPIRY_YEARS": 4, "PGP_KEY_DEFAULT_EXPIRY_YEARS": 2,
        "PGP_KEY_ID_PATTERN": "^[0-9A-Fa-f]{16}$",
    }
    assert observed["facts"]["UPLOAD_FILENAME_PATTERN"] == r"^[^/\\]+\.[cC][sS][vV]$"
    assert observed["mock_constants"] == [7, 3, 1000]


def test_the_sdk_signs_in_where_the_spec_says_and_sends_the_spec_s_cookie(observed: dict[str, Any]) -> None:
    requests = observed["sdk_requests"]
    assert requests[0]["method"] == "POST" and requests[0]["path"] == NEW_ASID
    assert requests[1]["cookie"].startswith("OtherASIDToken=")


def test_the_sdk_cancels_in_batches_of_the_spec_s_max_items(observed: dict[str, Any]) -> None:
    cancels = [r["ids"] for r in observed["sdk_requests"] if r["path"] == "/v1/op/jobs/cancel"]
    assert cancels == [7, 1]
    assert observed["cancel_outcomes"] == 8  # the mock took both batches


def test_the_sdk_checks_uploads_by_the_spec_s_pattern_and_limit_before_sending(observed: dict[str, Any]) -> None:
    assert observed["refused_name"][:3] == ["error", "InvalidArgument", "filename"]
    assert observed["refused_size"][:3] == ["error", "InvalidArgument", "path"]
    assert "1000 bytes" in observed["refused_size"][3]
    assert observed["sent_while_refusing"] == 0
    assert observed["uploaded"] == "ok.csv"
    assert {"method": "PUT", "path": "/v2/uploads/ok.csv"}.items() <= observed["sdk_requests"][-2].items()


def test_the_mock_follows_the_spec_s_limits_paths_and_cookie(observed: dict[str, Any]) -> None:
    assert observed["old_sign_in"] == 404
    assert observed["cancel_8"][0] == 400 and "jobIds" in observed["cancel_8"][1]
    assert observed["cancel_7"][0] == 200
    assert observed["disable_4"][0] == 400 and "dataVersionObjects" in observed["disable_4"][1]
    assert observed["upload_zip"][0] == 400 and "filename" in observed["upload_zip"][1]
    assert observed["upload_big"][0] == 413 and "1000 bytes" in observed["upload_big"][1]
    assert observed["upload_small"][0] == 307
    assert observed["upload_old_path"][0] == 404
    assert observed["source_files_unasked"] == 2


def test_a_fact_the_spec_does_not_state_fails_generation_naming_it() -> None:
    spec = changed_spec()
    del spec["paths"][NEW_UPLOAD]["put"]["requestBody"]["x-max-bytes"]
    with pytest.raises(SystemExit, match=r"UPLOAD_MAX_BYTES .*not stated.*x-max-bytes"):
        facts.render(spec, "spec.yaml")
    spec = changed_spec()
    del spec["components"]["schemas"]["CancelJobBatchFromJobIdDTO"]["properties"]["jobIds"]["maxItems"]
    with pytest.raises(SystemExit, match=r"CANCEL_JOBS_MAX_IDS .*maxItems"):
        facts.render(spec, "spec.yaml")
    spec = changed_spec()
    spec["paths"][NEW_UPLOAD]["put"]["requestBody"]["x-max-bytes"] = "500 MB"
    with pytest.raises(SystemExit, match=r"UPLOAD_MAX_BYTES .*must be an integer"):
        facts.render(spec, "spec.yaml")
