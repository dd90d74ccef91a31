"""What the docs say the service does: cancel rules, disabling data versions, including and excluding uploads,
paging on every list, bad input and unknown IDs."""

from __future__ import annotations

from typing import Any

import pytest
from visier_mock._app import _spec

from .conftest import Api

UNKNOWN = "00000000-0000-4000-8000-000000000000"


def _cancel(api: Api, *ids: str) -> list[dict[str, Any]]:
    return list(api.ok(api.send("POST", "/v1/op/jobs/cancel", {"jobIds": list(ids)}))["jobCancellationResults"])


def test_cancel_rules(api: Api) -> None:
    api.http.post("/__mock__/slow", json={"tenantCode": "WFF_j1r~c7o", "seconds": 30})
    job = api.load(["WFF_j1r~c7o_hcm_20260101.zip.gpg"])
    api.advance(1.3)  # the per-tenant receiving job is running
    (tenant_job,) = api.ok(api.get(f"/v1/op/jobs/receiving-jobs/{job}", jobs="true"))["receivingJobs"]
    (refused,) = _cancel(api, tenant_job["receivingJobId"])
    assert (refused["cancelStatus"], refused["jobStatus"]) == ("CANCEL_FAILED", "Running")
    assert "cannot be cancelled" in refused["message"]
    api.advance(31)
    (processing,) = api.ok(api.get(f"/v1/op/jobs/processing-jobs/{job}"))["processingJobs"]
    assert processing["status"] == "Running"  # slow too
    (accepted,) = _cancel(api, processing["jobId"])
    assert (accepted["cancelStatus"], accepted["jobStatus"], accepted["jobType"]) == (
        "CANCEL_SUCCEEDED", "Cancelling", "PROCESSING_JOB")
    api.advance(1.5)
    (processing,) = api.ok(api.get(f"/v1/op/jobs/processing-jobs/{job}"))["processingJobs"]
    assert processing["status"] == "Cancelled" and processing["dataVersion"] == ""
    finished, unknown = _cancel(api, job, UNKNOWN)
    assert "could not be cancelled" in finished["message"] and "cancelStatus" not in finished
    assert unknown == {"tenantCode": "WFF_j1r", "jobId": UNKNOWN, "jobType": "UNRECOGNIZED",
                       "message": f"Unrecognized job [{UNKNOWN}]."}


def test_cancelling_a_pending_job_cancels_it_at_once(api: Api) -> None:
    job = api.load()
    (line,) = _cancel(api, job)
    assert (line["cancelStatus"], line["jobStatus"]) == ("CANCEL_SUCCEEDED", "Cancelled")
    api.advance(20)
    assert api.ok(api.get(f"/v1/op/jobs/receiving-jobs/{job}", jobs="true"))["receivingJobs"] == []


def test_disable_the_latest_or_a_given_data_version_one_line_per_tenant(api: Api) -> None:
    versions = api.ok(api.get("/v1/op/data-versions", tenantCode="WFF_j1r~e1a"))["tenants"][0]["dataVersions"]
    body = {"model": {"dataVersionObjects": [
        {"tenantCode": "WFF_j1r~c7o"},
        {"tenantCode": "WFF_j1r~e1a", "dataVersion": versions[1]["dataVersion"]},
        {"tenantCode": "WFF_j1r~p4q"},
    ]}}
    result = api.ok(api.send("PUT", "/v1/op/data-versions/disable", body))
    assert (result["totalSuccess"], result["totalFailures"]) == (2, 1)
    c7o, e1a, p4q = result["results"]
    assert c7o["status"] == "Succeeded" and c7o["dataVersion"]
    assert e1a["dataVersion"] == versions[1]["dataVersion"]
    assert p4q == {"jobId": "", "dataVersion": "", "tenantCode": "WFF_j1r~p4q", "status": "Failed",
                   "message": "There was no enabled data version for tenant WFF_j1r~p4q."}
    left = api.ok(api.get("/v1/op/data-versions", tenantCode="WFF_j1r~e1a"))["tenants"][0]["dataVersions"]
    assert versions[1]["dataVersion"] not in {v["dataVersion"] for v in left}


def test_include_and_exclude_uploads_per_upload_with_the_documented_messages(api: Api) -> None:
    uploads = api.ok(api.get("/v1/op/data/uploads", tenantCode="WFF_j1r~i1o", numberOfDataUploads=5))
    times = [u["uploadTime"] for u in uploads["tenants"][0]["uploads"]]
    body = {"uploads": [
        {"tenantCode": "WFF_j1r~i1o", "uploadTimes": [times[0], "2019-10-11T20:35:21.420Z"]},
        {"tenantCode": "WFF_x9z~a1b", "excludeAll": True},
    ]}
    result = api.ok(api.send("PUT", "/v1/op/data/uploads/exclude", body))
    assert (result["totalSuccess"], result["totalFailures"]) == (1, 2)
    ok, missing, outside = result["uploads"]
    assert (ok["uploadTime"], ok["status"]) == (times[0], "Succeeded")
    assert missing["message"] == "The data upload does not exist for the tenant."
    assert outside["message"] == "Insufficient permissions to access the specified tenant."
    after = api.ok(api.get("/v1/op/data/uploads", tenantCode="WFF_j1r~i1o", numberOfDataUploads=5))
    assert after["tenants"][0]["uploads"][0]["included"] is False
    api.ok(api.send("PUT", "/v1/op/data/uploads/include", {"uploads": [{"tenantCode": "WFF_j1r~i1o",
                                                                          "includeAll": True}]}))
    again = api.ok(api.get("/v1/op/data/uploads", tenantCode="WFF_j1r~i1o", numberOfDataUploads=5))
    assert all(u["included"] for u in again["tenants"][0]["uploads"])


def _paginated() -> list[tuple[str, str, dict[str, Any]]]:
    return [(path, op["operationId"], op["x-pagination"]) for path, item in _spec()["paths"].items()
            for op in item.values() if "x-pagination" in op]


@pytest.mark.parametrize(("path", "operation_id", "pagination"), _paginated(), ids=lambda v: v if isinstance(v, str)
                         and not v.startswith("/") else "")
def test_start_and_limit_page_every_list(api: Api, path: str, operation_id: str, pagination: dict[str, Any]) -> None:
    api.http.post("/__mock__/seed/credentials", json={"count": 6})
    job = api.load()
    dispatch = api.extract()
    api.advance(20)
    concrete = path.replace("{receivingJobId}", job).replace("{jobId}", dispatch if "dispatching" in path else job)
    extra = dict(pagination.get("requires", {}))
    counted = pagination.get("counts")

    def items(start: int, limit: int) -> list[Any]:
        body = api.ok(api.get(concrete, start=start, limit=limit, **extra))
        found = body[pagination["items"]]
        return [f for group in found for f in group[counted]] if counted else found

    everything = items(0, 1000)
    assert len(everything) >= 2, operation_id
    assert items(0, 1) == everything[:1]
    assert items(1, 1) == everything[1:2]
    assert items(len(everything), 5) == []


@pytest.mark.parametrize(
    ("method", "path", "body", "params", "named"),
    [
        ("GET", "/v1/op/data-versions", None, {"limit": "ten"}, "limit"),
        ("GET", "/v1/op/data-versions", None, {"numberOfVersions": "9"}, "numberOfVersions"),
        ("GET", "/v1/op/data/uploads", None, {"start": "-1"}, "start"),
        ("POST", "/v1/op/data/startload", {"model": {"files": "one.zip.gpg"}}, {}, "files"),
        ("POST", "/v1/op/data/startload", {"model": {}}, {}, "files"),
        ("POST", "/v1/op/jobs/cancel", {"jobIds": []}, {}, "jobIds"),
        ("POST", "/v1/op/jobs/cancel", {"jobIds": ["x"] * 501}, {}, "jobIds"),
        ("PUT", "/v1/op/data-versions/disable", {"model": {"dataVersionObjects": [{}]}}, {}, "tenantCode"),
        ("POST", "/v1/op/data/startExtractAndLoad", {"allTenants": "yes"}, {}, "allTenants"),
    ],
)
def test_bad_input_is_400_naming_the_field(api: Api, method: str, path: str, body: Any, params: dict[str, str],
                                           named: str) -> None:
    response = api.send(method, path, body, **params)
    assert response.status_code == 400, response.text
    assert named in response.json()["localizedMessage"]


@pytest.mark.parametrize(
    "path",
    [f"/v1/op/jobs/receiving-jobs/{UNKNOWN}", f"/v1/op/jobs/processing-jobs/{UNKNOWN}",
     f"/v1/op/jobs/dispatching-jobs/{UNKNOWN}", f"/v1/op/jobs/dispatching-jobs/{UNKNOWN}/extraction-jobs",
     f"/v1/op/job-status/jobs/{UNKNOWN}", f"/v1alpha/op/data/receiving-jobs/{UNKNOWN}/files"],
)
def test_unknown_ids_are_404(api: Api, path: str) -> None:
    response = api.get(path)
    assert response.status_code == 404
    assert UNKNOWN in response.json()["localizedMessage"]


def test_unknown_file_is_404_naming_it(api: Api) -> None:
    response = api.send("POST", "/v1/op/data/startload", {"model": {"files": ["nope.zip.gpg"]}})
    assert response.status_code == 404 and "nope.zip.gpg" in response.text
